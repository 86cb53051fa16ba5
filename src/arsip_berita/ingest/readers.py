"""One reader per format; each turns a file into raw documents, then into clean ``Article`` objects.

Readers raise ``IngestError`` (naming the file and the reason in Indonesian) for anything they
cannot read; they never let a decode or parser exception escape.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from arsip_berita.core.errors import IngestError
from arsip_berita.core.model import Article
from arsip_berita.core.stemming import is_root, known_word
from arsip_berita.core.text import content_hash, normalize_body, normalize_inline
from arsip_berita.ingest.anatomy import line_kind, read_anatomy
from arsip_berita.ingest.dateline import find_dateline
from arsip_berita.ingest.dates import parse_date
from arsip_berita.ingest.encoding import decode_text, repair_text
from arsip_berita.ingest.htmltext import html_to_text, looks_like_html, unescape_entities
from arsip_berita.ingest.pdf import HYPHEN_PREFIXES, join_wrapped, pdf_text
from arsip_berita.ingest.raw import RawDoc
from arsip_berita.ingest.records import (find_rows, is_relative_date, read_record, resolve_relative,
                                         title_from_slug)

MAX_TEXT_BYTES = 20 * 1024 * 1024  # txt, md, html, xml, json
MAX_BINARY_BYTES = 50 * 1024 * 1024  # docx, pdf
MAX_JSONL_LINE = 5 * 1024 * 1024
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024  # guards against zip bombs
MAX_BODY_CHARS = 2_000_000
MAX_TITLE_LINE = 200  # a longer untitled first line is prose, not a headline
LEAD_CHARS = 1500  # the lead paragraphs, where a release dates its event when nothing else does
# "cita- cita", "pe- merintah": a word whose line break left a space after the hyphen (``_rejoin_split``).
_SPLIT_WORD = re.compile(r"\b([^\W\d_]{2,})- ([^\W\d_]{2,})\b")


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


def _text_lines(text: str) -> str:
    """Line ends normalised; a file without blank lines has one paragraph per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    filled = [ln for ln in lines if ln.strip()]
    inner = lines[1:-1]
    if len(filled) > 2 and not any(not ln.strip() for ln in inner):
        return "\n\n".join(lines)
    return text


def read_text(path: Path) -> list[RawDoc]:
    text = decode_text(_read_bytes(path, MAX_TEXT_BYTES), str(path))
    return [RawDoc(title="", body=_text_lines(text))]


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*(?=\S)|(?<=\S)\*)")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_METADATA_KEYS = {"field", "title", "judul", "description", "deskripsi", "short url", "urlshort", "url", "link",
                  "author", "penulis", "editor", "date", "tanggal", "published", "source", "sumber", "tags",
                  "kategori", "category", "keywords"}


def _md_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _md_key(cell: str) -> str:
    return re.sub(r"[^a-z ]", "", cell.lower()).strip()


def read_markdown(path: Path) -> list[RawDoc]:
    """Markdown: headings, emphasis, links and images become text; a two-column "Field | Value"
    table is metadata (URL, date, source), not body; other tables become one row per paragraph."""
    text = decode_text(_read_bytes(path, MAX_TEXT_BYTES), str(path)).replace("\r\n", "\n")
    meta: dict[str, str] = {}
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|"):
            if _MD_TABLE_RULE.match(stripped):
                continue
            cells = _md_cells(stripped)
            if len(cells) == 2 and _md_key(cells[0]) in _METADATA_KEYS:
                meta[_md_key(cells[0])] = cells[1]
                continue
            out.append("")
            out.append(" | ".join(c for c in cells if c))
            out.append("")
            continue
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = _MD_EMPHASIS.sub("", line).replace('\\"', '"').replace("\\'", "'")
        out.append(line)
    summary = meta.get("description") or meta.get("deskripsi")
    if summary:  # the metadata's description repeated above the table is not body text
        out = [ln for ln in out if ln.strip() != summary.strip()]
    url = meta.get("url") or meta.get("link") or meta.get("short url") or meta.get("urlshort")
    date = meta.get("date") or meta.get("tanggal") or meta.get("published") or _date_in_url(url)
    return [RawDoc(title="", body="\n".join(out), date=date, source=meta.get("source") or meta.get("sumber"),
                   url=url)]


