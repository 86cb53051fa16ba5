"""One helper to show expected failures, and the crash dialog for everything else."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from arsip_berita.core.errors import ArsipError

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show an ArsipError's Indonesian message; anything else is a bug and goes to the crash dialog."""
    if isinstance(exc, ArsipError):
        log.info("expected failure: %s", exc)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Arsip Berita"), exc.user_message,
                          QMessageBox.StandardButton.Ok, parent)
        if exc.detail:
            box.setDetailedText(exc.detail)
        box.setObjectName("errorBox")
        box.open()
    else:
        show_crash(parent, exc)


class CrashDialog(QDialog):
    """Says that something went wrong, with the traceback to copy into a bug report."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(tr("Terjadi kesalahan"))
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        layout = QVBoxLayout(self)
        label = QLabel(tr("Terjadi kesalahan yang tidak terduga. Pekerjaan Anda di arsip aman; "
                          "salin rincian di bawah ini bila melaporkan masalah."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit(text)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(tr("Salin"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    """Log an unexpected exception and show it; never swallowed silently."""
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if QApplication.instance() is None:
        return
    dialog = CrashDialog(exc, parent or QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def install_excepthook() -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to the log and the crash dialog."""
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_crash(None, exc.with_traceback(tb))

    sys.excepthook = hook
