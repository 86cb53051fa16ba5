"""Fixtures shared by the whole suite: the shared data folder and a fresh, empty archive."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
if str(SRC) not in sys.path:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, str(SRC))

from arsip_berita.archive.service import ArchiveService  # noqa: E402


@pytest.fixture(scope="session")
def shared_dir() -> Path | None:
    """The project's shared folder (seed, data sets) beside the repository, or None when absent."""
    path = (REPO / ".." / "shared").resolve()
    return path if path.is_dir() else None


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[ArchiveService]:
    """A new, empty archive in a temporary folder (no sample releases)."""
    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    yield svc
    svc.close()
