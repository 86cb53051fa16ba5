"""The SQLite archive: the source of truth for articles and their extraction results.

WAL journal, so readers (search, GUI) keep working while one writer imports. Writes happen in
explicit transactions; a crash at any moment leaves the last committed state.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from arsip_berita.core.errors import ArchiveCorruptError, ArticleNotFoundError
from arsip_berita.core.model import Article, Extraction
from arsip_berita.store.schema import SCHEMA_VERSION, migrate

DB_NAME = "arsip.sqlite3"
_ARTICLE_COLUMNS = ("id, title, body, published, dateline, source, url, content_hash, path, imported_at, "
                    "release_no, issuer")


def _row_to_article(row: Sequence[Any]) -> Article:
    return Article(
        id=row[0], title=row[1], body=row[2],
        published=date.fromisoformat(row[3]) if row[3] else None,
        dateline=row[4], source=row[5], url=row[6], content_hash=row[7], path=row[8],
        imported_at=datetime.fromisoformat(row[9]) if row[9] else None,
        release_no=row[10], issuer=row[11],
    )


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that also works where the folder cannot be written.

    WAL mode needs a ``-shm`` file beside the database; in a folder the user may not write (a
    read-only share) SQLite then refuses ``mode=ro``, so fall back to ``immutable=1``: nobody can
    be writing there either. Raises sqlite3.DatabaseError when the file is not a sound database.
    """
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "not a database" in str(exc) or not path.exists():
            raise
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=30, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn


