"""Fixtures of the reliability suite: a synthetic corpus and a small archive built from it."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from reliability_helpers import write_jsonl_corpus, write_txt_corpus  # noqa: E402

from arsip_berita.archive.service import ArchiveService  # noqa: E402


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """40 .txt files (some named with spaces and non-ASCII) and a 120-line .jsonl file."""
    root = tmp_path_factory.mktemp("korpus")
    write_txt_corpus(root / "txt", 40)
    return [root / "txt", write_jsonl_corpus(root / "rilis.jsonl", 120, start=1000)]


@pytest.fixture(scope="session")
def built_archive(tmp_path_factory: pytest.TempPathFactory, corpus: list[Path]) -> Path:
    """An archive holding the whole corpus; copy it before damaging it (see ``archive_copy``)."""
    folder = tmp_path_factory.mktemp("arsip-dasar") / "arsip"
    svc = ArchiveService.open(folder, with_samples=False)
    try:
        report = svc.import_paths(corpus, processes=2)
        assert report.added == 160 and not report.failed, report.failed
    finally:
        svc.close()
    return folder


@pytest.fixture
def archive_copy(built_archive: Path, tmp_path: Path) -> Path:
    target = tmp_path / "arsip"
    shutil.copytree(built_archive, target)
    return target


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow reliability tests run only when asked for (``-m slow``, or ARSIP_BERITA_SLOW=1)."""
    import os

    if "slow" in (config.getoption("-m") or "") or os.environ.get("ARSIP_BERITA_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow reliability test: run with -m slow or benchmarks/reliability.py")
    for item in items:
        if "slow" in item.keywords and HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)
