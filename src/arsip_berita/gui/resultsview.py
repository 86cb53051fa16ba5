"""The results pane: count and time, notices, sort order, the hit table (snippets drawn as HTML), empty states."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QStackedWidget, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from arsip_berita.gui.models import FilterProxy, HitTableModel

SORTS = ("score", "date", "date_asc")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


class HtmlDelegate(QStyledItemDelegate):
    """Draws a cell's DisplayRole as rich text (the snippet's <b class="match"> terms)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        html = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        doc.setDefaultStyleSheet(f"body {{ color: {colour.name()}; }} b.match {{ font-weight: bold; }}")
        doc.setHtml(f"<body>{html}</body>")
        doc.setTextWidth(10_000)  # one line; the cell clips it
        painter.save()
        painter.translate(opt.rect.left(), opt.rect.top() + max(0.0, (opt.rect.height() - doc.size().height()) / 2))
        clip = QRectF(0, 0, opt.rect.width(), opt.rect.height())
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, colour)
        ctx.clip = clip
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(400, base.height())


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
        self.table.setItemDelegateForColumn(HitTableModel.SNIPPET, HtmlDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("resultNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.linkActivated.connect(self.suggestion_clicked)
        self.sort_combo = QComboBox()
        self.sort_combo.setObjectName("sortCombo")
        for label in (tr("Relevansi"), tr("Terbaru"), tr("Terlama")):
            self.sort_combo.addItem(label)
        self.sort_combo.setToolTip(tr("Urutan hasil"))
        self.sort_combo.currentIndexChanged.connect(lambda i: self.sort_changed.emit(SORTS[i]))
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
        layout.addLayout(top)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.stack, 1)
        self.notice_label.hide()

    def sort(self) -> str:
        return SORTS[self.sort_combo.currentIndex()]

    def set_sort(self, sort: str) -> None:
        self.sort_combo.setCurrentIndex(SORTS.index(sort) if sort in SORTS else 0)

    def show_empty(self, message: str) -> None:
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label)

    def show_table(self) -> None:
        self.stack.setCurrentWidget(self.table)

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def set_notice(self, notice: str | None, suggestion: str | None) -> None:
        parts = [escape(notice)] if notice else []
        if suggestion:
            parts.append(tr("Mungkin maksud Anda:") + f' <a href="{escape(suggestion, quote=True)}">{escape(suggestion)}</a>')
        self.notice_label.setText(" ".join(parts))
        self.notice_label.setVisible(bool(parts))

    def set_error(self, message: str) -> None:
        self.notice_label.setText(f'<span style="color:#D55E00">{escape(message)}</span>')
        self.notice_label.show()

    def fit_columns(self) -> None:
        for col, width in ((HitTableModel.TITLE, 260), (HitTableModel.DATE, 125),
                           (HitTableModel.SOURCE, 95), (HitTableModel.PLACE, 105)):
            self.table.setColumnWidth(col, width)
