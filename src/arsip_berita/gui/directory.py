"""The archive-wide officials directory, aggregated from per-article officials (pure; may move to core)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from arsip_berita.core.model import Article, Extraction


@dataclass(frozen=True)
class PositionSpan:
    """A position held, with the first and last publication date it was seen (ISO, may be None)."""

    position: str
    first: str | None
    last: str | None
    count: int

    def describe(self) -> str:
        if self.first and self.last and self.first != self.last:
            return f"{self.position} ({self.first} \u2013 {self.last})"
        when = self.first or self.last
        return f"{self.position} ({when})" if when else self.position


@dataclass(frozen=True)
class OfficialRecord:
    name: str
    positions: tuple[PositionSpan, ...] = ()
    article_ids: tuple[int, ...] = ()
    variants: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.article_ids)

    @property
    def latest_position(self) -> str | None:
        dated = sorted(self.positions, key=lambda p: (p.last or "", p.count))
        return dated[-1].position if dated else None


def name_key(name: str) -> str:
    """Folds case, accents, dots and initials so "Leonard S. Ampung" and "Leonard Ampung" meet."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    words = [w for w in re.findall(r"[a-z]+", text) if len(w) > 1]
    return " ".join(words)


@dataclass
class _Acc:
    names: dict[str, int] = field(default_factory=dict)
    articles: dict[int, None] = field(default_factory=dict)
    positions: dict[str, list[Any]] = field(default_factory=dict)  # position -> [first, last, count]


def aggregate_officials(items: Iterable[tuple[Article, Extraction | None]]) -> list[OfficialRecord]:
    """One record per official across the archive, most articles first."""
    accs: dict[str, _Acc] = {}
    for article, extraction in items:
        if extraction is None or article.id is None:
            continue
        when = article.published.isoformat() if article.published else extraction.event_date
        for off in extraction.officials:
            key = name_key(off.name)
            if not key:
                continue
            acc = accs.setdefault(key, _Acc())
            for n in (off.name, *off.variants):
                acc.names[n] = acc.names.get(n, 0) + (2 if n == off.name else 1)
            acc.articles[article.id] = None
            if off.position:
                _note_position(acc, off.position, when)
    records = [_record(acc) for acc in accs.values()]
    return sorted(records, key=lambda r: (-r.count, r.name.casefold()))


def _note_position(acc: _Acc, position: str, when: str | None) -> None:
    slot = acc.positions.setdefault(position, [when, when, 0])
    if when:
        slot[0] = min(filter(None, (slot[0], when)))
        slot[1] = max(filter(None, (slot[1], when)))
    slot[2] += 1


def _record(acc: _Acc) -> OfficialRecord:
    # The longest of the most frequent forms keeps initials ("Leonard S. Ampung").
    name = max(acc.names, key=lambda n: (acc.names[n], len(n)))
    spans = tuple(sorted((PositionSpan(p, f, last, c) for p, (f, last, c) in acc.positions.items()),
                         key=lambda s: (s.first or "", s.position)))
    variants = tuple(sorted(n for n in acc.names if n != name))
    return OfficialRecord(name, spans, tuple(acc.articles), variants)


def from_service_rows(rows: Iterable[Any]) -> list[OfficialRecord]:
    """Adapt the rows of a future ``ArchiveService.officials()`` (dicts or objects) to records."""
    out = []
    for row in rows:
        get = row.get if isinstance(row, dict) else (lambda k, d=None, r=row: getattr(r, k, d))
        positions = tuple(
            PositionSpan(p.get("position", "") if isinstance(p, dict) else getattr(p, "position", str(p)),
                         (p.get("first") if isinstance(p, dict) else getattr(p, "first", None)),
                         (p.get("last") if isinstance(p, dict) else getattr(p, "last", None)),
                         int((p.get("count") if isinstance(p, dict) else getattr(p, "count", 1)) or 1))
            for p in (get("positions") or ()))
        ids = tuple(get("article_ids") or get("articles") or ())
        out.append(OfficialRecord(str(get("name")), positions, tuple(int(i) for i in ids),
                                  tuple(get("variants") or ())))
    return out
