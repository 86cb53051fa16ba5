"""Small dialogs: settings (language), keyboard shortcuts, about."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTableView, QVBoxLayout, QWidget,
)

from arsip_berita.gui.models import PanelRow, PanelRowModel

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


class SettingsDialog(QDialog):
    """The interface language (applied at the next start: every label is built once)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Pengaturan"))
        self._settings = settings
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = str(settings.value("language", "id"))
        self.language.setCurrentIndex(max(0, [c for c, _ in LANGUAGES].index(current) if current in dict(LANGUAGES) else 0))
        form = QFormLayout()
        form.addRow(tr("Bahasa antarmuka:"), self.language)
        note = QLabel(tr("Perubahan bahasa berlaku setelah aplikasi dibuka kembali."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.setValue("language", self.language.currentData())
        super().accept()


def shortcut_rows(actions: Sequence[QAction]) -> list[PanelRow]:
    rows = []
    for action in actions:
        keys = ", ".join(s.toString(s.SequenceFormat.NativeText) for s in action.shortcuts())
        if keys:
            rows.append(PanelRow(keys, action.text().replace("&", "").rstrip(".").rstrip(" .")))
    return rows


class ShortcutsDialog(QDialog):
    """Help > Pintasan Keyboard: every shortcut of the window's actions."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Pintasan Keyboard"))
        self.model = PanelRowModel((tr("Tombol"), tr("Perintah")), self)
        self.model.set_rows(shortcut_rows(actions))
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(520, 480)
