"""Article body as escaped HTML with entity spans, statistic sentence anchors and query hits marked."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from html import escape

from arsip_berita.core.matching import match_spans
from arsip_berita.core.model import Entity, Statistic
from arsip_berita.summary.splitter import split_spans

# Highlight types in the viewer and the brief, in priority order when spans overlap.
HIGHLIGHT_TYPES = ("statistic", "official", "organization", "place", "date")
TYPE_LABELS = {"official": "Pejabat", "organization": "Instansi", "place": "Tempat",
               "date": "Tanggal", "statistic": "Angka"}
_ENTITY_TYPE = {"PERSON": "official", "ORGANIZATION": "organization", "LOCATION": "place", "DATE": "date"}
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Mark:
    """A highlighted span: ``kind`` is a highlight type, ``index`` its position in its input list."""

    start: int
    end: int
    kind: str
    index: int
    tooltip: str = ""


def _entity_tooltip(e: Entity) -> str:
    parts = [e.canonical] if e.canonical and e.canonical != e.text else []
    if e.position:
        parts.append(e.position)
    if e.place is not None and e.place.province and e.place.province != e.place.name:
        parts.append(f"{e.place.level} di {e.place.province}")
    return " \u2014 ".join(parts)


def marks(entities: Sequence[Entity], statistics: Sequence[Statistic],
          enabled_types: Collection[str] = HIGHLIGHT_TYPES) -> list[Mark]:
    """Non-overlapping marks: on overlap, the earlier type in HIGHLIGHT_TYPES wins, then the longer."""
    cands = [Mark(e.start, e.end, _ENTITY_TYPE[e.type], i, _entity_tooltip(e))
             for i, e in enumerate(entities) if _ENTITY_TYPE.get(e.type) in enabled_types]
    if "statistic" in enabled_types:
        cands += [Mark(s.start, s.end, "statistic", i, s.indicator or "") for i, s in enumerate(statistics)]
    cands.sort(key=lambda m: (HIGHLIGHT_TYPES.index(m.kind), m.start - m.end, m.start))
    chosen: list[Mark] = []
    for m in cands:
        if m.end > m.start and all(m.end <= c.start or c.end <= m.start for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def query_hits(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the words a query matched (``core.matching.match_spans``: the same as snippets)."""
    return match_spans(text, (t.strip().lower() for t in terms if t and t.strip()))


def _stat_anchors(text: str, statistics: Sequence[Statistic]) -> dict[int, list[str]]:
    """``stat-N`` anchors at the start of the sentence holding statistic N."""
    spans = split_spans(text)
    out: dict[int, list[str]] = {}
    for i, s in enumerate(statistics):
        start = next((a for a, b in spans if a <= s.start < b), s.start)
        out.setdefault(start, []).append(f"stat-{i}")
    return out


def _render_range(text: str, lo: int, hi: int, ms: Sequence[Mark], hits: Sequence[tuple[int, int]],
                  anchors: dict[int, list[str]]) -> str:
    """HTML for ``text[lo:hi]``: one pass over every boundary of marks, hits and anchors."""
    ms = [m for m in ms if m.start < hi and lo < m.end]
    hs = [(max(a, lo), min(b, hi)) for a, b in hits if a < hi and lo < b]
    cuts = {lo, hi} | {p for m in ms for p in (m.start, m.end)} | {p for h in hs for p in h}
    cuts |= {p for p in anchors if lo <= p < hi}
    points = sorted(p for p in cuts if lo <= p <= hi)
    out: list[str] = []
    mark_at = {max(m.start, lo): m for m in ms}
    open_mark: Mark | None = None
    for a, b in zip(points, points[1:]):
        if open_mark is not None and a >= min(open_mark.end, hi):
            out.append("</span></a>")
            open_mark = None
        names = list(anchors.get(a, ()))
        if open_mark is None and a in mark_at:
            m = mark_at[a]
            # Anchors of hits inside the mark go before it: an <a name> cannot nest in an <a href>.
            names += [f"hit-{j}" for j, (ha, _) in enumerate(hits) if m.start <= ha < m.end and ha > a]
        if open_mark is None:
            names += [f"hit-{j}" for j, (ha, _) in enumerate(hits) if ha == a]
            out.extend(f'<a name="{n}"></a>' for n in dict.fromkeys(names))
        if open_mark is None and a in mark_at:
            open_mark = mark_at[a]
            tip = f' title="{escape(open_mark.tooltip)}"' if open_mark.tooltip else ""
            out.append(f'<a href="entity:{open_mark.kind}/{open_mark.index}"{tip}>'
                       f'<span class="ent-{open_mark.kind}">')
        piece = escape(text[a:b])
        if any(ha <= a and b <= hb for ha, hb in hs):
            piece = f'<span class="hit">{piece}</span>'
        out.append(piece)
    if open_mark is not None:
        out.append("</span></a>")
    return "".join(out)


def article_html(text: str, entities: Sequence[Entity] = (), statistics: Sequence[Statistic] = (), *,
                 query_terms: Iterable[str] = (), enabled_types: Collection[str] = HIGHLIGHT_TYPES,
                 paragraph_numbers: bool = False) -> str:
    """The body as ``<p>`` blocks, every character escaped.

    Entities become ``<a href="entity:<type>/<index>"><span class="ent-<type>">`` (index into
    ``entities``, or into ``statistics`` for type statistic); query hits ``<span class="hit">``
    with anchors ``hit-N`` in text order; sentences holding statistic N get anchor ``stat-N``.
    """
    ms = marks(entities, statistics, enabled_types)
    hits = query_hits(text, query_terms)
    anchors = _stat_anchors(text, statistics) if statistics else {}
    paras = []
    for n, para in enumerate(_PARAGRAPH.finditer(text), start=1):
        if not para.group().strip():
            continue
        number = f'<span class="para-no">[{n}]</span> ' if paragraph_numbers else ""
        paras.append(f'<p><a name="para-{n}"></a>{number}'
                     f"{_render_range(text, para.start(), para.end(), ms, hits, anchors)}</p>")
    return "\n".join(paras)


def legend_html(enabled_types: Collection[str] = HIGHLIGHT_TYPES, with_hits: bool = False) -> str:
    """A one-line colour legend for the highlight types shown."""
    items = [f'<span class="ent-{t}">&nbsp;{escape(TYPE_LABELS[t])}&nbsp;</span>'
             for t in ("official", "organization", "place", "date", "statistic") if t in enabled_types]
    if with_hits:
        items.append('<span class="hit">&nbsp;Kata dicari&nbsp;</span>')
    return '<p class="legend">' + " &nbsp; ".join(items) + "</p>"
