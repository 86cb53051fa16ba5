"""The real seed release (read from the shared folder, never copied): imported and found by topic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from arsip_berita.archive.service import ArchiveService


def _seed_files(shared: Path | None) -> list[Path]:
    seed = shared / "seed" if shared else None
    return sorted(seed.glob("*.txt")) if seed and seed.is_dir() else []


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path | None) -> Iterator[ArchiveService]:
    files = _seed_files(shared_dir)
    if not files:
        pytest.skip("the shared seed folder (../shared/seed beside the repository) is absent")
    svc = ArchiveService.open(tmp_path_factory.mktemp("seed") / "arsip", with_samples=False)
    report = svc.import_paths(files, processes=1)
    assert report.added == len(files) and not report.failed, report
    yield svc
    svc.close()


def _seed_ids(svc: ArchiveService) -> set[int]:
    return set(svc.store.all_ids())


@pytest.mark.parametrize("query", ["kemiskinan", "miskin", '"penanggulangan kemiskinan"', "5,17",
                                   "Kemiskinan Kalteng"])
def test_seed_found(seeded: ArchiveService, query: str) -> None:
    res = seeded.search(query)
    assert {h.id for h in res.hits} == _seed_ids(seeded)
    assert res.notice is None
    assert all(h.snippet for h in res.hits)


@pytest.mark.parametrize("query", ["banjir", '"kemiskinan penanggulangan"', "kemiskinan -Kalteng"])
def test_seed_not_found(seeded: ArchiveService, query: str) -> None:
    assert seeded.search(query).total == 0


def test_seed_article_metadata(seeded: ArchiveService) -> None:
    [article] = [seeded.get_article(i) for i in sorted(_seed_ids(seeded))][:1]
    assert article.title.startswith("Pemprov Kalteng")
    assert article.dateline == "Palangka Raya"
    assert article.published is not None and article.published.isoformat() == "2024-12-03"
    assert "\n\n" in article.body and "\u201c" not in article.body
