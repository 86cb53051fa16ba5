"""The search field as a person uses it: keys typed one by one, Enter through the real completer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from arsip_berita.gui.mainwindow import MainWindow


def _press(qtbot, key: Qt.Key, window: MainWindow | None = None) -> None:  # type: ignore[no-untyped-def]
    """A key where the keyboard goes: the completer's popup when it is open, else the focus widget."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    if target is None and window is not None:  # offscreen, a closed popup may leave no focus widget
        target = window.search_bar.line
    assert target is not None
    qtbot.keyClick(target, key)


def _type(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    line = window.search_bar.line
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def _search_count(window: MainWindow) -> list[str]:
    sent: list[str] = []
    window.search_bar.search_requested.connect(sent.append)
    return sent


def test_one_enter_runs_a_query_the_completer_offers(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        window.set_query("banjir")  # now in the history: typing it again opens the completer
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        window.set_query("sekolah")
    sent = _search_count(window)
    _type(qtbot, window, "banjir")
    qtbot.waitUntil(window.search_bar.completer.popup().isVisible)
    with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
        _press(qtbot, Qt.Key.Key_Return)
    assert blocker.args[0].query == "banjir" and blocker.args[0].total == 1
    assert sent == ["banjir"]
    assert not window.search_bar.completer.popup().isVisible()


def test_one_enter_runs_a_filter_typed_in_full(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        window.set_query("sekolah")
    sent = _search_count(window)
    _type(qtbot, window, 'pejabat:"Budi Santoso"')
    qtbot.waitUntil(window.search_bar.completer.popup().isVisible)
    with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
        _press(qtbot, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert sent == ['pejabat:"Budi Santoso"']
    assert blocker.args[0].query == 'pejabat:"Budi Santoso"' and blocker.args[0].total == 1
    # The results and the ticked facet belong to the query the field shows.
    assert window.search_bar.text() == 'pejabat:"Budi Santoso"'
    active = [(r.field, r.value) for r in window.facets.facet_model.rows() if r.active]
    assert active == [("pejabat", "Budi Santoso")]
    assert "Banjir" in window.results.model.rows()[0].title


def test_enter_with_a_highlighted_item_runs_it_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    sent = _search_count(window)
    _type(qtbot, window, "Budi")
    qtbot.waitUntil(window.search_bar.completer.popup().isVisible)
    _press(qtbot, Qt.Key.Key_Down)
    assert window.search_bar.text() == 'pejabat:"Budi Santoso"'
    with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
        _press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert sent == ['pejabat:"Budi Santoso"'] and blocker.args[0].total == 1


def test_enter_without_the_popup_and_a_bare_prefix(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    sent = _search_count(window)
    _type(qtbot, window, "gempa")
    assert not window.search_bar.completer.popup().isVisible()
    with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
        _press(qtbot, Qt.Key.Key_Return)
    assert blocker.args[0].query == "gempa" and window.results.is_empty_state()
    _type(qtbot, window, "banjir tempat:")
    _press(qtbot, Qt.Key.Key_Escape, window)  # close the popup if the prefix opened it
    _press(qtbot, Qt.Key.Key_Return, window)
    qtbot.wait(50)
    assert sent == ["gempa"]  # a field prefix waits for its value
