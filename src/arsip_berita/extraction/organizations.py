"""Organisations: the curated agency list, and acronyms defined in the text ("Nama Lengkap (SINGKATAN)")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import ahocorasick

from arsip_berita.language.lexicon import Lexicon, load_lexicon
from arsip_berita.language.gazetteer import same_length_lower
from arsip_berita.language.shortforms import initials_start, expand_short, match_long_form
from arsip_berita.extraction.spans import BLOCK, LEXICON, STRUCTURE, Cand, cand

# A short form in parentheses: one to three words, starting with a capital, at most 40 characters.
_PAREN = re.compile(r"\(([A-Z][\w&/-]{1,20}(?: [A-Z][\w&/-]{1,15}){0,2})\)")
_LONG_WORD = re.compile(r"[\w-]+")
_WORDCHAR = re.compile(r"\w")


@lru_cache(maxsize=1)
def _agency_automaton() -> Any:
    auto = ahocorasick.Automaton()
    for key, full in load_lexicon().agencies.items():
        auto.add_word(key.lower(), (key, full or key))
    auto.make_automaton()
    return auto


def _bounded(text: str, start: int, end: int) -> bool:
    return not ((start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()))


def find_agencies(text: str, lex: Lexicon) -> list[Cand]:
    """Known agencies by short form (exact case) or full name (capitalised as a name)."""
    out: list[Cand] = []
    for end_idx, (key, full) in _agency_automaton().iter(same_length_lower(text)):
        end = end_idx + 1
        start = end - len(key)
        surface = text[start:end]
        if not _bounded(text, start, end):
            continue
        if key != full and surface != key:
            continue  # short forms must be written as listed: "PAN" is a party, "pan" is not
        if key == full and not surface[:1].isupper():
            continue
        start, end = _widen(text, start, end, full)
        out.append(cand(text, "ORGANIZATION", start, end, LEXICON, canonical=full))
    return out


def _widen(text: str, start: int, end: int, full: str) -> tuple[int, int]:
    """'Partai Golkar' and 'DPR RI' are written as one name: take the word in."""
    if full.startswith("Partai ") and text[max(0, start - 7):start].lower() == "partai ":
        start -= 7
    if text[end:end + 3] == " RI" and _bounded(text, end + 1, end + 3):
        end += 3
    return start, end


_SENTENCE_END = re.compile(r"[.!?;:]\s")


def _last_sentence_end(text: str, start: int, end: int) -> int:
    last = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if not (m.start() > 0 and text[m.start() - 1].isupper() and m.group()[0] == "."):  # 'Prov. ', 'H. '
            last = m.end()
    return last


def _common_word(short: str) -> bool:
    """A capitalised dictionary word ('Koordinator', 'Persero'): not a short form."""
    from arsip_berita.extraction.morphology import dictionary

    return not any(ch.isupper() for ch in short[1:]) and short.lower() in dictionary()


def learn_acronyms(text: str, lex: Lexicon) -> tuple[dict[str, str], list[Cand]]:
    """Definitions 'Full Name (SHORT)' in the text: the glossary, and spans for both forms."""
    acronyms: dict[str, str] = {}
    spans: list[Cand] = []
    for m in _PAREN.finditer(text):
        short = m.group(1)
        if short in lex.position_heads or f"{short}." in lex.position_heads or _common_word(short):
            continue  # 'Nama (Koordinator)', 'Nama (Ketua)': a post or a word in parentheses, not a short form
        window_start = max(0, m.start() - 160)
        # a long form stays within its line and its sentence
        window_start = max(window_start, text.rfind("\n", window_start, m.start()) + 1,
                           _last_sentence_end(text, window_start, m.start()))
        words = [(w.start(), w.end(), w.group())
                 for w in _LONG_WORD.finditer(text, window_start, m.start())]
        words = words[-(len(short) + 6):]
        idx = match_long_form(short, words)
        if idx is not None and not words[idx][2][:1].isupper():
            # 'keluarga penerima manfaat (KPM)': a term in lower case, only when its initials spell the short
            # form exactly; it names no organisation or person, and neither do its later uses
            letters = [ch.lower() for ch in expand_short(short) if ch.isalnum()]
            if not short.isupper() or initials_start(letters, words) != idx:
                continue
        if idx is None:
            continue
        start, end = words[idx][0], words[-1][1]
        full = text[start:end]
        if short.lower() == full.lower() or len(full) <= len(short):
            continue
        acronyms[short] = full
        if idx > 0 and words[idx - 1][2] in lex.org_heads and _place_of(full) is None:
            # 'Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)': the short form spells the portfolio, the body
            # is the head word with it
            head_start = words[idx - 1][0]
            spans.append(cand(text, "ORGANIZATION", head_start, m.end(1) + 1, STRUCTURE,
                              canonical=text[head_start:end], role="definition"))
            continue
        spans += _definition_spans(text, start, end, m.start(1), m.end(1), full, lex)
    return acronyms, spans


def is_org_name(full: str, lex: Lexicon) -> bool:
    """Whether an expansion names an institution (starts with an organisation head)."""
    words = full.split()
    first = words[0] if words else ""
    return first in lex.org_heads or full in lex.agencies or first in ("Pemerintah", "Bank") \
        or (len(words) > 1 and words[-1] in lex.org_last)  # 'Energy Transitions Working Group'


def is_person_name(full: str) -> bool:
    """Whether an expansion reads as a person's name ('Susilo Bambang Yudhoyono (SBY)'): two to four
    capitalised words, none of them a common word."""
    from arsip_berita.extraction.morphology import derived, dictionary

    lex = load_lexicon()
    names = lex.given_names
    words = full.split()
    return 2 <= len(words) <= 4 and all(w in names or (w[:1].isupper() and not w.isupper()
                                                       and w.lower() not in dictionary() and not derived(w)
                                                       and w.lower() not in lex.english_words)
                                        for w in words)  # 'Rapid Diagnostic Test (RDT)' names no one


def _place_of(full: str) -> Any:
    """The gazetteer record of a long form that is a place ('Jawa Tengah', 'Kabupaten Tanjung Jabung Timur')."""
    from arsip_berita.language.gazetteer import lookup

    return lookup(full)


def _definition_spans(text: str, start: int, end: int, s_start: int, s_end: int,
                      full: str, lex: Lexicon) -> list[Cand]:
    """One span for 'Nama Lengkap (SINGKATAN)' (the news convention); the glossary keeps both forms."""
    place = _place_of(full)
    if place is not None:  # 'Provinsi Jawa Tengah (Jateng)': the place, and its short form names it too
        return [cand(text, "LOCATION", start, end, STRUCTURE, canonical=place.name, place=place),
                cand(text, "LOCATION", s_start, s_end, STRUCTURE, canonical=place.name, place=place, role="alias")]
    if is_org_name(full, lex):
        return [cand(text, "ORGANIZATION", start, s_end + 1, STRUCTURE, canonical=full, role="definition")]
    if is_person_name(full):
        return [cand(text, "PERSON", s_start - 1, s_end + 1, STRUCTURE, canonical=full, role="alias")]
    return [cand(text, "BLOCK", start, end, BLOCK), cand(text, "BLOCK", s_start, s_end, BLOCK)]


_WORD_BEFORE = re.compile(r"(\w+) $")


def _after_org_head(text: str, start: int, lex: Lexicon) -> bool:
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(m) and m.group(1) in lex.org_heads


def find_acronym_uses(text: str, acronyms: dict[str, str], lex: Lexicon) -> list[Cand]:
    """Later mentions of the acronyms learned in this text."""
    places = {short: _place_of(full) for short, full in acronyms.items()}
    kinds = {short: ("LOCATION" if places[short] is not None else "ORGANIZATION" if is_org_name(full, lex)
                     else "PERSON" if is_person_name(full) else None)
             for short, full in acronyms.items()}
    # One automaton pass over the text for every form, not one regex scan per acronym: a text that
    # defines thousands of acronyms would otherwise cost their number times its length.
    auto = ahocorasick.Automaton()
    for short, full in acronyms.items():
        auto.add_word(short, short)
        if kinds[short] is None and not auto.exists(full):
            auto.add_word(full, full)
    hits: dict[str, list[tuple[int, int]]] = {}
    if len(auto):
        auto.make_automaton()
        for end_idx, form in auto.iter(text):
            start, end = end_idx + 1 - len(form), end_idx + 1
            if not (start > 0 and _WORDCHAR.match(text, start - 1)) and not _WORDCHAR.match(text, end):
                spots = hits.setdefault(form, [])
                if not spots or spots[-1][1] <= start:  # non-overlapping, as a regex scan finds them
                    spots.append((start, end))
    out: list[Cand] = []
    for short, full in acronyms.items():
        for start, end in hits.get(short, []):
            if kinds[short] == "LOCATION":
                rec = places[short]
                out.append(cand(text, "LOCATION", start, end, STRUCTURE, canonical=rec.name, place=rec, role="alias"))
            elif kinds[short] == "ORGANIZATION":
                out.append(cand(text, "ORGANIZATION", start, end, STRUCTURE, canonical=full, role="acronym"))
            elif kinds[short] == "PERSON":
                out.append(cand(text, "PERSON", start, end, STRUCTURE, canonical=full, role="alias"))
            elif not (text[start - 1:start] == "(" and text[end:end + 1] == ")") and not _after_org_head(text, start, lex):
                out.append(cand(text, "BLOCK", start, end, BLOCK))  # not at a definition, nor in 'Dinas PUPR'
        if kinds[short] is None:
            # the long form of a programme or group ('Masyarakat Peduli Api') names no one elsewhere either
            out += [cand(text, "BLOCK", start, end, BLOCK) for start, end in hits.get(full, [])
                    if not _after_org_head(text, start, lex)]  # 'Dinas Pekerjaan Umum ...' is the body's name
    return out
