"""Rows of any CMS dump or register (JSON, JSON lines, CSV, Excel) as raw documents.

A row is a mapping of field names to values. Title, body, date, source and URL are recognised by the
field names of ``resources/lexicon/fields.toml`` (Indonesian and English, WordPress, OpenSID, BPS
WebAPI, Laravel/CodeIgniter CMS dumps) and, where no name is known, by content: the longest text
or HTML field is the body, so a new CMS needs no code change. A body that holds HTML (escaped or
not) becomes paragraph text. Envelopes (``{"status": "OK", "data": {...}}``, ``{"items": [...]}``)
are opened to find the rows inside.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlparse

from arsip_berita.core.resources import resource_path
from arsip_berita.ingest.dates import parse_datetime
from arsip_berita.ingest.htmltext import html_to_text, looks_like_html

MIN_BODY_CHARS = 40  # a shorter text field is a caption or a label, not an article body
MIN_UNNAMED_BODY_CHARS = 200  # an unknown field is the body only when it is this long (or HTML)
MAX_ENVELOPE_DEPTH = 4
_KEY_NORMAL = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class FieldNames:
    """Known field names per role, in order of preference (normalised: lower case, ``_`` for others)."""

    title: tuple[str, ...]
    body: tuple[str, ...]
    summary: tuple[str, ...]
    date: tuple[str, ...]
    scraped: tuple[str, ...]
    source: tuple[str, ...]
    url: tuple[str, ...]
    slug: tuple[str, ...]


def normal_key(key: str) -> str:
    """"content:encoded" -> "content_encoded", "pubDate" -> "pubdate"."""
    return _KEY_NORMAL.sub("_", str(key).lower()).strip("_")


@functools.lru_cache(maxsize=1)
def field_names() -> FieldNames:
    data = tomllib.loads(resource_path("ingest", "fields.toml").read_text(encoding="utf-8"))
    roles = {rule["name"]: tuple(normal_key(k) for k in rule["keys"]) for rule in data["rule"]}
    return FieldNames(**roles)


@dataclass(frozen=True)
class Record:
    """What a row says: the fields found by role (values as given, HTML not yet converted)."""

    title: str | None
    body: str | None
    date: str | None
    source: str | None
    url: str | None
    slug: str | None
    scraped: str | None
    title_not_text: bool = False  # the title field holds a list or a number: the row is refused


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value
    return None


def _plain_len(value: str) -> int:
    return len(html_to_text(value)) if looks_like_html(value) else len(value.strip())


def _by_names(row: Mapping[str, Any], names: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The first field of ``names`` present with text: (key, value)."""
    for name in names:
        if (value := _text(row.get(name))) is not None:
            return name, value
    return None, None


