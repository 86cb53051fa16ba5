"""The full-text index: the only package that imports Whoosh."""

from arsip_berita.index.service import IndexBatchWriter, SearchIndex, SearchResult

__all__ = ["IndexBatchWriter", "SearchIndex", "SearchResult"]
