"""Schema versions and migrations, tracked with SQLite's ``user_version``.

Each migration moves the database one version up inside one transaction, so an interrupted
migration leaves the old version intact. A database newer than this code is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from arsip_berita.core.errors import SchemaTooNewError


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            published TEXT,
            source TEXT,
            url TEXT,
            content_hash TEXT NOT NULL UNIQUE,
            path TEXT,
            imported_at TEXT NOT NULL
        )"""
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Dateline, extraction results, index bookkeeping and the acronym glossary."""
    conn.execute("ALTER TABLE articles ADD COLUMN dateline TEXT")
    conn.execute("ALTER TABLE articles ADD COLUMN extraction TEXT")
    conn.execute("ALTER TABLE articles ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0")
    conn.execute("CREATE INDEX articles_indexed ON articles(indexed)")
    conn.execute("CREATE INDEX articles_published ON articles(published)")
    conn.execute("CREATE TABLE glossary (short TEXT NOT NULL, full TEXT NOT NULL, PRIMARY KEY (short, full))")


def _v3(conn: sqlite3.Connection) -> None:
    """Officials seen per article, for the officials directory and "who held this post when"."""
    conn.execute(
        """CREATE TABLE officials_seen (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            position TEXT,
            published TEXT
        )"""
    )
    conn.execute("CREATE INDEX officials_seen_key ON officials_seen(key)")
    conn.execute("CREATE INDEX officials_seen_article ON officials_seen(article_id)")
    # Articles extracted under v2 are backfilled by the service (it knows the identity key).
    conn.execute("UPDATE articles SET indexed = 0 WHERE extraction IS NOT NULL")


def _v4(conn: sqlite3.Connection) -> None:
    """Release metadata read from the release header: its number and the issuing office (kop)."""
    conn.execute("ALTER TABLE articles ADD COLUMN release_no TEXT")
    conn.execute("ALTER TABLE articles ADD COLUMN issuer TEXT")


def _v5(conn: sqlite3.Connection) -> None:
    """Across releases: cached MinHash signatures for near-duplicate clusters, and watchlists (saved
    queries, with the newest article id already seen)."""
    conn.execute(
        """CREATE TABLE near_dup_signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,
            scheme TEXT NOT NULL,
            signature BLOB NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE watchlists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL,
            created TEXT NOT NULL,
            seen_up_to INTEGER NOT NULL DEFAULT 0,
            seen_at TEXT
        )"""
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3, _v4, _v5)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the database to SCHEMA_VERSION; return the version it had before."""
    found = current_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaTooNewError(path, found, SCHEMA_VERSION)
    for version in range(found, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found
