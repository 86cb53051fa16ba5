"""Quieter and consistent: the window title, the sort order offered without a query, empty-archive tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_window_title_is_the_archive_name(window) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == window.service.archive_name == "arsip"
    assert "Arsip Berita" not in window.windowTitle()  # Qt adds the application's name itself


def test_relevance_is_offered_only_with_a_query(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    combo = window.results.sort_combo
    relevance = combo.model().item(0)
    assert not relevance.isEnabled() and combo.currentText() == "Terbaru"  # no query: nothing to rank
    line = window.search_bar.line
    line.setFocus()
    qtbot.keyClicks(line, "banjir")
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert relevance.isEnabled() and combo.currentText() == "Relevansi"  # the default comes back
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert not relevance.isEnabled() and combo.currentText() == "Terbaru"


def test_empty_archive_disables_every_tab(qtbot, empty_service, settings, window_factory) -> None:  # type: ignore[no-untyped-def]
    window = window_factory(qtbot, empty_service, settings)
    panel = window.panel
    assert [panel.isTabEnabled(i) for i in range(panel.count())] == [False] * panel.count()
    assert not window.actions_by_key["remove_samples"].isEnabled()
    window.close()


def test_an_article_opens_the_tabs_it_has(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.panel
    assert panel.isTabEnabled(0)  # Angka says when there are none
    assert any(panel.isTabEnabled(i) for i in range(1, panel.count()))


def test_officials_count_follows_the_filter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    browser = window.officials
    window.officials_dock.show()
    total = browser.model.rowCount()
    assert browser.status.text() == f"{total} pejabat di arsip"
    browser.filter_edit.setFocus()
    qtbot.keyClicks(browser.filter_edit, "Budi")
    shown = browser.proxy.rowCount()
    assert 0 < shown < total or total == 1
    assert browser.status.text() == f"{shown} dari {total} pejabat"
    browser.filter_edit.clear()
    assert browser.status.text() == f"{total} pejabat di arsip"


def _arrow(style, indicator) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionHeader

    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(0)
    option = QStyleOptionHeader()
    option.rect = QRect(0, 0, 16, 16)
    option.sortIndicator = indicator
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter, None)
    painter.end()
    return bytes(image.constBits())


def test_sort_arrow_points_the_way_the_order_runs(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleFactory, QStyleOptionHeader

    from arsip_berita.gui.app import SortArrowStyle

    fusion, ours = QStyleFactory.create("fusion"), SortArrowStyle("fusion")
    up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
    # Qt gives a descending header "SortUp", which Fusion draws pointing up: ours draws it pointing down.
    assert _arrow(ours, up) == _arrow(fusion, down) != _arrow(fusion, up)
    assert _arrow(ours, down) == _arrow(fusion, up)


def test_side_panel_opens_on_angka_after_an_empty_result(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        window.set_query("gempabumi")  # no results: every tab disabled
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.set_query("banjir")
    assert window.panel.currentIndex() == 0


def test_the_archive_title_names_the_window_and_the_brief_footer(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    import pytest

    window.open_settings()
    dialog = window.settings_dialog
    assert dialog.title.placeholderText() == "arsip" and dialog.title.text() == ""
    dialog.title.setFocus()
    qtbot.keyClicks(dialog.title, "Arsip Humas Kabupaten Contoh")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter accepts the dialog
    assert window.windowTitle() == "Arsip Humas Kabupaten Contoh"
    assert "Arsip Humas Kabupaten Contoh" in window.archive_label.text()
    out = tmp_path / "ringkasan.pdf"
    with qtbot.waitSignal(window.printer.pdf_written, timeout=60000):
        window.printer.export_pdf([window.results.model.rows()[0].id], out)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (apt-get install poppler-utils)")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Arsip: Arsip Humas Kabupaten Contoh" in text
    assert str(window.service.directory) not in text  # never the folder's full path
