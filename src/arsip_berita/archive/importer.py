"""The import pipeline: read and extract in worker processes, one writer committing in batches.

Order of writes, so that a crash at any moment loses nothing and duplicates nothing: articles and
their extraction are committed to SQLite first (in batches, one transaction each); the index is
written afterwards and the articles are marked indexed only after the index commit. Anything
committed to the store but not marked is indexed again (idempotently) on the next open.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from arsip_berita.core.errors import ArsipError, IngestError
from arsip_berita.core.model import Article, Extraction
from arsip_berita.ingest.readers import SUPPORTED_SUFFIXES, read_path

log = logging.getLogger(__name__)
STORE_BATCH = 200
INDEX_COMMIT_EVERY = 2000
ARTICLES_PER_TASK = 40
# Enough queued work (~2,400 articles) to keep the workers busy while the writer commits the index.
MAX_IN_FLIGHT = 60
INLINE_LIMIT = 4  # this many files or fewer: no worker processes (their start-up costs more)

# What a worker sends back for one article: the new article with its extraction, a duplicate, or a failure.
# ("new", article, (extraction, analysed text)), ("duplicate", article, None), ("failed", path, reason).
Outcome = Union[tuple[str, Article, tuple[Extraction | None, dict[str, Any]] | None], tuple[str, str, str]]


@dataclass
class ImportProgress:
    files_done: int
    files_total: int
    current: str
    added: int
    duplicates: int
    failed: int


@dataclass
class ImportReport:
    added: int = 0
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    added_ids: list[int] = field(default_factory=list)

    def summary_line(self) -> str:
        line = (f"{self.added} artikel ditambahkan, {len(self.duplicates)} dilewati karena duplikat, "
                f"{len(self.failed)} gagal")
        return line + (" (dibatalkan)" if self.cancelled else "")


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Supported files under ``paths`` (recursive, sorted), and the paths that cannot be used."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            files.extend(found)
        elif p.is_file():
            if p.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(p)
            else:
                problems.append((str(p), f"format {p.suffix or '(tanpa ekstensi)'} tidak didukung"))
        else:
            problems.append((str(p), "berkas atau folder tidak ditemukan"))
    return files, problems


# --- worker side (runs in worker processes, or inline) -------------------------------------
_known: dict[str, Any] = {}


def _is_known(db_path: str, content_hash: str) -> bool:
    """Whether the archive already holds this text (a shortcut: the writer decides for sure).

    ``db_path`` is the SQLite file, or a shared archive's address (asked over its own connection).
    """
    from arsip_berita.core.paths import is_server_location

    conn = _known.get(db_path)
    if conn is None:
        if is_server_location(db_path):
            try:
                from arsip_berita.server.connection import connect

                conn = _known[db_path] = connect(db_path)
            except ArsipError:
                return False
        elif not os.path.exists(db_path):
            return False
        else:
            conn = _known[db_path] = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        if is_server_location(db_path):
            return conn.execute("SELECT 1 FROM articles WHERE content_hash = %s", (content_hash,)).fetchone() is not None
        return conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone() is not None
    except Exception:  # noqa: BLE001 - the writer decides for sure; this is only a shortcut
        return False


def _extract(article: Article) -> Extraction | None:
    from arsip_berita.extraction import extract

    return extract(article.body, title=article.title, published=article.published)


def _process(items: Iterable[Article | IngestError], db_path: str) -> list[Outcome]:
    from arsip_berita.index.schema import prepare, release_header

    out: list[Outcome] = []
    for item in items:
        if isinstance(item, IngestError):
            out.append(("failed", item.path, item.reason))
        elif _is_known(db_path, item.content_hash):
            out.append(("duplicate", item, None))
        else:
            try:
                extraction = _extract(item)
            except ImportError:
                raise
            except Exception as exc:  # an extractor bug must not lose the article nor stop the import
                log.exception("extraction failed for %s", item.path)
                extraction = None
                out.append(("failed", item.path or item.title,
                            f"ekstraksi gagal ({type(exc).__name__}); artikel tetap diimpor tanpa hasil ekstraksi"))
            # The analysed text travels with the article, so the one index writer only writes.
            out.append(("new", item, (extraction, prepare(item.title, item.body, release_header(item)))))
    return out


def process_file(path: str, db_path: str) -> list[Outcome]:
    return _process(read_path(Path(path)), db_path)


def process_articles(items: list[Article | IngestError], db_path: str) -> list[Outcome]:
    return _process(items, db_path)


def prepare_texts(texts: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Worker side of ``analysed``: the index analysis of (title, body, release header) triples."""
    from arsip_berita.index.schema import prepare

    return [prepare(title, body, header) for title, body, header in texts]


