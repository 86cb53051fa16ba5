"""The seed press release in the window: officials highlighted, statistics, filtering by an official."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from arsip_berita.core.model import SearchHit


SEED_OFFICIALS = {"Leonard S. Ampung", "Adyawarman", "Agnes Widiastuti", "Alpius Patanan"}


def entity_runs(doc: QTextDocument) -> list[tuple[str, str]]:
    """(anchor href, text) of every run of the document that links an entity."""
    runs = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            href = frag.charFormat().anchorHref()
            if href.startswith("entity:"):
                runs.append((href, frag.text()))
            it += 1
        block = block.next()
    return runs


@pytest.fixture
def seed_open(qtbot, seed_window):  # type: ignore[no-untyped-def]
    w = seed_window
    with qtbot.waitSignal(w.article_shown, timeout=20000), qtbot.waitSignal(w.search_finished, timeout=20000):
        w.set_query('"penanggulangan kemiskinan" Kalteng')
    assert w.article.loaded().article.title.startswith("Pemprov Kalteng Gelar Rakor")
    return w


def test_seed_officials_are_highlighted(seed_open) -> None:  # type: ignore[no-untyped-def]
    w = seed_open
    ext = w.article.loaded().extraction
    runs = entity_runs(w.article.browser.document())
    officials = set()
    for href, text in runs:
        kind, index = href.removeprefix("entity:").split("/")
        if kind == "official":
            officials.add(ext.entities[int(index)].canonical)
            assert ext.entities[int(index)].type == "PERSON"
    assert officials == SEED_OFFICIALS
    assert "Leonard S. Ampung" in {t for _, t in runs}
    tip = w.article.tooltip_for(QUrl(next(h for h, t in runs if t == "Agnes Widiastuti")))
    assert "Kepala BPS" in tip
    # Switching the official colour off removes their links from the document.
    w.article.toggles["official"].setChecked(False)
    assert not any(h.startswith("entity:official/") for h, _ in entity_runs(w.article.browser.document()))
    assert any(h.startswith("entity:place/") for h, _ in entity_runs(w.article.browser.document()))


def test_seed_statistics_table(seed_open) -> None:  # type: ignore[no-untyped-def]
    w = seed_open
    model = w.panel.statistics_model
    values = [model.index(r, model.VALUE).data() for r in range(model.rowCount())]
    assert any(v.endswith("5,17 persen") for v in values), values
    assert any("145.630 jiwa" in v for v in values), values
    assert any(v.endswith("9,03 persen") for v in values), values
    assert w.panel.row_models["officials"].rowCount() == 4


def test_clicking_a_statistic_marks_its_sentence(qtbot, seed_open) -> None:  # type: ignore[no-untyped-def]
    w = seed_open
    model = w.panel.statistics_model
    row = next(r for r in range(model.rowCount()) if model.index(r, model.VALUE).data().endswith("5,17 persen"))
    view = w.panel.statistics_view
    index = w.panel.statistics_proxy.mapFromSource(model.index(row, model.VALUE))
    rect = view.visualRect(index)
    from PySide6.QtCore import Qt

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    marked = w.article.marked_text()
    assert "5,17 persen" in marked and "145.630" in marked


def test_clicking_an_official_filters_the_results(qtbot, seed_open) -> None:  # type: ignore[no-untyped-def]
    w = seed_open
    runs = entity_runs(w.article.browser.document())
    href = next(h for h, t in runs if t == "Agnes Widiastuti")
    with qtbot.waitSignal(w.search_finished, timeout=20000) as blocker:
        w.article.browser.anchorClicked.emit(QUrl(href))
    assert 'pejabat:"Agnes Widiastuti"' in w.search_bar.text()
    result = blocker.args[0]
    hits: list[SearchHit] = w.results.model.rows()
    assert result.total == 1 and len(hits) == 1 and "Agnes Widiastuti" in hits[0].officials
    # Clicking again removes the filter.
    with qtbot.waitSignal(w.search_finished, timeout=20000):
        w.article.browser.anchorClicked.emit(QUrl(href))
    assert "pejabat:" not in w.search_bar.text()


def test_officials_browser_lists_the_seed_officials(qtbot, seed_window) -> None:  # type: ignore[no-untyped-def]
    browser = seed_window.officials
    names = {r.name for r in browser.model.rows()}
    assert SEED_OFFICIALS <= names
    browser.filter_edit.setText("agnes")
    assert browser.proxy.rowCount() == 1
    browser.table.selectRow(0)
    assert browser.article_model.rowCount() == 1
    assert "Kepala BPS" in browser.positions.text()
    with qtbot.waitSignal(seed_window.article_shown, timeout=20000):
        browser.article_table.clicked.emit(browser.article_proxy.index(0, 1))
    assert seed_window.article.loaded().article.title.startswith("Pemprov Kalteng")
