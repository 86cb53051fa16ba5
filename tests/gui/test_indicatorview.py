"""The Indikator view on a real archive of invented releases: the chart's points are the ledger's
figures, conflicts are marked, a click on a point opens its release; the window opens from the menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from arsip_berita.gui.indicatorview import IndicatorView, load_ledger
from arsip_berita.service import ArchiveService

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
    view.set_ledger(load_ledger(series_archive), "kemiskinan.persentase", "Kalimantan Barat")
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
