"""The article pane: header, highlighted body with legend toggles, tooltips and next/previous hit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QCursor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QTextEdit, QToolButton, QToolTip, QVBoxLayout, QWidget,
)

from arsip_berita.core.model import Article, Entity, Extraction
from arsip_berita.summary.format import format_date, format_statistic
from arsip_berita.summary.highlight import HIGHLIGHT_TYPES, TYPE_LABELS, query_hits
from arsip_berita.summary.render import article_html, stylesheet
from arsip_berita.summary.splitter import split_spans

_PARAGRAPH = re.compile(r"[^\n]+")  # the renderer's paragraphs: one document block each
FILTER_FIELDS = {"official": "pejabat", "organization": "instansi", "place": "tempat"}
MARK_COLOUR = QColor("#F0E442")  # Okabe-Ito yellow: the marked sentence, distinct from entity colours


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


@dataclass(frozen=True)
class LoadedArticle:
    """An article with its extraction and the query terms to highlight (plain data from a worker)."""

    article: Article
    extraction: Extraction | None
    terms: tuple[str, ...] = field(default_factory=tuple)


class BodyBrowser(QTextBrowser):
    """A QTextBrowser that never loads a resource: article text is data, not a web page."""

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802 (Qt's name)
        return None


def doc_position(text: str, offset: int) -> int:
    """Map an offset in the article body to a position in the rendered document (one block a paragraph)."""
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        if not m.group().strip():
            continue
        if offset < m.end() or offset <= m.start():
            return pos + max(0, offset - m.start())
        pos += len(m.group()) + 1  # the block separator
    return pos


def entity_filter(kind: str, entity: Entity) -> str | None:
    """The query filter for a clicked entity (pejabat:"…", instansi:"…", tempat:"…"), or None."""
    name = FILTER_FIELDS.get(kind)
    if name is None:
        return None
    value = entity.place.name if kind == "place" and entity.place is not None else entity.canonical
    return f'{name}:"{value.replace(chr(34), "")}"'


class ArticleView(QWidget):
    """Shows one article; ``filter_requested`` carries a query filter for a clicked entity."""

    filter_requested = Signal(str)
    statistic_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: LoadedArticle | None = None
        self._hits: list[tuple[int, int]] = []
        self._hit = -1
        self.header = QLabel()
        self.header.setObjectName("articleHeader")
        self.header.setWordWrap(True)
        self.header.setOpenExternalLinks(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.browser = BodyBrowser()
        self.browser.setObjectName("articleBody")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(stylesheet("article.css"))
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.browser.highlighted.connect(self._on_browser_highlighted)
        self.toggles: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addLayout(self._legend_bar())
        layout.addWidget(self.browser, 1)
        self.show_placeholder(tr("Pilih hasil pencarian untuk membaca artikelnya."))

    def _legend_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        colours = _css_colours(stylesheet("article.css"))
        for kind in ("official", "organization", "place", "date", "statistic"):
            box = QCheckBox(tr(TYPE_LABELS[kind]))
            box.setObjectName(f"toggle-{kind}")
            box.setChecked(True)
            bg = colours.get(kind, "#DDDDDD")
            box.setStyleSheet(f"QCheckBox {{ background-color: {bg}; color: #000000; padding: 1px 4px; }}")
            box.setToolTip(tr("Tampilkan atau sembunyikan sorotan jenis ini"))
            box.toggled.connect(self._rerender)
            self.toggles[kind] = box
            bar.addWidget(box)
        bar.addStretch(1)
        self.hit_label = QLabel()
        self.hit_label.setObjectName("hitCount")
        self.prev_button = QToolButton(text="\u25B2")
        self.prev_button.setToolTip(tr("Kata dicari sebelumnya (Shift+F3)"))
        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button = QToolButton(text="\u25BC")
        self.next_button.setToolTip(tr("Kata dicari berikutnya (F3)"))
        self.next_button.clicked.connect(self.next_hit)
        for w in (self.hit_label, self.prev_button, self.next_button):
            bar.addWidget(w)
        return bar

    # --- content -----------------------------------------------------------------------------
    def show_placeholder(self, message: str) -> None:
        self._loaded = None
        self._hits = []
        self.header.setText("")
        self.browser.setHtml(f'<p style="color:#777777">{escape(message)}</p>')
        self._update_hit_label()

    def show_article(self, loaded: LoadedArticle) -> None:
        self._loaded = loaded
        self.header.setText(header_html(loaded.article))
        self._hits = query_hits(loaded.article.body, loaded.terms)
        self._hit = -1
        self._rerender()

    def loaded(self) -> LoadedArticle | None:
        return self._loaded

    def enabled_types(self) -> tuple[str, ...]:
        return tuple(t for t in HIGHLIGHT_TYPES if self.toggles[t].isChecked())

    @Slot()
    def _rerender(self) -> None:
        if self._loaded is None:
            return
        ext = self._loaded.extraction
        html = article_html(self._loaded.article.body, ext.entities if ext else (),
                            ext.statistics if ext else (), query_terms=self._loaded.terms,
                            enabled_types=self.enabled_types())
        self.browser.setHtml(html)
        self.browser.setExtraSelections([])
        self._update_hit_label()

    # --- hits and marks ----------------------------------------------------------------------
    def hit_count(self) -> int:
        return len(self._hits)

    @Slot()
    def next_hit(self) -> None:
        self._go_to_hit(self._hit + 1)

    @Slot()
    def previous_hit(self) -> None:
        self._go_to_hit(self._hit - 1)

    def _go_to_hit(self, n: int) -> None:
        if not self._hits:
            return
        self._hit = n % len(self._hits)
        start, end = self._hits[self._hit]
        self.mark_span(start, end)
        self._update_hit_label()

    def _update_hit_label(self) -> None:
        has = bool(self._hits)
        self.prev_button.setEnabled(has)
        self.next_button.setEnabled(has)
        if not has:
            self.hit_label.setText("")
        else:
            current = self._hit + 1 if self._hit >= 0 else 0
            # Short, so that the legend row never sets the pane's minimum width: the words go in the tooltip.
            self.hit_label.setText(f"{current}/{len(self._hits)}")
            self.hit_label.setToolTip(tr("Kata dicari {0} dari {1} (F3, Shift+F3)").format(current, len(self._hits)))

    def mark_span(self, start: int, end: int) -> None:
        """Mark ``body[start:end]`` with a background and scroll it into view."""
        if self._loaded is None:
            return
        body = self._loaded.article.body
        a, b = doc_position(body, start), doc_position(body, end)
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor  # type: ignore[attr-defined]
        fmt = QTextCharFormat()
        fmt.setBackground(MARK_COLOUR)
        fmt.setForeground(QColor("#000000"))
        sel.format = fmt  # type: ignore[attr-defined]
        self.browser.setExtraSelections([sel])
        view = QTextCursor(cursor)
        view.setPosition(a)
        self.browser.setTextCursor(view)
        self.browser.ensureCursorVisible()

    def marked_text(self) -> str:
        sels = self.browser.extraSelections()
        return sels[0].cursor.selectedText() if sels else ""  # type: ignore[attr-defined]

    def show_statistic(self, index: int) -> None:
        """Scroll to the sentence holding statistic ``index`` and mark it."""
        if self._loaded is None or self._loaded.extraction is None:
            return
        stats = self._loaded.extraction.statistics
        if not 0 <= index < len(stats):
            return
        start, end = sentence_of(self._loaded.article.body, stats[index].start, stats[index].end)
        self.mark_span(start, end)

    # --- entity links ------------------------------------------------------------------------
    def _resolve(self, url: QUrl) -> tuple[str, int] | None:
        text = url.toString()
        m = re.fullmatch(r"entity:(\w+)/(\d+)", text)
        return (m.group(1), int(m.group(2))) if m else None

    @Slot(QUrl)
    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        found = self._resolve(url)
        if found is None or self._loaded is None or self._loaded.extraction is None:
            return
        kind, index = found
        ext = self._loaded.extraction
        if kind == "statistic":
            self.statistic_activated.emit(index)
            return
        if 0 <= index < len(ext.entities):
            query = entity_filter(kind, ext.entities[index])
            if query:
                self.filter_requested.emit(query)

    @Slot(QUrl)
    def _on_browser_highlighted(self, url: QUrl) -> None:
        tip = self.tooltip_for(url)
        if tip:
            QToolTip.showText(QCursor.pos(), tip, self.browser)
        else:
            QToolTip.hideText()

    def tooltip_for(self, url: QUrl) -> str:
        found = self._resolve(url)
        if found is None or self._loaded is None or self._loaded.extraction is None:
            return ""
        kind, index = found
        ext = self._loaded.extraction
        if kind == "statistic":
            if not 0 <= index < len(ext.statistics):
                return ""
            s = ext.statistics[index]
            parts = [s.indicator or "", format_statistic(s), s.region or "", s.period or ""]
            return " \u00b7 ".join(p for p in parts if p)
        if not 0 <= index < len(ext.entities):
            return ""
        return entity_tooltip(kind, ext.entities[index])


def entity_tooltip(kind: str, e: Entity) -> str:
    lines = [f"{tr(TYPE_LABELS.get(kind, kind))}: {e.canonical}"]
    if e.position:
        lines.append(e.position)
    if e.place is not None:
        where = f"{e.place.level}" + (f", {e.place.province}" if e.place.province else "")
        lines.append(where)
    if e.date is not None:
        lines.append(format_date(e.date.iso, e.date.granularity))
    if FILTER_FIELDS.get(kind):
        lines.append(tr("Klik untuk menyaring hasil pencarian"))
    return "\n".join(lines)


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    for a, b in split_spans(text):
        if a <= start < b:
            return a, max(b, end)
    return start, end


def header_html(article: Article) -> str:
    """Title, then one line of date, place, source, the release's issuing office and number (from its
    letterhead) and a short link to the original (its address in the tooltip): a wrapped address took
    two lines of the reading pane on a 1024x640 screen."""
    meta = [format_date(article.published) if article.published else "", article.dateline or "",
            article.source or "", article.issuer if article.issuer and article.issuer != article.source else "",
            tr("Nomor {0}").format(article.release_no) if article.release_no else ""]
    parts = [escape(m) for m in meta if m]
    if article.url and re.match(r"https?://", article.url):
        href = escape(article.url, quote=True)
        label = escape(tr("sumber asli"))
        parts.append(f'<a href="{href}" title="{href}">{label}</a>')
    line = " \u00b7 ".join(parts)
    return f'<span style="font-size:14pt; font-weight:bold">{escape(article.title)}</span><br>{line}'


def _css_colours(css: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in re.finditer(r"ent-(\w+)\s*\{[^}]*background-color:\s*(#[0-9A-Fa-f]+)", css)}


def hit_terms(terms: Sequence[str], words: Sequence[str]) -> tuple[str, ...]:
    """Stemmed index terms plus the words as typed, lower-cased and unique."""
    return tuple(dict.fromkeys(t.lower() for t in (*terms, *words) if len(t) > 1))
