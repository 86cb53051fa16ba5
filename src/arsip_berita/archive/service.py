"""The archive service: store + index + import, composed once and used by both CLI and GUI.

Opening an archive checks the index against the store: a missing, damaged or outdated index is
rebuilt from the store, and articles committed but not yet indexed (after a crash) are indexed.
Every write takes the archive's writer lock first.
"""

from __future__ import annotations

import errno
import functools
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from arsip_berita.core.errors import ArchiveCorruptError, ArchiveReadOnlyError, ArsipError
from arsip_berita.core.model import Article, Extraction, Statistic
from arsip_berita.core.paths import ENV_ARCHIVE, default_archive_dir
from arsip_berita.core.resources import resource_path
from arsip_berita.archive.importer import (
    INDEX_COMMIT_EVERY, INLINE_LIMIT, STORE_BATCH, ImportProgress, ImportReport, analysed, discover, run_tasks,
)
from arsip_berita.language.glossary import expansions
from arsip_berita.core.model import SearchResult
from arsip_berita.core.query import Query
from arsip_berita.index import SearchIndex
from arsip_berita.index.entities import official_key
from arsip_berita.archive.officials import OfficialRecord, PositionSpan, build_directory, holders_of
from arsip_berita.store import DB_NAME, Store, WriterLock

log = logging.getLogger(__name__)
INDEX_DIR = "index"
# A rebuild analyses text in worker processes once the archive is big enough to repay their start.
REBUILD_POOL_FROM = 2000
REBUILD_PROCESSES = 2
REBUILD_CHUNK = 100


def _chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _no_checkpoint(name: str) -> None:
    return None


_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 10, 11, 13, 26
_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
DISK_FULL_MESSAGE = ("Ruang disk tidak cukup untuk menulis arsip {path}. Artikel yang sudah tersimpan "
                     "tetap aman; kosongkan ruang disk lalu ulangi impor (artikel yang sudah ada dilewati).")
WRITE_FAILED_MESSAGE = ("Gagal menulis ke disk untuk arsip {path} (ruang disk tidak cukup, batas ukuran berkas, "
                        "atau galat perangkat). Artikel yang sudah tersimpan tetap aman; periksa disk lalu "
                        "ulangi impor (artikel yang sudah ada dilewati).")
F = TypeVar("F", bound=Callable[..., Any])


def storage_error(exc: BaseException, directory: Path) -> ArsipError | None:
    """The user-facing error for a damaged database or a full disk; None for anything else (a bug)."""
    if isinstance(exc, sqlite3.DatabaseError):
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return ArchiveCorruptError(str(directory / DB_NAME), str(exc))
        if code == _SQLITE_FULL:
            return ArsipError(DISK_FULL_MESSAGE.format(path=directory), str(exc))
        if code == _SQLITE_IOERR:
            return ArsipError(WRITE_FAILED_MESSAGE.format(path=directory), str(exc))
    elif isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
        return ArsipError(DISK_FULL_MESSAGE.format(path=directory), str(exc))
    return None


