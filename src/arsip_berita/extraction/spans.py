"""Candidate spans produced by the pipeline steps, and the one place where overlaps are resolved."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from arsip_berita.core.model import DateValue, Entity, Place

# Priorities: higher wins an overlap; at equal priority the longer span wins, then the earlier.
BLOCK, DATE, STRUCTURE, LEXICON, PLACE, GUESS = 6, 5, 4, 3, 2, 1

WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass
class Cand:
    """A proposed entity; ``type`` 'BLOCK' reserves text that must not become an entity."""

    type: str
    start: int
    end: int
    text: str
    canonical: str
    priority: int
    position: str | None = None
    place: Place | None = None
    date: DateValue | None = None
    role: str | None = None
    honorifics: tuple[str, ...] = field(default_factory=tuple)
    cue: bool = False  # a person named with a context cue (a speech verb, 'kata', a title)

    def to_entity(self, offset: int = 0) -> Entity:
        """The entity, with offsets moved by ``offset`` (a window's place in the whole text)."""
        return Entity(type=self.type, start=self.start + offset, end=self.end + offset, text=self.text,
                      canonical=self.canonical, position=self.position, place=self.place,
                      date=self.date, role=self.role)


def cand(text: str, type_: str, start: int, end: int, priority: int, **kw: object) -> Cand:
    """A candidate over ``text[start:end]``; canonical defaults to the text as written."""
    surface = text[start:end]
    canonical = kw.pop("canonical", None) or surface
    return Cand(type_, start, end, surface, str(canonical), priority, **kw)  # type: ignore[arg-type]


def resolve(cands: list[Cand]) -> list[Cand]:
    """Keep a non-overlapping subset: priority first, then length, then position; sorted by start."""
    starts: list[int] = []  # the kept spans never overlap, so sorted starts and ends index them
    ends: list[int] = []
    kept: list[Cand] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if c.end <= c.start:
            continue
        i = bisect_right(starts, c.start)
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


class Coverage:
    """Answers 'is [start, end) inside one of these spans?' in log time (the spans may overlap)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans starting at or before each one
        far = -1
        for _, e in ordered:
            far = max(far, e)
            self._reach.append(far)

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end


class SortedSpans:
    """Candidates sorted by start, queried by range in log time (the caller's lists are long)."""

    def __init__(self, items: list[Any]) -> None:
        self.items = sorted(items, key=lambda c: c.start)
        self.starts = [c.start for c in self.items]

    def starting(self, lo: int, hi: int) -> list[Any]:
        """Items starting in [lo, hi), in order."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def inside(self, lo: int, hi: int) -> list[Any]:
        """Items lying within [lo, hi), in order."""
        return [c for c in self.starting(lo, hi) if c.end <= hi]
