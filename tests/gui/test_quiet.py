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
