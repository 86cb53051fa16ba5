"""The Indonesian analyzer, applied identically at index and query time.

Tokens: numbers keep their separators ("5,17", "145.630"); words keep inner hyphens ("hak-hak").
Then lower-casing, a short stop list, and PySastrawi stemming behind an LRU cache, so "miskin"
finds "kemiskinan". Classes live at module level because Whoosh pickles them into the schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter

from arsip_berita.core.resources import resource_path

TOKEN_PATTERN = r"\d+(?:[.,]\d+)*|\w+(?:-\w+)*"


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = resource_path("search", "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Sastrawi stem of one lower-case word; words with digits or very short ones are kept."""
    if len(word) < 4 or any(ch.isdigit() for ch in word) or not word.isascii():
        return word
    result = _stemmer().stem(word)
    # Sastrawi splits on hyphens ("hak-hak" -> "hak"); a multi-word result means it gave up.
    return result if result and " " not in result else word


class IndonesianStemFilter(Filter):
    """Replace each token's text by its Sastrawi stem (cached)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IndonesianStemFilter)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            if not t.stopped:
                t.text = stem(t.text)
            yield t


def indonesian_analyzer() -> Any:
    return (RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter()
            | StopFilter(stoplist=stopwords(), minsize=1) | IndonesianStemFilter())


def plain_analyzer() -> Any:
    """Unstemmed words, for spelling suggestions."""
    return RegexTokenizer(r"[^\W\d_]{3,}") | LowercaseFilter()


def analyze(text: str) -> list[str]:
    """The index terms of ``text``, as the index sees them."""
    return [t.text for t in indonesian_analyzer()(text)]
