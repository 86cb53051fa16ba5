"""Candidate spans produced by the pipeline steps, and the one place where overlaps are resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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

    def to_entity(self) -> Entity:
        return Entity(type=self.type, start=self.start, end=self.end, text=self.text,
                      canonical=self.canonical, position=self.position, place=self.place,
                      date=self.date, role=self.role)


def cand(text: str, type_: str, start: int, end: int, priority: int, **kw: object) -> Cand:
    """A candidate over ``text[start:end]``; canonical defaults to the text as written."""
    surface = text[start:end]
    canonical = kw.pop("canonical", None) or surface
    return Cand(type_, start, end, surface, str(canonical), priority, **kw)  # type: ignore[arg-type]


def resolve(cands: list[Cand]) -> list[Cand]:
    """Keep a non-overlapping subset: priority first, then length, then position; sorted by start."""
    taken: list[tuple[int, int]] = []
    kept: list[Cand] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if c.end <= c.start or any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)
