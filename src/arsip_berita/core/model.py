"""Plain dataclasses shared by every layer: articles, extraction results, search hits, summaries.

All character offsets (``start``/``end``, end exclusive) refer to ``Article.body``, the clean text.
Every class converts to and from JSON-ready dicts so the store and the CLI share one format.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

ENTITY_TYPES = ("PERSON", "ORGANIZATION", "LOCATION", "DATE")


@dataclass(frozen=True)
class Article:
    """One press release. ``body`` is clean text: every offset elsewhere refers to it."""

    title: str
    body: str
    published: date | None = None
    dateline: str | None = None
    source: str | None = None
    url: str | None = None
    content_hash: str = ""
    path: str | None = None
    imported_at: datetime | None = None
    id: int | None = None
    release_no: str | None = None  # the release's own number ("NOMOR: 125.Pers/04/SJI/2022")
    issuer: str | None = None  # the issuing office named by the letterhead

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "published": self.published.isoformat() if self.published else None,
            "dateline": self.dateline,
            "source": self.source,
            "url": self.url,
            "content_hash": self.content_hash,
            "path": self.path,
            "imported_at": self.imported_at.isoformat() if self.imported_at else None,
            "release_no": self.release_no,
            "issuer": self.issuer,
        }


@dataclass(frozen=True)
class Place:
    """A gazetteer record: level is 'negara', 'provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa'."""

    name: str
    level: str
    code: str | None = None
    province: str | None = None


@dataclass(frozen=True)
class DateValue:
    """A date or period; ``granularity`` is 'day', 'month', 'quarter', 'semester' or 'year'."""

    iso: str
    granularity: str


@dataclass(frozen=True)
class Entity:
    """A typed span of the text.

    ``canonical``: full name for a short mention, expansion for an acronym.
    ``position``: for a PERSON, the jabatan as written. ``role`` refines the type
    ('official', 'position', 'venue', 'dateline', 'acronym', 'event_date', 'period'...).
    """

    type: str
    start: int
    end: int
    text: str
    canonical: str
    position: str | None = None
    place: Place | None = None
    date: DateValue | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "canonical": self.canonical,
        }
        if self.position is not None:
            out["position"] = self.position
        if self.place is not None:
            out["place"] = asdict(self.place)
        if self.date is not None:
            out["date"] = asdict(self.date)
        if self.role is not None:
            out["role"] = self.role
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        place = Place(**d["place"]) if d.get("place") else None
        dv = DateValue(**d["date"]) if d.get("date") else None
        return cls(
            type=d["type"], start=d["start"], end=d["end"], text=d["text"],
            canonical=d.get("canonical") or d["text"], position=d.get("position"),
            place=place, date=dv, role=d.get("role"),
        )


@dataclass(frozen=True)
class Change:
    """A change of a statistic: direction 'naik' | 'turun' | 'tetap', delta in ``delta_unit``."""

    direction: str
    delta: Decimal | None = None
    delta_unit: str | None = None
    baseline_value: Decimal | None = None
    baseline_unit: str | None = None
    baseline_period: str | None = None


@dataclass(frozen=True)
class Statistic:
    """A number with what it measures.

    ``unit`` is a normalised code ('percent', 'percentage_point', 'people', 'rupiah', 'household', 'ha',
    ...), ``unit_text`` the words as written. ``kind`` is 'value', 'baseline', 'comparison', 'rank' or
    'change' (a stated change, also carried by the ``change`` of the value it belongs to).
    ``indicator_key`` is the canonical indicator ('kemiskinan.persentase'), the same across releases.
    ``mentions`` are the other (start, end) spans where the same surface says the same fact again.
    """

    value: Decimal
    start: int
    end: int
    text: str
    unit: str | None = None
    unit_text: str | None = None
    indicator: str | None = None
    region: str | None = None
    period: str | None = None
    qualifier: str | None = None
    source: str | None = None
    kind: str = "value"
    change: Change | None = None
    indicator_key: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "change"}
        out["value"] = str(self.value)
        if self.change is not None:
            out["change"] = {
                k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(self.change).items()
            }
        else:
            out["change"] = None
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statistic:
        change = None
        if d.get("change"):
            c = dict(d["change"])
            for key in ("delta", "baseline_value"):
                if c.get(key) is not None:
                    c[key] = Decimal(c[key])
            change = Change(**c)
        kwargs = {f.name: d.get(f.name) for f in fields(cls) if f.name not in ("value", "change")}
        kwargs["kind"] = kwargs.get("kind") or "value"
        kwargs["mentions"] = tuple(tuple(m) for m in (d.get("mentions") or ()))
        return cls(value=Decimal(d["value"]), change=change, **kwargs)


@dataclass(frozen=True)
class Quote:
    """A direct quote; ``speaker`` is the official's canonical name when resolved."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_position: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(**{f.name: d.get(f.name) for f in fields(cls)})


