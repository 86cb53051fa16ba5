"""The facet sidebar: officials, organisations, places, years, months and sources with counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from arsip_berita.gui.delegates import FacetDelegate
from arsip_berita.gui.models import DataRole, FacetModel, FacetRow, format_count
from arsip_berita.gui.querytools import active_clauses, facet_clause

PER_GROUP = 8  # values shown per facet group: the sidebar is a filter, not a report
MIN_WIDTH = 190


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


def facet_labels() -> dict[str, str]:
    return {"pejabat": tr("Pejabat"), "instansi": tr("Instansi"), "provinsi": tr("Provinsi"),
            "kabupaten": tr("Kabupaten/Kota"), "tahun": tr("Tahun"), "bulan": tr("Bulan"),
            "sumber": tr("Sumber")}


def facet_rows(query: str, facets: dict[str, list[tuple[str, int]]], per_group: int = PER_GROUP) -> list[FacetRow]:
    """Header and value rows; values whose filter is in the query are marked active and always shown."""
    active = active_clauses(query, facets)
    rows: list[FacetRow] = []
    for key, label in facet_labels().items():
        values = [(v, c) for v, c in facets.get(key, []) if v]
        if not values:
            continue
        shown = values[:per_group] + [(v, c) for v, c in values[per_group:] if (key, v) in active]
        rows.append(FacetRow(key, label))
        rows += [FacetRow(key, label, v, c, (key, v) in active) for v, c in shown]
    return rows


class FacetPanel(QTreeView):
    """Value and count columns, long values elided (full text in the tooltip); group headers span both.

    Clicking a value emits its query clause; the window adds it, or removes it when present.
    """

    clause_toggled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.facet_model = FacetModel(self)
        self.setModel(self.facet_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(True)
        self.setHeaderHidden(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(MIN_WIDTH)
        self.setItemDelegateForColumn(FacetModel.VALUE, FacetDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FacetModel.VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FacetModel.COUNT, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(16)
        self.clicked.connect(self._on_self_clicked)

    def show_facets(self, query: str, facets: dict[str, list[tuple[str, int]]]) -> None:
        self.facet_model.set_rows(facet_rows(query, facets))
        rows = self.facet_model.rows()
        for row, item in enumerate(rows):
            self.setFirstColumnSpanned(row, QModelIndex(), item.value is None)
        # The count column is as wide as the widest count (in bold, for an active value), no wider.
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max((QFontMetrics(bold).horizontalAdvance(format_count(r.count)) for r in rows if r.value), default=0)
        self.header().resizeSection(FacetModel.COUNT, widest + 10)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Only clicked() is connected (activated() also fires on a click in single-click styles).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentIndex().isValid():
            self._on_self_clicked(self.currentIndex())
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _on_self_clicked(self, index: QModelIndex) -> None:
        row = index.data(DataRole)
        if isinstance(row, FacetRow) and row.value is not None:
            self.clause_toggled.emit(facet_clause(row.field, row.value))
