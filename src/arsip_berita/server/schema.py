"""Tables of the shared archive and their migrations (version kept in ``arsip_meta``).

Each migration runs in one transaction while the migrating session holds an advisory lock, so two
importers opening a new server at once do not both create the tables, and an interrupted migration leaves the old version.
A database newer than this code is refused, as on the desktop.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from arsip_berita.core.errors import SchemaTooNewError
from arsip_berita.server.connection import READER_ROLE, WRITER_ROLE, ServerError

MIGRATE_LOCK = 0x41525349  # pg_advisory_xact_lock key: "ARSI"

_V1 = """
CREATE TABLE arsip_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE articles (
    id bigserial PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    published date,
    dateline text,
    source text,
    url text,
    content_hash text NOT NULL UNIQUE,
    path text,
    imported_at timestamptz NOT NULL DEFAULT now(),
    extraction jsonb,
    indexed boolean NOT NULL DEFAULT false,
    release_no text,
    issuer text
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_unindexed ON articles (id) WHERE NOT indexed;
CREATE TABLE glossary (short text NOT NULL, "full" text NOT NULL, PRIMARY KEY (short, "full"));
CREATE TABLE officials_seen (
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key text NOT NULL,
    name text NOT NULL,
    position text,
    published text
);
CREATE INDEX officials_seen_key ON officials_seen (key);
CREATE INDEX officials_seen_article ON officials_seen (article_id);
CREATE TABLE statistics (
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord integer NOT NULL,
    indicator_key text,
    data jsonb NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX statistics_indicator ON statistics (indicator_key);
CREATE TABLE near_dup_signatures (
    article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    content_hash text NOT NULL,
    scheme text NOT NULL,
    signature bytea NOT NULL
);
CREATE TABLE watchlists (
    id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    query text NOT NULL,
    created text NOT NULL,
    seen_up_to bigint NOT NULL DEFAULT 0,
    seen_at text
);
-- The search side: one row per indexed article, rebuilt from the tables above.
CREATE TABLE search_docs (
    article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    tsv tsvector NOT NULL,
    position_tsv tsvector NOT NULL,
    indicator_tsv tsvector NOT NULL,
    source_tsv tsvector NOT NULL,
    day date,
    year text,
    month text,
    official text[] NOT NULL DEFAULT '{}',
    official_f text[] NOT NULL DEFAULT '{}',
    org text[] NOT NULL DEFAULT '{}',
    org_f text[] NOT NULL DEFAULT '{}',
    place text[] NOT NULL DEFAULT '{}',
    province_f text[] NOT NULL DEFAULT '{}',
    regency_f text[] NOT NULL DEFAULT '{}',
    source_f text,
    dateline text,
    title text NOT NULL
);
CREATE INDEX search_docs_tsv ON search_docs USING gin (tsv);
CREATE INDEX search_docs_official ON search_docs USING gin (official);
CREATE INDEX search_docs_org ON search_docs USING gin (org);
CREATE INDEX search_docs_place ON search_docs USING gin (place);
CREATE INDEX search_docs_day ON search_docs (day);
-- Terms seen per field: index terms of titles and bodies (fuzzy words), official keys (pejabat:),
-- lower-case title words (spelling suggestions). Never shrinks; a stale entry matches nothing.
CREATE TABLE search_terms (
    field text NOT NULL,
    term text COLLATE "C" NOT NULL,
    PRIMARY KEY (field, term)
);
"""

_V2 = """
-- BM25F ranking: field lengths, and the title's terms alone (document frequencies of title words
-- from their own GIN index, instead of rechecking weights in every matching row).
ALTER TABLE search_docs ADD COLUMN title_len integer NOT NULL DEFAULT 0,
                        ADD COLUMN body_len integer NOT NULL DEFAULT 0,
                        ADD COLUMN title_tsv tsvector NOT NULL DEFAULT '';
CREATE INDEX search_docs_title_tsv ON search_docs USING gin (title_tsv) WITH (fastupdate = off);
-- No pending list: a reader right after an import otherwise scans it unsorted (148 ms against 7 ms
-- for one word at 100,000 articles, benchmarks/postgres_scale.py); imports pay about 0.2 ms an article.
ALTER INDEX search_docs_tsv SET (fastupdate = off);
ALTER INDEX search_docs_official SET (fastupdate = off);
ALTER INDEX search_docs_org SET (fastupdate = off);
ALTER INDEX search_docs_place SET (fastupdate = off);
-- jabatan:, indikator: and sumber: alone would otherwise read every search row.
CREATE INDEX search_docs_position ON search_docs USING gin (position_tsv) WITH (fastupdate = off);
CREATE INDEX search_docs_indicator ON search_docs USING gin (indicator_tsv) WITH (fastupdate = off);
CREATE INDEX search_docs_source ON search_docs USING gin (source_tsv) WITH (fastupdate = off);
-- An article is indexed when it has a search row: no flag to update (every flag update rewrote the
-- article row, never as a HOT update, because the flag was in a partial index).
DROP INDEX articles_unindexed;
ALTER TABLE articles DROP COLUMN indexed;
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: psycopg.Connection[Any]) -> int:
    exists = conn.execute("SELECT to_regclass('arsip_meta') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute("SELECT value FROM arsip_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: psycopg.Connection[Any], where: str, *, writable: bool) -> int:
    """Bring the database to SCHEMA_VERSION (a reader only checks); returns the version found."""
    found = current_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaTooNewError(where, found, SCHEMA_VERSION)
    if found == SCHEMA_VERSION:
        return found
    if not writable:
        if found == 0:
            raise ServerError(f"Arsip bersama {where} belum disiapkan. Minta admin TI menjalankan sekali: "
                              f"arsip-berita siapkan-server {where}")
        raise ServerError(f"Arsip bersama {where} perlu diperbarui untuk versi Arsip Berita ini (skema {found}, "
                          f"perlu {SCHEMA_VERSION}). Minta admin TI menjalankan: arsip-berita siapkan-server {where}")
    # A session lock, then each check in its own transaction: a check made inside the locked
    # transaction could still see the catalogue as it was before another writer created the tables
    # (4 of 10 trials of two writers opening a new database at once failed with DuplicateTable).
    conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATE_LOCK,))
    try:
        for version in range(current_version(conn), SCHEMA_VERSION):
            try:
                with conn.transaction():
                    conn.execute(MIGRATIONS[version])  # type: ignore[arg-type]
                    conn.execute("INSERT INTO arsip_meta (key, value) VALUES ('schema_version', %s) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(version + 1),))
            except psycopg.errors.InsufficientPrivilege:
                raise
            except psycopg.Error as exc:  # rolled back: the archive keeps its version
                raise ServerError(f"Skema arsip bersama {where} tidak dapat diperbarui dari versi {version} ke "
                                  f"{version + 1}; arsip tetap pada versi {version}. Minta admin TI memeriksa "
                                  "basis datanya.", str(exc)) from exc
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATE_LOCK,))
    return found


