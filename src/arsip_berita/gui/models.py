"""Table models over lists of plain dataclasses: search hits, facets, statistics, officials, panel rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QFont

from arsip_berita.core.model import SearchHit, Statistic
from arsip_berita.gui.directory import OfficialRecord
from arsip_berita.summary.format import format_change, format_date, format_statistic

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
DataRole = Qt.ItemDataRole.UserRole + 1  # the row's dataclass
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (ISO date, number)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    align_right: bool = False


class DataclassTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows of dataclasses; subclasses define ``columns()``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._columns: list[Column[T]] = self.columns()

    def columns(self) -> list[Column[T]]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_data(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        item = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(item)
        if role == DataRole:
            return item
        if role == SortRole:
            return col.sort(item) if col.sort else col.display(item)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(item) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(item, index.column(), role)

    def extra_data(self, item: T, column: int, role: int) -> Any:
        return None


class HitTableModel(DataclassTableModel[SearchHit]):
    TITLE, DATE, SOURCE, PLACE, SNIPPET = range(5)

    def columns(self) -> list[Column[SearchHit]]:
        return [
            Column(tr("Judul"), lambda h: h.title, lambda h: h.title.casefold(),
                   lambda h: h.title + ("\n" + ", ".join(h.officials) if h.officials else "")),
            Column(tr("Tanggal"), lambda h: format_date(h.date) if h.date else "", lambda h: h.date or ""),
            Column(tr("Sumber"), lambda h: h.source or "", lambda h: (h.source or "").casefold()),
            Column(tr("Tempat"), lambda h: h.place or "", lambda h: (h.place or "").casefold()),
            # The snippet is HTML (escaped text, <b class="match">); the view draws it with a delegate.
            Column(tr("Cuplikan"), lambda h: h.snippet, lambda h: h.score),
        ]


@dataclass(frozen=True)
class FacetRow:
    """One line of the facet sidebar: a group header (value None) or a value with its count."""

    field: str
    label: str
    value: str | None = None
    count: int = 0
    active: bool = False


class FacetModel(DataclassTableModel[FacetRow]):
    def columns(self) -> list[Column[FacetRow]]:
        return [Column(tr("Saring"), _facet_text, tooltip=lambda r: _facet_tip(r))]

    def extra_data(self, item: FacetRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and (item.value is None or item.active):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.CheckStateRole and item.value is not None:
            return Qt.CheckState.Checked if item.active else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].value is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _facet_text(r: FacetRow) -> str:
    return r.label if r.value is None else f"{r.value}  ({r.count})"


def _facet_tip(r: FacetRow) -> str:
    if r.value is None:
        return ""
    hint = tr("Klik untuk menghapus saringan ini") if r.active else tr("Klik untuk menyaring hasil")
    return f"{r.value} ({r.count})\n{hint}"


class StatisticsModel(DataclassTableModel[Statistic]):
    INDICATOR, VALUE, REGION, PERIOD, CHANGE, SOURCE = range(6)

    def columns(self) -> list[Column[Statistic]]:
        return [
            Column(tr("Indikator"), lambda s: s.indicator or "", tooltip=lambda s: s.text),
            Column(tr("Nilai"), format_statistic, lambda s: float(s.value), align_right=True),
            Column(tr("Wilayah"), lambda s: s.region or ""),
            Column(tr("Periode"), lambda s: s.period or ""),
            Column(tr("Perubahan"), lambda s: format_change(s.change)),
            Column(tr("Sumber"), lambda s: s.source or ""),
        ]


class OfficialsModel(DataclassTableModel[OfficialRecord]):
    NAME, POSITION, ARTICLES = range(3)

    def columns(self) -> list[Column[OfficialRecord]]:
        return [
            Column(tr("Nama"), lambda o: o.name, lambda o: o.name.casefold(),
                   lambda o: ", ".join(o.variants)),
            Column(tr("Jabatan"), lambda o: o.latest_position or "", tooltip=_positions_tip),
            Column(tr("Artikel"), lambda o: str(o.count), lambda o: o.count, align_right=True),
        ]


def _positions_tip(o: OfficialRecord) -> str:
    return "\n".join(p.describe() for p in o.positions)


@dataclass(frozen=True)
class PanelRow:
    """A row of the side panel (official, organisation, place, quote) linked to a span of the body."""

    label: str
    detail: str = ""
    start: int = -1
    end: int = -1
    filter_query: str | None = None


class PanelRowModel(DataclassTableModel[PanelRow]):
    def __init__(self, headers: tuple[str, str], parent: Any = None) -> None:
        self._headers = headers
        super().__init__(parent)

    def columns(self) -> list[Column[PanelRow]]:
        return [Column(self._headers[0], lambda r: r.label, tooltip=lambda r: r.label),
                Column(self._headers[1], lambda r: r.detail, tooltip=lambda r: r.detail)]


class FilterProxy(QSortFilterProxyModel):
    """Sorts by SortRole, filters case-insensitively on every column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


@dataclass(frozen=True)
class ArticleRef:
    """An article in a list: id, title, ISO date."""

    id: int
    title: str
    date: str | None = None


class ArticleListModel(DataclassTableModel[ArticleRef]):
    def columns(self) -> list[Column[ArticleRef]]:
        return [Column(tr("Tanggal"), lambda a: format_date(a.date) if a.date else "", lambda a: a.date or ""),
                Column(tr("Judul"), lambda a: a.title, lambda a: a.title.casefold(), lambda a: a.title)]
