"""Small dialogs: settings (language), keyboard shortcuts, about."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from arsip_berita.gui.models import PanelRow, PanelRowModel

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


def title_key(directory: Path) -> str:
    """The settings key of an archive's title (one per archive folder)."""
    return "archive_titles/" + hashlib.sha1(str(directory.resolve()).encode("utf-8")).hexdigest()[:16]


def archive_title(settings: QSettings, directory: Path, default: str) -> str:
    """The name the user gave the archive, else ``default`` (its folder's name)."""
    value = settings.value(title_key(directory))
    return str(value).strip() if isinstance(value, str) and value.strip() else default


class SettingsDialog(QDialog):
    """The interface language (applied at the next start: every label is built once) and the
    archive's name, shown in the window title and the footer of printed briefs."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *,
                 archive: tuple[Path, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Pengaturan"))
        self._settings = settings
        self._archive = archive
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = str(settings.value("language", "id"))
        self.language.setCurrentIndex(max(0, [c for c, _ in LANGUAGES].index(current) if current in dict(LANGUAGES) else 0))
        form = QFormLayout()
        form.addRow(tr("Bahasa antarmuka:"), self.language)
        self.title = QLineEdit()
        self.title.setObjectName("archiveTitle")
        if archive is not None:
            directory, default = archive
            self.title.setPlaceholderText(default)
            self.title.setText(archive_title(settings, directory, ""))
            self.title.setToolTip(str(directory))
            form.addRow(tr("Nama arsip:"), self.title)
        note = QLabel(tr("Nama arsip tampil di judul jendela dan di kaki halaman ringkasan yang dicetak; "
                         "kosongkan untuk memakai nama foldernya. Perubahan bahasa berlaku setelah "
                         "aplikasi dibuka kembali."))
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
        if self._archive is not None:
            key = title_key(self._archive[0])
            if self.title.text().strip():
                self._settings.setValue(key, self.title.text().strip())
            else:
                self._settings.remove(key)
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
