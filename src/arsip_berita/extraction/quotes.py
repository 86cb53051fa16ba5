"""Direct quotes and their speakers: '"...," pungkasnya' / kata X / X mengatakan, "..."."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from arsip_berita.core.model import Quote
from arsip_berita.language.lexicon import Lexicon
from arsip_berita.extraction.spans import Cand

# Bounded quote length keeps matching linear on pathological input.
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{2,3000})[\"”]")


def find_quotes(text: str, lex: Lexicon, persons: list[Cand]) -> list[Quote]:
    """Quotes with their speakers; ``persons`` do not overlap (they come from the resolver)."""
    ordered = sorted(persons, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    ends = [p.end for p in ordered]
    out = []
    for m in _QUOTE.finditer(text):
        body = m.group(1).strip()
        if len(body.split()) < 3:
            continue  # a quoted term, not a statement
        speaker = _after(text, m.end(), lex, ordered, starts, ends) \
            or _before(text, m.start(), lex, ordered, starts)
        out.append(Quote(m.start(), m.end(), m.group(), speaker.canonical if speaker else None,
                         speaker.position if speaker else None))
    return out


# The persons are searched by bisection: a scan of all of them per quote is quadratic on long texts.
def _after(text: str, end: int, lex: Lexicon, persons: list[Cand], starts: list[int],
           ends: list[int]) -> Cand | None:
    tail = text[end:end + 80]
    m = re.match(r"\s*,?\s*(\w+?)(nya)?\b", tail)
    if not m or m.group(1).lower() not in lex.speech_verbs:
        return None
    if m.group(2):
        i = bisect_right(ends, end)
        return persons[i - 1] if i else None
    i = bisect_right(starts, end)
    return persons[i] if i < len(persons) and starts[i] <= end + m.end() + 30 else None


def _before(text: str, start: int, lex: Lexicon, persons: list[Cand], starts: list[int]) -> Cand | None:
    lead = text[max(0, start - 120):start]
    words = re.findall(r"\w+", lead.lower())
    if not words or not (set(words[-4:]) & (lex.speech_opening | lex.speech_verbs)):
        return None
    sent_start = max(lead.rfind(". "), lead.rfind("\n")) + max(0, start - 120)
    i = bisect_left(starts, start)
    return persons[i - 1] if i and starts[i - 1] >= sent_start else None
