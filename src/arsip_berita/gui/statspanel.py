"""The side panel: the article's statistics, officials, organisations, places and quotes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from arsip_berita.core.model import Entity, Extraction
from arsip_berita.gui.delegates import DetailDelegate
from arsip_berita.gui.models import DataRole, FilterProxy, PanelRow, PanelRowModel, StatisticsModel
from arsip_berita.summary.format import shown_statistics


MIN_WIDTH = 280


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


def _table(model: object, name: str, visible: int) -> QTableView:
    """A narrow table: the first ``visible`` columns, rows as tall as their wrapped text, no side scrolling."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setShowGrid(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setItemDelegateForColumn(0, DetailDelegate(view))
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    columns = view.model().columnCount()
    for col in range(1, columns):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        view.setColumnHidden(col, col >= visible)
    header.setVisible(visible > 1)
    return view


def official_rows(ext: Extraction) -> list[PanelRow]:
    rows = []
    for off in ext.officials:
        names = {off.name, *off.variants}
        first = next((e for e in ext.entities if e.type == "PERSON" and (e.canonical in names or e.text in names)), None)
        rows.append(PanelRow(off.name, off.position or "", first.start if first else -1,
                             first.end if first else -1, f'pejabat:"{off.name}"'))
    return rows


def _unique(entities: list[Entity]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.canonical.casefold(), e)
    return list(seen.values())


def organization_rows(ext: Extraction) -> list[PanelRow]:
    rows = []
    for e in _unique([e for e in ext.entities if e.type == "ORGANIZATION"]):
        acronym = next((k for k, v in ext.acronyms.items() if v == e.canonical), "")
        detail = acronym if acronym and acronym != e.canonical else (e.text if e.text != e.canonical else "")
        rows.append(PanelRow(e.canonical, detail, e.start, e.end, f'instansi:"{e.canonical}"'))
    return rows


def place_roles() -> dict[str, str]:
    """The extraction's role of a place outside the gazetteer, as the Tempat tab shows it."""
    return {"venue": tr("tempat acara"), "dateline": tr("kota berita")}


def place_rows(ext: Extraction) -> list[PanelRow]:
    rows = []
    roles = place_roles()
    for e in _unique([e for e in ext.entities if e.type == "LOCATION"]):
        detail = ""
        if e.place is not None:
            detail = e.place.level + (f", {e.place.province}" if e.place.province and e.place.province != e.place.name else "")
        elif e.role:
            detail = roles.get(e.role, "")  # an internal role name ("venue") is no label
        name = e.place.name if e.place is not None else e.canonical
        rows.append(PanelRow(e.canonical, detail, e.start, e.end, f'tempat:"{name}"'))
    return rows


def quote_rows(ext: Extraction) -> list[PanelRow]:
    return [PanelRow(q.speaker or tr("(tidak diketahui)"), q.text, q.start, q.end) for q in ext.quotes]


class StatsPanel(QTabWidget):
    """Tabs over one article's extraction; a click marks the span, a double click filters by it."""

    statistic_selected = Signal(int)
    span_selected = Signal(int, int)
    filter_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPanel")
        self.setMinimumWidth(MIN_WIDTH)
        # Five tabs must fit a narrow panel: plain titles (counts in tooltips), tighter padding, no scrolling.
        self.setDocumentMode(True)
        self.setUsesScrollButtons(False)
        self.tabBar().setExpanding(True)
        self.setStyleSheet("QTabBar::tab { padding: 4px 4px; }")
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)  # never clipped mid-letter on a narrow panel
        self.statistics_model = StatisticsModel(self)
        self.statistics_proxy = FilterProxy(self)
        self.statistics_proxy.setSourceModel(self.statistics_model)
        self.statistics_view = _table(self.statistics_proxy, "statisticsTable", visible=2)
        self.statistics_view.setToolTip(tr("Klik: tunjukkan kalimatnya di teks"))
        self.statistics_view.setSortingEnabled(True)
        self.statistics_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # text order until a header is clicked
        self.statistics_view.clicked.connect(self._on_statistics_view_clicked)
        self.statistics_view.activated.connect(self._on_statistics_view_clicked)
        self.addTab(self.statistics_view, tr("Angka"))
        self.row_models: dict[str, PanelRowModel] = {}
        for key, title, headers in (
            ("officials", tr("Pejabat"), (tr("Nama"), tr("Jabatan"))),
            ("organizations", tr("Instansi"), (tr("Nama"), tr("Singkatan"))),
            ("places", tr("Tempat"), (tr("Nama"), tr("Jenis"))),
            ("quotes", tr("Kutipan"), (tr("Pembicara"), tr("Kutipan"))),
        ):
            model = PanelRowModel(headers, self)
            view = _table(model, f"{key}Table", visible=1)
            view.clicked.connect(self._on_row_view_clicked)
            view.activated.connect(self._on_row_view_clicked)
            view.doubleClicked.connect(self._on_row_view_double_clicked)
            view.setToolTip(tr("Klik: tunjukkan di teks. Klik ganda: saring pencarian.") if key != "quotes" else "")
            self.row_models[key] = model
            self.addTab(view, title)
        self.clear()

    def clear(self) -> None:
        """No article: every tab is disabled alike (an empty archive, a search without results)."""
        self.statistics_model.set_rows([])
        for model in self.row_models.values():
            model.set_rows([])
        self._update_titles(has_article=False)
        self._had_article = False
        self.setCurrentIndex(0)  # disabling every tab left Qt's current one on the last (Kutipan)

    def show_extraction(self, ext: Extraction | None) -> None:
        if ext is None:
            self.clear()
            return
        self.statistics_model.set_rows(shown_statistics(ext.statistics))
        self.row_models["officials"].set_rows(official_rows(ext))
        self.row_models["organizations"].set_rows(organization_rows(ext))
        self.row_models["places"].set_rows(place_rows(ext))
        self.row_models["quotes"].set_rows(quote_rows(ext))
        self.setTabEnabled(0, True)
        if not self.isTabEnabled(self.currentIndex()) or not self._had_article:
            self.setCurrentIndex(0)  # with every tab disabled before, Qt left the last one current
        self._update_titles(has_article=True)
        self._had_article = True

    def _update_titles(self, *, has_article: bool) -> None:
        """Empty tabs are greyed out, so what an article holds shows at a glance; counts in tooltips.
        With an article, the first tab (Angka) stays open to say it has none."""
        counts = [self.statistics_model.rowCount()] + [m.rowCount() for m in self.row_models.values()]
        tips = [tr("{0} angka"), tr("{0} pejabat"), tr("{0} instansi"), tr("{0} tempat"), tr("{0} kutipan")]
        for i, (tip, n) in enumerate(zip(tips, counts)):
            self.setTabToolTip(i, tip.format(n))
            self.setTabEnabled(i, n > 0 or (i == 0 and has_article))

    @Slot(QModelIndex)
    def _on_statistics_view_clicked(self, index: QModelIndex) -> None:
        source = self.statistics_proxy.mapToSource(index)
        self.statistic_selected.emit(source.row())

    @Slot(QModelIndex)
    def _on_row_view_clicked(self, index: QModelIndex) -> None:
        row = index.data(DataRole)
        if isinstance(row, PanelRow) and row.start >= 0:
            self.span_selected.emit(row.start, row.end)

    @Slot(QModelIndex)
    def _on_row_view_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(DataRole)
        if isinstance(row, PanelRow) and row.filter_query:
            self.filter_requested.emit(row.filter_query)
