"""The Whoosh schema and how an article plus its extraction becomes an index document.

Bump SCHEMA_VERSION whenever fields or analysis change: an index of another version is rebuilt
from the store.
"""

from __future__ import annotations

from typing import Any

from whoosh.fields import DATETIME, KEYWORD, STORED, TEXT, Schema

from arsip_berita.core.model import Article, Extraction
from arsip_berita.index.analysis import frequent_pairs, indonesian_analyzer, phrase_terms, phrases_digest, terms

SCHEMA_VERSION = 10  # 10: release header (number, issuer) searchable; 'Rp19,2' read as 'Rp 19,2'
FACET_FIELDS = ("official_f", "org_f", "province_f", "regency_f", "year", "month", "source_f")
# The public name of each facet (core.query.FACET_FILTER): index field names stay inside the engine.
PUBLIC_FACETS = {"official_f": "pejabat", "org_f": "instansi", "province_f": "provinsi", "regency_f": "kabupaten",
                 "year": "tahun", "month": "bulan", "source_f": "sumber"}


def make_schema() -> Schema:
    ana = indonesian_analyzer()
    return Schema(
        # Keyword fields are scorable so each has a length column: Whoosh asks for field lengths
        # of every posting at commit, and without a column it stats a file each time.
        id=KEYWORD(stored=True, unique=True, scorable=True),
        title=TEXT(analyzer=ana, stored=True, field_boost=2.0),
        body=TEXT(analyzer=ana),
        body_bi=KEYWORD(scorable=True),
        # One term per listed multi-word name found in the title or body ("komisi_berantas_korupsi"):
        # see analysis.known_phrases.
        names=KEYWORD(scorable=True),
        date=DATETIME(stored=True, sortable=True),
        year=KEYWORD(stored=True, scorable=True), month=KEYWORD(stored=True, scorable=True),
        source=TEXT(analyzer=ana, stored=True), source_f=KEYWORD(commas=True, stored=True, scorable=True),
        place=KEYWORD(commas=True, lowercase=True, scorable=True), dateline=STORED,
        province_f=KEYWORD(commas=True, stored=True, scorable=True), regency_f=KEYWORD(commas=True, stored=True, scorable=True),
        official=KEYWORD(commas=True, scorable=True), official_f=KEYWORD(commas=True, stored=True, scorable=True),
        position=TEXT(analyzer=ana, phrase=True),
        org=KEYWORD(commas=True, lowercase=True, scorable=True), org_f=KEYWORD(commas=True, stored=True, scorable=True),
        indicator=TEXT(analyzer=ana),
    )


def index_version() -> dict[str, Any]:
    """What an index must have been built with to be used as is (else it is rebuilt from the store)."""
    return {"schema": SCHEMA_VERSION, "names": phrases_digest()}


def _join(values: Any) -> str:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen[str(v).replace(",", " ").strip()] = None
    return ",".join(seen)


def release_header(article: Article) -> str:
    """The release's own number and issuing office, searchable as text (they are not in the body)."""
    return "\n".join(x for x in (article.release_no, article.issuer) if x)


def prepare(title: str, body: str, header: str = "") -> dict[str, Any]:
    """The analysed title and body (with body pairs and listed names), computed where there are spare cores.

    ``header`` (``release_header``) is indexed after the body, so "Nomor 1633/SP-HMS/09/2020" or
    the issuing office find the release although the letterhead is not body text.
    """
    body_terms = terms(body) + (terms(header) if header else [])
    title_terms = terms(title)
    names = dict.fromkeys(phrase_terms(title_terms) + phrase_terms(body_terms))
    return {"title": title_terms, "body": body_terms, "body_bi": " ".join(frequent_pairs(body_terms)),
            "names": " ".join(names)}


def to_document(article: Article, extraction: Extraction | None,
                prepared: dict[str, Any] | None = None) -> dict[str, Any]:
    """The index document for one stored article (``article.id`` must be set).

    ``prepared`` is the output of ``prepare`` for this article; without it the text is analysed here.
    """
    from datetime import datetime

    from arsip_berita.index.entities import org_terms, place_terms, official_terms

    ext = extraction or Extraction()
    doc: dict[str, Any] = {
        "id": str(article.id), **(prepared or prepare(article.title, article.body, release_header(article))),
        "_stored_title": article.title,
        # sumber: finds the source, the issuing office of the letterhead and the release number.
        "source": " ; ".join(x for x in (article.source, article.issuer, article.release_no) if x),
        "source_f": article.source or article.issuer or "",
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
