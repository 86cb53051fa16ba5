"""Short forms and their long forms ("Badan Pusat Statistik (BPS)"): where a definition's long form
starts, and the other ways of writing a post that holds one ("Kepala BPS Provinsi X").
Used by extraction (agencies, posts), the index (post terms) and the officials directory.
"""

from __future__ import annotations

import re

_LETTER_DIGIT = re.compile(r"([A-Za-z])(\d)")


def expand_short(short: str) -> str:
    """'P3KE' -> 'PPPKE', 'TNP2K' -> 'TNPPK': a digit repeats the letter before it."""
    return _LETTER_DIGIT.sub(lambda m: m.group(1) * max(1, int(m.group(2))), short)


def match_long_form(short: str, words: list[tuple[int, int, str]]) -> int | None:
    """Schwartz-Hearst: the index of the word where the long form starts, or None.

    ``words`` are the words before the parenthesis, in order. Letters of the short form are
    matched right to left inside the long form; the first letter must start a word.
    """
    letters = [ch.lower() for ch in expand_short(short) if ch.isalnum()]
    if len(letters) < 2:
        return None
    initials = initials_start(letters, words)
    if initials is not None:
        return initials
    wi = len(words) - 1
    pos = len(words[wi][2]) if words else 0
    for li in range(len(letters) - 1, -1, -1):
        ch, first = letters[li], li == 0
        while wi >= 0:
            word = words[wi][2].lower()
            pos = min(pos, len(word))
            hit = word.rfind(ch, 0, pos)
            if first:
                hit = 0 if word[:1] == ch and pos > 0 else -1
            if hit >= 0 and (not first or hit == 0):
                pos = hit
                break
            wi -= 1
            pos = 10**6
        if wi < 0:
            return None
    return wi


_CONNECTORS = frozenset({"dan", "di", "ke", "dari", "untuk", "serta", "atau", "&"})


def initials_start(letters: list[str], words: list[tuple[int, int, str]]) -> int | None:
    """The start when the initials of the last content words spell the short form exactly."""
    need = len(letters)
    wi = len(words) - 1
    while wi >= 0 and need > 0:
        word = words[wi][2]
        if word.lower() not in _CONNECTORS:
            if word[:1].lower() != letters[need - 1]:
                return None
            need -= 1
        wi -= 1
    return wi + 1 if need == 0 else None


_POST_PAREN = re.compile(r"\s*\(([A-Z][\w.&/-]{0,15}(?: [A-Z][\w.&/-]{0,15}){0,2})\)")


def position_forms(position: str) -> list[str]:
    """Other ways of writing a post that defines a short form: 'Kepala Badan Pusat Statistik (BPS) Provinsi
    X' is also 'Kepala BPS Provinsi X' and 'Kepala Badan Pusat Statistik Provinsi X' (for search)."""
    out: list[str] = []
    for m in _POST_PAREN.finditer(position):
        short = m.group(1).rstrip(".")
        words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"[\w-]+", position[:m.start()])]
        idx = match_long_form(short, words[-(len(short) + 6):])
        without = " ".join((position[:m.start()] + position[m.end():]).split())
        if idx is not None:
            start = words[-(len(short) + 6):][idx][0]
            out.append(" ".join((position[:start] + short + position[m.end():]).split()))
        out.append(without)
    return [f for f in dict.fromkeys(out) if f != position]
