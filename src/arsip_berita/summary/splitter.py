"""Indonesian sentence splitter returning ``(start, end)`` spans into the original text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from arsip_berita.core.resources import load_toml

PREFIX = "prefix"
SUFFIX = "suffix"

# A candidate end: terminators (an ellipsis counts), then closing quotes or brackets.
_END = re.compile(r"(?:\.{2,}|\u2026|[.!?])+[\"'\u201d\u2019)\]\u00bb]*")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\S+")
_OPENERS = "\"'\u201c\u2018([\u00ab"
_TOKEN_STRIP = "\"'\u201c\u2018([\u00ab,;:"
# A sentence never gets longer than this many characters without a split point being forced:
# keeps pathological input (one huge line with no full stop) bounded for the summarizer.
_MAX_SENTENCE = 2000


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Map of lower-cased abbreviation (without its final full stop) to its kind."""
    data = load_toml("summary", "abbreviations.toml")
    table: dict[str, str] = {}
    for rule in data.get("rule", []):
        for form in rule["forms"]:
            table[form.rstrip(".").lower()] = rule["kind"]
    return table


def _token_before(text: str, dot: int, line_start: int) -> str:
    """The whitespace-delimited token that ends just before ``text[dot]`` (no leading quotes)."""
    i = dot
    while i > line_start and not text[i - 1].isspace():
        i -= 1
    return text[i:dot].lstrip(_TOKEN_STRIP)


def _abbrev_kind(token: str, table: Mapping[str, str]) -> str | None:
    """PREFIX, SUFFIX or None for the token before a single full stop."""
    if not token:
        return None
    kind = table.get(token.lower())
    if kind is not None:
        return kind
    last = token.rsplit(".", 1)[-1]
    # An initial ("S." in "Leonard S. Ampung") or the last letter of a dotted form ("K.H.").
    if len(last) == 1 and last.isalpha():
        return PREFIX
    return None


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    """Whether the text at ``pos`` looks like the start of a new sentence."""
    while pos < end and text[pos] in _OPENERS:
        pos += 1
    if pos >= end:
        return False
    ch = text[pos]
    return ch.isupper() or ch.isdigit()


def _next_is_abbreviation(text: str, pos: int, end: int, table: Mapping[str, str]) -> bool:
    m = _WORD.match(text, pos, end)
    if m is None or not m.group().endswith("."):
        return False
    return _abbrev_kind(m.group()[:-1], table) is not None


def _is_boundary(text: str, m: re.Match[str], line_start: int, line_end: int,
                 table: Mapping[str, str]) -> bool:
    after = m.end()
    if after < line_end and not text[after].isspace():
        return False  # "145.630", "kalteng.go.id", "3.12": no space, no boundary
    nxt = after
    while nxt < line_end and text[nxt].isspace():
        nxt += 1
    if nxt >= line_end:
        return True
    if not _starts_sentence(text, nxt, line_end):
        return False  # "... ujarnya." handled above; lower-case next word continues the sentence
    if m.group().rstrip("\"'\u201d\u2019)]\u00bb") != ".":
        return True  # "!", "?", "...", "?!": the capital letter decides
    kind = _abbrev_kind(_token_before(text, m.start(), line_start), table)
    if kind == PREFIX:
        return False
    if kind == SUFFIX:
        return not _next_is_abbreviation(text, nxt, line_end, table)
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _force_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long run at spaces so that no span exceeds ``_MAX_SENTENCE``."""
    spans = []
    while end - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return [s for a, b in spans if (s := _trimmed(text, a, b))]


def split_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` (end exclusive, whitespace trimmed), in text order.

    A line break always ends a sentence (article bodies keep one paragraph a line).
    """
    table = abbreviations()
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        ls, le = line.start(), line.end()
        start = ls
        for m in _END.finditer(text, ls, le):
            if _is_boundary(text, m, ls, le, table):
                span = _trimmed(text, start, m.end())
                if span:
                    spans.extend(_force_split(text, *span))
                start = m.end()
        span = _trimmed(text, start, le)
        if span:
            spans.extend(_force_split(text, *span))
    return spans


def split(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[a:b] for a, b in split_spans(text)]
