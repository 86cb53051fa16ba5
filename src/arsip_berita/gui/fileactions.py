"""The main window's file actions: import (menu, drag and drop) and printing or PDF export of briefs."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox
from arsip_berita.gui import errors, filedialogs
from arsip_berita.gui.importdialog import summary_text

if TYPE_CHECKING:
    from arsip_berita.archive.importer import ImportReport


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


class FileActionsMixin:
    """Slots of MainWindow that hand work to its ImportController and PrintController.

    Expects the window's ``service``, ``importer``, ``printer``, ``article``, ``search_bar``,
    ``last_result`` and the methods ``selected_ids``, ``update_status``, ``run_search``,
    ``reload_directory`` and ``statusBar``.
    """

    # --- importing ---------------------------------------------------------------------------
    def import_paths(self, paths: list[Path]) -> bool:
        if self.service is None or self.importer is None:
            return False  # the archive is still opening
        if self.service.is_shared and not getattr(self.service, "can_write", True):
            # A reader of a shared archive (files dropped on the window: the menu items are off).
            from arsip_berita.gui.archivechoice import reader_import_message

            errors.show_error(self, errors.ArsipError(reader_import_message(self.service.location)))
            return False
        if self.service.readonly:
            errors.show_error(self, errors.ArsipError(tr("Arsip ini hanya dapat dibaca; impor tidak tersedia.")))
            return False
        return self.importer.start(paths)

    def import_files(self) -> None:
        paths = filedialogs.open_files(self, tr("Impor siaran pers"), tr(
            "Siaran pers (*.txt *.md *.html *.htm *.docx *.pdf *.json *.jsonl *.xml *.csv *.tsv *.xlsx *.sql);;Semua berkas (*)"))
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        folder = filedialogs.existing_dir(self, tr("Impor folder siaran pers"))
        if folder is not None:
            self.import_paths([folder])

    def _on_importer_import_finished(self, report: ImportReport) -> None:
        self.service.refresh()  # see the import's commit and glossary (made over another connection)
        self.update_status()
        self.run_search(self.search_bar.text())
        self.reload_directory()
        # Quiet success: the counts in the status bar, a link to the failures when there are any.
        self._last_report = report
        text = escape(summary_text(report))
        if report.failed:
            text += ' <a href="gagal">' + escape(tr("Lihat yang gagal ({0})").format(len(report.failed))) + "</a>"
        self.import_notice.setText(text)
        self.statusBar().clearMessage()  # a message shown over it would hide it (and Qt would draw both)
        self.import_notice.show()

    def _on_import_notice_link_activated(self, _link: str) -> None:
        report = getattr(self, "_last_report", None)
        if report is not None:
            self.importer.show_summary(report)

    # --- the sample releases -------------------------------------------------------------------
    def remove_samples(self) -> None:
        """Berkas > Hapus contoh: after a confirmation, delete every sample release in the background."""
        count = self.service.sample_count()
        if not count or self.service.readonly:
            self.statusBar().showMessage(tr("Arsip ini tidak berisi siaran pers contoh."), 5000)
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Hapus contoh"), tr(
            "Hapus {0} siaran pers contoh (fiktif) dari arsip ini? Artikel Anda sendiri tidak tersentuh.").format(count),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("removeSamplesConfirm")
        remove = box.addButton(tr("Hapus contoh"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._start_removing_samples() if button is remove else None)
        self.samples_confirm = box
        box.open()

    def _start_removing_samples(self) -> None:
        opener = self.service.opener()

        def work(_ctx: object) -> int:
            svc = opener(readonly=False, with_samples=False)
            try:
                return svc.remove_samples()
            finally:
                svc.close()

        self.actions_by_key["remove_samples"].setEnabled(False)
        self.statusBar().showMessage(tr("Menghapus siaran pers contoh ..."))
        self.runner.submit("hapus-contoh", work, write=True, on_done=self._on_samples_removed)

    def _on_samples_removed(self, n: int) -> None:
        self.service.refresh()
        self.update_status()
        self.run_search(self.search_bar.text())
        self.reload_directory()
        self.statusBar().showMessage(tr("{0} siaran pers contoh dihapus.").format(n), 10000)
        self.samples_removed.emit(n)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- printing ----------------------------------------------------------------------------
    def _current_id(self) -> int | None:
        loaded = self.article.loaded()
        return loaded.article.id if loaded else None

    def _need(self, ids: list[int]) -> bool:
        if not ids:
            self.statusBar().showMessage(tr("Belum ada artikel yang dipilih."), 5000)
        return bool(ids)

    def print_current(self) -> None:
        ids = [i for i in [self._current_id()] if i is not None]
        if self._need(ids):
            self.printer.print_preview(ids)

    def print_selected(self) -> None:
        ids = self.selected_ids()
        if self._need(ids):
            self.printer.print_preview(ids)

    def export_current_pdf(self) -> None:
        loaded = self.article.loaded()
        if loaded is None or loaded.article.id is None:
            self._need([])
            return
        path = self.printer.ask_pdf_path(loaded.article.title)
        if path:
            self.printer.export_pdf([loaded.article.id], path)

    def export_selected_pdf(self) -> None:
        ids = self.selected_ids()
        path = self.printer.ask_pdf_path(tr("hasil-terpilih")) if self._need(ids) else None
        if path:
            self.printer.export_pdf(ids, path)

    def export_all_pdf(self) -> None:
        result = self.last_result
        if result is None or not result.hits:
            self._need([])
            return
        path = self.printer.ask_pdf_path(result.query or tr("artikel-terbaru"))
        if path is None:
            return
        if result.query:
            self.printer.export_pdf([], path, query=result.query)
        else:
            self.printer.export_pdf([h.id for h in result.hits], path)

    def _on_printer_pdf_written(self, path: str, pages: int) -> None:
        self.statusBar().showMessage(tr("PDF ditulis: {0} ({1} halaman)").format(path, pages), 10000)