_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})/")


def _date_in_url(url: str | None) -> str | None:
    """ "https://site/read/2025/06/02/2122/slug" -> "2025-06-02"."""
    m = _URL_DATE.search(url or "")
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


GENERIC_PAGE_TITLES = frozenset({"dashboard", "beranda", "home", "berita", "index", "artikel", "detail berita",
                                 "detail", "news", "post", "halaman", "untitled", "siaran pers"})


def _generic_title(title: str, sitename: str | None) -> bool:
    key = title.casefold().strip()
    return (not key or key in GENERIC_PAGE_TITLES or len(key.split()) < 3
            or (bool(sitename) and key == (sitename or "").casefold().strip())
            or line_kind(title) in ("kop", "label"))  # "DINAS KOMINFO KABUPATEN X" is the site, not the release


def page_headline(markup: str, first_line: str) -> str | None:
    """The heading (h1-h6, three words or more) that stands last before the article text on the
    page, outside the page chrome; None when there is none."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # lxml raises ParserError/ValueError on empty or odd documents
        return None
    for bad in root.xpath(_CHROME):
        if bad.getparent() is not None:
            bad.drop_tree()
    start = " ".join(first_line.split())[:40]
    best = None
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "div"):
        text = " ".join(el.text_content().split())
        if el.tag != "div" and start and text.startswith(start):
            break  # reached the article text
        if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") and len(text.split()) >= 3 and len(text) <= MAX_TITLE_LINE:
            best = text
    return best


def _looks_like_headline(line: str) -> bool:
    """Headlines are short and do not end like a sentence."""
    line = line.strip()
    return len(line) <= MAX_TITLE_LINE and not line.endswith(".")


_CHROME = ("//aside | //nav | //footer | //header[not(ancestor::article)] | //form | //script | //style"
           " | //*[contains(@class,'sidebar') or contains(@id,'sidebar') or contains(@class,'related')"
           " or contains(@class,'popular') or contains(@class,'populer') or contains(@class,'terkait')"
           " or contains(@class,'widget') or contains(@class,'topbar') or contains(@class,'top-bar')"
           " or contains(@class,'breadcrumb') or contains(@class,'menu') or contains(@class,'comment')]")
BYLINE_DATE_CHARS = 60  # "Kamis, 27 Oktober 2022 10:15 WIB | Admin" fits; a sentence does not
_META_DATES = ("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
               "date", "dc.date", "dc.date.issued", "article.published", "sailthru.date")


def page_date(markup: str, title: str | None) -> str | None:
    """The article's own date on an HTML page: publication metadata first, then the first date after
    the headline inside the article, never a date from the page chrome (top bar, sidebar, footer)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # lxml raises ParserError/ValueError on empty or odd documents
        return None
    for meta in root.xpath("//meta[@property or @name or @itemprop]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        if key in _META_DATES and parse_date(meta.get("content")):
            return meta.get("content")
    for el in root.xpath("//*[@itemprop='datePublished']"):
        value = el.get("datetime") or el.get("content") or el.text_content()
        if parse_date(value):
            return value
    for bad in root.xpath(_CHROME):
        if bad.getparent() is not None:
            bad.drop_tree()
    scope = (root.xpath("//article") or root.xpath("//main") or root.xpath("//body") or [root])[0]
    heads = scope.xpath(".//h1") or root.xpath("//h1")
    head = " ".join(heads[0].text_content().split()) if heads else " ".join((title or "").split())
    # A byline date standing alone in its element after the headline ("Rabu, 22 Maret 2023") is the
    # article's own; a date inside the prose is the event's, used only when there is no byline.
    seen_head = not head
    for el in scope.iter():
        if not isinstance(el.tag, str):
            continue
        text = " ".join(el.text_content().split())
        if not seen_head:
            seen_head = text == head
            continue
        if len(text) <= BYLINE_DATE_CHARS and (found := parse_date(text)):
            return found.isoformat()
    text = " ".join(scope.text_content().split())
    at = text.find(head) if head else -1
    after = text[at + len(head):] if at >= 0 else text
    if found := parse_date(after[:1500]):
        return found.isoformat()
    for t in scope.xpath(".//time[@datetime]"):
        if parse_date(t.get("datetime")):
            return t.get("datetime")
    return None


def read_html(path: Path) -> list[RawDoc]:
    import trafilatura

    html = decode_text(_read_bytes(path, MAX_TEXT_BYTES), str(path))
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_precision=True)
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise IngestError(str(path), "HTML rusak, artikel tidak dapat diambil", repr(exc)) from exc
    if doc is None or not (doc.text or "").strip():
        raise IngestError(str(path), "tidak ada teks artikel di halaman HTML ini")
    title = (doc.title or "").strip()
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    if _generic_title(title, doc.sitename):
        # A site or page name ("JabarGov", "Dashboard"): the headline is the heading before the text.
        title = page_headline(html, lines[0] if lines else "") or ""
    if lines and title and normalize_inline(lines[0]) == normalize_inline(title):
        lines = lines[1:]
    if not title and lines and _looks_like_headline(lines[0]):
        title, lines = lines[0], lines[1:]  # otherwise it is prose: make_article titles it
    body = "\n\n".join(ln.strip().strip("|").replace(" | ", " | ").strip() for ln in lines)
    date = page_date(html, title) or doc.date
    return [RawDoc(title=title, body=body, date=date, source=doc.sitename, url=doc.url)]


