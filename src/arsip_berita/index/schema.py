"""The Whoosh schema and how an article plus its extraction becomes an index document.

Bump SCHEMA_VERSION whenever fields or analysis change: an index of another version is rebuilt
from the store.
"""

from __future__ import annotations

from typing import Any

from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from arsip_berita.core.model import Article, Extraction
from arsip_berita.index.analysis import frequent_pairs, indonesian_analyzer

SCHEMA_VERSION = 7
FACET_FIELDS = ("official_f", "org_f", "province_f", "regency_f", "year", "month", "source_f")


def make_schema() -> Schema:
    ana = indonesian_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=ana, stored=True, field_boost=2.0),
        body=TEXT(analyzer=ana),
        body_bi=KEYWORD(scorable=False),
        date=DATETIME(stored=True, sortable=True),
        year=ID(stored=True), month=ID(stored=True),
        source=TEXT(analyzer=ana, stored=True), source_f=ID(stored=True),
        place=KEYWORD(commas=True, lowercase=True), dateline=STORED,
        province_f=KEYWORD(commas=True, stored=True), regency_f=KEYWORD(commas=True, stored=True),
        official=KEYWORD(commas=True), official_f=KEYWORD(commas=True, stored=True),
        position=TEXT(analyzer=ana, phrase=True),
        org=KEYWORD(commas=True, lowercase=True), org_f=KEYWORD(commas=True, stored=True),
        indicator=TEXT(analyzer=ana),
    )


def _join(values: Any) -> str:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen[str(v).replace(",", " ").strip()] = None
    return ",".join(seen)


def to_document(article: Article, extraction: Extraction | None) -> dict[str, Any]:
    """The index document for one stored article (``article.id`` must be set)."""
    from datetime import datetime

    from arsip_berita.index.entities import org_terms, place_terms, official_terms

    ext = extraction or Extraction()
    doc: dict[str, Any] = {
        "id": str(article.id), "title": article.title, "body": article.body,
        "body_bi": " ".join(frequent_pairs(article.body)),
        "source": article.source or "", "source_f": article.source or "",
        "dateline": article.dateline or "",
    }
    when = article.published
    if when is None and ext.event_date:
        try:
            when = datetime.fromisoformat(ext.event_date).date()
        except ValueError:
            when = None
    if when is not None:
        doc["date"] = datetime(when.year, when.month, when.day)
        doc["year"] = f"{when.year:04d}"
        doc["month"] = f"{when.year:04d}-{when.month:02d}"
    places, provinces, regencies = place_terms(article, ext)
    doc["place"], doc["province_f"], doc["regency_f"] = _join(places), _join(provinces), _join(regencies)
    keys, names, positions = official_terms(ext)
    doc["official"], doc["official_f"] = _join(keys), _join(names)
    doc["position"] = "\n".join(positions)
    orgs, org_names = org_terms(ext)
    doc["org"], doc["org_f"] = _join(orgs), _join(org_names)
    doc["indicator"] = "\n".join(s.indicator for s in ext.statistics if s.indicator)
    return {k: v for k, v in doc.items() if v != ""}
