"""The query as the search engine receives it: the core ``Query`` value (core/query.py).

Kept as the index's entry point so engine modules import one name; parsing never raises.
"""

from __future__ import annotations

from arsip_berita.core.query import Filter, Query

ParsedQuery = Query


def parse(query: str | Query) -> Query:
    """``query`` as a Query (a string is parsed; a Query is returned as it is)."""
    return query if isinstance(query, Query) else Query.parse(query)


__all__ = ["Filter", "ParsedQuery", "Query", "parse"]
