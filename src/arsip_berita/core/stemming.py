"""Indonesian stemming (PySastrawi) behind a bounded cache that worker processes can pre-fill.

Sastrawi needs ~0.7 ms for a word it has not seen; an archive has tens of thousands of distinct
words. Import workers stem each article's words in parallel and send the stems back with the
article, so the single index writer only looks them up (``remember``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:-\w+)*")
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 400_000


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def _compute(word: str) -> str:
    if len(word) < 4 or not word.isascii() or any(ch.isdigit() for ch in word):
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


def stems_of(text: str) -> dict[str, str]:
    """Stems of every distinct lower-cased word of ``text`` (to send to the index writer)."""
    return {w: stem(w) for w in {m.group(0).lower() for m in WORD_RE.finditer(text)}}


def remember(stems: dict[str, str]) -> None:
    """Pre-fill the cache with stems computed elsewhere."""
    if len(_CACHE) + len(stems) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE.update(stems)