def setup_roles(conn: psycopg.Connection[Any], *, readers: list[str] = (), writers: list[str] = ()) -> None:  # type: ignore[assignment]
    """Create the reader and writer roles (NOLOGIN groups) with their grants, and add members.

    Run by the database owner (``arsip-berita server siapkan``). Readers may SELECT everything and
    keep their watchlists and near-duplicate cache; writers may also import.
    """
    try:
        _setup_roles(conn, readers, writers)
    except psycopg.errors.UndefinedObject as exc:
        raise ServerError(f"Ada akun yang belum dibuat di server ({exc.diag.message_primary or exc}). Buat akunnya "
                          "dulu (mis. createuser NAMA), lalu ulangi siapkan-server.", str(exc)) from exc
    except psycopg.errors.InsufficientPrivilege as exc:
        raise ServerError("siapkan-server harus dijalankan oleh pemilik basis data arsip (admin TI), bukan oleh "
                          "akun staf.", str(exc)) from exc


def role_members(conn: psycopg.Connection[Any], role: str) -> list[str]:
    """Login roles that are members of ``role`` (directly)."""
    return [r[0] for r in conn.execute(
        "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
        "JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = %s AND m.rolcanlogin ORDER BY m.rolname", (role,))]


def _setup_roles(conn: psycopg.Connection[Any], readers: list[str], writers: list[str]) -> None:
    ident = sql.Identifier
    with conn.transaction():
        for role in (READER_ROLE, WRITER_ROLE):
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if not exists:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(ident(role)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(ident(READER_ROLE), ident(WRITER_ROLE)))
        db = conn.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(ident(db), ident(READER_ROLE)))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident(READER_ROLE)))
        conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(ident(READER_ROLE)))
        # What a reader writes: saved watchlists and the near-duplicate cache (no articles).
        conn.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON watchlists, near_dup_signatures TO {}").format(
            ident(READER_ROLE)))
        conn.execute(sql.SQL("GRANT USAGE ON SEQUENCE watchlists_id_seq TO {}").format(ident(READER_ROLE)))
        conn.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(
            ident(WRITER_ROLE)))
        conn.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(ident(WRITER_ROLE)))
        # Tables a later migration creates get the same grants.
        conn.execute(sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {}").format(
            ident(READER_ROLE)))
        conn.execute(sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO {}")
                     .format(ident(WRITER_ROLE)))
        conn.execute(sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO {}").format(
            ident(WRITER_ROLE)))
        for name in readers:
            conn.execute(sql.SQL("GRANT {} TO {}").format(ident(READER_ROLE), ident(name)))
        for name in writers:
            conn.execute(sql.SQL("GRANT {} TO {}").format(ident(WRITER_ROLE), ident(name)))


def create_database_if_missing(url: str) -> bool:
    """Create the database an address names, through the server's ``postgres`` database, when it
    does not exist yet (needs the CREATEDB right, as ``createdb`` does); True when it was created."""
    from urllib.parse import urlsplit, urlunsplit

    from arsip_berita.core.paths import redact
    from arsip_berita.server.connection import connect, connection_error

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name:
        return False
    try:
        connect(url).close()
        return False
    except ServerError as exc:
        if "does not exist" not in (exc.detail or ""):
            raise
    maintenance = urlunsplit((parts.scheme, parts.netloc, "/postgres", parts.query, parts.fragment))
    conn = connect(maintenance)
    try:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise ServerError(f"Akun pada alamat {redact(url)} tidak berhak membuat basis data. Minta admin TI membuatnya "
                          f"(createdb {name}) atau jalankan siapkan-server dengan akun admin.", str(exc)) from exc
    except psycopg.Error as exc:
        raise connection_error(url, exc) from exc
    finally:
        conn.close()
    return True
