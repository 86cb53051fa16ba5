"""What a user sees at a glance: facets on the first view, a readable side panel and dock, one-click actions."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt

from arsip_berita.gui.models import DetailRole, FacetModel, StatisticsModel, describe_span, short_date
from arsip_berita.archive.officials import PositionSpan


def test_first_view_has_facets_over_the_whole_archive(window) -> None:  # type: ignore[no-untyped-def]
    rows = window.facets.facet_model.rows()
    years = {r.value: r.count for r in rows if r.field == "tahun" and r.value}
    assert years and sum(years.values()) == window.service.count()
    assert window.results.count_label.text().endswith("artikel terbaru")
    month = next(i for i, r in enumerate(rows) if r.field == "bulan" and r.value)
    shown = window.facets.facet_model.index(month, FacetModel.VALUE).data()
    assert "-" not in shown and shown.split()[-1].isdigit()  # "Maret 2024", not "2024-03"
    count = window.facets.facet_model.index(month, FacetModel.COUNT)
    assert count.data() == str(rows[month].count)
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert window.facets.facet_model.index(month, FacetModel.VALUE).data(Qt.ItemDataRole.ToolTipRole)


def test_facet_values_fit_the_sidebar(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.facets.width() >= window.facets.minimumWidth())
    header = window.facets.header()
    assert header.length() <= window.facets.viewport().width()
    assert header.sectionSize(FacetModel.COUNT) < 60  # a count, not half the sidebar


def test_statistics_show_context_beneath_and_need_no_side_scrolling(qtbot, seed_window) -> None:  # type: ignore[no-untyped-def]
    w = seed_window
    with qtbot.waitSignal(w.article_shown, timeout=20000):
        w.set_query('"penanggulangan kemiskinan"')
    model = w.panel.statistics_model
    row = next(r for r in range(model.rowCount()) if model.index(r, model.VALUE).data().endswith("5,17 persen"))
    detail = model.index(row, StatisticsModel.INDICATOR).data(DetailRole)
    assert "2024" in detail and "Kalimantan Tengah" in detail
    assert "5,17 persen" in model.index(row, StatisticsModel.VALUE).data(Qt.ItemDataRole.ToolTipRole)
    view = w.panel.statistics_view
    assert view.isColumnHidden(StatisticsModel.REGION) and not view.isColumnHidden(StatisticsModel.VALUE)
    assert view.horizontalHeader().length() <= view.viewport().width()
    first = w.panel.statistics_proxy.index(0, 0)
    assert view.rowHeight(0) >= 2 * view.fontMetrics().height() or not first.data(DetailRole)


def test_suggestion_runs_with_one_click(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        window.set_query("banjr")
    suggestion = window.last_result.suggestion
    button = window.results.suggestion_button
    assert suggestion and button.isVisible() and button.text() == suggestion
    with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.search_bar.text() == suggestion and blocker.args[0].query == suggestion
    assert blocker.args[0].total >= 1


def test_official_completion_runs_with_one_click(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    line = window.search_bar.line
    line.setFocus()
    qtbot.keyClicks(line, "Budi")
    popup = window.search_bar.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == 'pejabat:"Budi Santoso"')
    rect = popup.visualRect(model.index(row, 0))
    with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.search_bar.text() == "pejabat:\"Budi Santoso\"", window.search_bar.text()
    assert blocker.args[0].query == 'pejabat:"Budi Santoso"' and blocker.args[0].total == 1


def test_field_prefix_completion_waits_for_a_value(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    line = window.search_bar.line
    line.setFocus()
    qtbot.keyClicks(line, "tempa")
    popup = window.search_bar.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    rect = popup.visualRect(popup.model().index(0, 0))
    with qtbot.assertNotEmitted(window.search_bar.search_requested, wait=100):
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert line.text() == "tempat:"


def test_print_preview_survives_repaints(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.printer.preview_opened, timeout=60000) as blocker:
        window.print_current()
    dialog = blocker.args[0]
    gc.collect()  # the printer the preview paints from must outlive this
    qtbot.waitExposed(dialog)
    assert not dialog.grab().isNull()
    dialog.close()


def test_officials_dock_shows_position_beneath_the_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    browser = window.officials
    names = {browser.model.index(r, 0).data(): browser.model.index(r, 0).data(DetailRole)
             for r in range(browser.model.rowCount())}
    assert names.get("Budi Santoso", "").startswith("Kepala Dinas Sosial")
    assert browser.table.isColumnHidden(1)
    assert browser.table.horizontalHeader().length() <= browser.table.viewport().width() or not browser.isVisible()


def test_dates_for_narrow_columns_and_position_spans() -> None:
    assert short_date("2024-12-03") == "3 Des 2024"
    assert short_date(None) == ""
    span = PositionSpan("Kepala BPS Provinsi Kalteng", "2023-06-14", "2024-09-03", 3)
    assert describe_span(span) == "Kepala BPS Provinsi Kalteng (Juni 2023 \u2013 September 2024, 3 artikel)"
    assert describe_span(PositionSpan("Camat Contoh", None, None, 1)) == "Camat Contoh (1 artikel)"


def test_empty_archive_has_no_zero_count(qtbot, empty_service, settings, window_factory) -> None:  # type: ignore[no-untyped-def]
    window = window_factory(qtbot, empty_service, settings)
    assert window.results.count_label.text() == ""
    assert window.facets.facet_model.rowCount() == 0
    window.close()


def test_keyboard_completion_keeps_the_rest_of_the_query(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    line = window.search_bar.line
    line.setFocus()
    qtbot.keyClicks(line, "banjir Budi")
    popup = window.search_bar.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # highlighting already writes the completion into the line
    with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert blocker.args[0].query == 'banjir pejabat:"Budi Santoso"'
    assert window.search_bar.history.count('banjir pejabat:"Budi Santoso"') == 1