def _storage_errors(func: F) -> F:
    """Turn SQLite damage and full-disk failures met while reading or writing into ArsipError."""
    @functools.wraps(func)
    def wrapper(self: ArchiveService, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(self, *args, **kwargs)
        except ArsipError:
            raise
        except Exception as exc:
            translated = self._translate(exc)
            if translated is None:
                raise
            raise translated from exc
    return wrapper  # type: ignore[return-value]


def sample_path() -> Path:
    return resource_path("samples", "contoh.jsonl")


# Every bundled sample release links to this (reserved, unresolvable) address: that marks it a sample.
SAMPLE_URL = "https://contoh.arsip-berita.invalid/"


class ArchiveService:
    """One open archive. Methods are safe to call from worker threads (one call at a time per thread)."""

    def __init__(self, directory: Path, *, readonly: bool = False,
                 checkpoint: Callable[[str], None] | None = None) -> None:
        """``checkpoint(name)`` is called at each step of the write protocol (store_commit, index_add,
        index_commit, mark_indexed): the reliability suite injects a crash there; nothing otherwise."""
        self.directory = directory
        self.checkpoint: Callable[[str], None] = checkpoint or _no_checkpoint
        self.notices: list[str] = []
        self.readonly = readonly or (directory.exists() and not os.access(directory, os.W_OK))
        if self.readonly and not readonly:
            self.notices.append(ArchiveReadOnlyError(str(directory)).user_message)
        if directory.exists() and not directory.is_dir():
            raise ArsipError(f"{directory} adalah berkas, bukan folder arsip. Pilih folder (yang belum ada akan dibuat).")
        if not self.readonly:
            directory.mkdir(parents=True, exist_ok=True)
        db = directory / DB_NAME
        self.is_new = not db.exists()
        if self.readonly and self.is_new:
            raise ArsipError(f"Folder {directory} tidak berisi arsip Arsip Berita.")
        self.store = Store(db, readonly=self.readonly)
        self.index = SearchIndex(directory / INDEX_DIR, readonly=self.readonly)
        self._lock = threading.Lock()
        self._glossary: dict[str, list[str]] | None = None
        if not self.readonly:
            try:
                self._sync_index()
            except (sqlite3.DatabaseError, OSError) as exc:  # damage SQLite meets only when reading pages
                self.close()
                translated = storage_error(exc, directory)
                if translated is None:
                    raise
                raise translated from exc

    @classmethod
    def open(cls, directory: Path | None = None, readonly: bool = False, *,
             with_samples: bool | None = None, checkpoint: Callable[[str], None] | None = None) -> ArchiveService:
        """Open (creating if needed) an archive; the default archive starts with the sample releases.

        Only the platform's default archive gets the samples on its first opening: one named by
        ``--archive`` or by ``$ARSIP_BERITA_ARCHIVE`` is the user's own and starts empty.
        """
        target = directory or default_archive_dir()
        if directory is None and readonly and not (target / DB_NAME).exists():
            readonly = False  # the first command of all creates the default archive
        is_default = directory is None and not os.environ.get(ENV_ARCHIVE)
        svc = cls(target, readonly=readonly, checkpoint=checkpoint)
        if (with_samples if with_samples is not None else is_default) and svc.is_new and not svc.readonly:
            report = svc.import_paths([sample_path()], processes=1)
            svc.notices.append(f"Arsip baru dibuat dengan {report.added} siaran pers contoh.")
        return svc

    def opener(self) -> Callable[..., ArchiveService]:
        """A factory for another connection to this archive: GUI workers open their own (read-only by
        default) through it and are never handed a folder path; the checkpoint hook goes along."""
        directory, checkpoint = self.directory, self.checkpoint

        def open_again(*, readonly: bool = True, with_samples: bool = False) -> ArchiveService:
            return ArchiveService.open(directory, readonly=readonly, with_samples=with_samples, checkpoint=checkpoint)

        return open_again

    @property
    def archive_name(self) -> str:
        """The name the window, briefs and their footers show: the folder's name, never the full path
        into the user's data folder ("Arsip utama" for the default archive)."""
        if self.directory.name == "arsip" and self.directory.parent.name == "ArsipBerita":
            return "Arsip utama"
        return self.directory.name or str(self.directory)

    def refresh(self) -> None:
        """See what another connection or process wrote: the latest index commit and glossary."""
        self.index.refresh()
        self._glossary = None

    def close(self) -> None:
        self.index.close()
        self.store.close()

    # --- index upkeep ----------------------------------------------------------------------
    def _sync_index(self) -> None:
        """Bring the index in line with the store (rebuild or catch up); skip if another writer is busy."""
        try:
            with self._write_lock():
                if self.store.migrated_from:  # 0 is a brand-new database: nothing to backfill
                    self.store.backfill_facts(official_key)
                    self.notices.append(f"Arsip diperbarui dari skema {self.store.migrated_from}.")
                if not self.index.is_usable():
                    existed = (self.directory / INDEX_DIR).exists()
                    n = self._rebuild_locked()
                    if existed or n:
                        self.notices.append(f"Indeks pencarian rusak, hilang atau usang; dibangun ulang dari arsip ({n} artikel).")
                    return
                todo = self.store.unindexed_ids()
                if todo:
                    self._index_ids(todo, update=True)
                    self.notices.append(f"{len(todo)} artikel yang belum terindeks (impor terputus) kini diindeks.")
                if self.index.doc_count() != self.store.count():
                    n = self._rebuild_locked()
                    self.notices.append(f"Indeks tidak cocok dengan arsip; dibangun ulang ({n} artikel).")
        except ArsipError as exc:  # another writer holds the lock: it will do the upkeep
            log.info("index upkeep skipped: %s", exc)

    def _index_ids(self, ids: Sequence[int], *, update: bool) -> None:
        def chunks() -> Iterator[list[tuple[Article, Extraction | None]]]:
            for start in range(0, len(ids), STORE_BATCH):
                chunk = list(ids[start:start + STORE_BATCH])
                articles = self.store.get_many(chunk)
                extractions = self.store.get_extractions(chunk)
                yield [(articles[i], extractions.get(i)) for i in chunk]

        self._write_index(chunks(), len(ids), update=update, commit_every=INDEX_COMMIT_EVERY)

    def _rebuild_locked(self, progress: Callable[[int, int], None] | None = None) -> int:
        self.index.create()
        self.store.mark_all_unindexed()
        return len(self._write_index(_chunked(self.store.iter_all(), REBUILD_CHUNK), self.store.count(),
                                     optimize=True, progress=progress))

    def _write_index(self, chunks: Iterable[list[tuple[Article, Extraction | None]]], total: int, *,
                     update: bool = False, commit_every: int | None = None, optimize: bool = False,
                     progress: Callable[[int, int], None] | None = None) -> list[int]:
        """Index stored articles (text analysed in workers when there are many), then mark them.

        Returns the ids written; ``progress(done, total)`` follows each chunk.
        """
        writer = self.index.writer()
        done: list[int] = []
        processes = REBUILD_PROCESSES if total >= REBUILD_POOL_FROM else 1
        for chunk in analysed(chunks, processes=processes):
            for article, extraction, prepared in chunk:
                writer.add(article, extraction, update=update, prepared=prepared)
                done.append(article.id or 0)
            if progress:
                progress(len(done), total)
            if commit_every and writer.pending >= commit_every:
                self.checkpoint("index_commit")
                writer.commit()
        self.checkpoint("index_commit")
        writer.commit(optimize=optimize)
        self.checkpoint("mark_indexed")
        self.store.mark_indexed(done)
        self.index.refresh()
        self.index.warm()
        return done

    @_storage_errors
    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the whole index from the store; returns the number of articles indexed.

        ``progress(done, total)`` is called after every chunk of articles written (the final
        merge and commit come after the last call).
        """
        self._require_writable()
        with self._write_lock():
            return self._rebuild_locked(progress)

    def _translate(self, exc: BaseException) -> ArsipError | None:
        """The user-facing error for a storage failure; None for anything else (a bug)."""
        if isinstance(exc, (sqlite3.DatabaseError, OSError)):
            return storage_error(exc, self.directory)
        return None

    def _write_lock(self, timeout: float = 0.0) -> Any:
        """The archive's one-writer lock (a shared archive has none: its server orders the writes)."""
        return WriterLock(self.directory, timeout=timeout)

    @property
    def location(self) -> str:
        """Where the archive is, as shown to the user: the folder, or the server address without password."""
        return str(self.directory)

    @property
    def is_shared(self) -> bool:
        return False

    @property
    def can_keep_watchlists(self) -> bool:
        """Whether watchlists can be saved, removed and marked seen here."""
        return not self.readonly

    def _require_watchlists_writable(self) -> None:
        """Saving watchlists needs the archive writable (a shared archive lets its readers do it too)."""
        self._require_writable()

    def _require_writable(self) -> None:
        if self.readonly:
            raise ArchiveReadOnlyError(str(self.directory))

    # --- reading ---------------------------------------------------------------------------
    @_storage_errors
    def count(self) -> int:
        return self.store.count()

    @_storage_errors
    def get_article(self, article_id: int) -> Article:
        return self.store.get(article_id)

    @_storage_errors
    def get_extraction(self, article_id: int) -> Extraction | None:
        return self.store.get_extraction(article_id)

    @_storage_errors
    def list_articles(self, limit: int | None = None) -> list[Article]:
        return self.store.list(limit)

    @_storage_errors
    def officials(self) -> list[OfficialRecord]:
        """Every official in the archive with name variants, positions over time and articles."""
        return build_directory(self.store.official_rows())

    @_storage_errors
    def position_holders(self, position: str) -> list[tuple[OfficialRecord, PositionSpan]]:
        """Who held a post (``"Kepala BPS Provinsi Kalteng"``) and when they were seen in it."""
        return holders_of(self.officials(), position)

    @_storage_errors
    def statistics(self) -> Iterator[tuple[Article, list[Statistic]]]:
        """Every article with its statistics, oldest import first (for the indicator ledger)."""
        for article, stats in self.store.iter_statistics():
            yield article, [Statistic.from_dict(d) for d in stats if d.get("indicator_key")]

    @_storage_errors
    def near_duplicate_inputs(self, scheme: str, after_id: int = 0
                              ) -> Iterator[tuple[int, str | None, str, bytes | None, str, str]]:
        """(id, date, title, cached signature or None, body when not cached, content hash) per article
        (only those after ``after_id``)."""
        yield from self.store.iter_signature_inputs(scheme, after_id=after_id)

    @_storage_errors
    def cache_near_duplicate_signatures(self, scheme: str, rows: Sequence[tuple[int, str, bytes]]) -> bool:
        """Keep computed signatures for the next run; False when the archive cannot be written now."""
        if self.readonly or not rows:
            return False
        try:
            with self._write_lock():
                self.store.save_signatures(scheme, rows)
        except ArsipError:  # another writer is busy: the signatures are computed again next time
            return False
        return True

    @_storage_errors
    def watchlists(self) -> list[tuple[int, str, str, str, int, str | None]]:
        """Saved watchlists: (id, name, query, created, seen_up_to, seen_at)."""
        return self.store.watchlists()

    @_storage_errors
    def save_watchlist(self, name: str, query: str) -> None:
        """Save (or change the query of) a watchlist; what the archive holds now counts as seen."""
        self._require_watchlists_writable()
        with self._write_lock(timeout=5):
            self.store.add_watchlist(name, query, self.store.max_id())

    @_storage_errors
    def remove_watchlist(self, name: str) -> bool:
        self._require_watchlists_writable()
        with self._write_lock(timeout=5):
            return self.store.remove_watchlist(name)

    @_storage_errors
    def mark_watchlist_seen(self, name: str) -> None:
        """Everything in the archive now counts as seen for this watchlist."""
        self._require_watchlists_writable()
        with self._write_lock(timeout=5):
            self.store.mark_watchlist_seen(name, self.store.max_id())

    @_storage_errors
    def sample_count(self) -> int:
        """How many of the bundled (fictional) sample releases the archive holds."""
        row = self.store._conn.execute("SELECT count(*) FROM articles WHERE url LIKE ?", (SAMPLE_URL + "%",))
        return int(row.fetchone()[0])

    @_storage_errors
    def remove_samples(self) -> int:
        """Delete every sample release (and its officials), then rebuild the index; returns how many."""
        self._require_writable()
        with self._write_lock():
            conn = self.store._conn  # one statement pair the store has no method for
            where = "SELECT id FROM articles WHERE url LIKE ?"
            with conn:
                conn.execute(f"DELETE FROM officials_seen WHERE article_id IN ({where})", (SAMPLE_URL + "%",))
                n = conn.execute("DELETE FROM articles WHERE url LIKE ?", (SAMPLE_URL + "%",)).rowcount
            if n:
                self._rebuild_locked()
        self._glossary = None
        return int(n)

    @_storage_errors
    def glossary(self) -> dict[str, list[str]]:
        """Acronym -> expansions learned across the archive (case-insensitive keys)."""
        if self._glossary is None:
            table: dict[str, list[str]] = {}
            for short, full in self.store.glossary().items():
                table.setdefault(short.casefold(), []).append(full)
            self._glossary = table
        return self._glossary

    def expansions(self, word: str) -> list[str]:
        """Full names a query word may stand for (curated agencies first, then learned, checked)."""
        return expansions(word, self.glossary())

    def _bodies(self, ids: Sequence[int]) -> dict[int, str]:
        return {i: a.body for i, a in self.store.get_many(ids).items()}

    @_storage_errors
    def search(self, query: str | Query, limit: int = 20, *, sort: str = "score",
               with_facets: bool = False) -> SearchResult:
        """Search the archive with typed or pasted text (parsed once: never a query error; the result's
        notice says how the text was read) or a ``Query``; an unknown ``sort`` is a QuerySyntaxError."""
        return self.index.search(query, limit=limit, sort=sort, with_facets=with_facets,
                                 bodies=self._bodies, expansions=self.expansions)

    @_storage_errors
    def matching(self, query: str, limit: int = 100_000) -> tuple[list[tuple[int, str | None]], int]:
        """(id, date) of the articles a query matches (newest first, no snippets) and the exact total."""
        res = self.index.search(query, limit=limit, sort="date", bodies=None, expansions=self.expansions)
        return [(h.id, h.date) for h in res.hits], res.total

    # --- importing -------------------------------------------------------------------------
    @_storage_errors
    def import_paths(self, paths: Iterable[Path], *, progress: Callable[[ImportProgress], None] | None = None,
                     cancelled: Callable[[], bool] | None = None, processes: int | None = None,
                     lock_timeout: float = 0.0) -> ImportReport:
        """Import files and folders; raises ArchiveBusyError when another writer holds the archive."""
        self._require_writable()
        is_cancelled = cancelled or (lambda: False)
        files, problems = discover(paths)
        report = ImportReport(failed=list(problems))
        if processes is None:
            processes = 1 if len(files) <= INLINE_LIMIT and not any(f.suffix == ".jsonl" for f in files) else 2
        with self._write_lock(timeout=lock_timeout):
            self._import_locked(files, report, processes, is_cancelled, progress)
        self._glossary = None
        return report

    def _import_locked(self, files: list[Path], report: ImportReport, processes: int,
                       cancelled: Callable[[], bool], progress: Callable[[ImportProgress], None] | None) -> None:
        batch: list[tuple[Article, Extraction | None, dict[str, Any]]] = []
        writer = self.index.writer()
        unmarked: list[int] = []
        seen_files: set[str] = set()

        def flush() -> None:
            results = self.store.add_batch([(a, e) for a, e, _ in batch], official_key)
            self.checkpoint("store_commit")
            report.duplicates.extend(a.path or a.title for (a, _, _), i in zip(batch, results) if i is None)
            ids = [i for i in results if i is not None]
            stored = self.store.get_many(ids)
            for (_, extraction, prepared), i in zip(batch, results):
                if i is not None:
                    writer.add(stored[i], extraction, prepared=prepared)
            self.checkpoint("index_add")
            report.added += len(ids)
            report.added_ids.extend(ids)
            unmarked.extend(ids)
            batch.clear()
            if writer.pending >= getattr(self.index, "commit_every", INDEX_COMMIT_EVERY):
                commit_index()

        def commit_index() -> None:
            self.checkpoint("index_commit")
            writer.commit()
            self.checkpoint("mark_indexed")
            self.store.mark_indexed(unmarked)
            unmarked.clear()

        try:
            for label, outcomes in run_tasks(files, str(self.store.path), processes=processes, cancelled=cancelled):
                for kind, a, b in outcomes:
                    if kind == "failed":
                        report.failed.append((str(a), str(b)))
                    elif kind == "duplicate":
                        report.duplicates.append(a.path or a.title)  # type: ignore[union-attr]
                    else:
                        extraction, prepared = b  # type: ignore[misc]
                        batch.append((a, extraction, prepared))  # type: ignore[arg-type]
                if len(batch) >= STORE_BATCH:
                    flush()
                seen_files.add(label)
                if progress:
                    progress(ImportProgress(len(seen_files), len(files), label, report.added + len(batch),
                                            len(report.duplicates), len(report.failed)))
            report.cancelled = cancelled()
            if batch:
                flush()
        finally:
            # Whatever reached the store is indexed now, or at the next open.
            if writer.pending or unmarked:
                commit_index()
            else:
                writer.cancel()
            self._maybe_optimize()
            self.index.refresh()
        self.index.warm()

    @_storage_errors
    def add_articles(self, items: Iterable[tuple[Article, Extraction | None]], *,
                     progress: Callable[[int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Add articles already read and extracted elsewhere (a copy of another archive): stored,
        indexed and marked by the same write protocol as an import, without reading or extracting
        again. Duplicates (same content hash) are skipped; ``progress(n)`` follows each batch."""
        self._require_writable()
        report = ImportReport()
        is_cancelled = cancelled or (lambda: False)
        with self._write_lock():
            writer = self.index.writer()
            unmarked: list[int] = []
            commit_every = getattr(self.index, "commit_every", INDEX_COMMIT_EVERY)
            try:
                for chunk in _chunked(items, STORE_BATCH):
                    results = self.store.add_batch(chunk, official_key)
                    self.checkpoint("store_commit")
                    ids = [i for i in results if i is not None]
                    stored = self.store.get_many(ids)
                    for (article, extraction), i in zip(chunk, results):
                        if i is None:
                            report.duplicates.append(article.path or article.title)
                        else:
                            writer.add(stored[i], extraction)
                    report.added += len(ids)
                    report.added_ids.extend(ids)
                    unmarked.extend(ids)
                    if writer.pending >= commit_every:
                        writer.commit()
                        self.store.mark_indexed(unmarked)
                        unmarked.clear()
                    if progress:
                        progress(report.added + len(report.duplicates))
                    if is_cancelled():
                        report.cancelled = True
                        break
            finally:
                if writer.pending or unmarked:
                    writer.commit()
                    self.store.mark_indexed(unmarked)
                else:
                    writer.cancel()
                self.index.refresh()
        self._glossary = None
        return report

    def article_ids(self, query: str | None = None) -> list[int]:
        """Every article id (oldest first), or those ``query`` matches."""
        if query:
            return sorted(i for i, _ in self.matching(query, limit=10_000_000)[0])
        return self.store.all_ids()

    def _maybe_optimize(self) -> None:
        """Keep the number of segments in check: merge everything when it grows past a bound."""
        try:
            if self.index.segment_count() > 12:
                self.index.writer().commit(optimize=True)
        except Exception:  # merging is an optimisation; a failure must not fail the import
            log.exception("index optimisation failed")
