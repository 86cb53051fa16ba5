"""The ``small_archive`` fixture: our own releases imported once per module (read-only use)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from index_helpers import build_archive

from arsip_berita.archive.service import ArchiveService


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ArchiveService]:
    """Read-only use: the five releases above, imported once."""
    base = tmp_path_factory.mktemp("arsip_kecil")
    svc = build_archive(base / "arsip", base / "sumber")
    yield svc
    svc.close()
