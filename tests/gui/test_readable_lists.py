"""Long names in narrow lists are cut where they differ, the full name in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from arsip_berita.gui.facets import FacetPanel
from arsip_berita.gui.models import FacetModel

LONG = ("Badan Perencanaan Pembangunan Daerah Provinsi Kalimantan Tengah",
        "Badan Perencanaan Pembangunan Daerah Provinsi Nusa Tenggara Barat")


def _shown(panel: FacetPanel, row: int) -> str:
    index = panel.facet_model.index(row, FacetModel.VALUE)
    option = QStyleOptionViewItem()
    option.initFrom(panel.viewport())
    option.rect = panel.visualRect(index)
    option.widget = panel
    delegate = panel.itemDelegateForColumn(FacetModel.VALUE)
    delegate.initStyleOption(option, index)
    width = panel.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, panel).width()
    return option.fontMetrics.elidedText(option.text, option.textElideMode, width)


def test_facets_sharing_a_long_start_stay_distinguishable(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.resize(200, 400)
    panel.show()
    panel.show_facets("", {"instansi": [(LONG[0], 6), (LONG[1], 4), ("Dinas Sosial", 3)]})
    rows = panel.facet_model.rows()
    shown = {rows[i].value: _shown(panel, i) for i in range(len(rows)) if rows[i].value}
    assert shown["Dinas Sosial"] == "Dinas Sosial"
    a, b = shown[LONG[0]], shown[LONG[1]]
    assert a != b and "\u2026" in a and "\u2026" in b, (a, b)
    tip = panel.facet_model.index(1, FacetModel.VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert LONG[0] in tip


def test_sample_sources_lose_their_prefix_in_the_facets(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.show_facets("", {"sumber": [("Contoh: Diskominfo Kabupaten Gowa", 2)]})
    assert panel.facet_model.index(1, FacetModel.VALUE).data() == "Diskominfo Kabupaten Gowa"
