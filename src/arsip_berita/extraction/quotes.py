"""Direct quotes and their speakers: '"...," pungkasnya' / kata X / X mengatakan, "..."."""

from __future__ import annotations

import re

from arsip_berita.core.model import Quote
from arsip_berita.extraction.lexicon import Lexicon
from arsip_berita.extraction.spans import Cand

# Bounded quote length keeps matching linear on pathological input.
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{2,3000})[\"”]")


def find_quotes(text: str, lex: Lexicon, persons: list[Cand]) -> list[Quote]:
    out = []
    for m in _QUOTE.finditer(text):
        body = m.group(1).strip()
        if len(body.split()) < 3:
            continue  # a quoted term, not a statement
        speaker = _after(text, m.end(), lex, persons) or _before(text, m.start(), lex, persons)
        out.append(Quote(m.start(), m.end(), m.group(), speaker.canonical if speaker else None,
                         speaker.position if speaker else None))
    return out


def _after(text: str, end: int, lex: Lexicon, persons: list[Cand]) -> Cand | None:
    tail = text[end:end + 80]
    m = re.match(r"\s*,?\s*(\w+?)(nya)?\b", tail)
    if not m or m.group(1).lower() not in lex.speech_verbs:
        return None
    if m.group(2):
        earlier = [p for p in persons if p.end <= end]
        return earlier[-1] if earlier else None
    named = [p for p in persons if end < p.start <= end + m.end() + 30]
    return named[0] if named else None


def _before(text: str, start: int, lex: Lexicon, persons: list[Cand]) -> Cand | None:
    lead = text[max(0, start - 120):start]
    words = re.findall(r"\w+", lead.lower())
    if not words or not (set(words[-4:]) & (lex.speech_opening | lex.speech_verbs)):
        return None
    sent_start = max(lead.rfind(". "), lead.rfind("\n")) + max(0, start - 120)
    near = [p for p in persons if sent_start <= p.start < start]
    return near[-1] if near else None
