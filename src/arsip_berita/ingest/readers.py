"""One reader per format; each turns a file into raw documents, then into clean ``Article`` objects.

Readers raise ``IngestError`` (naming the file and the reason in Indonesian) for anything they
cannot read; they never let a decode or parser exception escape.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arsip_berita.core.errors import IngestError
from arsip_berita.core.model import Article
from arsip_berita.core.text import content_hash, normalize_body, normalize_inline
from arsip_berita.ingest.dateline import find_dateline
from arsip_berita.ingest.dates import parse_date
from arsip_berita.ingest.encoding import decode_text

MAX_TEXT_BYTES = 20 * 1024 * 1024  # txt, md, html, xml, json
MAX_BINARY_BYTES = 50 * 1024 * 1024  # docx, pdf
MAX_JSONL_LINE = 5 * 1024 * 1024
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024  # guards against zip bombs
MAX_BODY_CHARS = 2_000_000
MAX_TITLE_LINE = 200  # a longer untitled first line is prose, not a headline


@dataclass(frozen=True)
class RawDoc:
    """What a reader found, before normalisation."""

    title: str
    body: str
    date: str | None = None
    source: str | None = None
    url: str | None = None


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(str(path), "berkas tidak dapat dibuka", str(exc)) from exc
    if size > limit:
        raise IngestError(str(path), f"berkas terlalu besar ({_mb(size)}; batas {_mb(limit)})")
    if size == 0:
        raise IngestError(str(path), "berkas kosong")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), "berkas tidak dapat dibaca", str(exc)) from exc


def _split_title(text: str) -> tuple[str, str]:
    """First non-empty line is the title; the rest is the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            rest = lines[i + 1:]
            # Files with no blank lines at all put one paragraph on each line.
            if not any(not ln.strip() for ln in rest[1:-1]) and len([ln for ln in rest if ln.strip()]) > 1:
                return line, "\n\n".join(rest)
            return line, "\n".join(rest)
    return "", ""


def read_text(path: Path) -> list[RawDoc]:
    text = decode_text(_read_bytes(path, MAX_TEXT_BYTES), str(path))
    title, body = _split_title(text)
    if path.suffix.lower() == ".md":
        title = title.lstrip("#").strip()
    return [RawDoc(title=title, body=body)]


def _looks_like_headline(line: str) -> bool:
    """Headlines are short and do not end like a sentence."""
    line = line.strip()
    return len(line) <= MAX_TITLE_LINE and not line.endswith(".")


def read_html(path: Path) -> list[RawDoc]:
    import trafilatura

    html = decode_text(_read_bytes(path, MAX_TEXT_BYTES), str(path))
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise IngestError(str(path), "HTML rusak, artikel tidak dapat diambil", repr(exc)) from exc
    if doc is None or not (doc.text or "").strip():
        raise IngestError(str(path), "tidak ada teks artikel di halaman HTML ini")
    title = (doc.title or "").strip()
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    if lines and title and normalize_inline(lines[0]) == normalize_inline(title):
        lines = lines[1:]
    if not title and lines and _looks_like_headline(lines[0]):
        title, lines = lines[0], lines[1:]  # otherwise it is prose: make_article titles it
    return [RawDoc(title=title, body="\n\n".join(lines), date=doc.date, source=doc.sitename, url=doc.url)]


def read_docx(path: Path) -> list[RawDoc]:
    data = _read_bytes(path, MAX_BINARY_BYTES)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = sum(info.file_size for info in zf.infolist())
    except zipfile.BadZipFile as exc:
        raise IngestError(str(path), "berkas DOCX rusak (bukan arsip ZIP yang sah)") from exc
    if total > MAX_DOCX_UNCOMPRESSED:
        raise IngestError(str(path), f"berkas DOCX mengembang terlalu besar ({_mb(total)}): ditolak")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
        core_title = document.core_properties.title or ""
        created = document.core_properties.created
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise IngestError(str(path), "berkas DOCX rusak atau tidak dikenali", repr(exc)) from exc
    if not paragraphs:
        raise IngestError(str(path), "berkas DOCX tidak berisi teks")
    title = paragraphs[0] if paragraphs else core_title
    date = created.date().isoformat() if created else None
    return [RawDoc(title=title, body="\n\n".join(paragraphs[1:]), date=date)]


def read_pdf(path: Path) -> list[RawDoc]:
    data = _read_bytes(path, MAX_BINARY_BYTES)
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError(str(path), "PDF terkunci kata sandi")
        pages = [page.extract_text() or "" for page in reader.pages[:200]]
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises PdfReadError and assorted parse errors
        raise IngestError(str(path), "berkas PDF rusak atau tidak dapat dibaca", repr(exc)) from exc
    text = "\n".join(pages)
    if not text.strip():
        raise IngestError(str(path), "PDF tidak memiliki lapisan teks (hasil pindaian?); perlu OCR lebih dulu")
    title, _, body = text.replace("\r\n", "\n").strip().partition("\n")
    return [RawDoc(title=title, body=_unwrap_lines(body))]


_SENTENCE_END = (".", "!", "?", ":", '"', "'", "\u201d", "\u2019", ")")


