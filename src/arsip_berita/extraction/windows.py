"""Long texts cut into windows at paragraph or sentence boundaries, so extraction cost stays bounded."""

from __future__ import annotations

import re

WINDOW = 60_000  # far above any press release (3-10 KB): only pathological or book-length text is cut

_SENTENCE_BREAK = re.compile(r"[.!?][\"')]?\s+")


def split_windows(text: str, size: int = WINDOW) -> list[tuple[int, int]]:
    """(start, end) pieces of ``text`` of at most ``size`` characters that cover it in order.

    A piece ends after the last paragraph break in its second half, else after the last sentence
    end there, else after the last space, else at ``size`` (a text with no space at all).
    """
    if size < 2:
        raise ValueError("window size must be at least 2")
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        spans.append((start, _cut_point(text, start, start + size)))
        start = spans[-1][1]
    return spans + [(start, len(text))]


def _cut_point(text: str, start: int, limit: int) -> int:
    floor = start + (limit - start) // 2
    para = text.rfind("\n\n", floor, limit)
    if para >= 0:
        return para + 2
    last = None
    for m in _SENTENCE_BREAK.finditer(text, floor, limit):
        last = m
    if last is not None:
        return last.end()
    space = max(text.rfind(" ", floor, limit), text.rfind("\n", floor, limit))
    return space + 1 if space >= 0 else limit