def _docx_blocks(document: Any) -> list[str]:
    """Paragraphs and tables in document order; a table row is one paragraph, cells joined by " | ".

    A letterhead is often a table (logo beside the office name) above the text, or sits in the
    page header: a table before any paragraph gives its cells as lines, and the header's
    letterhead lines come first, so the release anatomy sees them.
    """
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = _docx_header_lines(document)
    seen_text = False
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            out.append(item.text)
            seen_text = seen_text or bool(item.text.strip())
        elif isinstance(item, Table) and not seen_text:
            for row in item.rows:
                for cell in _unique_cells(row):
                    out.extend(p.text for p in cell.paragraphs if p.text.strip())
            out.append("")
        elif isinstance(item, Table):
            for row in item.rows:
                cells = [" ".join(c.text.split()) for c in _unique_cells(row)]
                cells = [c for c in cells if c]
                if cells:
                    out.extend(["", " | ".join(cells), ""])
    return out


def _unique_cells(row: Any) -> list[Any]:
    """A row's cells, each merged cell once (python-docx repeats a merged cell per grid column)."""
    seen: list[Any] = []
    for cell in row.cells:
        if not any(cell._tc is s._tc for s in seen):
            seen.append(cell)
    return seen


def _docx_header_lines(document: Any) -> list[str]:
    """Letterhead lines (kop, address, number) from the first section's page header."""
    try:
        header = document.sections[0].header
        texts = [p.text for p in header.paragraphs]
        for table in header.tables:
            for row in table.rows:
                for cell in _unique_cells(row):
                    texts.extend(p.text for p in cell.paragraphs)
    except (IndexError, AttributeError, KeyError):
        return []
    lines = [t.strip() for t in texts if t.strip() and line_kind(t.strip()) is not None]
    return lines + [""] if lines else []


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
        blocks = _docx_blocks(document)
        created = document.core_properties.created
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise IngestError(str(path), "berkas DOCX rusak atau tidak dikenali", repr(exc)) from exc
    if not any(b.strip() for b in blocks):
        raise IngestError(str(path), "berkas DOCX tidak berisi teks")
    # Each Word paragraph is a paragraph; the date of the file is only a last resort (templates).
    body = "\n\n".join(b for b in blocks)
    return [RawDoc(title="", body=body, fallback_date=created.date() if created else None)]


