"""Indonesian stemming (PySastrawi) behind a bounded cache.

Sastrawi needs ~0.7 ms for a word it has not seen; an archive has tens of thousands of distinct
words. Import workers analyse each article's text in parallel (``index.schema.prepare``), so the
single index writer does not stem at all.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Tokens: a currency sign glued to its amount is read apart ("Rp19,2" = "Rp 19,2", as releases
# write both); numbers keep their separators ("5,17", "145.630"); words keep inner hyphens.
WORD_RE = re.compile(r"(?i:rp|us\$|usd)(?=\d)|\d+(?:[.,]\d+)*|\w+(?:-\w+)*")
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 400_000


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


# Sastrawi only ever strips these; a word with none of them is returned as it is, so it need
# not be asked (most names and foreign words), which saves a third of the cold stemming time.
_AFFIX = re.compile(r"^(?:me|di|ke|pe|be|te|se|ku)|(?:kan|an|i|nya|lah|kah|pun|ku|mu|tah)$|-")


def is_root(word: str) -> bool:
    """True when ``word`` (lower case) is in PySastrawi's root-word list as it stands ("tanah", "air")."""
    return word in _roots()


def known_word(word: str) -> bool:
    """True when ``word`` (lower case) is an Indonesian word PySastrawi knows: a root, or a root with
    affixes ("pemerintah", "penanggulangan")."""
    roots = _roots()
    return word in roots or stem(word) in roots


@lru_cache(maxsize=1)
def _roots() -> frozenset[str]:
    """PySastrawi's root-word list: a word in it is its own stem."""
    from importlib import resources

    data = resources.files("Sastrawi").joinpath("Stemmer", "data", "kata-dasar.txt").read_text("utf-8")
    return frozenset(data.split())


def _compute(word: str) -> str:
    if len(word) < 4 or not word.isascii() or any(ch.isdigit() for ch in word):
        return word
    if word in _roots() or not _AFFIX.search(word):
        return word
    result = _stemmer().stem(word)
    # Sastrawi splits on hyphens and punctuation; a multi-word result means it gave up.
    return result if result and " " not in result else word


def stem(word: str) -> str:
    """Stem of one lower-case word; words with digits, non-ASCII or under 4 letters are kept."""
    found = _CACHE.get(word)
    if found is None:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        found = _CACHE[word] = _compute(word)
    return found
