"""Search snippets: the best one or two windows of an article, matched words marked.

The matched words are those of ``core.matching.match_spans``, the same as the article view and
the brief mark.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from arsip_berita.core.matching import match_spans

WINDOW = 220
BEFORE = 60


def _windows(spans: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """Up to ``count`` non-overlapping windows holding the most matches, in text order."""
    chosen: list[tuple[int, int]] = []
    candidates = []
    for s, _ in spans:
        lo = max(0, s - BEFORE)
        hi = lo + WINDOW
        hits = sum(1 for a, b in spans if a >= lo and b <= hi)
        candidates.append((-hits, lo, hi))
    for _, lo, hi in sorted(candidates):
        if all(hi <= a or lo >= b for a, b in chosen):
            chosen.append((lo, hi))
        if len(chosen) == count:
            break
    return sorted(chosen)


def _word_bounds(text: str, lo: int, hi: int) -> tuple[int, int]:
    if lo > 0:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < lo + 20 else lo
    hi = min(len(text), hi)
    if hi < len(text):
        space = text.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    return lo, hi


def render(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> str:
    out = []
    pos = lo
    for a, b in spans:
        if a < lo or b > hi:
            continue
        out.append(html.escape(text[pos:a]))
        out.append(f'<b class="match">{html.escape(text[a:b])}</b>')
        pos = b
    out.append(html.escape(text[pos:hi]))
    return " ".join("".join(out).split())


def make_snippet(text: str, terms: Iterable[str], *, fragments: int = 2) -> str:
    """Escaped HTML: one or two windows around the matches, or the opening of the text."""
    spans = match_spans(text, terms)
    if not spans:
        lo, hi = _word_bounds(text, 0, WINDOW)
        return render(text, [], lo, hi) + (" ..." if hi < len(text) else "")
    parts = []
    for lo, hi in _windows(spans, fragments):
        lo, hi = _word_bounds(text, lo, hi)
        parts.append(render(text, spans, lo, hi))
    return " ... ".join(parts)
