"""Near-duplicate clusters on a real archive: a portal copy, a lightly edited copy and a WhatsApp copy
form one cluster with the original; a release on the same topic stays apart; signatures are cached."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ledger_releases import republications, write_republications  # noqa: E402

from arsip_berita.ledger.duplicates import SCHEME, minhash, near_duplicate_clusters, shingles  # noqa: E402
from arsip_berita.archive.service import ArchiveService  # noqa: E402


def test_copies_cluster_and_the_other_release_stays_apart(tmp_path: Path) -> None:
    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    try:
        report = svc.import_paths([write_republications(tmp_path / "rilis")], processes=1)
        assert report.added == 5
        titles = {a.id: a.title for a in svc.list_articles()}
        clusters = near_duplicate_clusters(svc)
        assert len(clusters) == 1
        got = {titles[i] for i in clusters[0].ids}
        assert got == {t for name, (t, _) in republications().items() if name != "lain.txt"}
        assert len(clusters[0].copies) == 3
        cached = svc.store._conn.execute(
            "SELECT count(*) FROM near_dup_signatures WHERE scheme = ?", (SCHEME,)).fetchone()[0]
        assert cached == 5
        assert [c.ids for c in near_duplicate_clusters(svc)] == [c.ids for c in clusters]  # from the cache
    finally:
        svc.close()


def test_whatsapp_markup_is_ignored() -> None:
    assert shingles("*Pemkab Tanah Laut* _menggelar_ pelatihan") == shingles("Pemkab Tanah Laut menggelar pelatihan")
    a = minhash("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh")
    assert a.jaccard(minhash("SATU dua tiga, empat lima enam tujuh delapan sembilan sepuluh!")) == 1.0


def test_cluster_index_reads_only_new_releases(tmp_path: Path) -> None:
    from arsip_berita.ledger.duplicates import ClusterIndex

    rel = write_republications(tmp_path / "rilis")
    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    try:
        first = [p for p in sorted(rel.iterdir()) if p.name in ("asli.txt", "lain.txt")]
        svc.import_paths(first, processes=1)
        index = ClusterIndex()
        assert index.update(svc) == 2 and index.groups() == []
        svc.import_paths([p for p in sorted(rel.iterdir()) if p not in first], processes=1)
        assert index.update(svc) == 3  # only the three copies are read
        assert [len(g) for g in index.groups()] == [4]
        assert index.update(svc) == 0
        assert [c.ids for c in index.clusters()] == [c.ids for c in near_duplicate_clusters(svc)]
    finally:
        svc.close()
