"""The window shows at once; the archive opens behind it, after the first paint."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from arsip_berita.gui.app import ArchiveOpener
from arsip_berita.gui.mainwindow import MainWindow


def test_window_shows_before_the_archive_opens(qtbot, service, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    assert window.service is None and window.results.is_empty_state()
    assert "Membuka arsip" in window.results.empty_label.text()
    assert not window.actions_by_key["export_pdf"].isEnabled() and not window.actions_by_key["import_files"].isEnabled()
    assert window.actions_by_key["shortcuts"].isEnabled() and window.actions_by_key["quit"].isEnabled()
    # A person types before the archive is open: the query is run once it is.
    window.search_bar.set_text("banjir")
    window.search_bar.search_requested.emit("banjir")
    opener = ArchiveOpener(window, service.directory)
    QApplication.instance().installEventFilter(opener)
    with qtbot.waitSignals([window.search_finished, window.directory_loaded], timeout=20000) as blocker:
        window.show()
    assert window.service is not None and window.windowTitle() == "arsip"
    assert window.actions_by_key["export_pdf"].isEnabled() and window.actions_by_key["import_files"].isEnabled()
    qtbot.waitUntil(lambda: window.last_result is not None)
    assert window.last_result.query == "banjir" and window.results.model.rowCount() == 1
    window.close()
    window.service.close()
    del blocker


def test_results_take_their_full_width_after_the_opening_state(qtbot, service, settings) -> None:  # type: ignore[no-untyped-def]
    from arsip_berita.gui.models import HitTableModel

    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.attach(service)
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        window.start()
    table = window.results.table
    qtbot.waitUntil(lambda: not table.isColumnHidden(HitTableModel.SNIPPET))  # a wide table shows every column
    assert table.viewport().width() >= 640
    assert table.horizontalHeader().length() <= table.viewport().width() + 1
    window.close()


def test_the_opening_window_is_consistent(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    panel = window.panel
    assert panel.currentIndex() == 0 and not any(panel.isTabEnabled(i) for i in range(panel.count()))
    assert window.results.sort_combo.currentText() == "Terbaru"
    assert not window.results.sort_combo.model().item(0).isEnabled()
    window.close()


def test_the_window_needs_neither_the_index_nor_the_importer() -> None:
    """What loads before the first paint: not the search index, the importer or the CLI's commands."""
    import subprocess
    import sys
    from pathlib import Path

    from arsip_berita.cli.main import launches_gui

    assert launches_gui([]) and launches_gui(["--archive", "x", "-v"]) and launches_gui(["gui"])
    assert not launches_gui(["search", "banjir"]) and not launches_gui(["--help"])
    code = ("import sys\n"
            "from arsip_berita.cli.main import build_parser\n"
            "build_parser(with_commands=False).parse_args([])\n"
            "import arsip_berita.gui.app, arsip_berita.gui.mainwindow\n"
            "print(sorted(m for m in ('whoosh', 'arsip_berita.archive.service', 'arsip_berita.archive.importer',\n"
            "      'arsip_berita.index', 'arsip_berita.cli.search_cmd') if m in sys.modules))\n")
    src = Path(__file__).resolve().parents[2] / "src"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
