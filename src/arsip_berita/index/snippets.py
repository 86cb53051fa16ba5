"""Search snippets: the best one or two windows of an article, matched words marked.

Only words that could stem to a query term are stemmed (a stem is almost always a substring of
the word, or of the word minus a restored first letter), so a snippet costs a regex pass over the
text and a handful of cached stem look-ups, not a full re-analysis as Whoosh's highlighter does.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from arsip_berita.core.stemming import WORD_RE, stem

WINDOW = 220
BEFORE = 60


def match_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text`` whose stem (or lower-cased form) is a query term."""
    wanted = {t for t in terms if t}
    if not wanted:
        return []
    cores = {t[1:] if len(t) > 3 else t for t in wanted}
    spans = []
    for m in WORD_RE.finditer(text):
        word = m.group(0).lower()
        if word in wanted:
            spans.append(m.span())
        elif any(c in word for c in cores) and stem(word) in wanted:
            spans.append(m.span())
    return spans


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
