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
from arsip_berita.core.stemming import WORD_RE, stem

TOKEN_PATTERN = WORD_RE.pattern


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = resource_path("search", "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


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


def analyze(text: str) -> list[str]:
    """The index terms of ``text``, as the index sees them."""
    return [t.text for t in indonesian_analyzer()(text)]
