"""Affixed common words recognised from the root-word list by stripping affixes (no stemmer call)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from arsip_berita.core.resources import load_toml

MIN_ROOT = 3


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """Indonesian root words (the list shipped with PySastrawi)."""
    data = resources.files("Sastrawi").joinpath("Stemmer", "data", "kata-dasar.txt").read_text("utf-8")
    return frozenset(w.strip() for w in data.split() if w.strip())


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    rules = {r["name"]: r for r in load_toml("lexicon", "affixes.toml")["rule"]}
    nasal = tuple((p, tuple(subs)) for p, subs in rules["prefixes"]["nasal"])
    plain = tuple((p, first) for p, first in rules["prefixes"]["plain"])
    return tuple(rules["suffixes"]["suffixes"]), plain, nasal


def _without_prefix(word: str) -> set[str]:
    """Every reading of ``word`` with one prefix taken off (nasal prefixes restore the melted letter)."""
    _, plain, nasal = _affixes()
    out: set[str] = set()
    for p, first in plain:
        if word.startswith(p) and len(word) - len(p) >= MIN_ROOT and (not first or word[len(p)] in first):
            out.add(word[len(p):])
    for p, subs in nasal:
        if word.startswith(p) and len(word) - len(p) >= MIN_ROOT - 1:
            rest = word[len(p):]
            out.update(s + rest for s in subs)
    return out


@lru_cache(maxsize=65536)
def derived(word: str) -> bool:
    """An affixed common word ('Kemiskinan', 'Penanggulangan'): names are rarely built so."""
    low = word.lower()
    if len(low) < 6 or not low.isalpha():
        return False
    roots = dictionary()
    if low in roots:
        return False
    suffixes = _affixes()[0]
    bases = {low} | {low[:-len(s)] for s in suffixes if low.endswith(s) and len(low) - len(s) >= MIN_ROOT}
    for base in bases:
        if base != low and base in roots:
            return True
        for one in _without_prefix(base):
            if one in roots or any(two in roots for two in _without_prefix(one)):
                return True
    return False
