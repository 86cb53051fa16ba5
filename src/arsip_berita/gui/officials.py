"""The officials browser: every official in the archive, filterable; their articles and positions."""

from __future__ import annotations

from typing import Any
from collections.abc import Callable

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from arsip_berita.gui.delegates import DetailDelegate
from arsip_berita.gui.models import (
    ArticleListModel, ArticleRef, DataRole, FilterProxy, OfficialsModel, describe_span,
)
from arsip_berita.gui.tasks import TaskContext
from arsip_berita.archive.officials import OfficialRecord


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


@dataclass(frozen=True)
class DirectoryData:
    records: list[OfficialRecord]
    articles: dict[int, ArticleRef] = field(default_factory=dict)


def load_directory(open_archive: Callable[..., Any], ctx: TaskContext | None = None) -> DirectoryData:
    """Build the officials directory in a worker, over its own read-only connection to the archive."""

    svc = open_archive(readonly=True)
    try:
        refs = {a.id: ArticleRef(a.id, a.title, a.published.isoformat() if a.published else None)
                for a in svc.list_articles() if a.id is not None}
        return DirectoryData(svc.officials(), refs)
    finally:
        svc.close()


def _view(name: str, detail_column: int, hidden: tuple[int, ...]) -> QTableView:
    """A narrow dock table: one wrapped column with a detail line beneath, no side scrolling."""
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setShowGrid(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setItemDelegateForColumn(detail_column, DetailDelegate(view))
    view._detail_setup = (detail_column, hidden)  # type: ignore[attr-defined]
    return view


def _fit(view: QTableView) -> None:
    """Once the model is set: the detail column stretches, the others fit their contents or hide."""
    detail_column, hidden = view._detail_setup  # type: ignore[attr-defined]
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for col in range(view.model().columnCount()):
        view.setColumnHidden(col, col in hidden)
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == detail_column
                                    else QHeaderView.ResizeMode.ResizeToContents)


class OfficialsBrowser(QWidget):
    article_requested = Signal(int)
    filter_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officialsBrowser")
        self._articles: dict[int, ArticleRef] = {}
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("officialsFilter")
        self.filter_edit.setPlaceholderText(tr("Saring nama atau jabatan ..."))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = OfficialsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table = _view("officialsDirectory", OfficialsModel.NAME, (OfficialsModel.POSITION,))
        self.table.setModel(self.proxy)
        _fit(self.table)
        self.table.sortByColumn(OfficialsModel.ARTICLES, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.positions = QLabel()
        self.positions.setObjectName("officialPositions")
        self.positions.setWordWrap(True)
        self.article_model = ArticleListModel(self)
        self.article_proxy = FilterProxy(self)
        self.article_proxy.setSourceModel(self.article_model)
        self.article_table = _view("officialArticles", 1, (0,))
        self.article_table.setModel(self.article_proxy)
        _fit(self.article_table)
        self.article_table.horizontalHeader().hide()
        self.article_table.activated.connect(self._on_article_table_activated)
        self.article_table.clicked.connect(self._on_article_table_activated)
        self.search_button = QPushButton(tr("Cari semua artikelnya"))
        self.search_button.setEnabled(False)
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.status = QLabel(tr("Memuat daftar pejabat ..."))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.positions, self.article_table, self.search_button):
            lower_layout.addWidget(w)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    def show_directory(self, data: DirectoryData) -> None:
        self._articles = data.articles
        self.model.set_rows(data.records)
        self._update_count()

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        """The count follows the filter: "12 dari 57 pejabat" while filtering."""
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if not total:
            self.status.setText(tr("Belum ada pejabat yang dikenali di arsip."))
        elif self.filter_edit.text().strip():
            self.status.setText(tr("{0} dari {1} pejabat").format(shown, total))
        else:
            self.status.setText(tr("{0} pejabat di arsip").format(total))

    def selected(self) -> OfficialRecord | None:
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(DataRole) if rows else None
        return value if isinstance(value, OfficialRecord) else None

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, *_: object) -> None:
        rec = self.selected()
        self.search_button.setEnabled(rec is not None)
        if rec is None:
            self.positions.setText("")
            self.article_model.set_rows([])
            return
        lines = [describe_span(p) for p in rec.positions] or [tr("(jabatan tidak disebut)")]
        self.positions.setText("<b>" + tr("Jabatan:") + "</b><br>" + "<br>".join(_esc(x) for x in lines))
        refs = [self._articles.get(i, ArticleRef(i, f"#{i}")) for i in rec.article_ids]
        self.article_model.set_rows(sorted(refs, key=lambda r: r.date or "", reverse=True))

    @Slot(QModelIndex)
    def _on_article_table_activated(self, index: QModelIndex) -> None:
        ref = index.data(DataRole)
        if isinstance(ref, ArticleRef):
            self.article_requested.emit(ref.id)

    @Slot()
    def _on_search_button_clicked(self) -> None:
        rec = self.selected()
        if rec is not None:
            self.filter_requested.emit(f'pejabat:"{rec.name}"')


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
