"""The window on a shared archive (a real PostgreSQL server): Berkas > Buka arsip bersama, the role
shown, searching the server, no password in the settings, a reader who cannot import, and the app
started on a server address (--archive, $ARSIP_BERITA_ARCHIVE)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import psycopg  # noqa: E402
import pytest  # noqa: E402
from psycopg import sql  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QMessageBox  # noqa: E402
from server_helpers import dbname_of, url_with_dbname  # noqa: E402

from arsip_berita.archive import open_archive  # noqa: E402
from arsip_berita.archive.service import ArchiveService  # noqa: E402
from arsip_berita.gui.app import ArchiveOpener  # noqa: E402
from arsip_berita.gui.archivechoice import RECENT_KEY, recent_archives  # noqa: E402
from arsip_berita.gui.mainwindow import MainWindow  # noqa: E402

WAIT = 30000

# Our own invented releases (no real place or person).
RELEASES = {
    "jembatan.txt": (
        "Pemkot Tirtamulya Resmikan Jembatan Gantung Kali Lumbu\n\n"
        "Tirtamulya \u2013 Wali Kota Tirtamulya Hendra Wiratama meresmikan jembatan gantung sepanjang 84 meter "
        "di atas Kali Lumbu, Kamis (6/6/2024). Jembatan itu menghubungkan Desa Sumberjati dan Desa Karangsari.\n\n"
        "Kepala Dinas Pekerjaan Umum Kota Tirtamulya, Ratna Puspitasari, menyebut pembangunan menelan "
        "anggaran Rp 3,2 miliar dan selesai dalam 150 hari kerja.\n"
    ),
    "posyandu.txt": (
        "Dinkes Tirtamulya Tambah 12 Posyandu Balita di Wilayah Pinggiran\n\n"
        "Tirtamulya \u2013 Dinas Kesehatan Kota Tirtamulya menambah 12 posyandu balita di kecamatan pinggiran, "
        "Senin (10/6/2024). Kepala Dinas Kesehatan Agus Setiawan mengatakan 1.430 balita kini terlayani.\n"
    ),
    "pasar.txt": (
        "Pasar Rakyat Sumberjati Dibuka Kembali Usai Renovasi\n\n"
        "Tirtamulya \u2013 Pasar Rakyat Sumberjati kembali dibuka setelah renovasi tiga bulan, Rabu (12/6/2024). "
        "Sebanyak 240 pedagang menempati kios baru dengan sewa yang tidak berubah.\n"
    ),
}


@pytest.fixture
def shared_url(pg_url: str, tmp_path: Path) -> str:
    """A shared archive on the test server holding our three releases (imported through the service)."""
    folder = tmp_path / "rilis"
    folder.mkdir()
    for name, text in RELEASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    svc = open_archive(pg_url)
    try:
        report = svc.import_paths([folder], processes=1)
        assert report.added == 3, report.failed
    finally:
        svc.close()
    return pg_url


def _crashes() -> list[str]:
    """Tracebacks of crash dialogs on screen (a task that failed with a bug)."""
    return [d.details.toPlainText() for d in QApplication.topLevelWidgets()
            if d.objectName() == "crashDialog" and d.isVisible()]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def local_service(tmp_path: Path) -> Iterator[ArchiveService]:
    svc = ArchiveService.open(tmp_path / "lokal", with_samples=False)
    yield svc
    svc.close()


@pytest.fixture
def window(qtbot, local_service: ArchiveService, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A started window on an empty local archive, as after the app's first start."""
    w = MainWindow(local_service, settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignals([w.search_finished, w.directory_loaded], timeout=WAIT):
        w.start()
    yield w
    crashed = _crashes()
    w.close()
    if w.service is not None and w.service is not local_service:
        w.service.close()
    assert not crashed, crashed


def _open_through_dialog(qtbot, w: MainWindow, address: str) -> None:  # type: ignore[no-untyped-def]
    w.actions_by_key["open_shared"].trigger()
    dialog = w.shared_dialog
    assert dialog.isVisible()
    assert dialog.address_edit.placeholderText() == "postgresql://nama@server/arsip"
    dialog.address_edit.clear()
    assert not dialog.ok_button.isEnabled()  # nothing typed: nothing to open
    qtbot.keyClicks(dialog.address_edit, address)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignals([w.search_finished, w.directory_loaded, w.article_shown], timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _search(qtbot, w: MainWindow, words: str):  # type: ignore[no-untyped-def]
    line = w.search_bar.line
    line.clear()
    qtbot.keyClicks(line, words)
    with qtbot.waitSignal(w.search_finished, timeout=WAIT) as blocker:
        qtbot.keyClick(line, Qt.Key.Key_Return)
    return blocker.args[0]


def test_dialog_explains_the_password_and_wants_a_server_address(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_key["open_shared"].trigger()
    dialog = window.shared_dialog
    note = dialog.findChild(QLabel, "passwordNote")
    assert "tidak menyimpan kata sandi" in note.text() and "pgpass" in note.text()
    qtbot.keyClicks(dialog.address_edit, "/home/humas/arsip")
    assert not dialog.ok_button.isEnabled()  # a folder is not a server address
    dialog.reject()


def test_open_shared_archive_through_the_dialog_then_search_it(qtbot, window: MainWindow, shared_url: str) -> None:  # type: ignore[no-untyped-def]
    local = window.service
    _open_through_dialog(qtbot, window, shared_url)
    svc = window.service
    assert svc is not local and svc.is_shared and svc.role == "penulis"
    label = window.archive_label.text()
    assert f"Arsip bersama {dbname_of(shared_url)}" in label and "penulis" in label and "3 artikel" in label
    assert svc.location in window.archive_label.toolTip()
    assert "mengimpor" in window.archive_label.toolTip()
    assert "penulis" in window.windowTitle()
    assert window.actions_by_key["import_files"].isEnabled()  # a writer imports
    assert "pembaca" not in window.actions_by_key["import_files"].toolTip()
    assert window.results.model.rowCount() == 3  # no query: the newest articles, from the server

    result = _search(qtbot, window, "jembatan gantung")
    assert result.total == 1
    titles = [h.title for h in window.results.model.rows()]
    assert titles == ["Pemkot Tirtamulya Resmikan Jembatan Gantung Kali Lumbu"]
    assert "Posyandu" in _search(qtbot, window, "posyandu").hits[0].title

    # The local archive the window left is closed once its last tasks have reported.
    qtbot.waitUntil(lambda: not getattr(window, "_retired_services", []), timeout=WAIT)


def test_no_password_is_kept_and_a_recent_server_reopens(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, shared_url: str, settings: QSettings, tmp_path: Path) -> None:
    local_location = window.service.location
    with_password = shared_url.replace("arsip_admin@", "arsip_admin:rahasia@", 1)
    assert ":rahasia@" in with_password
    _open_through_dialog(qtbot, window, with_password)
    assert window.service.is_shared
    settings.sync()
    assert recent_archives(settings)[0] == shared_url  # the address, without the password
    assert "rahasia" not in str(settings.value(RECENT_KEY))
    assert "rahasia" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    for shown in (window.archive_label.text(), window.archive_label.toolTip(), window.windowTitle()):
        assert "rahasia" not in shown

    # Back to the local folder, then to the server again, from Berkas > Arsip terakhir.
    def recent(location: str):  # type: ignore[no-untyped-def]
        window.recent_menu.aboutToShow.emit()
        found = [a for a in window.recent_menu.actions() if a.data() == location]
        assert found, [a.data() for a in window.recent_menu.actions()]
        return found[0]

    assert not recent(shared_url).isEnabled()  # the archive open now
    with qtbot.waitSignals([window.search_finished, window.directory_loaded], timeout=WAIT):
        recent(local_location).trigger()
    assert not window.service.is_shared and window.service.location == local_location
    assert window.archive_label.toolTip() == local_location
    with qtbot.waitSignals([window.search_finished, window.directory_loaded, window.article_shown], timeout=WAIT):
        recent(shared_url).trigger()  # no password given: the server's own (here: trust, or pgpass)
    assert window.service.is_shared and window.service.count() == 3

    # The dialog proposes the server used last, still without the password.
    window.actions_by_key["open_shared"].trigger()
    assert window.shared_dialog.address_edit.text() == shared_url
    window.shared_dialog.reject()


def test_a_server_that_fails_to_open_leaves_the_window_on_its_archive(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, shared_url: str) -> None:
    local = window.service
    missing = url_with_dbname(shared_url, "arsip_yang_tidak_ada")
    window.actions_by_key["open_shared"].trigger()
    qtbot.keyClicks(window.shared_dialog.address_edit, missing)
    qtbot.mouseClick(window.shared_dialog.ok_button, Qt.MouseButton.LeftButton)

    def error_box() -> QMessageBox | None:
        boxes = [b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: error_box() is not None, timeout=WAIT)
    assert "tidak ada di server" in error_box().text()
    assert window.service is local
    assert not [d for d in window.findChildren(QDialog, "crashDialog") if d.isVisible()]
    error_box().accept()


def _reader_url(shared_url: str, pg_role: Callable[..., str], pg_admin: Callable[..., psycopg.Connection]) -> str:
    from arsip_berita.server.schema import setup_roles

    role = pg_role()
    admin = pg_admin(shared_url)
    admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
    setup_roles(admin, readers=[role])
    return shared_url.replace("arsip_admin@", f"{role}@", 1)


def _started(qtbot, settings: QSettings, archive: str | None) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as run_app makes it: shown at once, the archive opened behind it."""
    w = MainWindow(None, settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    opener = ArchiveOpener(w, archive)
    with qtbot.waitSignals([w.search_finished, w.directory_loaded, w.article_shown], timeout=WAIT):
        opener.open()
    return w


def test_reader_from_the_environment_sees_the_role_and_cannot_import(  # type: ignore[no-untyped-def]
        qtbot, shared_url: str, pg_role, pg_admin, settings: QSettings, monkeypatch, tmp_path: Path) -> None:
    reader = _reader_url(shared_url, pg_role, pg_admin)
    monkeypatch.setenv("ARSIP_BERITA_ARCHIVE", reader)
    w = _started(qtbot, settings, None)
    try:
        svc = w.service
        assert svc.is_shared and svc.role == "pembaca" and not svc.can_write
        assert "pembaca" in w.archive_label.text() and "3 artikel" in w.archive_label.text()
        assert "hanya mencari dan membaca" in w.archive_label.toolTip()
        assert "pembaca" in w.windowTitle()
        for key in ("import_files", "import_folder"):
            action = w.actions_by_key[key]
            assert not action.isEnabled()
            assert "pembaca" in action.toolTip()
            menu = next(o for o in action.associatedObjects() if isinstance(o, QMenu))
            assert menu.toolTipsVisible()  # the reason shows on the greyed-out item
        assert not w.actions_by_key["remove_samples"].isEnabled()
        assert _search(qtbot, w, "pasar").total == 1  # a reader searches and reads

        # Files dropped on the window anyway: the clear message, no traceback.
        dropped = tmp_path / "baru.txt"
        dropped.write_text("Judul Baru\n\nIsi siaran pers baru.\n", encoding="utf-8")
        assert w.import_paths([dropped]) is False
        boxes = [b for b in w.findChildren(QMessageBox, "errorBox") if b.isVisible()]
        assert boxes and "pembaca" in boxes[0].text()
        boxes[0].accept()
        assert svc.count() == 3
        assert not _crashes()
    finally:
        w.close()
        w.service.close()


def test_app_started_with_a_server_address(qtbot, shared_url: str, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    """--archive postgresql://... reaches the window as text, not as a folder Path."""
    with_password = shared_url.replace("arsip_admin@", "arsip_admin:rahasia@", 1)
    w = _started(qtbot, settings, with_password)
    try:
        assert w.service.is_shared and w.service.role == "penulis"
        assert w.actions_by_key["import_files"].isEnabled()
        assert "penulis" in w.archive_label.text()
        assert "rahasia" not in w.archive_label.toolTip()
        assert recent_archives(settings) == [shared_url]
        assert not _crashes()
    finally:
        w.close()
        w.service.close()
