"""One rendering path for preview, printer and PDF: HTML -> QTextDocument -> pages drawn with a footer."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QTextCursor, QTextFormat, QTextTable,
                           QTextDocument)
from PySide6.QtPrintSupport import QPrinter

from arsip_berita.core.errors import ArsipError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# Layout happens at a fixed 96 dpi whatever the output device, so a preview, a 600 dpi printer
# and a PDF break pages at the same places; the painter scales to the device.
LAYOUT_DPI = 96
MARGINS_MM = QMarginsF(18, 15, 18, 12)
FOOTER_HEIGHT_PT = 18
FOOTER_FONT_PT = 7.5

_app: QGuiApplication | None = None


class PrintCancelledError(ArsipError):
    """The user cancelled a print or PDF export; a partial PDF is removed."""

    def __init__(self) -> None:
        super().__init__("Pencetakan dibatalkan.")


class PrintFailedError(ArsipError):
    def __init__(self, path: str, detail: str | None = None) -> None:
        super().__init__(f"PDF tidak dapat ditulis ke {path}: periksa folder dan izin tulisnya.", detail)
        self.path = path


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication (offscreen when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["arsip-berita"])
    return _app


def _layout_device() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def configure_printer(printer: QPrinter, title: str) -> None:
    """A4 portrait with our margins and the document name."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    printer.setDocName(title)


def build_document(html: str, body_size: QSizeF) -> tuple[QTextDocument, QImage]:
    """Lay out ``html`` on pages of ``body_size`` (layout units). Keep the image alive with the doc."""
    ensure_gui_app()
    device = _layout_device()
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(body_size)
    number_cover(doc)
    return doc, device


COVER_HEADER = "No."  # the first header cell of a batch's cover list (summary.render)
PAGE_HEADER = "Hal."


def _start_pages(doc: QTextDocument) -> list[int]:
    """The page (from 1) on which each forced page break starts: one per brief in a batch."""
    layout, height = doc.documentLayout(), doc.pageSize().height()
    pages = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            pages.append(int(layout.blockBoundingRect(block).top() // height) + 1)
        block = block.next()
    return pages


def _cover_table(doc: QTextDocument) -> QTextTable | None:
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable) and frame.rows() > 1:
            cursor = frame.cellAt(0, 0).firstCursorPosition()
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            if cursor.selectedText().strip() == COVER_HEADER:
                return frame
    return None


def number_cover(doc: QTextDocument) -> None:
    """Give a batch's cover list the page on which each brief starts (a "Hal." column).

    The column is added with placeholders first, so that the cover's own height (and with it every
    page after it) is what the numbers are read from; then the numbers replace the placeholders.
    """
    table = _cover_table(doc)
    starts = _start_pages(doc) if table is not None else []
    if table is None or len(starts) != table.rows() - 1:
        return
    column = table.columns()
    table.appendColumns(1)
    header = table.cellAt(0, 0).firstCursorPosition().charFormat()
    body = table.cellAt(1, 0).firstCursorPosition().charFormat()
    width = len(str(doc.pageCount() + 9))
    for row in range(table.rows()):
        cursor = table.cellAt(row, column).firstCursorPosition()
        cursor.insertText(PAGE_HEADER if row == 0 else "0" * width, header if row == 0 else body)
    starts = _start_pages(doc)
    for row, page in enumerate(starts, start=1):
        cell = table.cellAt(row, column)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(str(page), body)


def _footer(painter: QPainter, rect: QRectF, left: str, page: int, pages: int) -> None:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(FOOTER_FONT_PT)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.right(), rect.top()))
    text_rect = rect.adjusted(0, 3, 0, 0)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, left)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                     f"Halaman {page} dari {pages}")


def print_document(html: str, printer: QPrinter, *, footer: str = "", progress: Progress | None = None,
                   cancel: Cancel | None = None) -> int:
    """Draw ``html`` on ``printer`` page by page with a footer; returns the number of pages.

    Used as-is for the print preview (QPrintPreviewDialog.paintRequested), a printer and a PDF.
    Raises PrintCancelledError when ``cancel()`` turns true between pages.
    """
    ensure_gui_app()
    scale = printer.resolution() / LAYOUT_DPI
    paint_rect = printer.pageLayout().paintRectPixels(printer.resolution())
    width, height = paint_rect.width() / scale, paint_rect.height() / scale
    footer_h = FOOTER_HEIGHT_PT * LAYOUT_DPI / 72
    doc, _device = build_document(html, QSizeF(width, height - footer_h))
    pages = doc.pageCount()
    body_h = height - footer_h
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailedError(printer.outputFileName() or printer.printerName(), "QPainter.begin gagal")
    try:
        painter.scale(scale, scale)
        for page in range(pages):
            if cancel is not None and cancel():
                raise PrintCancelledError()
            if page > 0:
                printer.newPage()
            painter.save()
            painter.translate(0, -page * body_h)
            # One unit inside the page at both ends: a line touching the boundary would otherwise
            # be drawn clipped on the neighbouring page, leaving invisible ghost text in the PDF.
            doc.drawContents(painter, QRectF(0, page * body_h + 1, width, body_h - 2))
            painter.restore()
            _footer(painter, QRectF(0, body_h + 4, width, footer_h - 4), footer, page + 1, pages)
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


def write_pdf(html: str, path: Path, *, title: str, footer: str = "", progress: Progress | None = None,
              cancel: Cancel | None = None) -> int:
    """Write ``html`` as an A4 PDF at ``path``; returns the number of pages.

    A cancelled or failed export leaves no partial file behind.
    """
    ensure_gui_app()
    path = Path(path)
    if not path.parent.is_dir():
        raise PrintFailedError(str(path), "folder tidak ada")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCreator("Arsip Berita")
    configure_printer(printer, title)
    try:
        return print_document(html, printer, footer=footer, progress=progress, cancel=cancel)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
