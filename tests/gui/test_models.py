"""Every model passes qtmodeltester, filled from a real archive and extraction."""

from __future__ import annotations

from arsip_berita.gui.dialogs import shortcut_rows
from arsip_berita.gui.models import ArticleListModel, ArticleRef, FacetModel, HitTableModel, PanelRow, PanelRowModel
from arsip_berita.gui.facets import facet_rows


def test_result_and_facet_models(qtmodeltester, window) -> None:  # type: ignore[no-untyped-def]
    result = window.last_result
    assert window.results.model.rowCount() == 2
    qtmodeltester.check(window.results.model)
    qtmodeltester.check(window.results.proxy)
    model = HitTableModel()
    model.set_rows(result.hits)
    qtmodeltester.check(model)
    facets = FacetModel()
    facets.set_rows(facet_rows("tanggal:2024", {"tahun": [("2024", 2)], "sumber": [("Diskominfo", 1)]}))
    assert [r.active for r in facets.rows()] == [False, True, False, False]
    qtmodeltester.check(facets)


def test_panel_models_on_the_seed(qtmodeltester, seed_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = seed_window
    with qtbot.waitSignal(w.article_shown, timeout=20000):
        w.set_query('"penanggulangan kemiskinan"')
    assert w.panel.statistics_model.rowCount() > 0
    qtmodeltester.check(w.panel.statistics_model)
    qtmodeltester.check(w.panel.statistics_proxy)
    for model in w.panel.row_models.values():
        qtmodeltester.check(model)
    assert w.officials.model.rowCount() >= 4
    qtmodeltester.check(w.officials.model)
    qtmodeltester.check(w.officials.proxy)


def test_small_models(qtmodeltester, window) -> None:  # type: ignore[no-untyped-def]
    articles = ArticleListModel()
    articles.set_rows([ArticleRef(1, "Satu", "2024-03-04"), ArticleRef(2, "Dua")])
    assert articles.index(0, 0).data() == "Senin, 4 Maret 2024"
    qtmodeltester.check(articles)
    rows = PanelRowModel(("A", "B"))
    rows.set_rows(shortcut_rows(list(window.actions_by_key.values())))
    assert rows.rowCount() > 15
    qtmodeltester.check(rows)
    empty = PanelRowModel(("A", "B"))
    empty.set_rows([PanelRow("x")])
    qtmodeltester.check(empty)
