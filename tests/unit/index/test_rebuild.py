"""Rebuilding the index: text analysed in worker processes gives the same index as in-process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from arsip_berita.archive import service as service_mod
from arsip_berita.core.model import Article
from arsip_berita.archive.importer import analysed
from arsip_berita.index.schema import prepare
from arsip_berita.archive.service import ArchiveService

TEXTS = [
    ("Rapat APBD Perubahan", "Anggaran Pendapatan dan Belanja Daerah dibahas bersama DPRD pada 3/9/2024."),
    ("Sosialisasi Antikorupsi", "Komisi Pemberantasan Korupsi hadir di Kalimantan Tengah; pemerintah daerah menyambut."),
    ("Banjir Surut", "Air banjir surut di tiga desa; warga kembali ke rumah masing-masing."),
]


def _chunks() -> list[list[tuple[Article, None]]]:
    arts = [(Article(title=t, body=b, id=i), None) for i, (t, b) in enumerate(TEXTS * 4, start=1)]
    return [arts[i:i + 5] for i in range(0, len(arts), 5)]


def test_worker_analysis_matches_in_process() -> None:
    pooled = [x for chunk in analysed(_chunks(), processes=2) for x in chunk]
    assert [a.id for a, _, _ in pooled] == list(range(1, 13))  # order kept
    assert [p for _, _, p in pooled] == [prepare(a.title, a.body) for a, _, _ in pooled]
    assert "komisi_berantas_korupsi" in pooled[1][2]["names"].split()


@pytest.fixture
def archive3(tmp_path: Path) -> Iterator[ArchiveService]:
    """An archive holding the three texts above, imported in-process."""
    src = tmp_path / "sumber"
    src.mkdir()
    for i, (title, body) in enumerate(TEXTS):
        (src / f"{i}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    assert svc.import_paths([src], processes=1).added == 3
    yield svc
    svc.close()


def test_reindex_with_workers_finds_the_same(archive3: ArchiveService, monkeypatch: pytest.MonkeyPatch) -> None:
    before = {q: archive3.search(q).total for q in ("apbd", "kpk", "banjir", '"pemerintah daerah"')}
    monkeypatch.setattr(service_mod, "REBUILD_POOL_FROM", 1)
    assert archive3.reindex() == 3
    assert {q: archive3.search(q).total for q in before} == before == {
        "apbd": 1, "kpk": 1, "banjir": 1, '"pemerintah daerah"': 1}


def test_reindex_reports_progress(archive3: ArchiveService) -> None:
    seen: list[tuple[int, int]] = []
    assert archive3.reindex(progress=lambda done, total: seen.append((done, total))) == 3
    assert seen and seen[-1] == (3, 3) and all(t == 3 for _, t in seen)
