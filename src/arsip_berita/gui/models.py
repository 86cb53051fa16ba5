"""Table models over lists of plain dataclasses: search hits, facets, statistics, officials, panel rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from arsip_berita.core.model import SearchHit, Statistic
from arsip_berita.archive.officials import OfficialRecord, PositionSpan
from arsip_berita.summary.format import format_change, format_date, format_statistic

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
DataRole = Qt.ItemDataRole.UserRole + 1  # the row's dataclass
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (ISO date, number)
DetailRole = Qt.ItemDataRole.UserRole + 3  # a second, smaller line drawn beneath the cell's text


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    align_right: bool = False
    detail: Callable[[T], str] | None = None


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
        if role == DetailRole:
            return col.detail(item) if col.detail else None
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
                   _hit_tip),
            Column(tr("Tanggal"), lambda h: short_date(h.date), lambda h: h.date or "",
                   lambda h: format_date(h.date) if h.date else ""),
            Column(tr("Sumber"), lambda h: source_text(h.source), lambda h: source_text(h.source).casefold(),
                   lambda h: source_tip(h.source)),
            Column(tr("Tempat"), lambda h: h.place or "", lambda h: (h.place or "").casefold(),
                   lambda h: h.place or ""),
            # The snippet is HTML (escaped text, <b class="match">); the view draws it with a delegate.
            Column(tr("Cuplikan"), lambda h: h.snippet, lambda h: h.score),
        ]


    def extra_data(self, item: SearchHit, column: int, role: int) -> Any:
        if not is_sample_source(item.source):
            return None
        # The fictional sample releases read apart from the user's own: italic, a badge before the title.
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE:
            return sample_badge()
        return None


SAMPLE_PREFIX = "Contoh:"  # the bundled sample releases name their (fictional) source so


def is_sample_source(source: str | None) -> bool:
    return bool(source) and source.startswith(SAMPLE_PREFIX)  # type: ignore[union-attr]


def source_text(source: str | None) -> str:
    """The source as a narrow column shows it: a sample's "Contoh:" prefix goes (the row has a badge)."""
    if not source:
        return ""
    if is_sample_source(source):
        return source[len(SAMPLE_PREFIX):].strip()
    return source


def source_tip(source: str | None) -> str:
    if is_sample_source(source):
        return source_text(source) + "\n" + tr("Siaran pers contoh (fiktif), bawaan aplikasi")
    return source or ""


BADGE_SIZE = (52, 16)
_BADGE: list[QPixmap] = []