# --- main side --------------------------------------------------------------------------------
def _tasks(files: list[Path]) -> Iterator[tuple[str, Callable[..., list[Outcome]], Any]]:
    """(label, function, argument) per unit of work; JSON-lines files are cut into chunks."""
    for f in files:
        if f.suffix.lower() == ".jsonl":
            chunk: list[Article | IngestError] = []
            for item in read_path(f):
                chunk.append(item)
                if len(chunk) >= ARTICLES_PER_TASK:
                    yield str(f), process_articles, chunk
                    chunk = []
            yield str(f), process_articles, chunk
        else:
            yield str(f), process_file, str(f)


def _result(fut: Future[Any], label: str) -> Any:
    try:
        return fut.result()
    except BrokenProcessPool as exc:  # a worker died (out of memory, killed): stop cleanly
        raise ArsipError(
            f"Proses pembaca impor berhenti mendadak saat membaca {label}. Artikel yang sudah tersimpan "
            "tetap aman; ulangi impor (artikel yang sudah ada dilewati).", repr(exc)) from exc


def _in_order(jobs: Iterable[tuple[Any, Callable[..., Any], tuple[Any, ...]]], *, processes: int,
              in_flight: int, describe: Callable[[Any], str],
              cancelled: Callable[[], bool] = lambda: False) -> Iterator[tuple[Any, Any]]:
    """``(tag, func(*args))`` for each ``(tag, func, args)`` job, in job order.

    With ``processes`` > 1 the jobs run in spawned workers, at most ``in_flight`` queued, so the
    caller (the one writer) works while they do. ``describe(tag)`` names a job in the error
    raised when a worker dies.
    """
    if processes <= 1:
        for tag, func, args in jobs:
            if cancelled():
                return
            yield tag, func(*args)
        return
    ctx = multiprocessing.get_context("spawn")  # the GUI is threaded: never fork
    with ProcessPoolExecutor(max_workers=processes, mp_context=ctx) as pool:
        pending: deque[tuple[Any, Future[Any]]] = deque()
        try:
            for tag, func, args in jobs:
                pending.append((tag, pool.submit(func, *args)))
                while len(pending) >= in_flight:
                    done, fut = pending.popleft()
                    yield done, _result(fut, describe(done))
                    if cancelled():
                        return
            while pending:
                done, fut = pending.popleft()
                yield done, _result(fut, describe(done))
                if cancelled():
                    return
        finally:
            for _, fut in pending:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)


def run_tasks(files: list[Path], db_path: str, *, processes: int,
              cancelled: Callable[[], bool]) -> Iterator[tuple[str, list[Outcome]]]:
    """Results in task order; with ``processes`` > 1 the work runs in spawned worker processes."""
    jobs = ((label, func, (arg, db_path)) for label, func, arg in _tasks(files))
    yield from _in_order(jobs, processes=processes, in_flight=MAX_IN_FLIGHT, describe=str, cancelled=cancelled)


Stored = tuple[Article, Union[Extraction, None]]


def analysed(chunks: Iterable[list[Stored]], *, processes: int) -> Iterator[list[tuple[Article, Extraction | None, dict[str, Any]]]]:
    """Chunks of stored articles with their analysed text (index terms), in order.

    Rebuilding an index spends half its time stemming; with ``processes`` > 1 that runs in
    spawned workers while this process writes the index.
    """
    from arsip_berita.index.schema import release_header

    jobs = ((chunk, prepare_texts, ([(a.title, a.body, release_header(a)) for a, _ in chunk],)) for chunk in chunks)
    for chunk, prepared in _in_order(jobs, processes=processes, in_flight=4 * processes,
                                     describe=lambda _: "indeks"):
        yield [(a, e, p) for (a, e), p in zip(chunk, prepared)]
