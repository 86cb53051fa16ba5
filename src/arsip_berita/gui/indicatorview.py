"""The Indikator view: one indicator in one place over time, as a chart (pyqtgraph) and a table.

Each point is one figure from one release; clicking it (or its table row) opens the release.
Figures of a line whose releases disagree are drawn as red crosses and listed with the conflict note.
pyqtgraph rather than QtCharts: QtCharts is not in PySide6-Essentials (only in the much larger
PySide6-Addons), while pyqtgraph is a small pure-Python package over the Qt we already ship.
"""

from __future__ import annotations

from collections.abc import Callable

from datetime import datetime, time
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from arsip_berita.ledger.core import UNIT_WORDS, Entry, Ledger, Line, format_value, indicator_label
from arsip_berita.ledger.timeline import period_date

CONFLICT_COLOR = QColor(200, 30, 30)
POINT_COLOR = QColor(30, 90, 170)


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorView", text)


def load_ledger(open_archive: Callable[..., Any], ctx: Any = None) -> Ledger:
    """Build the ledger in a worker, over its own read-only connection to the archive."""
    from arsip_berita.ledger.api import build_ledger

    svc = open_archive(readonly=True)
    try:
        return build_ledger(svc)
    finally:
        svc.close()


class _CommaAxis(pg.AxisItem):
    """Values with a decimal comma, as Indonesian writes them."""

    def tickStrings(self, values: Any, scale: Any, spacing: Any) -> list[str]:  # noqa: N802 (pyqtgraph's name)
        return [t.replace(".", ",") for t in super().tickStrings(values, scale, spacing)]


def _timestamp(line: Line) -> float | None:
    when = period_date(line.period)
    return datetime.combine(when, time(12)).timestamp() if when else None