def draw_badge(text: str, size: tuple[int, int], fill: str, border: str, ink: str) -> QPixmap:
    """A small rounded label (results-table badges: "contoh", "+3 salinan"), sharp on scaled screens."""
    ratio = 2.0
    pixmap = QPixmap(int(size[0] * ratio), int(size[1] * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(fill))
    painter.setPen(QColor(border))
    painter.drawRoundedRect(QRectF(0.5, 1.5, size[0] - 1, size[1] - 3), 6, 6)
    font = QFont()
    font.setPointSizeF(7.5)
    painter.setFont(font)
    painter.setPen(QColor(ink))
    painter.drawText(QRectF(0, 0, *size), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return pixmap


def sample_badge() -> QPixmap:
    """A small grey "contoh" label drawn once (the results table's icon size is BADGE_SIZE)."""
    if not _BADGE:
        _BADGE.append(draw_badge(tr("contoh"), BADGE_SIZE, "#E6E6E6", "#9A9A9A", "#333333"))
    return _BADGE[0]


def _hit_tip(h: SearchHit) -> str:
    lines = [h.title, " \u00b7 ".join(x for x in (format_date(h.date) if h.date else "", h.place or "", source_text(h.source)) if x)]
    if is_sample_source(h.source):
        lines.append(tr("Siaran pers contoh (fiktif), bawaan aplikasi"))
    if h.officials:
        lines.append(tr("Pejabat: {0}").format(", ".join(h.officials)))
    return "\n".join(x for x in lines if x)


def short_date(iso: str | None) -> str:
    """ "3 Des 2024": a results column has no room for the weekday (the tooltip and article show it)."""
    if not iso:
        return ""
    full = format_date(iso)
    day_month_year = full.split(", ", 1)[-1].split(" ")
    if len(day_month_year) == 3:
        day_month_year[1] = day_month_year[1][:3]
    return " ".join(day_month_year)


@dataclass(frozen=True)
class FacetRow:
    """One line of the facet sidebar: a group header (value None) or a value with its count."""

    field: str
    label: str
    value: str | None = None
    count: int = 0
    active: bool = False


class FacetModel(DataclassTableModel[FacetRow]):
    """Two columns: the value (with a check box; group headers span both) and its count."""

    VALUE, COUNT = range(2)

    def columns(self) -> list[Column[FacetRow]]:
        return [Column(tr("Saring"), facet_value_text, tooltip=_facet_tip),
                Column(tr("Jumlah"), lambda r: "" if r.value is None else format_count(r.count),
                       lambda r: r.count, tooltip=_facet_tip, align_right=True)]

    def extra_data(self, item: FacetRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and (item.value is None or item.active):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.CheckStateRole and item.value is not None and column == self.VALUE:
            return Qt.CheckState.Checked if item.active else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].value is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def facet_value_text(r: FacetRow) -> str:
    """The group label for a header; a month facet reads "Juli 2024", not its key "2024-07"."""
    if r.value is None:
        return r.label
    if r.field == "sumber":
        return source_text(r.value)
    return format_date(r.value) if r.field == "bulan" else r.value


def format_count(n: int) -> str:
    """Thousands with a dot, the Indonesian way ("1.250")."""
    return f"{n:,}".replace(",", ".")


def _facet_tip(r: FacetRow) -> str:
    if r.value is None:
        return ""
    hint = tr("Klik untuk menghapus saringan ini") if r.active else tr("Klik untuk menyaring hasil")
    return tr("{0}: {1} artikel").format(facet_value_text(r), format_count(r.count)) + "\n" + hint


class StatisticsModel(DataclassTableModel[Statistic]):
    """Six columns; the side panel shows indicator and value, with region, period, change, source beneath."""

    INDICATOR, VALUE, REGION, PERIOD, CHANGE, SOURCE = range(6)

    def columns(self) -> list[Column[Statistic]]:
        return [
            Column(tr("Indikator"), lambda s: s.indicator or "\u2014", lambda s: (s.indicator or "").casefold(),
                   statistic_tip, detail=statistic_context),
            Column(tr("Nilai"), format_statistic, lambda s: float(s.value), statistic_tip, align_right=True),
            Column(tr("Wilayah"), lambda s: s.region or ""),
            Column(tr("Periode"), lambda s: s.period or ""),
            Column(tr("Perubahan"), lambda s: format_change(s.change)),
            Column(tr("Sumber"), lambda s: s.source or ""),
        ]


def statistic_context(s: Statistic) -> str:
    """Region, period, change and source on one line ("Kalimantan Tengah \u00b7 2024 \u00b7 naik ...")."""
    parts = [s.region or "", s.period or "", format_change(s.change),
             tr("sumber: {0}").format(s.source) if s.source else ""]
    return " \u00b7 ".join(p for p in parts if p)


def statistic_tip(s: Statistic) -> str:
    rows = [(tr("Indikator"), s.indicator or ""), (tr("Nilai"), format_statistic(s)), (tr("Wilayah"), s.region or ""),
            (tr("Periode"), s.period or ""), (tr("Perubahan"), format_change(s.change)),
            (tr("Sumber"), s.source or ""), (tr("Teks"), s.text)]
    return "\n".join(f"{k}: {v}" for k, v in rows if v)


class OfficialsModel(DataclassTableModel[OfficialRecord]):
    NAME, POSITION, ARTICLES = range(3)

    def columns(self) -> list[Column[OfficialRecord]]:
        return [
            Column(tr("Nama"), lambda o: o.name, lambda o: o.name.casefold(), _variants_tip,
                   detail=lambda o: latest_position(o) or ""),
            Column(tr("Jabatan"), lambda o: latest_position(o) or "", tooltip=_positions_tip),
            Column(tr("Artikel"), lambda o: str(o.article_count), lambda o: o.article_count, align_right=True),
        ]


def latest_position(o: OfficialRecord) -> str | None:
    """The post the official was last seen in (more articles breaks a tie)."""
    dated = sorted(o.positions, key=lambda p: (p.last_seen or "", p.articles))
    return dated[-1].position if dated else None


def describe_span(p: PositionSpan) -> str:
    """ "Kepala BPS Provinsi Kalteng (Juni 2023 \u2013 September 2024, 3 artikel)"."""
    first, last = (format_date(d, "month") if d else "" for d in (p.first_seen, p.last_seen))
    when = f"{first} \u2013 {last}" if first and last and first != last else (first or last)
    count = tr("{0} artikel").format(p.articles)
    return f"{p.position} ({when}, {count})" if when else f"{p.position} ({count})"


def _variants_tip(o: OfficialRecord) -> str:
    others = [v for v in o.variants if v != o.name]
    return tr("Juga ditulis: {0}").format(", ".join(others)) if others else o.name


def _positions_tip(o: OfficialRecord) -> str:
    return "\n".join(describe_span(p) for p in o.positions)


@dataclass(frozen=True)
class PanelRow:
    """A row of the side panel (official, organisation, place, quote) linked to a span of the body."""

    label: str
    detail: str = ""
    start: int = -1
    end: int = -1
    filter_query: str | None = None


class PanelRowModel(DataclassTableModel[PanelRow]):
    """Label and detail; narrow views show one column with the detail drawn beneath the label."""

    def __init__(self, headers: tuple[str, str], parent: Any = None) -> None:
        self._headers = headers
        super().__init__(parent)

    def columns(self) -> list[Column[PanelRow]]:
        return [Column(self._headers[0], lambda r: r.label, tooltip=_row_tip, detail=lambda r: r.detail),
                Column(self._headers[1], lambda r: r.detail, tooltip=_row_tip)]


def _row_tip(r: PanelRow) -> str:
    return f"{r.label}\n{r.detail}" if r.detail else r.label


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
                Column(tr("Judul"), lambda a: a.title, lambda a: a.title.casefold(), lambda a: a.title,
                       detail=lambda a: format_date(a.date) if a.date else "")]