@dataclass(frozen=True)
class Official:
    """A person holding a position, with every span that mentions them in one article."""

    name: str
    position: str | None = None
    variants: tuple[str, ...] = ()
    honorifics: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "position": self.position,
                "variants": list(self.variants), "honorifics": list(self.honorifics)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Official:
        return cls(name=d["name"], position=d.get("position"),
                   variants=tuple(d.get("variants") or ()),
                   honorifics=tuple(d.get("honorifics") or ()))


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article."""

    entities: tuple[Entity, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    quotes: tuple[Quote, ...] = ()
    officials: tuple[Official, ...] = ()
    acronyms: dict[str, str] = field(default_factory=dict)
    event_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": [e.to_dict() for e in self.entities],
            "statistics": [s.to_dict() for s in self.statistics],
            "quotes": [q.to_dict() for q in self.quotes],
            "officials": [o.to_dict() for o in self.officials],
            "acronyms": dict(self.acronyms),
            "event_date": self.event_date,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Extraction:
        return cls(
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            statistics=tuple(Statistic.from_dict(s) for s in d.get("statistics", ())),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            officials=tuple(Official.from_dict(o) for o in d.get("officials", ())),
            acronyms=dict(d.get("acronyms") or {}),
            event_date=d.get("event_date"),
        )

    def of_type(self, kind: str) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.type == kind)


@dataclass(frozen=True)
class SearchHit:
    """One search result, made while the searcher is open; plain data afterwards.

    ``snippet`` is HTML: the text escaped, matched terms wrapped in ``<b class="match">``.
    """

    id: int
    title: str
    score: float
    snippet: str = ""
    date: str | None = None
    source: str | None = None
    place: str | None = None
    officials: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "date": self.date, "score": round(self.score, 4),
                "snippet": self.snippet, "source": self.source, "place": self.place,
                "officials": list(self.officials)}


@dataclass(frozen=True)
class Summary:
    """An extractive summary: sentences in document order with their offsets in the body."""

    sentences: tuple[str, ...]
    offsets: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"summary": list(self.sentences), "offsets": [list(o) for o in self.offsets]}


@dataclass
class SearchResult:
    """A page of hits with everything the UI shows about the whole result set.

    ``total`` counts every matching article (exact); ``facets`` maps a facet to (value, count)
    pairs over the whole match set; ``terms`` are the index terms to mark (``core.matching``);
    ``notice`` says how the query was read when it was read otherwise than typed.
    """

    query: str
    hits: list[SearchHit]
    total: int
    took_ms: float
    notice: str | None = None
    suggestion: str | None = None
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"query": self.query, "took_ms": round(self.took_ms, 2),
                               "total": self.total, "hits": [h.to_dict() for h in self.hits]}
        if self.notice:
            out["notice"] = self.notice
        if self.suggestion:
            out["suggestion"] = self.suggestion
        if self.facets:
            out["facets"] = {k: [[n, c] for n, c in v] for k, v in self.facets.items()}
        return out
