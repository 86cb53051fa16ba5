"""Acronym expansion for search: the curated agency list first, then what the archive learned.

Definitions learned from arbitrary news text are noisy ("(Presiden Joko Widodo)" after a long
clause), so a learned expansion is used only when it is plausible for the acronym.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import Any

from arsip_berita.core.resources import resource_path

FUNCTION_WORDS = frozenset({"dan", "di", "ke", "dari", "untuk", "serta", "atau", "the", "of", "and", "&"})
MAX_WORDS = 8


def _acronym_rules() -> list[dict[str, Any]]:
    data = tomllib.loads(resource_path("search", "acronyms.toml").read_text(encoding="utf-8"))
    return list(data.get("rule", []))


@lru_cache(maxsize=1)
def curated() -> dict[str, str]:
    """Acronym (case-folded) -> full name: agencies from the lexicon, then resources/search/acronyms.toml."""
    from arsip_berita.language.lexicon import load_lexicon

    table: dict[str, str] = {}
    pairs = [*load_lexicon().agencies.items(),
             *((short, full) for rule in _acronym_rules() for short, full in rule["entries"])]
    for short, full in pairs:
        if full and full.casefold() != short.casefold():
            table.setdefault(short.casefold(), full)
    return table


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def plausible(acronym: str, expansion: str) -> bool:
    """True when ``expansion`` could be what ``acronym`` stands for.

    Either the initials of its content words appear in order in the acronym ("DPR", "Timnas" =
    Tim Nasional), or the acronym is made of syllables that appear in order in the words
    ("Bappeda" = Badan Perencanaan Pembangunan Daerah) with no more words than letters.
    """
    words = [w for w in re.findall(r"[^\W\d_]+", expansion.casefold()) if w not in FUNCTION_WORDS]
    short = re.sub(r"[^\w]", "", acronym.casefold())
    if not words or not short or len(words) > MAX_WORDS or len(expansion) > 90:
        return False
    if words[0][0] != short[0] or short in words:
        return False
    initials = "".join(w[0] for w in words)
    if _subsequence(initials, short):
        return True
    return len(words) <= len(short) and _subsequence(short, "".join(words))


def expansions(word: str, learned: dict[str, list[str]]) -> list[str]:
    """What a query word may stand for: the curated expansion, else plausible learned ones (max 2)."""
    key = word.casefold()
    listed = curated().get(key)
    if listed:
        return [listed]
    found = [full for full in learned.get(key, []) if plausible(word, full)]
    return found[:2]
