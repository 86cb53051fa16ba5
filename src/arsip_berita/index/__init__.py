"""The full-text index: the only package that imports Whoosh. ``SearchIndex`` implements
``core.backend.SearchBackend``."""

from arsip_berita.core.model import SearchResult
from arsip_berita.index.service import IndexBatchWriter, SearchIndex

__all__ = ["IndexBatchWriter", "SearchIndex", "SearchResult"]
