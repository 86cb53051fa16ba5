"""The main window on the screens of the offices that use it: 1366x768 and 1024x640, nothing cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from arsip_berita.gui.mainwindow import MainWindow, first_geometry
from arsip_berita.gui.models import HitTableModel
from arsip_berita.archive.service import ArchiveService

SCREENS = [(1366, 768), (1024, 640)]


@pytest.fixture(scope="module")
def sample_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive with the 31 sample releases (made once: the window only reads it)."""
    directory = tmp_path_factory.mktemp("contoh") / "arsip"
    svc = ArchiveService.open(directory, with_samples=True)
    assert svc.count() == 31
    svc.close()
    return directory


@pytest.fixture
def sample_service(sample_archive: Path) -> Iterator[ArchiveService]:
    svc = ArchiveService.open(sample_archive, with_samples=False)
    yield svc
    svc.close()


def _inside(widget: QWidget, window: MainWindow) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_first_launch_fits_the_screen(qtbot, sample_service, settings, screen) -> None:  # type: ignore[no-untyped-def]
    available = QRect(0, 0, *screen)
    rect, maximise = first_geometry(available)
    assert available.contains(rect)
    window = MainWindow(sample_service, settings)
    qtbot.addWidget(window)
    assert window.minimumSizeHint().width() <= screen[0] and window.minimumSizeHint().height() <= screen[1]
    # What the window manager does: a maximised window fills the available area (offscreen has none).
    target = available if maximise else rect
    window.setGeometry(target)
    window.show()
    with qtbot.waitSignals([window.search_finished, window.directory_loaded, window.article_shown], timeout=20000):
        window.start()
    assert window.size() == target.size()
    for widget in (window.search_bar.line, window.facets, window.results.table, window.article.browser,
                   window.article.header, window.panel, window.statusBar(), window.archive_label):
        assert widget.isVisible() and widget.width() > 0 and widget.height() > 0, widget.objectName()
        assert _inside(widget, window), f"{widget.objectName() or type(widget).__name__} is cut off"
    # The results: the source stays, no side scrolling.
    table = window.results.table
    assert not table.isColumnHidden(HitTableModel.SOURCE) and not table.isColumnHidden(HitTableModel.TITLE)
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.columnWidth(HitTableModel.SOURCE) >= 120
    # Every tab of the side panel is whole.
    bar = window.panel.tabBar()
    for i in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(i)), bar.tabText(i)
    # The reading pane shows a good part of the article, and at least five result rows stay visible.
    lines = window.article.browser.viewport().height() / window.article.browser.fontMetrics().lineSpacing()
    assert lines >= 10, lines
    assert table.viewport().height() >= 5 * table.rowHeight(0)
    window.close()
