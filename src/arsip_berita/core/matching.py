"""Where a query matched in a text: one answer for snippets, the article view and the brief.

``match_spans(text, terms)`` gives the (start, end) of every word of ``text`` whose stem or
lower-cased form is one of ``terms`` (the index terms of a query, as ``SearchResult.terms`` lists
them, plus the words as typed). Search snippets, the article view's hit marks and navigation, and
the printed brief all call it, so the same words are marked everywhere.

Only words that could stem to a query term are stemmed (a stem is almost always a substring of
the word, or of the word minus a restored first letter), so it costs one regex pass over the text
and a handful of cached stem look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from arsip_berita.core.stemming import WORD_RE, stem


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
