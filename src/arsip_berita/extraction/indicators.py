"""The indicator a number measures when no curated cue names it: the nearest measure noun phrase."""

from __future__ import annotations

import re
from functools import lru_cache

from arsip_berita.language.lexicon import Lexicon, _rules

_WORD = re.compile(r"[\w-]+|[^\w\s]")
MAX_WORDS = 4


def noun_phrase_before(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The last phrase in ``text[start:end]`` opened by a measure noun ('tingkat kemantapan jalan
    provinsi', 'luas lahan', 'jumlah peserta JKN'), cut at the first verb, hedge, preposition or place."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    for i in range(len(words) - 1, -1, -1):
        if words[i][2].lower() not in lex.indicator_heads:
            continue
        if words[i][2][:1].isupper() and i > 0 and words[i - 1][2] not in (".", '"', "\u201c", ",", ":"):
            continue  # 'Pekerja Bukan Penerima Upah (PBPU)': a word of a name, no measure
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
        acronym = w.isupper() and len(w) > 1  # '300 unit RTLH'
        if len(phrase) >= max_words or not (acronym or _content(w, lex)) or (w[:1].isupper() and not acronym) \
                or verb_shaped(w):
            break
        phrase.append((m.start(), m.end()))
    return text[phrase[0][0]:phrase[-1][1]] if phrase else None


_VERB = re.compile(r"^(?:me(?:m|n|ng|ny)[a-z]{3,}|ber[a-z]{4,}|ter[a-z]{4,}(?:kan|i))$")
_DI_NOUNS = frozenset({"disabilitas", "dinas", "digital", "distribusi", "dinding", "direktur", "diskon", "disiplin",
                       "dividen", "diploma", "diesel"})


def verb_shaped(word: str) -> bool:
    """'diminta', 'menuntaskan', 'berangkat', 'se-Kalteng': a verb or a scope ends a counted noun phrase."""
    low = word.lower()
    if low.startswith("se-") or _VERB.match(low):
        return True
    return low.startswith("di") and len(low) >= 6 and low not in _DI_NOUNS


def _content(word: str, lex: Lexicon) -> bool:
    """A word that can continue a noun phrase: not punctuation, a number, a stop word or a place name."""
    if not word[:1].isalpha() or word.lower() in lex.indicator_stops:
        return False
    return not (word[:1].isupper() and not word.isupper())  # 'di Sulsel': a capitalised name ends it


def _as_written(phrase: str) -> str:
    if phrase[:1].isupper() and phrase[1:2].islower():
        return phrase[0].lower() + phrase[1:]  # capital only because it starts a sentence
    return phrase


@lru_cache(maxsize=1)
def _key_table() -> tuple[list[tuple[re.Pattern[str], int, str]], tuple[str, ...]]:
    """(pattern, length, key) for every phrase of resources/lexicon/indicator_keys.toml, longest first,
    and the breakdown words."""
    rules = _rules("indicator_keys")
    table = []
    for name, rule in rules.items():
        for phrase in rule.get("phrases", []):
            flags = 0 if phrase.isupper() else re.IGNORECASE  # 'TPT', 'PAD': acronyms as written
            table.append((re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", flags), len(phrase), name))
    table.sort(key=lambda t: -t[1])
    return table, tuple(rules.get("breakdowns", {}).get("words", []))


def breakdown_words() -> tuple[str, ...]:
    return _key_table()[1]


def indicator_key(indicator: str | None) -> str | None:
    """The canonical key of an indicator phrase ('persentase penduduk miskin perdesaan' ->
    'kemiskinan.persentase/perdesaan'), or None when no rule names it."""
    if not indicator:
        return None
    table, breakdowns = _key_table()
    key = next((k for rx, _, k in table if rx.search(indicator)), None)
    if key is None:
        return None
    low = indicator.lower()
    split = next((w for w in breakdowns if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low)), None)
    return f"{key}/{'perdesaan' if split == 'pedesaan' else split}" if split else key
