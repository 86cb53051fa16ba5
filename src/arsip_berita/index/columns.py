"""Per-document facet values and dates, kept in memory per index segment.

Facet counts and date sorting walk every matching document, so they read from plain Python
columns instead of stored fields. Columns are built once per segment and kept while the segment
lives: a commit that adds a small segment only costs reading that segment, not the archive.
Values are interned as small integers per field (a 100k archive has a few thousand distinct
officials but hundreds of thousands of mentions).
"""

from __future__ import annotations

import heapq
import logging
import os
import pickle
import re
import threading
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import Any

from arsip_berita.index.rawaccess import field_lengths
from arsip_berita.index.schema import FACET_FIELDS

log = logging.getLogger(__name__)
SINGLE_VALUED = frozenset({"year", "month", "source_f"})
NO_VALUE = -1
NO_DATE = 0  # date ordinals start at 1
_TITLE_WORD = re.compile(r"[^\W\d_]{3,}")


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


SIDECAR_SUFFIX = ".arsipcols"  # "<segment id>.arsipcols": Whoosh deletes it with its segment
SIDECAR_VERSION = 2


class _Segment:
    """The columns of one segment, in segment-local document numbers.

    Built from the stored fields (about 4 s for 100k articles, mostly unpacking them), then kept
    beside the segment as a small sidecar file, so the next session loads it in a fraction.
    """

    def __init__(self, raw: _RawSegment, interner: dict[str, dict[str, int]]) -> None:
        self.dates = raw.dates
        self.words = raw.words  # title word (lower case) -> number of titles holding it
        self.facets: dict[str, Any] = {}
        for name in FACET_FIELDS:
            strings, index = raw.fields[name]
            ids = interner[name]
            parsed: list[Any] = []
            for text in strings:
                parts = tuple(ids.setdefault(v, len(ids)) for v in text.split(",") if v)
                parsed.append((parts[0] if parts else NO_VALUE) if name in SINGLE_VALUED else parts)
            if name in SINGLE_VALUED:
                self.facets[name] = array("i", (parsed[i] if i >= 0 else NO_VALUE for i in index))
            else:
                self.facets[name] = [parsed[i] if i >= 0 else () for i in index]


@dataclass
class _RawSegment:
    """What the sidecar holds: per field the distinct stored strings and, per document, an index
    into them (-1: none); dates; title words. Interning into the archive's value ids comes after."""

    size: int
    dates: array
    fields: dict[str, tuple[list[str], array]]
    words: dict[str, int]

    @classmethod
    def read(cls, reader: Any) -> _RawSegment:
        size = reader.doc_count_all()
        dates = array("i", [NO_DATE]) * size
        fields: dict[str, tuple[list[str], array]] = {name: ([], array("i", [-1]) * size) for name in FACET_FIELDS}
        seen: dict[str, dict[str, int]] = {name: {} for name in FACET_FIELDS}
        words: Counter[str] = Counter()
        for docnum, stored in reader.iter_docs():
            words.update({w.lower() for w in _TITLE_WORD.findall(str(stored.get("title") or ""))})
            when = stored.get("date")
            if isinstance(when, datetime):
                dates[docnum] = when.toordinal()
            for name in FACET_FIELDS:
                text = stored.get(name)
                if text:
                    known = seen[name]
                    at = known.get(text)
                    if at is None:
                        at = known[text] = len(known)
                        fields[name][0].append(str(text))
                    fields[name][1][docnum] = at
        return cls(size, dates, fields, dict(words))

    def payload(self) -> bytes:
        data = {"version": SIDECAR_VERSION, "fields": list(FACET_FIELDS), "size": self.size,
                "dates": self.dates.tobytes(), "words": self.words,
                "raw": {name: (strings, index.tobytes()) for name, (strings, index) in self.fields.items()}}
        return pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_payload(cls, blob: bytes, size: int) -> _RawSegment | None:
        data = pickle.loads(blob)
        if (not isinstance(data, dict) or data.get("version") != SIDECAR_VERSION
                or data.get("fields") != list(FACET_FIELDS) or data.get("size") != size):
            return None
        dates = array("i")
        dates.frombytes(data["dates"])
        fields: dict[str, tuple[list[str], array]] = {}
        for name in FACET_FIELDS:
            strings, index_bytes = data["raw"][name]
            index = array("i")
            index.frombytes(index_bytes)
            if len(index) != size or len(dates) != size:
                return None
            fields[name] = (list(strings), index)
        return cls(size, dates, fields, dict(data["words"]))


def _segment_lengths(reader: Any, field: str) -> array:
    """Field length of every document of one segment (``rawaccess.field_lengths``)."""
    return field_lengths(reader, field)


