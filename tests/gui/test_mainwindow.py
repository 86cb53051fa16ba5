"""The main window on small archives: empty states, search, reading, filtering, import, printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog

from arsip_berita.core.model import SearchHit
from arsip_berita.gui.mainwindow import MainWindow
from arsip_berita.gui.models import FacetRow, HitTableModel


def _search(qtbot, window: MainWindow, query: str):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search_finished, timeout=20000) as blocker:
        window.set_query(query)
    return blocker.args[0]


def _hits(window: MainWindow) -> list[SearchHit]:
    return window.results.model.rows()


def test_empty_archive_shows_what_to_do(qtbot, empty_service, settings, window_factory) -> None:  # type: ignore[no-untyped-def]
    window = window_factory(qtbot, empty_service, settings)
    assert window.results.is_empty_state()
    assert "Arsip masih kosong" in window.results.empty_label.text()
    assert "Impor" in window.results.empty_label.text()
    assert window.results.model.rowCount() == 0
    window.close()


def test_search_lists_results_with_count_and_opens_the_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.results.model.rowCount() == 2  # no query: the newest articles
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        result = _search(qtbot, window, "banjir")
    assert result.total == 1
    assert [h.title for h in _hits(window)] == [
        "Pemkab Contoh Salurkan Bantuan untuk Korban Banjir di Kecamatan Sungai Hijau"]
    assert window.results.count_label.text().startswith("1 hasil")
    assert not window.results.is_empty_state()
    assert window.article.loaded().article.title.startswith("Pemkab Contoh Salurkan")
    assert window.article.hit_count() == 1  # "banjir" once in the body
    window.next_hit()
    assert window.article.marked_text() == "banjir"
    snippet = window.results.proxy.index(0, HitTableModel.SNIPPET).data()
    assert 'banjir</b>' in snippet and '<b class="match' in snippet


def test_no_results_state_names_the_query(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _search(qtbot, window, "gempabumi")
    assert window.results.is_empty_state()
    assert "Tidak ada hasil untuk \u201cgempabumi\u201d" in window.results.empty_label.text()


def test_unbalanced_quote_searches_with_a_notice_shown_inline(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    result = _search(qtbot, window, '"banjir')  # the query never fails: the notice says how it was read
    assert result is not None and result.total == 1
    assert "kutip" in window.results.notice_label.text().lower() and window.results.notice_label.isVisible()


def test_sort_by_date_puts_the_newest_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.results.sort() == "date"  # no query: the newest first, nothing to rank
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        window.results.set_sort("date_asc")
    dates = [h.date for h in _hits(window)]
    assert dates == sorted(dates) and len(dates) == 2
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        window.results.set_sort("date")
    dates = [h.date for h in _hits(window)]
    assert dates == sorted(dates, reverse=True) and len(dates) == 2


def test_facet_click_adds_the_filter_and_a_second_click_removes_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _search(qtbot, window, "Contoh OR Teladan")
    rows: list[FacetRow] = window.facets.facet_model.rows()
    year = next(i for i, r in enumerate(rows) if r.field == "tahun" and r.value == "2024")
    rect = window.facets.visualRect(window.facets.facet_model.index(year, 0))
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        qtbot.mouseClick(window.facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "tanggal:2024" in window.search_bar.text()
    active = [r for r in window.facets.facet_model.rows() if r.active]
    assert [(r.field, r.value) for r in active] == [("tahun", "2024")]
    row = next(i for i, r in enumerate(window.facets.facet_model.rows()) if r.active)
    rect = window.facets.visualRect(window.facets.facet_model.index(row, 0))
    with qtbot.waitSignal(window.search_finished, timeout=20000):
        qtbot.mouseClick(window.facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.search_bar.text() == "Contoh OR Teladan"


def test_import_with_a_bad_file_lists_the_failure(qtbot, window, tmp_path: Path, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "rilis_baru.txt"
    good.write_text("Camat Sungai Hijau Tinjau Posko Pengungsian\n\nSungai Hijau – Camat Sungai Hijau "
                    "meninjau posko pengungsian warga pada Selasa (5/3/2024) dan memastikan dapur umum "
                    "berjalan.\n", encoding="utf-8")
    with qtbot.waitSignal(window.importer.import_finished, timeout=60000), \
            qtbot.waitSignal(window.search_finished, timeout=60000):
        assert window.import_paths([data_dir / "rusak.txt", good])
    # Quiet success: no modal box; the counts and a link to the failures in the status bar.
    assert QApplication.activeModalWidget() is None and window.importer.summary is None
    notice = window.import_notice
    assert window.statusBar().currentMessage() == ""  # no older message drawn over it
    assert notice.isVisibleTo(window) and "1 artikel ditambahkan" in notice.text() and "1 gagal" in notice.text()
    assert 'href="gagal"' in notice.text()
    with qtbot.waitSignal(window.importer.summary_shown, timeout=5000) as blocker:
        notice.linkActivated.emit("gagal")  # the link's click
    dialog = blocker.args[0]
    assert "1 artikel ditambahkan" in dialog.label.text() and "1 gagal" in dialog.label.text()
    failures = dialog.failures.rows()
    assert [Path(r.label).name for r in failures] == ["rusak.txt"]
    assert failures[0].detail  # a reason is given
    assert window.results.model.rowCount() == 3  # the new article is searchable in the window
    dialog.close()


def test_shortcuts_dialog_lists_the_main_actions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_shortcuts()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    keys = {r.label for r in dialog.model.rows()}
    assert {"Ctrl+F, Ctrl+L", "Ctrl+P", "Ctrl+O", "F1", "F3"} <= keys
    dialog.close()


def test_window_state_is_remembered(qtbot, window, settings) -> None:  # type: ignore[no-untyped-def]
    window.resize(1100, 700)
    window.main_split.setSizes([300, 480, 300])
    sizes = window.main_split.sizes()
    window.search_bar.remember("kemiskinan")
    window.save_state()
    again = MainWindow(window.service, settings)
    qtbot.addWidget(again)
    assert again.search_bar.history[0] == "kemiskinan"
    again.resize(1100, 700)  # the offscreen screen is smaller than the window: restoreGeometry shrinks it
    again.show()
    restored = again.main_split.sizes()
    # The facet pane was widened to over a quarter; the default gives it about 16 % of the width.
    assert restored == sizes and restored[0] / sum(restored) > 0.25


def test_export_pdf_of_the_current_article(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hit = _hits(window)[0]
    out = tmp_path / "ringkasan.pdf"
    with qtbot.waitSignal(window.printer.pdf_written, timeout=60000) as blocker:
        window.printer.export_pdf([hit.id], out)
    assert blocker.args == [str(out), blocker.args[1]] and blocker.args[1] >= 1
    assert out.read_bytes().startswith(b"%PDF")


def test_entity_link_does_not_load_resources(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.article.browser.loadResource(2, QUrl("http://example.invalid/x.png")) is None
    assert window.article.tooltip_for(QUrl("entity:official/999")) == ""
