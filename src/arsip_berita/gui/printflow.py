"""Print, preview and PDF export of briefs (one article, selected results, the whole result list)."""

from __future__ import annotations

from typing import Any
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QWidget

from arsip_berita.gui import filedialogs
from arsip_berita.gui.tasks import TaskContext, TaskRunner
from arsip_berita.printing import PrintCancelledError, configure_printer, print_document, write_pdf
from arsip_berita.summary.render import BriefItem, batch_html, brief_html, footer_text
from arsip_berita.summary.summarizer import summarize

BATCH_LIMIT = 500  # the whole result list is capped: a brief a page, 500 pages is a ream of paper


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


@dataclass(frozen=True)
class PrintJob:
    html: str
    title: str
    footer: str
    count: int


def build_job(open_archive: Callable[..., Any], ids: Sequence[int], query: str | None, ctx: TaskContext,
              name: str | None = None) -> PrintJob:
    """Worker side: summaries and briefs over a read-only connection; progress is (done, total)."""

    svc = open_archive(readonly=True)
    try:
        if query is not None:
            ids = [h.id for h in svc.search(query, limit=BATCH_LIMIT).hits]
        items = []
        for n, article_id in enumerate(ids):
            if ctx.cancelled():
                raise PrintCancelledError()
            article = svc.get_article(article_id)
            extraction = svc.get_extraction(article_id)
            items.append(BriefItem(article, extraction, summarize(article.title, article.body, extraction)))
            ctx.progress((n + 1, len(ids)))
        name = name or svc.archive_name  # the title the user gave the archive, else its folder's name
    finally:
        svc.close()
    if len(items) == 1:
        one = items[0]
        html = brief_html(one.article, one.extraction, one.summary, archive_name=name)
        title = one.article.title
    else:
        title = tr("Kumpulan ringkasan siaran pers") + (f": {query}" if query else "")
        html = batch_html(items, archive_name=name, title=title)
    return PrintJob(html, title, footer_text(name), len(items))


class PrintController(QObject):
    """Builds briefs in the background, then previews/prints (GUI thread) or writes a PDF (worker)."""

    pdf_written = Signal(str, int)  # path, pages
    preview_opened = Signal(object)

    def __init__(self, runner: TaskRunner, opener: Callable[..., Any], parent: QWidget,
                 name: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._runner = runner
        self._opener = opener
        self._parent = parent
        self.progress: QProgressDialog | None = None
        self._preview_printers: dict[int, QPrinter] = {}

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, tr("Batal"), 0, 0, self._parent)
        dialog.setObjectName("printProgress")
        dialog.setWindowTitle(tr("Menyiapkan dokumen"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        return dialog

    def _on_progress(self, value: object) -> None:
        if self.progress is not None and isinstance(value, tuple):
            done, total = value
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _build(self, ids: Sequence[int], query: str | None, then: Callable[[PrintJob], None]) -> None:
        dialog = self._progress_dialog(tr("Menyusun ringkasan ..."))
        opener, id_list = self._opener, list(ids)
        name = self._name() if self._name is not None else None
        handle = self._runner.submit("susun-ringkasan", lambda ctx: build_job(opener, id_list, query, ctx, name),
                                     bulk=True, on_done=lambda job: (self._finish(), then(job)),
                                     on_error=self._on_error, on_progress=self._on_progress)
        dialog.canceled.connect(handle.cancel)

    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, PrintCancelledError):
            return
        from arsip_berita.gui.errors import show_error

        show_error(self._parent, exc)

    # --- print with preview ------------------------------------------------------------------
    def print_preview(self, ids: Sequence[int], query: str | None = None) -> None:
        self._build(ids, query, self._open_preview)

    def _open_preview(self, job: PrintJob) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, job.title)
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(tr("Pratinjau cetak"))
        dialog.resize(max(760, int(self._parent.width() * 0.7)), max(560, int(self._parent.height() * 0.9)))
        dialog.paintRequested.connect(lambda p: print_document(job.html, p, footer=job.footer))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The dialog does not own its printer, whose pages it paints from: a printer dropped by Python
        # here crashed the preview on its first repaint. Keep it until the dialog is gone.
        key = id(dialog)
        self._preview_printers[key] = printer
        dialog.destroyed.connect(lambda _=None, k=key: self._preview_printers.pop(k, None))
        self.preview_opened.emit(dialog)
        dialog.open()

    # --- PDF ---------------------------------------------------------------------------------
    def ask_pdf_path(self, suggested: str) -> Path | None:
        return filedialogs.save_file(self._parent, tr("Ekspor PDF"), suggested, tr("PDF (*.pdf)"), ".pdf")

    def export_pdf(self, ids: Sequence[int], path: Path, query: str | None = None) -> None:
        self._build(ids, query, lambda job: self._write(job, path))

    def _write(self, job: PrintJob, path: Path) -> None:
        dialog = self._progress_dialog(tr("Menulis PDF {0} ...").format(path.name))
        handle = self._runner.submit(
            "tulis-pdf",
            lambda ctx: write_pdf(job.html, path, title=job.title, footer=job.footer,
                                  progress=lambda d, t: ctx.progress((d, t)), cancel=ctx.cancelled),
            bulk=True, on_done=lambda pages: (self._finish(), self.pdf_written.emit(str(path), int(pages))),
            on_error=self._on_error, on_progress=self._on_progress)
        dialog.canceled.connect(handle.cancel)
