"""The indicator a number measures when no curated cue names it: the nearest measure noun phrase."""

from __future__ import annotations

import re

from arsip_berita.extraction.lexicon import Lexicon

_WORD = re.compile(r"[\w-]+|[^\w\s]")
MAX_WORDS = 4


def noun_phrase_before(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The last phrase in ``text[start:end]`` opened by a measure noun ('tingkat kemantapan jalan
    provinsi', 'luas lahan', 'jumlah peserta JKN'), cut at the first verb, hedge, preposition or place."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    for i in range(len(words) - 1, -1, -1):
        if words[i][2].lower() not in lex.indicator_heads:
            continue
        while i > 0 and words[i - 1][2].lower() in lex.indicator_heads:
            i -= 1  # 'tingkat kemantapan': the phrase opens at the first measure noun
        phrase = [words[i]]
        for w in words[i + 1:]:
            if len(phrase) >= MAX_WORDS or not _content(w[2], lex):
                break
            phrase.append(w)
        if len(phrase) == 1 and words[i][2].lower() in lex.indicator_heads_need_object:
            continue  # 'jumlah' alone says nothing
        return _as_written(text[phrase[0][0]:phrase[-1][1]])
    return None


def noun_after_unit(text: str, end: int, lex: Lexicon, max_words: int = 2) -> str | None:
    """For counts ('32 ton beras', '1.250 unit rumah'), the noun right after the unit."""
    phrase = []
    for m in _WORD.finditer(text, end, min(len(text), end + 40)):
        w = m.group()
        if len(phrase) >= max_words or not _content(w, lex) or w[:1].isupper():
            break
        phrase.append((m.start(), m.end()))
    return text[phrase[0][0]:phrase[-1][1]] if phrase else None


def _content(word: str, lex: Lexicon) -> bool:
    """A word that can continue a noun phrase: not punctuation, a number, a stop word or a place name."""
    if not word[:1].isalpha() or word.lower() in lex.indicator_stops:
        return False
    return not (word[:1].isupper() and not word.isupper())  # 'di Sulsel': a capitalised name ends it


def _as_written(phrase: str) -> str:
    if phrase[:1].isupper() and phrase[1:2].islower():
        return phrase[0].lower() + phrase[1:]  # capital only because it starts a sentence
    return phrase