def _body(row: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The body field: the longest named body field; else a named summary of some length (a short
    "keterangan" is a label); else the longest long text or HTML field of any name."""
    names = field_names()
    known = set(names.title) | set(names.url) | set(names.slug) | set(names.source) | set(names.date)
    body_keys = list(names.body) + [k for k in row if _BODY_LIKE.search(k) and k not in known
                                    and not _NOT_BODY.search(k) and k not in names.body]
    named = [(k, v) for k in body_keys if (v := _text(row.get(k))) is not None and _plain_len(v)
             and (k in names.body or _plain_len(v) >= MIN_BODY_CHARS)]
    if named:
        return max(named, key=lambda kv: _plain_len(kv[1]))
    summary = [(k, v) for k in names.summary if (v := _text(row.get(k))) is not None]
    summary = [(k, v) for k, v in summary if _plain_len(v) >= MIN_BODY_CHARS]
    if summary:
        return max(summary, key=lambda kv: _plain_len(kv[1]))
    texts = [(k, t) for k, value in row.items() if k not in known and (t := _text(value)) is not None]
    unnamed = [(k, t) for k, t in texts if not t.lstrip().startswith(("http://", "https://"))
               and (_plain_len(t) >= MIN_UNNAMED_BODY_CHARS or (looks_like_html(t) and _plain_len(t) >= MIN_BODY_CHARS))]
    if unnamed:
        return max(unnamed, key=lambda kv: _plain_len(kv[1]))
    return None, None


_TITLE_LIKE = re.compile(r"(^|_)(judul|title|headline)(_|$)")
_NOT_BODY = re.compile(r"(^|_)(judul|title|headline|slug|seo|meta|keyword|kata_kunci|tag|tags|url|link|foto|gambar"
                       r"|image|img|id|kategori|category|status|caption|ket_foto)(_|$)")
# A body field of a CMS not listed by name: "news_content", "berita_isi", "isi_lengkap", "content_html".
_BODY_LIKE = re.compile(r"(^|_)(isi|konten|content|body|teks|text|naskah|artikel|article|berita|news|post|uraian"
                        r"|paragraphs|paragraf|paragraf2)(_|$)")
_DATE_LIKE = re.compile(r"(^|_)(tanggal|tgl|date|published|terbit)(_|$)")


def _title(row: Mapping[str, Any], body_key: str | None) -> str | None:
    """The title field by name; else a field whose name holds "judul"/"title" ("Judul Siaran Pers")."""
    names = list(field_names().title) + [k for k in row if _TITLE_LIKE.search(k)]
    for name in names:
        value = _text(row.get(name))
        # "headline": "0"/"1" is a flag in some CMS, not a headline.
        if name != body_key and value is not None and not value.strip().isdigit():
            return value
    return None


_WRAPPED_TEXT = ("rendered", "value", "text", "#text", "raw", "_", "content")


def flat_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """Keys normalised; a value wrapped in a mapping ({"rendered": "<p>..."}, WordPress REST) or a
    one-item list of one ([{"value": ...}], feeds) is taken out of its wrapper; a list of strings
    (paragraphs) is one text."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], Mapping):
            value = value[0]
        elif (isinstance(value, list) and value and all(isinstance(v, str) for v in value)
              and (normal_key(key) in field_names().body or _BODY_LIKE.search(normal_key(key)))):
            value = "\n\n".join(value)  # a body given as a list of paragraphs
        if isinstance(value, Mapping):
            inner = next((value[k] for k in _WRAPPED_TEXT if isinstance(value.get(k), str)), None)
            if inner is not None:
                value = inner
        out[normal_key(key)] = value
    return out


def read_record(row: Mapping[str, Any]) -> Record:
    """The fields of one row, found by name and content (keys are compared normalised)."""
    row = flat_row(row)
    names = field_names()
    body_key, body = _body(row)
    date_keys = list(names.date) + [k for k in row if _DATE_LIKE.search(k) and k not in names.scraped]
    date_value = next((v for k in date_keys if (v := row.get(k)) not in (None, "") and k != body_key
                       and isinstance(v, (str, int, float))), None)
    title_key = next((k for k in names.title if row.get(k) not in (None, "")), None)
    return Record(
        title=_title(row, body_key), body=body,
        title_not_text=title_key is not None and not isinstance(row[title_key], str),
        date=str(date_value) if date_value is not None else None,
        source=_by_names(row, names.source)[1], url=_by_names(row, names.url)[1],
        slug=_by_names(row, names.slug)[1], scraped=_by_names(row, names.scraped)[1],
    )


def has_article(row: Mapping[str, Any]) -> bool:
    """True when a row has a body field (by name or content)."""
    return _body(flat_row(row))[1] is not None


def find_rows(data: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    """The rows of a parsed JSON document: itself, the items of a list, or rows inside an envelope.

    A mapping without a body field is opened (its mapping and list values, in order) up to
    ``MAX_ENVELOPE_DEPTH`` levels; a mapping with no article anywhere is yielded as it is, so
    the caller can report it.
    """
    if isinstance(data, list):
        for item in data:
            yield from find_rows(item, depth)
        return
    if not isinstance(data, Mapping) or depth >= MAX_ENVELOPE_DEPTH or has_article(data):
        yield data
        return
    inner = [v for v in data.values() if isinstance(v, (Mapping, list)) and _contains_article(v, depth + 1)]
    if not inner:
        yield data
        return
    for value in inner:
        yield from find_rows(value, depth + 1)


def _contains_article(data: Any, depth: int) -> bool:
    if depth > MAX_ENVELOPE_DEPTH:
        return False
    if isinstance(data, list):
        return any(_contains_article(v, depth) for v in data[:50])
    if isinstance(data, Mapping):
        return has_article(data) or any(_contains_article(v, depth + 1) for v in data.values()
                                        if isinstance(v, (Mapping, list)))
    return False


def title_from_slug(slug_or_url: str | None, body: str = "") -> str | None:
    """ "hoaks-video-banjir-di-kota-contoh" (or a URL ending in it) -> "Hoaks Video Banjir di Kota Contoh".

    A slug has lost its capitals: a word the body writes as an acronym or in mixed case ("DPR",
    "WhatsApp") takes the body's form.
    """
    if not slug_or_url:
        return None
    path = urlparse(slug_or_url).path if "://" in slug_or_url else slug_or_url
    last = unquote(path.rstrip("/").rsplit("/", 1)[-1])
    last = re.sub(r"\.(html?|php|aspx?)$", "", last)
    words = [w for w in re.split(r"[-_+\s]+", last) if w and not re.fullmatch(r"\d{5,}|[0-9a-f]{8,}", w)]
    if len(words) < 2:
        return None
    small = {"di", "ke", "dari", "dan", "atau", "yang", "untuk", "pada", "dengan", "bagi", "oleh"}
    out = [w if w.isupper() else (w.lower() if (i and w.lower() in small) else w.capitalize())
           for i, w in enumerate(words)]
    return " ".join(_body_case(w, body) for w in out)


_SHOUTING = re.compile(r"\b[A-Z0-9]{2,}(?:[\s,.]+[A-Z0-9]{2,}){2,}\b")  # a run of 3+ words in capitals
_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]*)+$")  # WhatsApp, TikTok, YouTube


