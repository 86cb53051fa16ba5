"""The shared archive's tables: the same methods as the desktop ``store.Store``, on PostgreSQL.

Reads run in autocommit (MVCC: a reader never waits for an importer). Each write is one
transaction; a batch of articles is inserted with ``ON CONFLICT (content_hash) DO NOTHING``, so two
importers given the same releases neither duplicate nor lose one (the second waits for the first's
row, then skips it). Two importers taking overlapping files in opposite orders can deadlock: the
server aborts one transaction, which is retried whole (``retrying``).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from typing import Any, TypeVar

from psycopg import errors as pgerrors

from arsip_berita.core.errors import ArticleNotFoundError
from arsip_berita.core.model import Article, Extraction
from arsip_berita.core.paths import redact
from arsip_berita.server.connection import READER_ROLE, WRITER_ROLE, ServerError, connect
from arsip_berita.server.schema import SCHEMA_VERSION, migrate

log = logging.getLogger(__name__)
_COLUMNS = ("id, title, body, published, dateline, source, url, content_hash, path, imported_at, "
            "release_no, issuer")
RETRIES = 5
T = TypeVar("T")


def _article(row: Sequence[Any]) -> Article:
    return Article(id=int(row[0]), title=row[1], body=row[2], published=row[3], dateline=row[4], source=row[5],
                   url=row[6], content_hash=row[7], path=row[8], imported_at=row[9], release_no=row[10],
                   issuer=row[11])


def _extraction(raw: Any) -> Extraction | None:
    if raw is None:
        return None
    return Extraction.from_dict(raw if isinstance(raw, dict) else json.loads(raw))


def _no_access(where: str, prepared: bool) -> str:
    if not prepared:
        return (f"Arsip bersama {where} belum disiapkan, dan akun Anda tidak berhak menyiapkannya. Minta admin TI "
                f"membukanya sekali dan memasukkan akun Anda ke peran {READER_ROLE} atau {WRITER_ROLE}.")
    return (f"Akun Anda belum diberi akses ke arsip bersama {where}. Minta admin TI memasukkan akun Anda ke peran "
            f"{READER_ROLE} (mencari dan membaca) atau {WRITER_ROLE} (juga mengimpor).")


def retrying(work: Callable[[], T]) -> T:
    """Run a write transaction again when the server aborted it for a deadlock or serialization."""
    for attempt in range(RETRIES):
        try:
            return work()
        except (pgerrors.DeadlockDetected, pgerrors.SerializationFailure):
            if attempt == RETRIES - 1:
                raise
            log.info("write retried after a deadlock/serialization failure (attempt %d)", attempt + 1)
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


class ServerStore:
    """Access to one shared archive database (one connection; one call at a time)."""

    def __init__(self, url: str, *, readonly: bool = False, writable: bool | None = None) -> None:
        from arsip_berita.server.connection import can_write

        self.path = url  # what import workers are handed to check for duplicates
        self.where = redact(url)
        self.conn = connect(url)
        tables = False
        try:
            tables = self._has_tables()
            self.can_write = can_write(self.conn) if tables else True if writable is None else writable
            self.readonly = readonly or not self.can_write
            found = migrate(self.conn, self.where, writable=not self.readonly)
            self.migrated_from = found if 0 < found < SCHEMA_VERSION else 0
            self.is_new = found == 0
            if self.is_new:
                self.can_write = can_write(self.conn)
        except pgerrors.InsufficientPrivilege as exc:  # a login with no role, or none to make the tables
            self.conn.close()
            raise ServerError(_no_access(self.where, tables), str(exc)) from exc
        except BaseException:
            self.conn.close()
            raise

    def _has_tables(self) -> bool:
        row = self.conn.execute("SELECT to_regclass('articles') IS NOT NULL").fetchone()
        return bool(row and row[0])

    def close(self) -> None:
        self.conn.close()

    # --- reading -------------------------------------------------------------------------
    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])  # type: ignore[index]

    def get(self, article_id: int) -> Article:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = %s", (article_id,)).fetchone()
        if row is None:
            raise ArticleNotFoundError(article_id)
        return _article(row)

    def get_many(self, ids: Sequence[int]) -> dict[int, Article]:
        if not ids:
            return {}
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = ANY(%s)", (list(ids),))
        return {int(r[0]): _article(r) for r in rows}

    def get_extraction(self, article_id: int) -> Extraction | None:
        row = self.conn.execute("SELECT extraction FROM articles WHERE id = %s", (article_id,)).fetchone()
        if row is None:
            raise ArticleNotFoundError(article_id)
        return _extraction(row[0])

    def get_extractions(self, ids: Sequence[int]) -> dict[int, Extraction | None]:
        if not ids:
            return {}
        rows = self.conn.execute("SELECT id, extraction FROM articles WHERE id = ANY(%s)", (list(ids),))
        return {int(r[0]): _extraction(r[1]) for r in rows}

    def list(self, limit: int | None = None) -> list[Article]:
        sql = f"SELECT {_COLUMNS} FROM articles ORDER BY published DESC NULLS LAST, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_article(r) for r in self.conn.execute(sql)]

    def _batches(self, sql: str, params: tuple[Any, ...], batch: int, after: int = 0) -> Iterator[list[Any]]:
        last = after
        while True:
            rows = self.conn.execute(sql, (*params, last, batch)).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]

    def iter_all(self, batch: int = 500) -> Iterator[tuple[Article, Extraction | None]]:
        for rows in self._batches(f"SELECT {_COLUMNS}, extraction FROM articles WHERE id > %s ORDER BY id LIMIT %s",
                                  (), batch):
            for row in rows:
                yield _article(row[:-1]), _extraction(row[-1])

    def iter_statistics(self, batch: int = 1000) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
        """Each article with its statistics (as stored dicts, in extraction order)."""
        sql = (f"SELECT {_COLUMNS}, coalesce((SELECT jsonb_agg(s.data ORDER BY s.ord) FROM statistics s "
               "WHERE s.article_id = a.id), '[]'::jsonb) FROM articles a WHERE id > %s ORDER BY id LIMIT %s")
        for rows in self._batches(sql, (), batch):
            for row in rows:
                yield _article(row[:-1]), list(row[-1] or [])

    def iter_signature_inputs(self, scheme: str, batch: int = 1000, after_id: int = 0
                              ) -> Iterator[tuple[int, str | None, str, bytes | None, str, str]]:
        sql = ("SELECT a.id, a.published, a.title, s.signature, CASE WHEN s.signature IS NULL THEN a.body ELSE '' END, "
               "a.content_hash FROM articles a LEFT JOIN near_dup_signatures s ON s.article_id = a.id "
               "AND s.scheme = %s AND s.content_hash = a.content_hash WHERE a.id > %s ORDER BY a.id LIMIT %s")
        for rows in self._batches(sql, (scheme,), batch, after_id):
            for r in rows:
                yield (int(r[0]), r[1].isoformat() if r[1] else None, r[2], bytes(r[3]) if r[3] is not None else None,
                       r[4], r[5])

    def save_signatures(self, scheme: str, rows: Sequence[tuple[int, str, bytes]]) -> None:
        def work() -> None:
            with self.conn.transaction(), self.conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO near_dup_signatures (article_id, content_hash, scheme, signature) VALUES (%s,%s,%s,%s) "
                    "ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, "
                    "scheme = excluded.scheme, signature = excluded.signature",
                    [(i, h, scheme, sig) for i, h, sig in sorted(rows)])
        retrying(work)

    def watchlists(self) -> list[tuple[int, str, str, str, int, str | None]]:
        return [tuple(r) for r in self.conn.execute(  # type: ignore[misc]
            "SELECT id, name, query, created, seen_up_to, seen_at FROM watchlists ORDER BY name")]

    def add_watchlist(self, name: str, query: str, seen_up_to: int) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.conn.execute(
            "INSERT INTO watchlists (name, query, created, seen_up_to, seen_at) VALUES (%s,%s,%s,%s,%s) "
            "ON CONFLICT (name) DO UPDATE SET query = excluded.query", (name, query, now, seen_up_to, now))

    def remove_watchlist(self, name: str) -> bool:
        return self.conn.execute("DELETE FROM watchlists WHERE name = %s", (name,)).rowcount > 0

    def mark_watchlist_seen(self, name: str, seen_up_to: int) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.conn.execute("UPDATE watchlists SET seen_up_to = %s, seen_at = %s WHERE name = %s",
                          (seen_up_to, now, name))

    def max_id(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])  # type: ignore[index]

    def has_hash(self, content_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE content_hash = %s", (content_hash,)).fetchone() is not None

    def unindexed_ids(self) -> list[int]:
        """Articles stored without a search row (an import killed between its two commits)."""
        return [int(r[0]) for r in self.conn.execute(
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs s WHERE s.article_id = a.id) "
            "ORDER BY a.id")]

    def indexed_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0])  # type: ignore[index]

    def all_ids(self) -> list[int]:
        return [int(r[0]) for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def glossary(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute('SELECT short, "full" FROM glossary ORDER BY short, "full"')}

    def official_rows(self) -> list[tuple[str, str, str | None, int, str | None]]:
        return [(r[0], r[1], r[2], int(r[3]), r[4]) for r in self.conn.execute(
            "SELECT key, name, position, article_id, published FROM officials_seen "
            "ORDER BY published NULLS LAST, article_id")]

    def sample_count(self, url_prefix: str) -> int:
        row = self.conn.execute("SELECT count(*) FROM articles WHERE url LIKE %s", (url_prefix + "%",)).fetchone()
        return int(row[0])  # type: ignore[index]

    def remove_by_url_prefix(self, url_prefix: str) -> int:
        """Delete articles whose URL starts with ``url_prefix`` (their facts and search rows go along)."""
        with self.conn.transaction():
            return int(self.conn.execute("DELETE FROM articles WHERE url LIKE %s", (url_prefix + "%",)).rowcount)

    # --- writing -------------------------------------------------------------------------
    def add_batch(self, items: Iterable[tuple[Article, Extraction | None]],
                  official_key: Callable[[str], str] = str.casefold) -> list[int | None]:
        """Insert articles in one transaction; per item its new id, or None for a duplicate."""
        items = list(items)
        order = range(len(items))  # file order, so ids follow the files as on the desktop

        def work() -> list[int | None]:
            ids: list[int | None] = [None] * len(items)
            with self.conn.transaction():
                for k in order:
                    art, ext = items[k]
                    row = self.conn.execute(
                        "INSERT INTO articles (title, body, published, dateline, source, url, content_hash, path, "
                        "extraction, release_no, issuer) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s::jsonb,%s,%s) "
                        "ON CONFLICT (content_hash) DO NOTHING RETURNING id",
                        (art.title, art.body, art.published, art.dateline, art.source, art.url, art.content_hash,
                         art.path, json.dumps(ext.to_dict(), ensure_ascii=False) if ext else None,
                         art.release_no, art.issuer)).fetchone()
                    if row is not None:
                        ids[k] = int(row[0])
                facts = [(ids[k], items[k][0], items[k][1]) for k in order if ids[k] is not None and items[k][1]]
                self._save_facts(facts, official_key)  # type: ignore[arg-type]
            return ids

        return retrying(work)

    def _save_facts(self, facts: list[tuple[int, Article, Extraction]], official_key: Callable[[str], str]) -> None:
        glossary = sorted({(s, f) for _, _, ext in facts for s, f in ext.acronyms.items()})
        officials: list[tuple[Any, ...]] = []
        statistics: list[tuple[Any, ...]] = []
        for article_id, art, ext in facts:
            published = art.published.isoformat() if art.published else ext.event_date
            officials += [(article_id, official_key(o.name), o.name, o.position, published) for o in ext.officials]
            stats = ext.to_dict().get("statistics") or []
            statistics += [(article_id, n, s.get("indicator_key"), json.dumps(s, ensure_ascii=False))
                           for n, s in enumerate(stats)]
        ids = [f[0] for f in facts]
        with self.conn.cursor() as cur:
            if glossary:
                cur.executemany('INSERT INTO glossary (short, "full") VALUES (%s, %s) ON CONFLICT DO NOTHING', glossary)
            if ids:
                cur.execute("DELETE FROM officials_seen WHERE article_id = ANY(%s)", (ids,))
                cur.execute("DELETE FROM statistics WHERE article_id = ANY(%s)", (ids,))
            if officials:
                cur.executemany("INSERT INTO officials_seen (article_id, key, name, position, published) "
                                "VALUES (%s,%s,%s,%s,%s)", officials)
            if statistics:
                cur.executemany("INSERT INTO statistics (article_id, ord, indicator_key, data) VALUES (%s,%s,%s,%s::jsonb)",
                                statistics)

    def set_extraction(self, article_id: int, ext: Extraction,
                       official_key: Callable[[str], str] = str.casefold) -> None:
        art = self.get(article_id)

        def work() -> None:
            with self.conn.transaction():
                # Its search row goes: the article is indexed again from the new extraction.
                self.conn.execute("DELETE FROM search_docs WHERE article_id = %s", (article_id,))
                self.conn.execute("UPDATE articles SET extraction = %s::jsonb WHERE id = %s",
                                  (json.dumps(ext.to_dict(), ensure_ascii=False), article_id))
                self._save_facts([(article_id, art, ext)], official_key)
        retrying(work)

    def mark_indexed(self, ids: Sequence[int]) -> None:
        """Nothing to mark: an article is indexed when its search row exists (written in its own
        transaction by the search writer)."""
        return None

    def mark_all_unindexed(self) -> None:
        return None  # a rebuild replaces every search row (SharedArchiveService._rebuild_locked)