class Store:
    """Access to one archive database. One instance per thread (sqlite3 connections are not shared)."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        try:
            if readonly:
                self._conn = _connect_readonly(path)
            else:
                if path.exists():
                    # Probe without write access first: a read-write connection to a damaged file
                    # would checkpoint a leftover WAL into it on close, rewriting the evidence.
                    _connect_readonly(path).close()
                self._conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            found = migrate(self._conn, str(path)) if not readonly else SCHEMA_VERSION
            # The older schema this open migrated from; 0 when nothing was migrated (or the database is new).
            self.migrated_from = found if found < SCHEMA_VERSION else 0
        except sqlite3.DatabaseError as exc:
            self._close_quietly()  # an open connection would keep the damaged file busy
            raise ArchiveCorruptError(str(path), str(exc)) from exc
        except BaseException:
            self._close_quietly()
            raise

    def _close_quietly(self) -> None:
        conn = getattr(self, "_conn", None)  # unset when connect() itself failed
        if conn is not None:
            try:
                conn.close()
            except sqlite3.Error:
                pass

    def close(self) -> None:
        if not self.readonly:
            try:  # leave no WAL behind, so readers that cannot write (a shared drive) see everything
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
        self._conn.close()

    def check_integrity(self) -> str:
        """'ok' or SQLite's description of the damage."""
        try:
            rows = self._conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return str(exc)
        return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:5])

    # --- reading -------------------------------------------------------------------------
    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def get(self, article_id: int) -> Article:
        row = self._conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise ArticleNotFoundError(article_id)
        return _row_to_article(row)

    def get_many(self, ids: Sequence[int]) -> dict[int, Article]:
        out: dict[int, Article] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start:chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})", chunk
            ):
                out[row[0]] = _row_to_article(row)
        return out

    def get_extraction(self, article_id: int) -> Extraction | None:
        row = self._conn.execute(
            "SELECT extraction FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise ArticleNotFoundError(article_id)
        return Extraction.from_dict(json.loads(row[0])) if row[0] else None

    def get_extractions(self, ids: Sequence[int]) -> dict[int, Extraction | None]:
        """Extraction results of many articles in a few queries (absent ids are left out)."""
        out: dict[int, Extraction | None] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start:chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row_id, raw in self._conn.execute(
                f"SELECT id, extraction FROM articles WHERE id IN ({marks})", chunk
            ):
                out[row_id] = Extraction.from_dict(json.loads(raw)) if raw else None
        return out

    def list(self, limit: int | None = None) -> list[Article]:
        """Articles, newest first (by publication date, then import order)."""
        sql = (f"SELECT {_ARTICLE_COLUMNS} FROM articles "
               "ORDER BY published IS NULL, published DESC, id DESC")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_row_to_article(r) for r in self._conn.execute(sql)]

    def iter_all(self, batch: int = 500) -> Iterator[tuple[Article, Extraction | None]]:
        last = 0
        while True:
            rows = self._conn.execute(
                f"SELECT {_ARTICLE_COLUMNS}, extraction FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                ext = Extraction.from_dict(json.loads(row[-1])) if row[-1] else None
                yield _row_to_article(row[:-1]), ext
            last = rows[-1][0]

    def iter_statistics(self, batch: int = 1000) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
        """Each article with its extracted statistics (as stored dicts), reading only that part of the
        extraction JSON (the indicator ledger's input)."""
        last = 0
        while True:
            rows = self._conn.execute(
                f"SELECT {_ARTICLE_COLUMNS}, json_extract(extraction, '$.statistics') FROM articles "
                "WHERE id > ? ORDER BY id LIMIT ?", (last, batch)).fetchall()
            if not rows:
                return
            for row in rows:
                yield _row_to_article(row[:-1]), (json.loads(row[-1]) if row[-1] else [])
            last = rows[-1][0]

    def iter_signature_inputs(self, scheme: str, batch: int = 1000, after_id: int = 0
                              ) -> Iterator[tuple[int, str | None, str, bytes | None, str, str]]:
        """(id, published, title, signature cached for ``scheme`` or None, body ('' when a signature
        is cached), content hash) for every article after ``after_id``, for near-duplicate clusters."""
        last = after_id
        if self.readonly and not self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'near_dup_signatures'").fetchone():
            while True:  # a read-only archive of schema 4 or older: nothing cached
                rows = self._conn.execute(
                    "SELECT id, published, title, NULL, body, content_hash FROM articles WHERE id > ? "
                    "ORDER BY id LIMIT ?", (last, batch)).fetchall()
                if not rows:
                    return
                yield from rows
                last = rows[-1][0]
        while True:
            rows = self._conn.execute(
                "SELECT a.id, a.published, a.title, s.signature, "
                "CASE WHEN s.signature IS NULL THEN a.body ELSE '' END, a.content_hash "
                "FROM articles a LEFT JOIN near_dup_signatures s ON s.article_id = a.id "
                "AND s.scheme = ? AND s.content_hash = a.content_hash "
                "WHERE a.id > ? ORDER BY a.id LIMIT ?", (scheme, last, batch)).fetchall()
            if not rows:
                return
            yield from rows
            last = rows[-1][0]

    def save_signatures(self, scheme: str, rows: Sequence[tuple[int, str, bytes]]) -> None:
        """Cache near-duplicate signatures: (article id, content hash, signature bytes)."""
        with self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO near_dup_signatures (article_id, content_hash, scheme, signature) "
                "VALUES (?, ?, ?, ?)", [(i, h, scheme, sig) for i, h, sig in rows])

    def watchlists(self) -> list[tuple[int, str, str, str, int, str | None]]:
        """(id, name, query, created, seen_up_to, seen_at) of every saved watchlist, by name."""
        try:
            return self._conn.execute(
                "SELECT id, name, query, created, seen_up_to, seen_at FROM watchlists ORDER BY name").fetchall()
        except sqlite3.OperationalError:  # a read-only archive of schema 4 or older has no watchlists yet
            if self.readonly:
                return []
            raise

    def add_watchlist(self, name: str, query: str, seen_up_to: int) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._conn:
            self._conn.execute(
                "INSERT INTO watchlists (name, query, created, seen_up_to, seen_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET query = excluded.query",
                (name, query, now, seen_up_to, now))

    def remove_watchlist(self, name: str) -> bool:
        with self._conn:
            return self._conn.execute("DELETE FROM watchlists WHERE name = ?", (name,)).rowcount > 0

    def mark_watchlist_seen(self, name: str, seen_up_to: int) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._conn:
            self._conn.execute("UPDATE watchlists SET seen_up_to = ?, seen_at = ? WHERE name = ?",
                               (seen_up_to, now, name))

    def max_id(self) -> int:
        return int(self._conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])

    def has_hash(self, content_hash: str) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone() is not None

    def unindexed_ids(self) -> list[int]:
        return [r[0] for r in self._conn.execute("SELECT id FROM articles WHERE indexed = 0 ORDER BY id")]

    def indexed_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles WHERE indexed = 1").fetchone()[0])

    def all_ids(self) -> list[int]:
        return [r[0] for r in self._conn.execute("SELECT id FROM articles ORDER BY id")]

    def glossary(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._conn.execute("SELECT short, full FROM glossary ORDER BY short")}

    # --- writing -------------------------------------------------------------------------
    def add_batch(self, items: Iterable[tuple[Article, Extraction | None]],
                  official_key: Callable[[str], str] = str.casefold) -> list[int | None]:
        """Insert articles in one transaction; per item its new id, or None for a duplicate."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        ids: list[int | None] = []
        with self._conn:
            for art, ext in items:
                cur = self._conn.execute(
                    # Only a duplicate hash is skipped; OR IGNORE would also hide NOT NULL violations.
                    "INSERT INTO articles (title, body, published, dateline, source, url, "
                    "content_hash, path, imported_at, extraction, indexed, release_no, issuer) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?) "
                    "ON CONFLICT(content_hash) DO NOTHING",
                    (art.title, art.body, art.published.isoformat() if art.published else None,
                     art.dateline, art.source, art.url, art.content_hash, art.path, now,
                     json.dumps(ext.to_dict(), ensure_ascii=False) if ext else None,
                     art.release_no, art.issuer),
                )
                if cur.rowcount == 0:
                    ids.append(None)
                    continue
                ids.append(int(cur.lastrowid or 0))
                if ext:
                    self._save_extraction_facts(ids[-1] or 0, art, ext, official_key)
        return ids

    def _save_extraction_facts(self, article_id: int, art: Article, ext: Extraction,
                               official_key: Callable[[str], str]) -> None:
        self._conn.executemany("INSERT OR IGNORE INTO glossary (short, full) VALUES (?, ?)",
                               sorted(ext.acronyms.items()))
        self._conn.execute("DELETE FROM officials_seen WHERE article_id = ?", (article_id,))
        published = art.published.isoformat() if art.published else ext.event_date
        self._conn.executemany(
            "INSERT INTO officials_seen (article_id, key, name, position, published) VALUES (?,?,?,?,?)",
            [(article_id, official_key(o.name), o.name, o.position, published) for o in ext.officials],
        )

    def backfill_facts(self, official_key: Callable[[str], str]) -> int:
        """Fill officials_seen and the glossary for articles that lack them (after a migration)."""
        rows = self._conn.execute(
            "SELECT id FROM articles WHERE extraction IS NOT NULL AND id NOT IN "
            "(SELECT DISTINCT article_id FROM officials_seen)").fetchall()
        with self._conn:
            for (article_id,) in rows:
                ext = self.get_extraction(article_id)
                if ext and ext.officials:
                    self._save_extraction_facts(article_id, self.get(article_id), ext, official_key)
        return len(rows)

    def official_rows(self) -> list[tuple[str, str, str | None, int, str | None]]:
        """(key, name, position, article id, date) for every official mention, oldest first."""
        return self._conn.execute(
            "SELECT key, name, position, article_id, published FROM officials_seen "
            "ORDER BY published IS NULL, published, article_id").fetchall()

    def set_extraction(self, article_id: int, ext: Extraction,
                       official_key: Callable[[str], str] = str.casefold) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE articles SET extraction = ?, indexed = 0 WHERE id = ?",
                (json.dumps(ext.to_dict(), ensure_ascii=False), article_id),
            )
            self._save_extraction_facts(article_id, self.get(article_id), ext, official_key)

    def mark_indexed(self, ids: Sequence[int]) -> None:
        with self._conn:
            self._conn.executemany("UPDATE articles SET indexed = 1 WHERE id = ?", [(i,) for i in ids])

    def mark_all_unindexed(self) -> None:
        with self._conn:
            self._conn.execute("UPDATE articles SET indexed = 0")
