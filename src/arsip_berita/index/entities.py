"""Index terms for officials, organisations and places, from an article's extraction."""

from __future__ import annotations

import re
from collections.abc import Iterable

from arsip_berita.core.model import Article, Extraction


def norm_key(text: str) -> str:
    """Lower-case, punctuation-free, single-spaced key used for keyword fields."""
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def official_key(name: str) -> str:
    """One key for the same person written differently (degrees, initials, honorifics)."""
    from arsip_berita.language.names import official_key as ext_key

    return str(ext_key(name))


def official_terms(ext: Extraction) -> tuple[list[str], list[str], list[str]]:
    """(identity keys, display names, positions) of the article's officials."""
    from arsip_berita.language.shortforms import position_forms

    keys, names, positions = [], [], []
    for off in ext.officials:
        keys.append(official_key(off.name))
        names.append(off.name)
        if off.position:
            positions.append(off.position)
            positions.extend(position_forms(off.position))  # 'Kepala Badan Pusat Statistik (BPS)' -> 'Kepala BPS'
    return keys, names, positions


def org_terms(ext: Extraction) -> tuple[list[str], list[str]]:
    """(match keys: canonical names and acronyms, display names) of organisations."""
    keys: list[str] = []
    names: list[str] = []
    reverse = {full.casefold(): short for short, full in ext.acronyms.items()}
    for ent in ext.entities:
        if ent.type != "ORGANIZATION":
            continue
        canonical = ent.canonical or ent.text
        keys.extend(norm_key(x) for x in (canonical, ent.text))
        short = reverse.get(canonical.casefold())
        if short:
            keys.append(norm_key(short))
        names.append(canonical)
    return keys, names


def _place_names(ext: Extraction) -> Iterable[tuple[str, str | None, str]]:
    for ent in ext.entities:
        if ent.type == "LOCATION" and ent.role != "venue":
            place = ent.place
            if place is not None:
                yield place.name, place.province, place.level
            else:
                yield ent.canonical or ent.text, None, ""


def place_terms(article: Article, ext: Extraction) -> tuple[list[str], list[str], list[str]]:
    """(match keys incl. the province of every kab/kota, provinces, kabupaten/kota) of places."""
    keys: list[str] = []
    provinces: list[str] = []
    regencies: list[str] = []
    for name, province, level in _place_names(ext):
        keys.append(norm_key(name))
        if level == "provinsi":
            provinces.append(name)
        elif level in ("kabupaten", "kota"):
            regencies.append(name)
            if province:
                provinces.append(province)
        if province:
            keys.append(norm_key(province))
    if article.dateline:
        keys.append(norm_key(article.dateline))
    return keys, provinces, regencies


def place_keys(value: str) -> list[str]:
    """The keys a ``tempat:`` value matches: the value and its gazetteer name (Kalteng -> Kalimantan Tengah)."""
    from arsip_berita.language.gazetteer import lookup

    place = lookup(value)
    names = [value, place.name] if place is not None else [value]
    return [k for n in names if (k := norm_key(n))]
