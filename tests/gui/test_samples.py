"""The sample releases go only into the default archive, are marked in the list and leave with one action."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from arsip_berita.core.paths import ENV_ARCHIVE
from arsip_berita.gui.models import HitTableModel
from arsip_berita.archive.service import ArchiveService

OUR_FILES = tuple(Path(__file__).resolve().parent / "data" / n for n in ("rilis_banjir.txt", "rilis_sekolah.md"))


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh user data folder: the platform's default archive lives under it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(ENV_ARCHIVE, raising=False)
    return tmp_path / "data"


def test_only_the_default_archive_gets_the_samples(user_data: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    default = ArchiveService.open()
    try:
        assert default.directory.is_relative_to(user_data)
        assert default.count() == default.sample_count() == 31
    finally:
        default.close()
    named = ArchiveService.open(tmp_path / "milik-saya")  # --archive
    assert named.count() == 0
    named.close()
    monkeypatch.setenv(ENV_ARCHIVE, str(tmp_path / "dari-env"))  # $ARSIP_BERITA_ARCHIVE, the same folder kind
    from_env = ArchiveService.open()
    try:
        assert from_env.directory == tmp_path / "dari-env" and from_env.count() == 0
    finally:
        from_env.close()


def test_hapus_contoh_removes_every_sample_and_keeps_the_users_own(qtbot, user_data: Path, settings,  # type: ignore[no-untyped-def]
                                                                   window_factory) -> None:
    svc = ArchiveService.open()
    try:
        assert not svc.import_paths(list(OUR_FILES), processes=1).failed
        window = window_factory(qtbot, svc, settings)
        action = window.actions_by_key["remove_samples"]
        assert action.isEnabled() and "31 contoh" in window.archive_label.text()
        # Samples are marked in the list: a badge before the title, no "Contoh:" eating the Sumber column.
        rows = window.results.model.rows()
        sample_row = next(i for i, h in enumerate(rows) if (h.source or "").startswith("Contoh:"))
        model = window.results.model
        assert model.index(sample_row, HitTableModel.TITLE).data(Qt.ItemDataRole.DecorationRole) is not None
        assert not model.index(sample_row, HitTableModel.SOURCE).data().startswith("Contoh")
        own_row = next(i for i, h in enumerate(rows) if not (h.source or "").startswith("Contoh:"))
        assert model.index(own_row, HitTableModel.TITLE).data(Qt.ItemDataRole.DecorationRole) is None
        action.trigger()
        box = window.samples_confirm
        assert isinstance(box, QMessageBox) and "31" in box.text()
        remove = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        with qtbot.waitSignal(window.samples_removed, timeout=60000) as removed, \
                qtbot.waitSignal(window.search_finished, timeout=60000):
            qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
        assert removed.args == [31]
        assert svc.count() == 2 and svc.sample_count() == 0
        assert window.results.model.rowCount() == 2
        assert not action.isEnabled() and "contoh" not in window.archive_label.text()
        assert window.archive_label.text().startswith("Arsip: Arsip utama \u00b7 2 artikel")
        assert svc.search("Aceh").total == 0  # the index forgot them too
        window.close()
    finally:
        svc.close()