def read_pdf(path: Path) -> list[RawDoc]:
    data = _read_bytes(path, MAX_BINARY_BYTES)
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError(str(path), "PDF terkunci kata sandi")
        text, _pages = pdf_text(data)
    except IngestError:
        raise
    except Exception as exc:  # pdfminer/pypdf raise assorted parse errors
        raise IngestError(str(path), "berkas PDF rusak atau tidak dapat dibaca", repr(exc)) from exc
    if not text.strip():
        raise IngestError(str(path), "PDF tidak memiliki lapisan teks (hasil pindaian?); perlu OCR lebih dulu")
    return [RawDoc(title="", body=text, wrapped=True)]


class RowWithoutText(IngestError):
    """A row of a dump or register that holds no article text."""


def raw_from_row(row: Any, where: str) -> RawDoc:
    """One row of a dump or register as a RawDoc; IngestError when it holds no article text."""
    if not isinstance(row, dict):
        raise IngestError(where, f"bukan objek data (ditemukan {type(row).__name__})")
    rec = read_record(row)
    if rec.title_not_text:
        raise IngestError(where, "judul (title) bukan teks")
    if rec.body is None:
        raise RowWithoutText(where, "baris tanpa teks artikel (tidak ada kolom isi/body/content yang berisi teks)")
    body = html_to_text(rec.body) if looks_like_html(rec.body) else unescape_entities(rec.body)
    title = unescape_entities(html_to_text(rec.title)) if rec.title else ""
    title = title or title_from_slug(rec.slug, body) or title_from_slug(rec.url, body) or ""
    date = rec.date
    if is_relative_date(date):
        resolved = resolve_relative(date, rec.scraped)
        date = resolved.isoformat() if resolved else None
    return RawDoc(title=title, body=body, date=date, source=rec.source, url=rec.url, locator=where)


def read_json(path: Path) -> list[RawDoc | IngestError]:
    text = decode_text(_read_bytes(path, MAX_TEXT_BYTES), str(path))
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise IngestError(str(path), "JSON tidak sah", str(exc)) from exc
    rows = list(find_rows(data))
    if not any(isinstance(r, dict) for r in rows):
        found = type(rows[0]).__name__ if rows else "daftar kosong"
        raise IngestError(str(path), f"JSON tanpa objek artikel (ditemukan {found})")
    out: list[RawDoc | IngestError] = []
    for i, row in enumerate(rows):
        where = str(path) if len(rows) == 1 else f"{path}#{i + 1}"
        try:
            out.append(raw_from_row(row, where))
        except IngestError as exc:
            out.append(exc)
    return out


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
                rows = list(find_rows(obj))
                for row in rows:
                    yield raw_from_row(row, where)
            except IngestError as exc:
                yield exc
            except (json.JSONDecodeError, RecursionError) as exc:
                yield IngestError(where, "baris JSON tidak sah", str(exc))


def read_csv(path: Path) -> list[RawDoc | IngestError]:
    """A CSV export or register: one article per row, columns recognised like JSON fields."""
    import csv

    text = decode_text(_read_bytes(path, MAX_TEXT_BYTES), str(path))
    # The standard dialect (RFC 4180: "" inside quotes) unless its header is one column; then only
    # the delimiter is sniffed (the sniffer misreads quoting in long multi-line cells).
    header = next(csv.reader(io.StringIO(text, newline="")), [])
    delimiter = ","
    if len(header) < 2:
        try:
            delimiter = csv.Sniffer().sniff(text[:20000], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    csv.field_size_limit(MAX_JSONL_LINE)
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline=""), dialect=csv.excel, delimiter=delimiter))
    except csv.Error as exc:
        raise IngestError(str(path), "CSV tidak sah", str(exc)) from exc
    if not rows:
        raise IngestError(str(path), "CSV tanpa baris data (hanya judul kolom?)")
    return _rows_to_docs(path, rows, first_line=2)


