"""What the application layer needs of a search engine: the search-backend interface.

The embedded archive uses the Whoosh engine (``index.SearchIndex``); a shared office archive can
put another engine behind the same interface (PostgreSQL full text). Every engine takes the same
``Query`` value and must give the same match set for it: ``total`` and facet counts exact, ranked
hits, snippets marked by ``core.matching.match_spans``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, runtime_checkable

from arsip_berita.core.model import Article, Extraction, SearchResult
from arsip_berita.core.query import Query


@runtime_checkable
class BackendWriter(Protocol):
    """A batch of index changes, visible to searches only after ``commit``."""

    pending: int

    def add(self, article: Article, extraction: Extraction | None, *, update: bool = False,
            prepared: dict[str, Any] | None = None) -> None: ...

    def commit(self, *, optimize: bool = False) -> None: ...

    def cancel(self) -> None: ...


@runtime_checkable
class SearchBackend(Protocol):
    """An engine holding the searchable form of the stored articles (rebuildable from the store)."""

    readonly: bool

    def is_usable(self) -> bool: ...

    def create(self) -> None: ...

    def writer(self) -> BackendWriter: ...

    def refresh(self) -> None: ...

    def doc_count(self) -> int: ...

    def indexed_ids(self) -> set[int]: ...

    def search(self, query: str | Query, *, limit: int = 20, sort: str = "score", with_facets: bool = False,
               bodies: Callable[[Sequence[int]], dict[int, str]] | None = None,
               expansions: Callable[[str], list[str]] | None = None) -> SearchResult: ...

    def close(self) -> None: ...
