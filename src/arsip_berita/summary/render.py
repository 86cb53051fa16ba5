"""Pure HTML for the one-page brief, batches of briefs and the highlighted article body (all text escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import escape

from arsip_berita.core.model import Article, Entity, Extraction, Official, Quote, Statistic, Summary
from arsip_berita.core.resources import resource_path
from arsip_berita.summary.format import format_change, format_date, format_statistic, shown_statistics
from arsip_berita.summary.highlight import HIGHLIGHT_TYPES, article_html, legend_html

__all__ = ["BriefItem", "BriefOptions", "article_html", "batch_html", "brief_body", "brief_html",
           "footer_text", "stylesheet"]

DASH = "\u2014"
# A quote shorter than this is a fragment ("siap"), longer ones overflow the one-page brief.
QUOTE_MIN, QUOTE_MAX = 40, 420


@dataclass(frozen=True)
class BriefOptions:
    """What the brief shows besides its fixed parts; ``print_date`` defaults to today."""

    full_text: bool = False
    paragraph_numbers: bool = False
    enabled_types: tuple[str, ...] = HIGHLIGHT_TYPES
    print_date: date | None = None
    css: str | None = None


@dataclass(frozen=True)
class BriefItem:
    """One article of a batch with what the brief needs."""

    article: Article
    extraction: Extraction | None
    summary: Summary


@lru_cache(maxsize=4)
def stylesheet(name: str = "brief.css") -> str:
    return resource_path("styles", name).read_text(encoding="utf-8")


def footer_text(archive_name: str, print_date: date | None = None) -> str:
    """The footer beside the page number: archive name and print date (drawn by printing/)."""
    return f"Arsip: {archive_name} \u00b7 Dicetak {format_date(print_date or date.today())}"


def _document(title: str, body: str, options: BriefOptions) -> str:
    css = options.css if options.css is not None else stylesheet()
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"<style>{css}</style></head>\n<body>\n{body}\n</body></html>")


def _meta_line(article: Article, extraction: Extraction | None) -> str:
    when = article.published.isoformat() if article.published else (extraction.event_date if extraction else None)
    parts = [format_date(when) if when else "", article.dateline or "", article.source or ""]
    return " \u00b7 ".join(escape(p) for p in parts if p)


def _stat_rows(stats: Sequence[Statistic]) -> list[Statistic]:
    return shown_statistics(stats)


def _statistics_table(stats: Sequence[Statistic]) -> str:
    rows = _stat_rows(stats)
    if not rows:
        return ""
    head = "".join(f"<th>{h}</th>" for h in ("Indikator", "Nilai", "Wilayah", "Periode", "Perubahan", "Sumber"))
    body = []
    for s in rows:
        cells = [s.indicator or DASH, format_statistic(s), s.region or DASH, s.period or DASH,
                 format_change(s.change) or DASH, s.source or DASH]
        tds = "".join(f'<td class="num">{escape(c)}</td>' if i == 1 else f"<td>{escape(c)}</td>"
                      for i, c in enumerate(cells))
        body.append(f"<tr>{tds}</tr>")
    return ('<h2>Angka kunci</h2><table class="data" width="100%" cellspacing="0" cellpadding="3">'
            f"<tr>{head}</tr>{''.join(body)}</table>")


def _officials(extraction: Extraction) -> list[Official]:
    if extraction.officials:
        return list(extraction.officials)
    seen: dict[str, Official] = {}
    for e in extraction.of_type("PERSON"):
        if e.canonical not in seen or (e.position and not seen[e.canonical].position):
            seen[e.canonical] = Official(name=e.canonical, position=e.position)
    return list(seen.values())


def _officials_table(extraction: Extraction) -> str:
    people = _officials(extraction)
    if not people:
        return ""
    rows = "".join(f"<tr><td><b>{escape(o.name)}</b></td><td>{escape(o.position or DASH)}</td></tr>"
                   for o in people)
    return ('<h2>Pejabat</h2><table class="data" width="100%" cellspacing="0" cellpadding="3">'
            f"<tr><th>Nama</th><th>Jabatan</th></tr>{rows}</table>")


def _organization_names(entities: Sequence[Entity]) -> list[str]:
    names: dict[str, str] = {}
    for e in entities:
        if e.type != "ORGANIZATION":
            continue
        full = e.canonical or e.text
        short = e.text if e.text != full and len(e.text) < len(full) else ""
        if full not in names or (short and not names[full]):
            names[full] = short
    return [f"{full} ({short})" if short else full for full, short in names.items()]


def _organizations(extraction: Extraction) -> str:
    names = _organization_names(extraction.entities)
    if not names:
        return ""
    return f"<h2>Instansi</h2><p>{escape('; '.join(names))}</p>"


def key_quote(quotes: Sequence[Quote]) -> Quote | None:
    """The quote that best stands for the release: attributed, of a readable length, the longest."""
    usable = [q for q in quotes if QUOTE_MIN <= len(q.text) <= QUOTE_MAX] or list(quotes)
    if not usable:
        return None
    return max(usable, key=lambda q: (q.speaker is not None, q.speaker_position is not None, len(q.text)))


def _quote(extraction: Extraction) -> str:
    q = key_quote(extraction.quotes)
    if q is None:
        return ""
    text = q.text.strip().strip('"').strip().rstrip(",;:")  # the comma before "ujarnya"
    if len(text) > QUOTE_MAX:
        text = text[:QUOTE_MAX].rsplit(" ", 1)[0] + " \u2026"
    who = ", ".join(p for p in (q.speaker, q.speaker_position) if p)
    speaker = f'<p class="speaker">{DASH} {escape(who)}</p>' if who else ""
    return f'<h2>Kutipan kunci</h2><p class="quote">\u201c{escape(text)}\u201d</p>{speaker}'


def _full_text(article: Article, extraction: Extraction | None, options: BriefOptions) -> str:
    ents = extraction.entities if extraction else ()
    stats = extraction.statistics if extraction else ()
    types = options.enabled_types if extraction else ()
    legend = legend_html(types) if types else ""
    body = article_html(article.body, ents, stats, enabled_types=types,
                        paragraph_numbers=options.paragraph_numbers)
    return f'<h2>Teks lengkap</h2>{legend}<div class="fulltext">{body}</div>'


def brief_body(article: Article, extraction: Extraction | None, summary: Summary,
               options: BriefOptions = BriefOptions()) -> str:
    """The brief of one article as an HTML fragment (a ``<div class="brief">``)."""
    parts = ['<div class="brief">', '<p class="kicker">RINGKASAN SIARAN PERS</p>',
             f"<h1>{escape(article.title)}</h1>"]
    meta = _meta_line(article, extraction)
    if meta:
        parts.append(f'<p class="meta">{meta}</p>')
    if article.url:
        parts.append(f'<p class="url">{escape(article.url)}</p>')
    parts.append("<hr/>")
    if summary.sentences:
        items = "".join(f"<li>{escape(s)}</li>" for s in summary.sentences)
        parts.append(f'<h2>Ringkasan</h2><ol class="summary">{items}</ol>')
    if extraction is not None:
        parts += [_statistics_table(extraction.statistics), _officials_table(extraction),
                  _organizations(extraction), _quote(extraction)]
    else:
        parts.append('<p class="muted">Data pejabat, instansi dan angka belum diekstraksi untuk artikel ini.</p>')
    if options.full_text:
        parts.append(_full_text(article, extraction, options))
    parts.append("</div>")
    return "\n".join(p for p in parts if p)


def brief_html(article: Article, extraction: Extraction | None, summary: Summary, *,
               archive_name: str, options: BriefOptions = BriefOptions()) -> str:
    """A complete HTML document holding the brief of one article.

    ``archive_name`` goes in the document title; the page footer itself is drawn by printing/
    from ``footer_text(archive_name, options.print_date)``.
    """
    body = brief_body(article, extraction, summary, options)
    return _document(f"{article.title} · {archive_name}", body, options)


def _cover(items: Sequence[BriefItem], archive_name: str, title: str, options: BriefOptions) -> str:
    rows = []
    for n, item in enumerate(items, start=1):
        a = item.article
        when = format_date(a.published) if a.published else DASH
        rows.append(f"<tr><td>{n}</td><td><b>{escape(a.title)}</b></td><td>{escape(when)}</td>"
                    f"<td>{escape(a.source or DASH)}</td></tr>")
    printed = format_date(options.print_date or date.today())
    return (f'<div class="cover"><p class="kicker">ARSIP BERITA</p><p class="cover-title">{escape(title)}</p>'
            f'<p class="meta">{len(items)} artikel \u00b7 Arsip: {escape(archive_name)} \u00b7 Dicetak {escape(printed)}</p>'
            '<hr/><table class="data" width="100%" cellspacing="0" cellpadding="3">'
            "<tr><th>No.</th><th>Judul</th><th>Tanggal</th><th>Sumber</th></tr>"
            f"{''.join(rows)}</table></div>")


def batch_html(items: Sequence[BriefItem], *, archive_name: str, options: BriefOptions = BriefOptions(),
               title: str = "Kumpulan ringkasan siaran pers") -> str:
    """A cover list, then one brief per article, each starting on a new page."""
    parts = [_cover(items, archive_name, title, options)]
    parts += [f'<div class="page-break">{brief_body(i.article, i.extraction, i.summary, options)}</div>'
              for i in items]
    return _document(title, "\n".join(parts), options)

