"""Which archive the window works on: Berkas > Buka arsip bersama (a PostgreSQL server), the archives
opened lately (Berkas > Arsip terakhir), and switching the window to another archive without freezing it.

The recent list keeps folders and server addresses as the window shows them: a server address never
with its password (``core.paths.redact``). The app stores no password; libpq finds it in the user's
pgpass file or service file when the server asks for one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget,
)

from arsip_berita.core.errors import ArsipError
from arsip_berita.core.paths import is_server_location, redact
from arsip_berita.gui import errors

if TYPE_CHECKING:
    from arsip_berita.archive.service import ArchiveService

RECENT_KEY = "archives/recent"
RECENT_LIMIT = 8
PLACEHOLDER = "postgresql://nama@server/arsip"
# Writes, openings, printing: the window does not switch archives under them.
BUSY_TASKS = ("impor", "hapus-contoh", "buka-arsip", "susun-ringkasan", "tulis-pdf")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


# --- the recent archives ---------------------------------------------------------------------------
def safe_location(location: object) -> str:
    """What may be shown and kept of an archive's location: a folder as it is, a server without password."""
    text = str(location).strip()
    return redact(text) if is_server_location(text) else text


def recent_archives(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    items = value if isinstance(value, list) else [value] if value else []
    return [safe_location(v) for v in items if isinstance(v, str) and v.strip()]


def remember_archive(settings: QSettings, location: object) -> None:
    """Put ``location`` first in the recent list (no password is ever kept)."""
    entry = safe_location(location)
    if not entry:
        return
    items = [entry] + [v for v in recent_archives(settings) if v != entry]
    settings.setValue(RECENT_KEY, items[:RECENT_LIMIT])


def role_text(role: str) -> str:
    """The user's role on a shared archive, as the window shows it."""
    return tr("penulis") if role == "penulis" else tr("pembaca")


def role_explanation(role: str) -> str:
    if role == "penulis":
        return tr("Peran Anda: penulis \u2014 dapat mencari, membaca, dan mengimpor siaran pers.")
    return tr("Peran Anda: pembaca \u2014 hanya mencari dan membaca; impor tidak tersedia.")


def reader_import_message(location: str) -> str:
    return tr("Akun Anda pada arsip bersama {0} hanya pembaca: Anda dapat mencari dan membaca, tetapi tidak "
              "mengimpor. Minta admin TI memberi akun Anda peran penulis bila Anda bertugas mengimpor.").format(location)


# --- the dialog ------------------------------------------------------------------------------------
class SharedArchiveDialog(QDialog):
    """Berkas > Buka arsip bersama: the server address of a shared archive."""

    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("sharedArchiveDialog")
        self.setWindowTitle(tr("Buka arsip bersama"))
        intro = QLabel(tr("Alamat server arsip bersama (tanyakan kepada admin TI):"))
        self.address_edit = QLineEdit(address)
        self.address_edit.setObjectName("serverAddress")
        self.address_edit.setPlaceholderText(PLACEHOLDER)
        self.address_edit.setMinimumWidth(460)
        intro.setBuddy(self.address_edit)
        note = QLabel(tr("Aplikasi tidak menyimpan kata sandi: simpan sandi server di berkas pgpass atau "
                         "berkas layanan (pg_service) PostgreSQL Anda."))
        note.setObjectName("passwordNote")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Buka"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.address_edit)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.address_edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed(self.address_edit.text())

    def address(self) -> str:
        return self.address_edit.text().strip()

    def _on_text_changed(self, text: str) -> None:
        valid = is_server_location(text.strip())
        self.ok_button.setEnabled(valid)
        self.ok_button.setToolTip("" if valid else tr("Alamat diawali postgresql://, misalnya {0}").format(PLACEHOLDER))

    def accept(self) -> None:
        if is_server_location(self.address()):
            super().accept()


# --- switching the window's archive ----------------------------------------------------------------
class ArchiveChoiceMixin:
    """Slots of MainWindow that open another archive in a worker and hand it to the window.

    Expects the window's ``service``, ``settings``, ``runner``, ``importer``, ``attach``, ``start``,
    ``statusBar``, and ``recent_menu`` (made by ``menus.build_menus``).
    """

    service: ArchiveService
    settings: QSettings
    runner: Any
    recent_menu: QMenu

    def open_shared_archive(self) -> None:
        """Berkas > Buka arsip bersama: ask for the server's address, then open it."""
        last = next((r for r in recent_archives(self.settings) if is_server_location(r)), "")
        dialog = SharedArchiveDialog(self, last)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self.open_location(dialog.address()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shared_dialog = dialog
        dialog.open()

    def open_location(self, location: str | Path) -> bool:
        """Open the archive at ``location`` (a folder or a server address) behind the window, which keeps
        working on the current one until the new one is ready. False when it cannot start now."""
        busy = [h.name for h in self.runner.running() if h.name in BUSY_TASKS]
        if busy:
            self.statusBar().showMessage(  # type: ignore[attr-defined]
                tr("Tunggu sampai pekerjaan yang sedang berjalan selesai, lalu buka arsip lagi."), 8000)
            return False
        server = is_server_location(str(location))
        target: str | Path = str(location).strip() if server else Path(location)
        shown = safe_location(target)
        missing = tr("Folder arsip {0} tidak ditemukan.").format(shown)
        self.statusBar().showMessage(tr("Membuka arsip {0} ...").format(shown))  # type: ignore[attr-defined]
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def work(_ctx: object) -> ArchiveService:
            from arsip_berita.archive import open_archive

            if not server and not Path(target).is_dir():  # a recent folder since removed: never make a new one
                raise ArsipError(missing)
            return open_archive(target, with_samples=False)

        self.runner.submit("buka-arsip", work, write=True, on_done=self._on_location_opened,
                           on_error=self._on_location_failed)
        return True

    def _on_location_opened(self, service: ArchiveService) -> None:
        QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()  # type: ignore[attr-defined]
        old = self.service
        if old is not None:
            self._retire(old)
        self.attach(service)  # type: ignore[attr-defined]
        self.start()  # type: ignore[attr-defined]

    def _on_location_failed(self, exc: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()  # type: ignore[attr-defined]
        errors.show_error(self, exc)  # type: ignore[arg-type]  # the window stays on its archive

    def _retire(self, service: ArchiveService) -> None:
        """The previous archive closes once the tasks that may still read it have reported."""
        retired: list[ArchiveService] | None = getattr(self, "_retired_services", None)
        if retired is None:
            retired = self._retired_services = []
            self.runner.idle.connect(self.close_retired)
        retired.append(service)
        if not self.runner.running():
            self.close_retired()

    def close_retired(self, force: bool = False) -> None:
        """Close the archives the window left (``force``: at the window's closing, tasks or not)."""
        retired: list[ArchiveService] = getattr(self, "_retired_services", None) or []
        if self.runner.running() and not force:
            return
        while retired:
            svc = retired.pop()
            try:
                svc.close()
            except Exception:  # noqa: BLE001 - closing a connection the server dropped already
                pass

    # --- Berkas > Arsip terakhir -------------------------------------------------------------------
    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        current = self.service.location if self.service is not None else None
        entries = recent_archives(self.settings)
        for entry in entries:
            server = is_server_location(entry)
            label = (tr("Arsip bersama: {0}") if server else tr("Folder: {0}")).format(entry)
            action = QAction(label.replace("&", "&&"), menu)
            action.setObjectName("recentArchive")
            action.setData(entry)
            action.setCheckable(True)
            action.setChecked(entry == current)
            action.setEnabled(entry != current)
            action.triggered.connect(lambda _=False, e=entry: self.open_location(e))
            menu.addAction(action)
        if not entries:
            empty = menu.addAction(tr("(belum ada)"))
            empty.setEnabled(False)
