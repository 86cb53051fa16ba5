"""The results over time: a small bar chart by month (or year, for long spans); a click filters by it.

Drawn with QPainter rather than a charting library: a dozen to a few dozen bars need no more, and
QtCharts (PySide6-Addons, over 100 MB) or pyqtgraph (with numpy) would be large dependencies for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from arsip_berita.gui.models import format_count
from arsip_berita.gui.querytools import has_clause
from arsip_berita.summary.format import format_date

MAX_MONTHS = 36  # a longer span is shown by year
FACET_LIMIT = 50  # the index returns at most this many values per facet
BAR_COLOUR = QColor("#0072B2")  # Okabe-Ito blue
ACTIVE_COLOUR = QColor("#D55E00")  # Okabe-Ito vermillion: the period filtered by


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


@dataclass(frozen=True)
class Bar:
    period: str  # "2024-03" or "2024"
    count: int
    active: bool = False

    @property
    def clause(self) -> str:
        return f"tanggal:{self.period}"

    @property
    def label(self) -> str:
        return format_date(self.period, "month") if len(self.period) == 7 else self.period


def _months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while (y, m) <= (int(last[:4]), int(last[5:7])):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def histogram_bars(query: str, facets: dict[str, list[tuple[str, int]]]) -> list[Bar]:
    """Bars over the whole span, empty periods included: by month up to MAX_MONTHS, else by year."""
    months = {v: n for v, n in facets.get("bulan", []) if len(v) == 7 and v[4] == "-" and v[:4].isdigit()}
    years = {v: n for v, n in facets.get("tahun", []) if len(v) == 4 and v.isdigit()}
    periods: list[str]
    counts: dict[str, int]
    if months and len(months) < FACET_LIMIT and len(span := _months_between(min(months), max(months))) <= MAX_MONTHS:
        periods, counts = span, months
    elif years:
        periods = [str(y) for y in range(int(min(years)), int(max(years)) + 1)]
        counts = years
    else:
        return []
    return [Bar(p, counts.get(p, 0), has_clause(query, f"tanggal:{p}")) for p in periods]


class DateHistogram(QWidget):
    """Bars of the result count per period; click (or arrow keys and Enter) to toggle its date filter."""

    clause_toggled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateHistogram")
        self.bars: list[Bar] = []
        self._current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setToolTip(tr("Sebaran hasil menurut waktu. Klik batang untuk menyaring periodenya."))
        self.setAccessibleName(tr("Sebaran hasil menurut waktu"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(180, 64)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(60, 64)

    def show_bars(self, query: str, facets: dict[str, list[tuple[str, int]]]) -> None:
        self.bars = histogram_bars(query, facets)
        self._current = min(self._current, len(self.bars) - 1)
        # One period says nothing a count does not, unless it is the filter (a click removes it).
        self.setVisible(len(self.bars) > 1 or any(b.active for b in self.bars))
        self.update()

    # --- geometry ----------------------------------------------------------------------------
    MAX_BAR = 28.0  # a few bars stay bars, centred, not blocks

    def _chart(self) -> QRectF:
        """The bars' area: room beneath for the first and last label; a few bars are centred."""
        area = QRectF(self.rect()).adjusted(4, 4, -4, -16)
        wanted = self.MAX_BAR * max(1, len(self.bars))
        if wanted < area.width():
            area.adjust((area.width() - wanted) / 2, 0, -(area.width() - wanted) / 2, 0)
        return area

    def bar_rect(self, index: int) -> QRectF:
        chart = self._chart()
        step = chart.width() / max(1, len(self.bars))
        top = max((b.count for b in self.bars), default=0) or 1
        height = chart.height() * self.bars[index].count / top
        gap = min(2.0, step * 0.2)
        return QRectF(chart.left() + index * step + gap / 2, chart.bottom() - height, max(1.0, step - gap), height)

    def index_at(self, pos: QPoint) -> int:
        chart = self._chart()
        if not self.bars or not chart.adjusted(0, -4, 0, 16).contains(pos.toPointF()):
            return -1
        step = chart.width() / len(self.bars)
        return min(len(self.bars) - 1, max(0, int((pos.x() - chart.left()) // step)))

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().color(QPalette.ColorRole.Text)
        base = QColor(text)
        base.setAlphaF(0.25)
        chart = self._chart()
        painter.setPen(base)
        painter.drawLine(chart.bottomLeft(), chart.bottomRight())
        painter.setPen(Qt.PenStyle.NoPen)
        for i, bar in enumerate(self.bars):
            colour = ACTIVE_COLOUR if bar.active else BAR_COLOUR
            if i == self._current and self.hasFocus():
                colour = colour.darker(140)
            painter.setBrush(colour)
            painter.drawRect(self.bar_rect(i))
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        painter.setPen(text)
        label_rect = QRectF(4, chart.bottom() + 1, self.width() - 8, 14)
        top = int(Qt.AlignmentFlag.AlignTop)
        if len(self.bars) == 1:
            painter.drawText(label_rect, top | int(Qt.AlignmentFlag.AlignHCenter), _short(self.bars[0]))
        else:
            painter.drawText(label_rect, top | int(Qt.AlignmentFlag.AlignLeft), _short(self.bars[0]))
            painter.drawText(label_rect, top | int(Qt.AlignmentFlag.AlignRight), _short(self.bars[-1]))
        painter.end()

    # --- interaction -------------------------------------------------------------------------
    def tip_for(self, index: int) -> str:
        bar = self.bars[index]
        hint = tr("Klik untuk menghapus saringan ini") if bar.active else tr("Klik untuk menyaring periode ini")
        return tr("{0}: {1} artikel").format(bar.label, format_count(bar.count)) + "\n" + hint

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        index = self.index_at(event.position().toPoint())
        if index >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.tip_for(index), self)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        index = self.index_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0 and self.bars[index].count:
            self._current = index
            self.clause_toggled.emit(self.bars[index].clause)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if self.bars and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            last = len(self.bars) - 1
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key, 0)
            self._current = (0 if key == Qt.Key.Key_Home else last if key == Qt.Key.Key_End
                             else min(last, max(0, self._current + step)))
            center = self.bar_rect(self._current).center().toPoint()
            QToolTip.showText(self.mapToGlobal(center), self.tip_for(self._current), self)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and 0 <= self._current < len(self.bars):
            self.clause_toggled.emit(self.bars[self._current].clause)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        if self._current < 0 and self.bars:
            self._current = len(self.bars) - 1
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.update()
        super().focusOutEvent(event)


def _short(bar: Bar) -> str:
    """ "Mar 2024" or "2024": the axis has room for short labels only."""
    if len(bar.period) == 4:
        return bar.period
    words = bar.label.split()
    return f"{words[0][:3]} {words[-1]}" if len(words) >= 2 else bar.label
