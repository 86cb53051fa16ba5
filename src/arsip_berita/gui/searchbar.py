"""The search bar: query field with completion of field prefixes and officials' names, and a history."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, QTimer, Signal, Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget

from arsip_berita.gui.querytools import completions, split_last_word

HISTORY_SIZE = 30


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


def query_help() -> str:
    return tr(
        "Kata-kata dicari bersama (AND); \"frasa persis\"; OR; -kecualikan; awalan*; mirip~.\n"
        "Saringan: pejabat:\"Nama\"  jabatan:\"Kepala BPS\"  instansi:BPS  tempat:Kalteng\n"
        "tanggal:2024-12  tanggal:2024-01-01..2024-06-30  sumber:...  indikator:kemiskinan\n"
        "Singkatan (BPS, APBD, Pilkada) juga mencari kepanjangannya; undang-undang dan covid-19 dibaca satu kata.")


class WordCompleter(QCompleter):
    """Completes the word (or open quoted clause) being typed, keeping the rest of the query.

    The head is taken when the user types, not from the line's current text: moving through the
    popup already writes the highlighted completion into the line.
    """

    _head = ""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        self._head, word = split_last_word(path)
        return [word]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return self._head + str(index.data())


class SearchBar(QWidget):
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: list[str] = []
        self._officials: list[str] = []
        self.line = QLineEdit()
        self.line.setObjectName("searchField")
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(tr("Cari: kemiskinan 2024, pejabat:\"Nama\", tempat:Kalteng ... (Ctrl+F)"))
        self.line.setToolTip(query_help())
        self.line.returnPressed.connect(self._on_line_return_pressed)
        self.completion_model = QStringListModel(self)
        self.completer = WordCompleter(self.completion_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.line.setCompleter(self.completer)
        self.completer.activated[str].connect(self._on_completer_activated)
        self._completed: str | None = None
        self.history_button = QToolButton()
        self.history_button.setObjectName("historyButton")
        self.history_button.setText(tr("Riwayat"))
        self.history_button.setToolTip(tr("Pencarian sebelumnya"))
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_menu = QMenu(self)
        self.history_button.setMenu(self.history_menu)
        self.search_button = QToolButton()
        self.search_button.setText(tr("Cari"))
        self.search_button.setToolTip(tr("Jalankan pencarian (Enter)"))
        self.search_button.clicked.connect(self._on_line_return_pressed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.search_button)
        layout.addWidget(self.history_button)
        self._refresh()

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)

    def focus(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    def set_history(self, items: Sequence[str]) -> None:
        self.history = [i for i in items if i][:HISTORY_SIZE]
        self._refresh()

    def set_officials(self, names: Sequence[str]) -> None:
        self._officials = list(names)
        self._refresh()

    def remember(self, query: str) -> None:
        if not query.strip():
            return
        self.history = [query] + [h for h in self.history if h != query]
        del self.history[HISTORY_SIZE:]
        self._refresh()

    def _refresh(self) -> None:
        self.completion_model.setStringList(completions(self._officials, self.history))
        self.history_menu.clear()
        for item in self.history:
            action = QAction(item, self.history_menu)
            action.triggered.connect(lambda _=False, q=item: self._run(q))
            self.history_menu.addAction(action)
        self.history_button.setEnabled(bool(self.history))

    def _run(self, query: str) -> None:
        self.line.setText(query)
        self._on_line_return_pressed()

    @Slot(str)
    def _on_completer_activated(self, text: str) -> None:
        """A chosen official or past query runs at once; a bare field prefix waits for its value."""
        self._request(text)

    @Slot()
    def _on_line_return_pressed(self) -> None:
        """One Enter runs what the field shows, popup open or not, an item highlighted or not.

        With the popup open the line edit sees Enter first (returnPressed), then the completer hides
        its popup and, when an item is highlighted, emits activated() with the text the line already
        shows: the second request of the same text in the same event is dropped.
        """
        self.completer.popup().hide()
        self._request(self.line.text())

    def _request(self, text: str) -> None:
        text = text.strip()
        if waits_for_value(text) or text == self._completed:
            return
        self._completed = text
        QTimer.singleShot(0, self._forget_completion)  # only the same event's duplicate is dropped
        self.search_requested.emit(text)

    def _forget_completion(self) -> None:
        self._completed = None


def waits_for_value(text: str) -> bool:
    """``banjir tempat:``: a field prefix chosen or typed last still needs its value."""
    return bool(text) and text.endswith(":") and not text.endswith('":')