def _unwrap_lines(text: str) -> str:
    """PDF text has one line per printed line: join wrapped lines, ending a paragraph where a sentence ends."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            current.append(line)
        if current and (not line or line.endswith(_SENTENCE_END)):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _doc_from_object(obj: Any, where: str) -> RawDoc:
    if not isinstance(obj, dict):
        raise IngestError(where, f"bukan objek JSON (ditemukan {type(obj).__name__})")
    body = next((obj[k] for k in ("body", "content", "text", "isi") if isinstance(obj.get(k), str)), None)
    title = obj.get("title", obj.get("judul"))
    if not isinstance(body, str) or not body.strip():
        raise IngestError(where, "objek JSON tanpa teks (body/content/text)")
    if title is not None and not isinstance(title, str):
        raise IngestError(where, "judul (title) bukan teks")

    def text_or_none(key: str) -> str | None:
        value = obj.get(key)
        return value if isinstance(value, str) and value.strip() else None

    return RawDoc(title=title or "", body=body, date=text_or_none("date") or text_or_none("published"),
                  source=text_or_none("source"), url=text_or_none("url"))


def read_json(path: Path) -> list[RawDoc]:
    text = decode_text(_read_bytes(path, MAX_TEXT_BYTES), str(path))
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise IngestError(str(path), "JSON tidak sah", str(exc)) from exc
    items = data if isinstance(data, list) else [data]
    return [_doc_from_object(obj, f"{path}#{i + 1}") for i, obj in enumerate(items)]


def iter_jsonl(path: Path) -> Iterator[RawDoc | IngestError]:
    """Stream a JSON-lines file: one RawDoc, or the IngestError of that line, per non-empty line."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield IngestError(str(path), "berkas tidak dapat dibuka", str(exc))
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{path}:{lineno}"
            if len(raw) > MAX_JSONL_LINE:
                yield IngestError(where, f"baris JSON terlalu panjang ({_mb(len(raw))})")
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(decode_text(raw, where))
                yield _doc_from_object(obj, where)
            except IngestError as exc:
                yield exc
            except (json.JSONDecodeError, RecursionError) as exc:
                yield IngestError(where, "baris JSON tidak sah", str(exc))


def read_feed(path: Path) -> list[RawDoc]:
    import feedparser

    data = _read_bytes(path, MAX_TEXT_BYTES)
    try:
        feed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient but may raise on very odd input
        raise IngestError(str(path), "umpan RSS/Atom tidak dapat dibaca", repr(exc)) from exc
    if not feed.entries:
        raise IngestError(str(path), "bukan umpan RSS/Atom atau tidak berisi entri")
    docs = []
    for entry in feed.entries:
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        body = _html_to_text(html)
        if body.strip():
            docs.append(RawDoc(title=entry.get("title", ""), body=body,
                               date=entry.get("published") or entry.get("updated"),
                               source=feed.feed.get("title"), url=entry.get("link")))
    if not docs:
        raise IngestError(str(path), "entri umpan tidak berisi teks")
    return docs


def _html_to_text(html: str) -> str:
    """Paragraph text of an HTML fragment (feed content): block elements become paragraphs."""
    if "<" not in html:
        return html
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # malformed fragment: fall back to stripping tags naively
        import re

        return re.sub(r"<[^>]*>", " ", html)
    for bad in root.xpath("//script|//style|//iframe"):
        bad.drop_tree()
    blocks = [el.text_content() for el in root.iter("p", "li", "h1", "h2", "h3", "blockquote")]
    return "\n\n".join(blocks) if blocks else root.text_content()


READERS: dict[str, Callable[[Path], list[RawDoc]]] = {
    ".txt": read_text, ".md": read_text, ".html": read_html, ".htm": read_html,
    ".docx": read_docx, ".pdf": read_pdf, ".json": read_json, ".xml": read_feed,
    ".rss": read_feed, ".atom": read_feed,
}
SUPPORTED_SUFFIXES = frozenset(READERS) | {".jsonl"}


def make_article(raw: RawDoc, path: str) -> Article:
    """Normalise a raw document into an Article; raise IngestError when nothing is left."""
    title = normalize_inline(raw.title)[:500]
    body = normalize_body(raw.body)
    if len(body) > MAX_BODY_CHARS:
        raise IngestError(path, f"teks artikel terlalu panjang ({len(body):,} karakter)")
    if not body:
        if not title:
            raise IngestError(path, "tidak berisi teks")
        raise IngestError(path, "hanya berisi judul, tanpa isi")
    if not title:
        title = body.split("\n", 1)[0][:120]
    published = parse_date(raw.date) or parse_date(body[:600])
    return Article(
        title=title, body=body, published=published, dateline=find_dateline(body),
        source=normalize_inline(raw.source) if raw.source else None,
        url=raw.url.strip() if raw.url else None, content_hash=content_hash(title, body), path=path,
    )


def read_path(path: Path) -> Iterator[Article | IngestError]:
    """Every article in one file, or the IngestError for what failed; never raises IngestError."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for i, item in enumerate(iter_jsonl(path), start=1):
            if isinstance(item, IngestError):
                yield item
                continue
            try:
                yield make_article(item, f"{path}#{i}")
            except IngestError as exc:
                yield exc
        return
    reader = READERS.get(suffix)
    if reader is None:
        yield IngestError(str(path), f"format {suffix or '(tanpa ekstensi)'} tidak didukung")
        return
    try:
        docs = reader(path)
    except IngestError as exc:
        yield exc
        return
    for i, raw in enumerate(docs):
        where = str(path) if len(docs) == 1 else f"{path}#{i + 1}"
        try:
            yield make_article(raw, where)
        except IngestError as exc:
            yield exc
