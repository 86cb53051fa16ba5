"""The results over time: bars by month (by year for long spans); a click filters, a second click unfilters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from arsip_berita.gui.histogram import histogram_bars
from arsip_berita.archive.service import ArchiveService


def test_bars_fill_the_span_by_month_or_year() -> None:
    bars = histogram_bars("", {"bulan": [("2024-03", 2), ("2024-01", 1)], "tahun": [("2024", 3)]})
    assert [(b.period, b.count) for b in bars] == [("2024-01", 1), ("2024-02", 0), ("2024-03", 2)]
    assert bars[0].label == "Januari 2024" and bars[0].clause == "tanggal:2024-01"
    long = histogram_bars("tanggal:2021", {"bulan": [("2019-01", 1), ("2024-01", 1)],
                                           "tahun": [("2019", 1), ("2021", 4), ("2024", 1)]})
    assert [b.period for b in long] == ["2019", "2020", "2021", "2022", "2023", "2024"]
    assert [b.period for b in long if b.active] == ["2021"]
    assert histogram_bars("", {}) == []


def test_clicking_a_bar_filters_by_its_month(qtbot, tmp_path: Path, settings, window_factory) -> None:  # type: ignore[no-untyped-def]
    svc = ArchiveService.open(tmp_path / "contoh", with_samples=True)
    try:
        window = window_factory(qtbot, svc, settings)
        hist = window.histogram
        qtbot.waitUntil(hist.isVisible)
        assert len(hist.bars) > 12 and all(len(b.period) == 7 for b in hist.bars)
        index = max(range(len(hist.bars)), key=lambda i: hist.bars[i].count)
        bar = hist.bars[index]
        with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
            qtbot.mouseClick(hist, Qt.MouseButton.LeftButton, pos=hist.bar_rect(index).center().toPoint())
        assert window.search_bar.text() == bar.clause
        assert blocker.args[0].total == bar.count
        assert [b.period for b in hist.bars if b.active] == [bar.period] and hist.isVisible()
        # From the keyboard too: the same bar again removes the filter.
        hist.setFocus()
        with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
            qtbot.keyClick(hist, Qt.Key.Key_Return)
        assert window.search_bar.text() == "" and blocker.args[0].total == 31
        window.close()
    finally:
        svc.close()
