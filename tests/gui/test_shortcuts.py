"""Every shortcut of Help > Pintasan Keyboard, pressed wherever the focus is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QTextEdit, QWidget

from arsip_berita.gui.mainwindow import MainWindow

PLACES = {
    "search field": lambda w: w.search_bar.line,
    "results": lambda w: w.results.table,
    "article": lambda w: w.article.browser,
    "side panel": lambda w: w.panel.currentWidget(),
    "facets": lambda w: w.facets,
    "officials filter": lambda w: w.officials.filter_edit,
}


class ClaimsEveryKey(QObject):
    """Offscreen Qt uses the Windows key scheme, where a QLineEdit claims no Ctrl+letter; on X11 it
    claims Ctrl+E (end of line) and more before any shortcut sees them. This filter makes every
    text field claim every key the way X11's line edit claims Ctrl+E (accepting the override and
    passing it on), so the tests see the fault where users meet it."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
        return False


def _claim_keys(window: MainWindow) -> ClaimsEveryKey:
    claim = ClaimsEveryKey(window)
    for cls in (QLineEdit, QTextEdit):
        for widget in window.findChildren(cls):
            widget.installEventFilter(claim)  # installed last, it runs before the window's own filter
    return claim


def _press(qtbot, widget: QWidget, seq: QKeySequence) -> None:  # type: ignore[no-untyped-def]
    combo = seq[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())
    # The person lets go of Ctrl and Shift too (Qt keeps the last event's modifiers as the state).
    qtbot.keyRelease(widget, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)


def _focus(qtbot, window: MainWindow, place: str) -> QWidget:  # type: ignore[no-untyped-def]
    if place == "officials filter":
        window.officials_dock.show()
    widget = PLACES[place](window)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    return widget


@pytest.mark.parametrize("place", list(PLACES))
def test_every_listed_shortcut_works_from(qtbot, window, place: str) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window)
    _claim_keys(window)
    fired: list[str] = []
    for key, action in window.actions_by_key.items():
        # Only the routing is under test here: the actions' own work (dialogs, closing) is tested
        # elsewhere, so each action reports its trigger instead of doing it.
        action.triggered.disconnect()
        action.triggered.connect(lambda _=False, k=key: fired.append(k))
    missed = []
    for key, action in window.actions_by_key.items():
        for seq in action.shortcuts():
            widget = _focus(qtbot, window, place)
            fired.clear()
            _press(qtbot, widget, seq)
            if fired != [key]:
                missed.append(f"{seq.toString()} ({key}): {fired}")
    assert not missed, f"from the {place}: " + "; ".join(missed)


def test_ctrl_e_from_the_search_field_exports_the_article(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    out = tmp_path / "artikel.pdf"
    asked: list[str] = []

    def save_name(_parent, _title, suggested, _filter, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(out), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))  # Qt's modal dialog
    window.activateWindow()
    qtbot.waitActive(window)
    _claim_keys(window)
    line = _focus(qtbot, window, "search field")
    qtbot.keyClicks(line, "banjir")
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    with qtbot.waitSignal(window.printer.pdf_written, timeout=60000):
        qtbot.keyClick(line, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert out.read_bytes().startswith(b"%PDF")
    assert line.text() == "banjir"  # the key did not edit the field either
    assert asked and not Path(asked[0]).stem.endswith("_")