class IndicatorView(QWidget):
    """Choose an indicator and a place; see its values over time. Emits the release to open."""

    article_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger: Ledger | None = None
        self.indicator_box = QComboBox()
        self.indicator_box.setObjectName("indicatorBox")
        self.place_box = QComboBox()
        self.place_box.setObjectName("placeBox")
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("unitBox")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget(axisItems={"left": _CommaAxis("left")})
        self.plot.setObjectName("indicatorPlot")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.line_item = self.plot.plot([], [], pen=pg.mkPen(POINT_COLOR, width=2))
        self.scatter = pg.ScatterPlotItem(size=11, hoverable=True, tip=None)
        self.scatter.sigClicked.connect(self._on_points_clicked)
        self.plot.addItem(self.scatter)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("indicatorTable")
        self.table.setHorizontalHeaderLabels([tr("Periode"), tr("Nilai"), tr("Rilis"), tr("Tanggal"), tr("Catatan")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._on_row_activated)
        self.table.cellDoubleClicked.connect(self._on_row_activated)
        pickers = QHBoxLayout()
        for label, box in ((tr("Indikator:"), self.indicator_box), (tr("Tempat:"), self.place_box),
                           (tr("Satuan:"), self.unit_box)):
            text = QLabel(label)
            text.setBuddy(box)
            pickers.addWidget(text)
            pickers.addWidget(box, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.plot)
        split.addWidget(self.table)
        split.setSizes([320, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.indicator_box.currentIndexChanged.connect(self._on_indicator_changed)
        self.place_box.currentIndexChanged.connect(self._on_place_changed)
        self.unit_box.currentIndexChanged.connect(lambda _i: self.redraw())
        self._row_articles: list[int] = []

    # --- data -------------------------------------------------------------------------------
    def set_ledger(self, ledger: Ledger, indicator: str | None = None, place: str | None = None) -> None:
        self.ledger = ledger
        self.indicator_box.blockSignals(True)
        self.indicator_box.clear()
        for key, entries, conflicts in ledger.indicators():
            flag = tr(", {0} konflik").format(conflicts) if conflicts else ""
            self.indicator_box.addItem(f"{indicator_label(key)} ({entries}{flag})", key)
        self.indicator_box.blockSignals(False)
        if indicator is not None and self.indicator_box.findData(indicator) >= 0:
            self.indicator_box.setCurrentIndex(self.indicator_box.findData(indicator))
        self._on_indicator_changed()
        if place is not None and self.place_box.findData(place) >= 0:
            self.place_box.setCurrentIndex(self.place_box.findData(place))

    def _on_indicator_changed(self, _index: int = 0) -> None:
        self.place_box.blockSignals(True)
        self.place_box.clear()
        key = self.indicator_box.currentData()
        if self.ledger is not None and key:
            counts: dict[str, int] = {}
            for line in self.ledger.lines.values():
                if line.indicator == key and line.region:
                    counts[line.region] = counts.get(line.region, 0) + len(line.entries)
            for region in sorted(counts, key=lambda r: (-counts[r], r)):
                self.place_box.addItem(f"{region} ({counts[region]})", region)
        self.place_box.blockSignals(False)
        self._on_place_changed()

    def _on_place_changed(self, _index: int = 0) -> None:
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        counts: dict[str, int] = {}
        for line in self.current_lines():
            for e in line.entries:
                counts[e.unit or ""] = counts.get(e.unit or "", 0) + 1
        for unit in sorted(counts, key=lambda u: (-counts[u], u)):
            self.unit_box.addItem(UNIT_WORDS.get(unit, unit) or tr("(tanpa satuan)"), unit)
        self.unit_box.blockSignals(False)
        self.redraw()

    def current_lines(self) -> list[Line]:
        key, region = self.indicator_box.currentData(), self.place_box.currentData()
        if self.ledger is None or not key or not region:
            return []
        return self.ledger.timeline(key, region)

    def points(self) -> list[tuple[float, float, Entry, Line]]:
        """(x timestamp, y value, entry, line) of what the chart shows."""
        unit = self.unit_box.currentData()
        out = []
        for line in self.current_lines():
            x = _timestamp(line)
            if x is None:
                continue
            for e in line.entries:
                if (e.unit or "") == (unit or "") and e.kind != "comparison":
                    out.append((x, float(e.value), e, line))
        return out

    # --- drawing ----------------------------------------------------------------------------
    def redraw(self) -> None:
        pts = self.points()
        spots = []
        for x, y, e, line in pts:
            bad = line.conflict
            spots.append({"pos": (x, y), "data": e.article_id, "symbol": "x" if bad else "o",
                          "size": 15 if bad else 11,
                          "brush": pg.mkBrush(CONFLICT_COLOR if bad else POINT_COLOR),
                          "pen": pg.mkPen(CONFLICT_COLOR if bad else POINT_COLOR, width=2 if bad else 1)})
        self.scatter.setData(spots)
        firsts: dict[float, float] = {}
        for x, y, e, _line in pts:
            if e.comparable:
                firsts.setdefault(x, y)
        xs = sorted(firsts)
        self.line_item.setData(xs, [firsts[x] for x in xs])
        ticks = sorted({(x, line.period) for x, _y, _e, line in pts})
        self.plot.getAxis("bottom").setTicks([ticks])
        unit = self.unit_box.currentText()
        self.plot.setLabel("left", unit)
        self.plot.setTitle(f"{self.indicator_box.currentText().split(' (')[0]} · {self.place_box.currentData() or ''}")
        if pts:
            self.plot.enableAutoRange()
            if len({x for x, *_ in pts}) == 1:  # one period: give the point room on the time axis
                x0 = pts[0][0]
                self.plot.setXRange(x0 - 86400 * 200, x0 + 86400 * 200)
        self._fill_table(pts)
        conflicts = sum(1 for line in self.current_lines() if line.conflict)
        text = tr("{0} angka dari {1} periode.").format(len(pts), len(xs) or len({x for x, *_ in pts}))
        if conflicts:
            text += " " + tr("{0} periode dengan angka yang berbeda antar-rilis (tanda silang merah).").format(conflicts)
        self.summary.setText(text if pts else tr("Belum ada angka untuk pilihan ini."))

    def _fill_table(self, pts: list[tuple[float, float, Entry, Line]]) -> None:
        self.table.setRowCount(len(pts))
        self._row_articles = []
        for row, (_x, _y, e, line) in enumerate(pts):
            note = line.note or ""
            if e.kind == "baseline":
                note = (tr("angka pembanding") + ("; " + note if note else ""))
            cells = [line.period, format_value(e.value, e.unit), e.title, e.date or "", note]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(e.text if col in (1, 2) else text)
                if line.conflict:
                    item.setForeground(CONFLICT_COLOR)
                self.table.setItem(row, col, item)
            self._row_articles.append(e.article_id)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def _on_points_clicked(self, _item: Any, points: Any, *_rest: Any) -> None:
        if len(points):
            self.article_requested.emit(int(points[0].data()))

    def _on_row_activated(self, row: int, _col: int) -> None:
        if 0 <= row < len(self._row_articles):
            self.article_requested.emit(self._row_articles[row])


class IndicatorWindow(QDialog):
    """A window of its own beside the main one (not modal), so releases open while it stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Indikator"))
        self.setObjectName("indicatorWindow")
        self.setModal(False)
        self.view = IndicatorView(self)
        QVBoxLayout(self).addWidget(self.view)
        self.resize(900, 640)


def open_indicator_window(main: Any, indicator: str | None = None, place: str | None = None,
                          ledger: Ledger | None = None) -> IndicatorWindow:
    """Show the Indikator window of the main window (one per window), at an indicator and place when
    given; the ledger is built behind it unless one is handed over."""
    win = getattr(main, "_indicator_window", None)
    if win is None:
        win = IndicatorWindow(main)
        win.view.article_requested.connect(main.open_article)
        main._indicator_window = win
    win.show()
    win.raise_()
    if ledger is not None:
        win.view.set_ledger(ledger, indicator, place)
        return win
    win.view.summary.setText(tr("Menyusun buku indikator..."))
    opener = main.service.opener()
    main.runner.submit("buku-indikator", lambda ctx: load_ledger(opener, ctx), bulk=True,
                       on_done=lambda built: win.view.set_ledger(built, indicator, place))
    return win
