"""The index is derived from the store: repaired on open after damage or an interrupted import."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from index_helpers import RELEASES, build_archive

from arsip_berita.core.model import Article
from arsip_berita.core.text import content_hash
from arsip_berita.index.service import VERSION_FILE
from arsip_berita.archive.service import INDEX_DIR, ArchiveService
from arsip_berita.store import DB_NAME


def _reopen(folder: Path) -> ArchiveService:
    return ArchiveService.open(folder, with_samples=False)


def _assert_consistent(svc: ArchiveService) -> None:
    assert svc.index.doc_count() == svc.count()
    assert svc.index.indexed_ids() == set(svc.store.all_ids())
    assert svc.store.unindexed_ids() == []
    assert svc.search("kemiskinan").total == 3


def _archive(tmp_path: Path) -> Path:
    folder = tmp_path / "arsip"
    build_archive(folder, tmp_path / "sumber").close()
    return folder


def test_clean_reopen_has_no_notice(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    svc = _reopen(folder)
    try:
        assert svc.notices == []
        _assert_consistent(svc)
    finally:
        svc.close()


def test_deleted_index_directory_is_rebuilt(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    shutil.rmtree(folder / INDEX_DIR)
    svc = _reopen(folder)
    try:
        _assert_consistent(svc)
    finally:
        svc.close()


def test_deleted_index_directory_gives_a_notice(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    shutil.rmtree(folder / INDEX_DIR)
    svc = _reopen(folder)
    try:
        assert any("dibangun ulang" in n for n in svc.notices), svc.notices
    finally:
        svc.close()


def test_new_archive_has_no_rebuild_notice(tmp_path: Path) -> None:
    svc = _reopen(tmp_path / "baru")
    try:
        assert svc.notices == [] and svc.count() == 0 and svc.search("apa saja").total == 0
    finally:
        svc.close()


def test_truncated_segment_is_rebuilt_with_notice(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    segments = sorted((folder / INDEX_DIR).glob("*.seg"))
    assert segments, list((folder / INDEX_DIR).iterdir())
    for seg in segments:
        data = seg.read_bytes()
        seg.write_bytes(data[: len(data) // 3])
    svc = _reopen(folder)
    try:
        assert any("dibangun ulang" in n for n in svc.notices), svc.notices
        _assert_consistent(svc)
    finally:
        svc.close()


def test_deleted_toc_is_rebuilt_with_notice(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    for toc in (folder / INDEX_DIR).glob("*.toc"):
        toc.unlink()
    svc = _reopen(folder)
    try:
        assert any("dibangun ulang" in n for n in svc.notices), svc.notices
        _assert_consistent(svc)
    finally:
        svc.close()


def test_index_of_other_schema_version_is_rebuilt(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    (folder / INDEX_DIR / VERSION_FILE).write_text(json.dumps({"schema": -1}), encoding="utf-8")
    svc = _reopen(folder)
    try:
        assert svc.notices
        _assert_consistent(svc)
    finally:
        svc.close()


def test_interrupted_import_committed_but_not_indexed(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    svc = _reopen(folder)
    body = "Angka kemiskinan di kecamatan pesisir dibahas ulang dalam rapat evaluasi triwulan."
    extra = Article(title="Evaluasi Triwulan Kecamatan Pesisir", body=body, path="/x/evaluasi.txt",
                    content_hash=content_hash("Evaluasi Triwulan Kecamatan Pesisir", body))
    [new_id] = svc.store.add_batch([(extra, None)])  # the crash came before the index commit
    svc.close()
    svc = _reopen(folder)
    try:
        assert any("belum terindeks" in n for n in svc.notices), svc.notices
        assert svc.index.doc_count() == svc.count() == len(RELEASES) + 1
        hits = svc.search("pesisir").hits
        assert [h.id for h in hits] == [new_id]
        assert svc.search("kemiskinan").total == 4
    finally:
        svc.close()
    again = _reopen(folder)
    try:
        assert again.notices == []
        assert again.index.doc_count() == len(RELEASES) + 1
    finally:
        again.close()


def test_crash_between_index_commit_and_mark_indexes_exactly_once(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        conn.execute("UPDATE articles SET indexed = 0")  # documents are in the index, marks are lost
    conn.close()
    svc = _reopen(folder)
    try:
        assert svc.notices
        _assert_consistent(svc)
        assert len({h.id for h in svc.search("kemiskinan").hits}) == 3
    finally:
        svc.close()


def test_reindex_rebuilds_everything(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    svc = _reopen(folder)
    try:
        assert svc.reindex() == len(RELEASES)
        _assert_consistent(svc)
        assert svc.index.segment_count() == 1
    finally:
        svc.close()


def test_import_twice_adds_nothing(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    svc = _reopen(folder)
    try:
        report = svc.import_paths([tmp_path / "sumber"], processes=1)
        assert report.added == 0 and len(report.duplicates) == len(RELEASES) and not report.failed
        _assert_consistent(svc)
    finally:
        svc.close()


def test_import_with_worker_processes(tmp_path: Path) -> None:
    src = tmp_path / "banyak"
    src.mkdir()
    for i in range(12):
        (src / f"rilis {i}.txt").write_text(
            f"Rilis Kegiatan Nomor {i}\n\nKegiatan gotong royong ke-{i} membersihkan saluran air.", encoding="utf-8")
    (src / "rusak.pdf").write_bytes(b"%PDF-1.4 rusak")
    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    try:
        report = svc.import_paths([src], processes=2)
        assert report.added == 12
        assert [p for p, _ in report.failed] == [str(src / "rusak.pdf")]
        assert svc.search("gotong royong").total == 12
        assert svc.index.doc_count() == 12
    finally:
        svc.close()
