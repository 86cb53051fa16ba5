"""The results pane: count and time, notices, sort order, the hit table (snippets drawn as HTML), empty states."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)

from arsip_berita.gui.delegates import HtmlDelegate, MiddleElideDelegate
from arsip_berita.gui.models import BADGE_SIZE, FilterProxy, HitTableModel

SORTS = ("score", "date", "date_asc")
NARROW = 640  # px of table below which the place column is hidden


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


class ResultsPane(QWidget):
    sort_changed = Signal(str)
    suggestion_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HitTableModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("resultsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the search's order until a header is clicked
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setIconSize(QSize(*BADGE_SIZE))  # the sample releases' "contoh" badge
        self.table.setItemDelegateForColumn(HitTableModel.SNIPPET, HtmlDelegate(self.table))
        self.table.setItemDelegateForColumn(HitTableModel.SOURCE, MiddleElideDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("resultNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.RichText)
        # A button, not a link in the label: one click (or Enter once focused) runs the suggestion.
        self.suggestion_button = QPushButton()
        self.suggestion_button.setObjectName("suggestionButton")
        self.suggestion_button.setFlat(True)
        self.suggestion_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.suggestion_button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; "
                                             "text-align: left; padding: 0 2px; }")
        self.suggestion_button.clicked.connect(self._on_suggestion_button_clicked)
        self._suggestion: str | None = None
        self.sort_combo = QComboBox()
        self.sort_combo.setObjectName("sortCombo")
        for label in (tr("Relevansi"), tr("Terbaru"), tr("Terlama")):
            self.sort_combo.addItem(label)
        self.sort_combo.setToolTip(tr("Urutan hasil"))
        self.sort_combo.currentIndexChanged.connect(self._on_sort_combo_changed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: palette(mid); font-size: 13pt; padding: 24px; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(QLabel(tr("Urutkan:")))
        top.addWidget(self.sort_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        notice = QHBoxLayout()
        notice.addWidget(self.notice_label)
        notice.addWidget(self.suggestion_button)
        notice.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(notice)
        layout.addWidget(self.stack, 1)
        self.notice_label.hide()
        self.suggestion_button.hide()

    def sort(self) -> str:
        return SORTS[self.sort_combo.currentIndex()]

    def set_has_query(self, has_query: bool) -> None:
        """Without a query there is nothing to rank: "Relevansi" is not offered and the newest come
        first; the user's choice of relevance comes back with the next query."""
        item = self.sort_combo.model().item(0)  # type: ignore[attr-defined]
        item.setEnabled(has_query)
        blocked = self.sort_combo.blockSignals(True)
        try:
            if not has_query and self.sort_combo.currentIndex() == 0:
                self._relevance_wanted = True
                self.sort_combo.setCurrentIndex(SORTS.index("date"))
            elif has_query and getattr(self, "_relevance_wanted", False):
                self._relevance_wanted = False
                self.sort_combo.setCurrentIndex(0)
        finally:
            self.sort_combo.blockSignals(blocked)

    def set_sort(self, sort: str) -> None:
        self.sort_combo.setCurrentIndex(SORTS.index(sort) if sort in SORTS else 0)

    def _on_sort_combo_changed(self, index: int) -> None:
        self._relevance_wanted = False  # the user chose an order
        self.sort_changed.emit(SORTS[index])

    def show_empty(self, message: str) -> None:
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label)

    def show_table(self) -> None:
        was_hidden = self.stack.currentWidget() is not self.table
        self.stack.setCurrentWidget(self.table)
        if was_hidden and self.model.rowCount():
            # A table that was hidden had not taken its real width yet: share the columns once it has.
            QTimer.singleShot(0, self.fit_columns)

    def select_first(self) -> None:
        """Select and open the first row, whatever modifier keys are held (selectRow would extend or
        toggle the selection while Ctrl or Shift is still down after a shortcut)."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.proxy.index(0, 0), flags)

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def set_notice(self, notice: str | None, suggestion: str | None) -> None:
        text = notice or ""
        if suggestion:
            text = (text + " " if text else "") + tr("Mungkin maksud Anda:")
        self.notice_label.setText(escape(text))
        self.notice_label.setVisible(bool(text))
        self._suggestion = suggestion
        self.suggestion_button.setText(suggestion or "")
        self.suggestion_button.setToolTip(tr("Cari \u201c{0}\u201d").format(suggestion) if suggestion else "")
        self.suggestion_button.setVisible(bool(suggestion))

    def _on_suggestion_button_clicked(self) -> None:
        if self._suggestion:
            self.suggestion_clicked.emit(self._suggestion)

    def set_error(self, message: str) -> None:
        self.notice_label.setText(f'<span style="color:#D55E00">{escape(message)}</span>')
        self.notice_label.show()
        self.suggestion_button.hide()

    def fit_columns(self) -> None:
        """Share the width: the date fits its longest text, the snippet takes what is left.

        On a narrow table (1024 px screens) the place goes first (it is in the title's tooltip and
        the article header) and the snippet (the article beneath marks the matches); the source, which
        tells one government's release from another's, stays.
        """
        if self.table.isVisible():
            width = self.table.viewport().width()
        else:  # hidden behind the empty state: its viewport has an old size, the stack the real one
            width = self.stack.width() - 2 * self.table.frameWidth()
        width = max(width, 300)
        narrow = width < NARROW
        self.table.setColumnHidden(HitTableModel.PLACE, narrow)
        self.table.setColumnHidden(HitTableModel.SNIPPET, narrow)  # the article beneath marks the matches
        self.table.setColumnHidden(HitTableModel.SOURCE, False)
        self.table.resizeColumnToContents(HitTableModel.DATE)
        date = min(self.table.columnWidth(HitTableModel.DATE), 130)
        self.table.setColumnWidth(HitTableModel.DATE, date)
        rest = width - date
        header = self.table.horizontalHeader()
        # Narrow, the source takes what the title leaves (also when the vertical scroll bar comes).
        header.setSectionResizeMode(HitTableModel.SOURCE, QHeaderView.ResizeMode.Stretch if narrow
                                    else QHeaderView.ResizeMode.Interactive)
        if narrow:
            self.table.setColumnWidth(HitTableModel.TITLE, max(120, int(rest * 0.6)))
            return
        for col, share, low in ((HitTableModel.TITLE, 0.40, 150), (HitTableModel.SOURCE, 0.22, 80),
                                (HitTableModel.PLACE, 0.13, 70)):
            self.table.setColumnWidth(col, max(low, int(rest * share)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.model.rowCount():
            self.fit_columns()
