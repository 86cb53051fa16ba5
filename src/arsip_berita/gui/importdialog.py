"""Import from the GUI: a background import with a progress dialog; its report goes to the status bar,
with the failures in a dialog on request."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QProgressDialog, QTableView, QVBoxLayout, QWidget,
)

from arsip_berita.gui.models import PanelRow, PanelRowModel
from arsip_berita.gui.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:  # the importer loads with the archive, after the window's first paint
    from arsip_berita.archive.importer import ImportReport


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


def run_import(open_archive: Callable[..., Any], paths: Sequence[Path], ctx: TaskContext) -> ImportReport:
    """Worker side: import through a connection of this thread; the GUI's own service stays a reader."""

    svc = open_archive(readonly=False, with_samples=False)
    try:
        return svc.import_paths(list(paths), progress=ctx.progress, cancelled=ctx.cancelled, lock_timeout=5.0)
    finally:
        svc.close()


def summary_text(report: ImportReport) -> str:
    text = tr("{0} artikel ditambahkan, {1} dilewati karena duplikat, {2} gagal.").format(
        report.added, len(report.duplicates), len(report.failed))
    if report.cancelled:
        text += " " + tr("Impor dibatalkan; artikel yang sudah masuk tetap tersimpan.")
    return text


class ImportSummaryDialog(QDialog):
    """The end of an import: counts, and a table of failures (path and reason)."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(tr("Hasil impor"))
        self.report = report
        layout = QVBoxLayout(self)
        self.label = QLabel(summary_text(report))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.failures = PanelRowModel((tr("Berkas"), tr("Alasan")), self)
        self.failures.set_rows([PanelRow(path, reason) for path, reason in report.failed])
        if report.failed:
            view = QTableView()
            view.setObjectName("importFailures")
            view.setModel(self.failures)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            view.resizeColumnToContents(0)
            layout.addWidget(QLabel(tr("Berkas yang gagal diimpor:")))
            layout.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 320 if report.failed else 120)


class ImportController(QObject):
    """Runs one import at a time through the runner's write pool."""

    import_finished = Signal(object)  # ImportReport
    summary_shown = Signal(object)  # ImportSummaryDialog

    def __init__(self, runner: TaskRunner, opener: Callable[..., Any], parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._opener = opener
        self._parent = parent
        self.progress: QProgressDialog | None = None
        self.summary: ImportSummaryDialog | None = None
        self._busy = False

    def is_busy(self) -> bool:
        return self._busy

    def start(self, paths: Sequence[Path]) -> bool:
        if self._busy or not paths:
            return False
        self._busy = True
        dialog = QProgressDialog(tr("Menyiapkan impor ..."), tr("Batal"), 0, 0, self._parent)
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle(tr("Impor siaran pers"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        opener = self._opener
        handle = self._runner.submit(
            "impor", lambda ctx: run_import(opener, list(paths), ctx), write=True,
            on_done=self._on_done, on_error=self._on_error, on_progress=self._on_progress)
        dialog.canceled.connect(handle.cancel)
        return True

    def _on_progress(self, p: object) -> None:
        from arsip_berita.archive.importer import ImportProgress

        if self.progress is None or not isinstance(p, ImportProgress):
            return
        self.progress.setMaximum(max(p.files_total, 1))
        self.progress.setValue(p.files_done)
        self.progress.setLabelText(tr("Berkas {0} dari {1}: {2}\n{3} ditambahkan, {4} duplikat, {5} gagal").format(
            p.files_done, p.files_total, Path(p.current).name, p.added, p.duplicates, p.failed))

    def _close_progress(self) -> None:
        self._busy = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_done(self, report: object) -> None:
        """A finished import reports in the window's status bar; the failures open on request."""
        self._close_progress()
        from arsip_berita.archive.importer import ImportReport

        assert isinstance(report, ImportReport)
        self.import_finished.emit(report)

    def show_summary(self, report: ImportReport) -> ImportSummaryDialog:
        """The counts and a table of the failures (path and reason)."""
        self.summary = ImportSummaryDialog(report, self._parent)
        self.summary.open()
        self.summary_shown.emit(self.summary)
        return self.summary

    def _on_error(self, exc: BaseException) -> None:
        self._close_progress()
        from arsip_berita.gui.errors import show_error

        show_error(self._parent, exc)
