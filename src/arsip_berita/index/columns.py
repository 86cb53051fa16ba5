"""Per-document facet values and dates, kept in memory per index segment.

Facet counts and date sorting walk every matching document, so they read from plain Python
columns instead of stored fields. Columns are built once per segment and kept while the segment
lives: a commit that adds a small segment only costs reading that segment, not the archive.
Values are interned as small integers per field (a 100k archive has a few thousand distinct
officials but hundreds of thousands of mentions).
"""

from __future__ import annotations

import heapq
import threading
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from typing import Any

from arsip_berita.index.schema import FACET_FIELDS

SINGLE_VALUED = frozenset({"year", "month", "source_f"})
NO_VALUE = -1
NO_DATE = 0  # date ordinals start at 1


@dataclass
class Columns:
    """Columns over the global document numbers of one searcher (one list entry per document)."""

    values: dict[str, list[str]]  # field -> value id -> value
    facets: dict[str, Any]  # field -> per document: array of value ids, or tuples of ids
    dates: array  # per document: date ordinal, NO_DATE when unknown

    def count(self, docs: Iterable[int], limit: int = 50) -> dict[str, list[tuple[str, int]]]:
        """The ``limit`` most frequent values of each facet field over ``docs``."""
        docs = list(docs)
        out: dict[str, list[tuple[str, int]]] = {}
        for name in FACET_FIELDS:
            column = self.facets[name]
            picked = map(column.__getitem__, docs)
            counter = Counter(picked if name in SINGLE_VALUED else chain.from_iterable(picked))
            counter.pop(NO_VALUE, None)
            names = self.values[name]
            out[name] = [(names[i], n) for i, n in counter.most_common(limit)]
        return out

    def newest(self, docs: Iterable[int], limit: int, *, oldest_first: bool = False) -> list[int]:
        """``limit`` documents by date (newest first, or oldest first); undated ones come last."""
        dates = self.dates
        ordered = sorted(docs)  # ties keep document order
        if oldest_first:
            late = 1 << 30
            return heapq.nsmallest(limit, ordered, key=lambda d: dates[d] or late)
        return heapq.nlargest(limit, ordered, key=dates.__getitem__)


class _Segment:
    """The columns of one segment, in segment-local document numbers."""

    def __init__(self, reader: Any, interner: dict[str, dict[str, int]]) -> None:
        size = reader.doc_count_all()
        self.facets: dict[str, Any] = {
            name: array("i", [NO_VALUE]) * size if name in SINGLE_VALUED else [()] * size
            for name in FACET_FIELDS
        }
        self.dates = array("i", [NO_DATE]) * size
        for docnum, stored in reader.iter_docs():
            when = stored.get("date")
            if isinstance(when, datetime):
                self.dates[docnum] = when.toordinal()
            for name in FACET_FIELDS:
                raw = stored.get(name)
                if not raw:
                    continue
                ids = interner[name]
                parts = [ids.setdefault(v, len(ids)) for v in str(raw).split(",") if v]
                if name in SINGLE_VALUED:
                    self.facets[name][docnum] = parts[0] if parts else NO_VALUE
                elif parts:
                    self.facets[name][docnum] = tuple(parts)


def _segment_lengths(reader: Any, field: str) -> array:
    """Field length of every document of one segment (as Whoosh stores it, one byte per document)."""
    size = reader.doc_count_all()
    try:  # the W3 codec's length column, read whole
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
        from whoosh.util.numeric import byte_to_length

        column = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
        if column is None:
            return array("f", [0.0]) * size
        table = [float(byte_to_length(b)) for b in range(256)]
        if getattr(column, "_typecode", None) == "B":  # one byte per document: read them at once
            raw = column._dbfile.get(column._basepos, column._count)
            out = array("f", map(table.__getitem__, raw))
            out.extend([table[column._default]] * (size - len(out)))
            return out
        return array("f", (table[b] for b in column))
    except (AttributeError, ImportError, TypeError):
        return array("f", (float(reader.doc_field_length(d, field) or 0) for d in range(size)))


class ColumnCache:
    """Columns for the current searcher, rebuilt from cached segments when the segments change."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._interner: dict[str, dict[str, int]] = {name: {} for name in FACET_FIELDS}
        self._segments: dict[str, _Segment] = {}
        self._key: tuple[Any, ...] | None = None
        self._columns: Columns | None = None
        self._lengths: dict[tuple[str, str], array] = {}  # (segment, field) -> lengths
        self._global_lengths: dict[str, tuple[tuple[Any, ...], array]] = {}

    def clear(self) -> None:
        with self._lock:
            self._interner = {name: {} for name in FACET_FIELDS}
            self._segments.clear()
            self._key = None
            self._columns = None
            self._lengths.clear()
            self._global_lengths.clear()

    def lengths(self, searcher: Any, field: str) -> array:
        """Per-document lengths of ``field`` over the searcher's global document numbers."""
        leaves = list(searcher.reader().leaf_readers())
        key = tuple((_segment_id(r), r.doc_count_all()) for r, _ in leaves)
        with self._lock:
            cached = self._global_lengths.get(field)
            if cached is not None and cached[0] == key:
                return cached[1]
            live = {sid for sid, _ in key}
            self._lengths = {k: v for k, v in self._lengths.items() if k[0] in live}
            out = array("f")
            for reader, _ in leaves:
                part = self._lengths.get((_segment_id(reader), field))
                if part is None:
                    part = self._lengths[(_segment_id(reader), field)] = _segment_lengths(reader, field)
                out.extend(part)
            self._global_lengths[field] = (key, out)
            return out

    def columns(self, searcher: Any) -> Columns:
        leaves = list(searcher.reader().leaf_readers())
        key = tuple((_segment_id(r), r.doc_count_all()) for r, _ in leaves)
        with self._lock:
            if self._columns is not None and key == self._key:
                return self._columns
            live = {}
            for reader, _ in leaves:
                sid = _segment_id(reader)
                live[sid] = self._segments.get(sid) or _Segment(reader, self._interner)
            self._segments = live
            parts = [live[_segment_id(r)] for r, _ in leaves]
            facets: dict[str, Any] = {}
            for name in FACET_FIELDS:
                if name in SINGLE_VALUED:
                    col = array("i")
                    for p in parts:
                        col.extend(p.facets[name])
                else:
                    col = list(chain.from_iterable(p.facets[name] for p in parts))
                facets[name] = col
            dates = array("i")
            for p in parts:
                dates.extend(p.dates)
            values = {name: list(ids) for name, ids in self._interner.items()}
            self._columns = Columns(values=values, facets=facets, dates=dates)
            self._key = key
            return self._columns


def _segment_id(reader: Any) -> str:
    segment = reader.segment() if hasattr(reader, "segment") else None
    return segment.segment_id() if segment is not None else f"reader-{id(reader)}"