def read_xlsx(path: Path) -> list[RawDoc | IngestError]:
    """An Excel register (first sheet, first row the column names): one article per row."""
    data = _read_bytes(path, MAX_BINARY_BYTES)
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        values = [[("" if v is None else (v.isoformat() if hasattr(v, "isoformat") else str(v))) for v in row]
                  for row in sheet.iter_rows(values_only=True)]
        book.close()
    except Exception as exc:  # openpyxl raises InvalidFileException, KeyError, zip errors...
        raise IngestError(str(path), "berkas Excel rusak atau tidak dikenali", repr(exc)) from exc
    values = [r for r in values if any(str(v).strip() for v in r)]
    if len(values) < 2:
        raise IngestError(str(path), "lembar Excel tanpa baris data")
    header = [str(h).strip() or f"kolom{i + 1}" for i, h in enumerate(values[0])]
    rows = [dict(zip(header, r)) for r in values[1:]]
    return _rows_to_docs(path, rows, first_line=2)


def read_sql(path: Path) -> list[RawDoc | IngestError]:
    """A CMS database dump: the rows of every table that holds article text, one article per row.

    Tables without any article text (users, menus, categories) are passed over in silence; a row
    without text in a table of articles (a draft) is reported with its table and row number.
    """
    from arsip_berita.ingest.records import has_article
    from arsip_berita.ingest.sqldump import SqlDumpError, sql_rows

    text = decode_text(_read_bytes(path, MAX_TEXT_BYTES), str(path))
    tables: dict[str, list[dict[str, Any]]] = {}
    try:
        for table, row in sql_rows(text):
            tables.setdefault(table, []).append(row)
    except SqlDumpError as exc:
        raise IngestError(str(path), str(exc)) from exc
    out: list[RawDoc | IngestError] = []
    for table, rows in tables.items():
        if not any(has_article(r) for r in rows):
            continue
        for i, row in enumerate(rows, start=1):
            try:
                out.append(raw_from_row(row, f"{path}, tabel {table} baris {i}"))
            except IngestError as exc:
                out.append(exc)
    if not out:
        raise IngestError(str(path), "dump SQL tanpa tabel berisi teks artikel")
    return out


def _rows_to_docs(path: Path, rows: list[dict[str, Any]], first_line: int) -> list[RawDoc | IngestError]:
    out: list[RawDoc | IngestError] = []
    for i, row in enumerate(rows):
        where = f"{path}, baris {i + first_line}"
        try:
            out.append(raw_from_row(row, where))
        except IngestError as exc:
            out.append(exc)
    return out


def read_feed(path: Path) -> list[RawDoc]:
    import feedparser

    data = _read_bytes(path, MAX_TEXT_BYTES)
    try:
        feed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient but may raise on very odd input
        raise IngestError(str(path), "umpan RSS/Atom tidak dapat dibaca", repr(exc)) from exc
    if not feed.entries:
        return read_xml_records(path, data)
    docs = []
    for entry in feed.entries:
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        body = html_to_text(html) if looks_like_html(html) else unescape_entities(html)
        if body.strip():
            docs.append(RawDoc(title=unescape_entities(entry.get("title", "")), body=body,
                               date=entry.get("published") or entry.get("updated"),
                               source=feed.feed.get("title"), url=entry.get("link")))
    if not docs:
        raise IngestError(str(path), "entri umpan tidak berisi teks")
    return docs


