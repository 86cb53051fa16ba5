"""Fixtures for the GUI tests: offscreen Qt, small archives made from our own files (and the seed)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from arsip_berita.archive.service import ArchiveService  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_82c901b5685d8a0a.txt"
OUR_FILES = (DATA / "rilis_banjir.txt", DATA / "rilis_sekolah.md")


def _open(directory: Path, files: tuple[Path, ...]) -> ArchiveService:
    svc = ArchiveService.open(directory, with_samples=False)
    if files:
        report = svc.import_paths(list(files), processes=1)
        assert not report.failed, report.failed
    return svc


@pytest.fixture
def empty_service(tmp_path: Path) -> Iterator[ArchiveService]:
    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    yield svc
    svc.close()


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ArchiveService]:
    svc = _open(tmp_path / "arsip", OUR_FILES)
    yield svc
    svc.close()


@pytest.fixture
def seed_service(tmp_path: Path) -> Iterator[ArchiveService]:
    if not SEED.is_file():
        pytest.skip(f"seed press release not found at {SEED}")
    svc = _open(tmp_path / "arsip", (*OUR_FILES, SEED))
    yield svc
    svc.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_window(qtbot, svc: ArchiveService, settings: QSettings):  # type: ignore[no-untyped-def]
    """A started main window; waits for the first search to report."""
    from arsip_berita.gui.mainwindow import MainWindow

    window = MainWindow(svc, settings)
    qtbot.addWidget(window)
    window.show()
    # The first search opens its first hit: wait for that too, so that it cannot land in a test later.
    signals = [window.search_finished, window.directory_loaded] + ([window.article_shown] if svc.count() else [])
    with qtbot.waitSignals(signals, timeout=20000):
        window.start()
    return window


@pytest.fixture
def window_factory():  # type: ignore[no-untyped-def]
    return make_window


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def window(qtbot, service, settings):  # type: ignore[no-untyped-def]
    w = make_window(qtbot, service, settings)
    yield w
    w.close()


@pytest.fixture
def seed_window(qtbot, seed_service, settings):  # type: ignore[no-untyped-def]
    w = make_window(qtbot, seed_service, settings)
    yield w
    w.close()
