"""Item delegates: rich-text snippets, and a label with a smaller word-wrapped detail line beneath it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from arsip_berita.gui.models import DataRole, DetailRole

Index = QModelIndex | QPersistentModelIndex
PAD = 4
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


class HtmlDelegate(QStyledItemDelegate):
    """Draws a cell's DisplayRole as rich text (the snippet's <b class="match"> terms)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
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

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt's name)
        base = super().sizeHint(option, index)
        return QSize(400, base.height())


class DetailDelegate(QStyledItemDelegate):
    """The cell's text (bold when ``bold``), then its DetailRole in a smaller, softer font, both wrapped.

    The view must enable word wrap and size rows to contents: the height follows the column width.
    """

    def __init__(self, parent: object = None, *, bold: bool = True, max_detail_lines: int = 6) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.bold = bold
        self.max_detail_lines = max_detail_lines

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        title = QFont(base)
        title.setBold(self.bold or title.bold())
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.9))
        return title, small

    def _layout(self, option: QStyleOptionViewItem, index: Index, width: int) -> tuple[str, str, int, int]:
        title_font, small_font = self._fonts(option.font)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(DetailRole) or "")
        inner = QRect(0, 0, max(20, width - 2 * PAD), 100_000)
        h1 = QFontMetrics(title_font).boundingRect(inner, WRAP, title).height()
        h2 = 0
        if detail:
            fm = QFontMetrics(small_font)
            h2 = min(fm.boundingRect(inner, WRAP, detail).height(), fm.lineSpacing() * self.max_detail_lines)
        return title, detail, h1, h2

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        title, detail, h1, h2 = self._layout(option, index, opt.rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        soft = QColor(colour)
        soft.setAlphaF(0.72)  # softer than the label in light and dark palettes alike
        title_font, small_font = self._fonts(option.font)
        rect = opt.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setPen(colour)
        painter.setFont(title_font)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), h1), WRAP, title)
        if detail:
            painter.setPen(soft)
            painter.setFont(small_font)
            painter.drawText(QRect(rect.left(), rect.top() + h1, rect.width(), h2), WRAP, detail)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt's name)
        width = option.rect.width() if option.rect.width() > 0 else 240
        _t, _d, h1, h2 = self._layout(option, index, width)
        return QSize(width, h1 + h2 + PAD + 2)


class MiddleElideDelegate(QStyledItemDelegate):
    """Elides in the middle: sources share their start ("Contoh: Diskominfo ..."), their ends differ."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class FacetDelegate(QStyledItemDelegate):
    """Long values are elided where they differ from their neighbours in the same group.

    Agency and place names share their starts ("Badan Perencanaan Pembangunan Daerah Provinsi ..."):
    cut at the end, two facets read the same "Badan Perencanaan P..."; such values are cut in the
    middle instead, which keeps the part that tells them apart. The full name is in the tooltip.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        row = index.data(DataRole)
        if getattr(row, "value", None) is None:
            return
        option.textElideMode = elide_mode(option, index, row)


def elide_mode(option: QStyleOptionViewItem, index: Index, row: object) -> Qt.TextElideMode:
    """Right, unless cutting at the end makes this value look like another of its group."""
    from arsip_berita.gui.models import facet_value_text

    model = index.model()
    rows = model.rows() if hasattr(model, "rows") else []  # type: ignore[union-attr]
    style = option.widget.style() if option.widget else None
    if style is None or not rows:
        return Qt.TextElideMode.ElideRight
    width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget).width()
    metrics = option.fontMetrics
    text = option.text
    if metrics.horizontalAdvance(text) <= width:
        return Qt.TextElideMode.ElideRight  # fits: nothing is cut
    mine = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    field = getattr(row, "field", None)
    for other in rows:
        if other is row or other.value is None or other.field != field:
            continue
        if metrics.elidedText(facet_value_text(other), Qt.TextElideMode.ElideRight, width) == mine:
            return Qt.TextElideMode.ElideMiddle
    return Qt.TextElideMode.ElideRight