def read_xml_records(path: Path, data: bytes) -> list[RawDoc | IngestError]:
    """An XML export that is not a feed (``<berita><judul>..</judul><isi>..</isi></berita>``...):
    the elements whose child elements name a body field are rows, read like JSON rows."""
    import lxml.etree

    try:
        root = lxml.etree.fromstring(data, parser=lxml.etree.XMLParser(recover=True, resolve_entities=False,
                                                                      no_network=True, huge_tree=False))
    except (lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise IngestError(str(path), "XML rusak: bukan umpan RSS/Atom dan tidak dapat dibaca", str(exc)) from exc
    if root is None:
        raise IngestError(str(path), "bukan umpan RSS/Atom atau tidak berisi entri")
    from arsip_berita.ingest.records import has_article

    found: list[Any] = []
    blocked: set[Any] = set()  # ancestors of a row are not rows
    for el in reversed(list(root.iter())):  # descendants before their ancestors
        children = [c for c in el if isinstance(c.tag, str)]
        if len(children) < 2 or el in blocked:
            continue
        row = {lxml.etree.QName(c).localname: "".join(c.itertext()) if len(c) == 0 else
               lxml.etree.tostring(c, encoding="unicode", method="html") for c in children}
        if has_article(row):
            found.append((el, row))
            blocked.update(el.iterancestors())
    rows = [row for _, row in reversed(found)]
    if not rows:
        raise IngestError(str(path), "bukan umpan RSS/Atom dan tidak berisi baris artikel")
    return _rows_to_docs(path, rows, first_line=1)


READERS: dict[str, Callable[[Path], list[Any]]] = {
    ".txt": read_text, ".md": read_markdown, ".markdown": read_markdown, ".html": read_html,
    ".htm": read_html, ".docx": read_docx, ".pdf": read_pdf, ".json": read_json, ".xml": read_feed,
    ".rss": read_feed, ".atom": read_feed, ".csv": read_csv, ".tsv": read_csv, ".xlsx": read_xlsx,
    ".sql": read_sql,
}
# Formats we cannot read, with what the user can do instead.
UNSUPPORTED_HINTS = {
    ".doc": "format Word lama (.doc) tidak didukung; simpan ulang sebagai .docx",
    ".xls": "format Excel lama (.xls) tidak didukung; simpan ulang sebagai .xlsx",
    ".rtf": "format RTF tidak didukung; simpan ulang sebagai .docx",
}
SUPPORTED_SUFFIXES = frozenset(READERS) | {".jsonl", ".ndjson"}


def _body_and_title(raw: RawDoc) -> tuple[str, str, Any]:
    """The release anatomy applied: (title, body text, anatomy)."""
    title = repair_text(raw.title or "")
    body = repair_text(raw.body.replace("\r\n", "\n").replace("\r", "\n"))
    given = normalize_inline(title)
    has_title = bool(given) and line_kind(given) is None
    lines = body.split("\n")
    if given and not has_title:
        lines = [given, *lines]  # a letterhead given as the title is the first header line
    anatomy = read_anatomy(lines, has_title=has_title)
    if not has_title:
        title = anatomy.headline or ("" if line_kind(given) else given)
    lines = [ln for ln in _drop_repeated_title(anatomy.body_lines, title) if line_kind(ln) != "boilerplate"]
    text = join_wrapped(lines) if raw.wrapped else "\n".join(lines)
    return title, text, anatomy


def _drop_repeated_title(lines: list[str], title: str) -> list[str]:
    """A body that opens with its own headline (CMS bodies often do) loses that line."""
    key = re.sub(r"\W+", " ", title).strip().casefold()
    for i, line in enumerate(lines):
        if line.strip():
            if key and re.sub(r"\W+", " ", line).strip().casefold() == key:
                return lines[:i] + lines[i + 1:]
            break
    return lines


def _rejoin_split(m: re.Match[str]) -> str:
    """ "cita- cita" -> "cita-cita", "non- subsidi" -> "non-subsidi", "pe- merintah" -> "pemerintah" (a
    line break that left a space after the hyphen); two words that stand alone ("tanah- air") stay."""
    a, b = m[1].lower(), m[2].lower()
    if a == b or a.endswith(b) or a in HYPHEN_PREFIXES:
        return f"{m[1]}-{m[2]}"
    if m[2][:1].islower() and known_word(a + b) and not (is_root(a) and is_root(b)):
        return m[1] + m[2]
    return m[0]


def make_article(raw: RawDoc, path: str) -> Article:
    """Normalise a raw document into an Article; raise IngestError when nothing is left.

    Publication date, first found wins: the date the release states in its header ("Tanggal:",
    a BRS number line), the date the format states (record field, feed, page metadata), a date in
    the first lines of the text ("Kamis (24/3)" takes its year from the format's date), then file
    metadata (a Word file's creation date, often its template's).
    """
    where = raw.locator or path
    title, text, anatomy = _body_and_title(raw)
    title = normalize_inline(unescape_entities(title))[:500]
    body = normalize_body(_SPLIT_WORD.sub(_rejoin_split, unescape_entities(text)))
    if len(body) > MAX_BODY_CHARS:
        raise IngestError(where, f"teks artikel terlalu panjang ({len(body):,} karakter)")
    if not body:
        if not title:
            raise IngestError(where, "tidak berisi teks")
        raise IngestError(where, "hanya berisi judul, tanpa isi")
    if not title:
        title = body.split("\n", 1)[0][:120]
    stated = parse_date(raw.date)
    known = anatomy.stated_date or stated or raw.fallback_date
    published = (anatomy.stated_date or stated or parse_date(body[:LEAD_CHARS], known.year if known else None)
                 or raw.fallback_date)
    return Article(
        title=title, body=body, published=published, dateline=find_dateline(body),
        source=normalize_inline(raw.source) if raw.source else None,
        url=raw.url.strip() if raw.url else None, content_hash=content_hash(title, body, any_order=raw.wrapped), path=path,
        release_no=anatomy.release_no, issuer=anatomy.issuer,
    )


def _from_raws(path: Path, docs: Iterable[RawDoc | IngestError]) -> Iterator[Article | IngestError]:
    """Articles of one file. Rows without article text are reported one by one once the file has
    shown it holds articles; a file none of whose rows has text (a manifest, a list of users) is
    one message, not one per row."""
    pending: list[IngestError] = []
    articles = 0
    for raw in docs:
        if isinstance(raw, RowWithoutText) and not articles:
            pending.append(raw)
            continue
        if isinstance(raw, IngestError):
            yield raw
            continue
        try:
            article = make_article(raw, str(path))
        except IngestError as exc:
            yield exc
            continue
        articles += 1
        yield from pending
        pending.clear()
        yield article
    if pending:
        yield IngestError(str(path), f"tidak ada baris berisi teks artikel ({len(pending)} baris diperiksa; "
                                     "kolom isi/body/content tidak ditemukan)")


def read_path(path: Path) -> Iterator[Article | IngestError]:
    """Every article in one file, or the IngestError for what failed; never raises IngestError.

    ``Article.path`` is the file; errors name the row (``file#3``, ``file:12``, ``file, baris 4``).
    """
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _from_raws(path, iter_jsonl(path))
        return
    reader = READERS.get(suffix)
    if reader is None:
        yield IngestError(str(path), UNSUPPORTED_HINTS.get(suffix, f"format {suffix or '(tanpa ekstensi)'} tidak didukung"))
        return
    try:
        docs = reader(path)
    except IngestError as exc:
        yield exc
        return
    if len(docs) > 1:
        docs = [replace(d, locator=d.locator or f"{path}#{i + 1}") if isinstance(d, RawDoc) else d
                for i, d in enumerate(docs)]
    yield from _from_raws(path, docs)
