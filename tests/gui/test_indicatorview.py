"""The Indikator view on a real archive of invented releases: the chart's points are the ledger's
figures, conflicts are marked, a click on a point opens its release; the window opens from the menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from arsip_berita.gui.indicatorview import IndicatorView, load_ledger
from arsip_berita.archive.service import ArchiveService

SERIES = [("Maret 2021", "7,15", "10/4/2021"), ("September 2021", "6,84", "10/11/2021"),
          ("Maret 2022", "6,73", "10/4/2022"), ("Maret 2023", "6,71", "10/4/2023")]


@pytest.fixture
def series_archive(tmp_path: Path) -> Path:
    folder = tmp_path / "rilis"
    folder.mkdir()
    for i, (period, value, day) in enumerate(SERIES):
        (folder / f"s{i}.txt").write_text(
            f"Angka Kemiskinan Kalbar {period}\n\nPONTIANAK – Persentase penduduk miskin Provinsi Kalimantan Barat "
            f"pada {period} sebesar {value} persen. Data itu disampaikan dalam rapat koordinasi, Senin ({day}).",
            encoding="utf-8")
    (folder / "beda.txt").write_text(
        "Kemiskinan Kalbar Dibahas DPRD\n\nPONTIANAK – Persentase penduduk miskin Provinsi Kalimantan Barat pada "
        "Maret 2023 sebesar 6,92 persen, kata anggota dewan dalam rapat, Kamis (20/7/2023).", encoding="utf-8")
    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    try:
        assert svc.import_paths([folder], processes=1).added == 5
    finally:
        svc.close()
    return tmp_path / "arsip"


def test_points_conflicts_and_click_opens_release(qtbot, series_archive: Path) -> None:  # type: ignore[no-untyped-def]
    view = IndicatorView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    svc = ArchiveService.open(series_archive)
    try:
        ledger = load_ledger(svc.opener())  # a worker is handed the archive's opener, not its folder
    finally:
        svc.close()
    view.set_ledger(ledger, "kemiskinan.persentase", "Kalimantan Barat")
    view.show()
    qtbot.waitExposed(view)
    pts = view.points()
    assert sorted(round(y, 2) for _x, y, _e, _l in pts) == [6.71, 6.73, 6.84, 6.92, 7.15]
    assert sum(1 for *_rest, line in pts if line.conflict) == 2
    assert "berbeda antar-rilis" in view.summary.text()
    assert view.table.rowCount() == 5 and view.unit_box.currentText() == "persen"
    # Click the point of the first period where it is drawn (once the view has laid out its ranges).
    qtbot.wait(300)
    x, y, entry, _line = min(pts, key=lambda p: p[0])
    vb = view.plot.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(QPointF(x, y))
    widget_pos = view.plot.mapFromScene(scene_pos)
    with qtbot.waitSignal(view.article_requested, timeout=3000) as got:
        qtbot.mouseMove(view.plot.viewport(), widget_pos)
        qtbot.mousePress(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
        qtbot.mouseRelease(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos, delay=50)
    assert got.args == [entry.article_id]
    with qtbot.waitSignal(view.article_requested, timeout=3000) as got:
        view.table.cellDoubleClicked.emit(4, 0)
    assert got.args == [pts[4][2].article_id]


def test_menu_opens_the_indicator_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_key["indicators"].trigger()
    win = window._indicator_window
    qtbot.waitUntil(lambda: win.view.ledger is not None, timeout=10000)
    assert win.isVisible() and win.windowTitle() == "Indikator"
    win.close()


def test_statistic_shows_previous_value_and_watch_badge(qtbot, series_archive: Path, settings,  # type: ignore[no-untyped-def]
                                                        window_factory) -> None:
    svc = ArchiveService.open(series_archive)
    try:
        svc.save_watchlist("Kemiskinan Kalbar", "kemiskinan tempat:Kalbar")
        window = window_factory(qtbot, svc, settings)
        links = window._ledger_links
        qtbot.waitUntil(lambda: bool(links.statuses), timeout=10000)
        assert links.badge.text().endswith(">Pantauan</a>") and "0 baru dari 5" in links.badge.toolTip()
        # Open the Maret 2022 release and choose its figure: the status bar names the one before.
        target = next(a.id for a in svc.list_articles() if a.title.endswith("Maret 2022"))
        with qtbot.waitSignal(window.article_shown, timeout=10000):
            window.open_article(target)
        row = next(i for i, s in enumerate(window.panel.statistics_model.rows()) if s.indicator_key)
        window.panel.statistic_selected.emit(row)
        qtbot.waitUntil(lambda: "sebelumnya" in window.statusBar().currentMessage(), timeout=10000)
        message = window.statusBar().currentMessage()
        assert "sebelumnya 6,84 persen (September 2021" in message and "Kalimantan Barat" in message
        # The menu of the badge offers the watchlist; choosing it searches its query.
        menu = links.watch_menu()
        assert [a.text() for a in menu.actions() if a.text()][0] == "Kemiskinan Kalbar"
        links.open_watch(links.statuses[0])
        assert window.search_bar.text() == "kemiskinan tempat:Kalbar"
        links.remove_watch("Kemiskinan Kalbar")
        qtbot.waitUntil(lambda: not links.statuses, timeout=10000)
        assert svc.watchlists() == []
        window.close()
    finally:
        svc.close()


def test_copies_fold_under_one_result(qtbot, tmp_path: Path, settings, window_factory) -> None:  # type: ignore[no-untyped-def]
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "ledger"))
    from ledger_releases import write_republications

    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    try:
        assert svc.import_paths([write_republications(tmp_path / "rilis")], processes=1).added == 5
        window = window_factory(qtbot, svc, settings)
        copies = window._copy_collapser
        qtbot.waitUntil(lambda: bool(copies.cluster_of), timeout=20000)
        window.set_query("posyandu")
        qtbot.waitUntil(lambda: "salinan digabung" in window.results.count_label.text(), timeout=10000)
        table, proxy = window.results.table, window.results.proxy
        shown = [r for r in range(proxy.rowCount()) if not table.isRowHidden(r)]
        titles = {proxy.index(r, 0).data() for r in shown}
        assert proxy.rowCount() == 5 and len(shown) == 2 and "Dinkes Tanah Laut Buka Kelas Ibu Hamil" in titles
        assert "3 salinan digabung" in window.results.count_label.text()
        badges = [r for r in shown if proxy.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is not None]
        assert len(badges) == 1
        copies.action.setChecked(False)  # Tampilan > Gabungkan salinan di hasil, off: every copy shows
        assert not any(table.isRowHidden(r) for r in range(proxy.rowCount()))
        window.close()
    finally:
        svc.close()