class ColumnCache:
    """Columns for the current searcher, rebuilt from cached segments when the segments change."""

    def __init__(self, directory: Path | None = None, *, readonly: bool = False) -> None:
        self.directory = directory
        self.readonly = readonly
        self._lock = threading.Lock()
        self._interner: dict[str, dict[str, int]] = {name: {} for name in FACET_FIELDS}
        self._segments: dict[str, _Segment] = {}
        self._key: tuple[Any, ...] | None = None
        self._columns: Columns | None = None
        self._lengths: dict[tuple[str, str], array] = {}  # (segment, field) -> lengths
        self._global_lengths: dict[str, tuple[tuple[Any, ...], array]] = {}
        self._vocabulary: tuple[Columns, dict[str, list[tuple[str, int]]]] | None = None

    def clear(self) -> None:
        with self._lock:
            self._interner = {name: {} for name in FACET_FIELDS}
            self._segments.clear()
            self._key = None
            self._columns = None
            self._lengths.clear()
            self._global_lengths.clear()
            self._vocabulary = None

    def _segment(self, sid: str, reader: Any) -> _Segment:
        """One segment's columns: from its sidecar file when there is a good one, else read and saved."""
        size = reader.doc_count_all()
        path = None
        if self.directory is not None and not sid.startswith("reader-"):
            path = self.directory / f"{sid}{SIDECAR_SUFFIX}"
        raw = None
        if path is not None and path.is_file():
            try:
                raw = _RawSegment.from_payload(path.read_bytes(), size)
            except Exception as exc:  # a damaged sidecar is only a cache: read the segment again
                log.info("facet columns of %s unreadable (%r); reading the segment", sid, exc)
        if raw is None:
            raw = _RawSegment.read(reader)
            if path is not None and not self.readonly:
                tmp = path.with_name(f".{path.name}.tmp")  # a leading dot: Whoosh's clean-up skips it
                try:
                    tmp.write_bytes(raw.payload())
                    os.replace(tmp, path)
                except OSError as exc:  # read-only share, full disk: the columns still work from memory
                    log.info("facet columns of %s not saved: %r", sid, exc)
                    tmp.unlink(missing_ok=True)
        return _Segment(raw, self._interner)

    def vocabulary(self, searcher: Any) -> dict[str, list[tuple[str, int]]]:
        """Title words of the archive with their title counts, by their first two letters.

        The index holds stems ("didik" for "pendidikan"), which make poor spelling suggestions;
        titles give the words as people write them.
        """
        columns = self.columns(searcher)
        with self._lock:
            if self._vocabulary is not None and self._vocabulary[0] is columns:
                return self._vocabulary[1]
            counts: Counter[str] = Counter()
            for segment in self._segments.values():
                counts.update(segment.words)
            buckets: dict[str, list[tuple[str, int]]] = {}
            for word, n in counts.items():
                buckets.setdefault(word[:2], []).append((word, n))
            self._vocabulary = (columns, buckets)
            return buckets

    def lengths(self, searcher: Any, field: str) -> array:
        """Per-document lengths of ``field`` over the searcher's global document numbers."""
        leaves = list(searcher.reader().leaf_readers())
        key = segments_key(searcher)
        with self._lock:
            cached = self._global_lengths.get(field)
            if cached is not None and cached[0] == key:
                return cached[1]
            live = {sid for sid, _ in key}
            self._lengths = {k: v for k, v in self._lengths.items() if k[0] in live}
            out = array("f")
            for reader, _ in leaves:
                part = self._lengths.get((segment_id(reader), field))
                if part is None:
                    part = self._lengths[(segment_id(reader), field)] = _segment_lengths(reader, field)
                out.extend(part)
            self._global_lengths[field] = (key, out)
            return out

    def columns(self, searcher: Any) -> Columns:
        leaves = list(searcher.reader().leaf_readers())
        key = segments_key(searcher)
        with self._lock:
            if self._columns is not None and key == self._key:
                return self._columns
            live = {}
            for reader, _ in leaves:
                sid = segment_id(reader)
                live[sid] = self._segments.get(sid) or self._segment(sid, reader)
            self._segments = live
            parts = [live[segment_id(r)] for r, _ in leaves]
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


def segment_id(reader: Any) -> str:
    """The Whoosh segment a leaf reader reads ("MAIN_5kmvn2o9helm5s8m")."""
    segment = reader.segment() if hasattr(reader, "segment") else None
    return segment.segment_id() if segment is not None else f"reader-{id(reader)}"


def segments_key(searcher: Any) -> tuple[tuple[str, int], ...]:
    """Identifies the searcher's set of segments: caches built from them stay valid while it holds."""
    return tuple((segment_id(r), r.doc_count_all()) for r, _ in searcher.reader().leaf_readers())
