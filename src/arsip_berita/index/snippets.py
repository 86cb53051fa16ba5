"""Search snippets: the best one or two windows of an article, matched words marked.

Only words that could stem to a query term are stemmed (a stem is almost always a substring of
the word, or of the word minus a restored first letter), so a snippet costs one regex pass over
the text and a handful of cached stem look-ups, not a full re-analysis as Whoosh's highlighter does.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from arsip_berita.core.stemming import WORD_RE, stem

WINDOW = 220
BEFORE = 60


def _token_start(text: str, pos: int) -> int:
    """Where the word holding ``pos`` starts (words keep inner hyphens, as WORD_RE reads them)."""
    while pos > 0:
        prev = text[pos - 1]
        if prev.isalnum() or prev == "_":
            pos -= 1
        elif prev in "-.," and pos > 1 and text[pos - 2].isalnum():
            pos -= 1
        else:
            break
    return pos


def match_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text`` whose stem (or lower-cased form) is a query term.

    One case-insensitive regex finds the places where a term's core occurs; only the words
    around those places are read and stemmed.
    """
    wanted = {t for t in terms if t}
    if not wanted:
        return []
    cores = sorted({t[1:] if len(t) > 3 else t for t in wanted}, key=len, reverse=True)
    finder = re.compile("|".join(map(re.escape, cores)), re.IGNORECASE)
    spans: list[tuple[int, int]] = []
    covered = -1
    for hit in finder.finditer(text):
        if hit.start() < covered:
            continue
        start = _token_start(text, hit.start())
        token = WORD_RE.match(text, start)
        while token is not None and token.end() <= hit.start():  # "5,17-an": a later token holds the hit
            token = WORD_RE.search(text, token.end())
        if token is None or token.start() > hit.start():
            continue
        covered = token.end()
        word = token.group(0).lower()
        if word in wanted or stem(word) in wanted:
            spans.append(token.span())
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