def _body_case(word: str, body: str) -> str:
    """The body's spelling of ``word`` when the body writes it as an acronym (at most five letters,
    "DPR", "TNI") or in camel case ("WhatsApp"); capitals in shouted runs are not evidence."""
    if not body or len(word) < 2 or word.lower() in {"di", "ke", "dari", "dan", "atau", "yang", "untuk"}:
        return word
    text = _SHOUTING.sub(" ", body)
    forms = [m[0] for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
             if (m[0].isupper() and len(m[0]) <= 5) or _CAMEL.match(m[0])]
    return max(set(forms), key=forms.count) if forms else word


_RELATIVE = re.compile(r"^\s*(\d+|se|satu)\s*(detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+(?:yang\s+)?lalu\s*$", re.I)
_RELATIVE_WORDS = {"kemarin": timedelta(days=1), "hari ini": timedelta(0), "baru saja": timedelta(0)}
_UNIT_DAYS = {"detik": 1 / 86400, "menit": 1 / 1440, "jam": 1 / 24, "hari": 1, "minggu": 7, "pekan": 7,
              "bulan": 30, "tahun": 365}


def resolve_relative(text: str | None, reference: str | None) -> date | None:
    """ "15 jam lalu" against the row's scrape time; None without a reference (never the import date).

    Months and years are taken as 30 and 365 days: a relative date is only as precise as its unit.
    """
    if not text or not reference:
        return None
    ref = parse_datetime(reference)
    if ref is None:
        return None
    low = text.strip().lower()
    if low in _RELATIVE_WORDS:
        return (ref - _RELATIVE_WORDS[low]).date() if isinstance(ref, datetime) else ref - _RELATIVE_WORDS[low]
    m = _RELATIVE.match(low)
    if not m:
        return None
    count = 1 if m[1] in ("se", "satu") else int(m[1])
    delta = timedelta(days=count * _UNIT_DAYS[m[2]])
    return (ref - delta).date() if isinstance(ref, datetime) else ref - delta


def is_relative_date(text: str | None) -> bool:
    return bool(text) and (bool(_RELATIVE.match(text or "")) or (text or "").strip().lower() in _RELATIVE_WORDS)

