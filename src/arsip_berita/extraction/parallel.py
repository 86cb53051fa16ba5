"""Extraction of many articles in worker processes (spawned: the GUI process is threaded)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Hashable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from arsip_berita.core.model import Extraction

Item = tuple[Hashable, str, "str | None", "dt.date | None"]


def _warm() -> None:
    """Load the lexicon and gazetteer once per worker, before the first chunk."""
    from arsip_berita.extraction.pipeline import extract

    extract("Palangka Raya - Warga Kalteng.")


def _run_chunk(chunk: list[Item]) -> list[tuple[Hashable, Extraction]]:
    from arsip_berita.extraction.pipeline import extract

    return [(key, extract(text, title=title, published=published)) for key, text, title, published in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_many(items: Iterable[Item], processes: int = 2, chunk_size: int = 32,
                 ) -> Iterator[tuple[Hashable, Extraction]]:
    """Yield ``(key, Extraction)`` in input order; at most ``2 * processes`` chunks in flight."""
    if processes <= 1:
        for chunk in _chunks(items, chunk_size):
            yield from _run_chunk(chunk)
        return
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=ctx, initializer=_warm) as pool:
        pending: list[Future[list[tuple[Hashable, Extraction]]]] = []
        for chunk in _chunks(items, chunk_size):
            pending.append(pool.submit(_run_chunk, chunk))
            if len(pending) >= 2 * processes:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()
