"""Damaged archives: the index is rebuilt from the store with a notice; a damaged store is refused, untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from reliability_helpers import check_consistent, cli, file_digest, store_rows

from arsip_berita.core.errors import ArchiveCorruptError
from arsip_berita.archive.service import INDEX_DIR, ArchiveService
from arsip_berita.store import DB_NAME

REBUILT = "dibangun ulang"


def _segments(folder: Path) -> list[Path]:
    found = sorted((folder / INDEX_DIR).glob("*.seg"))
    assert found, sorted(p.name for p in (folder / INDEX_DIR).iterdir())
    return found


def _assert_repaired(folder: Path, ids_before: list[tuple[int, str]]) -> None:
    problems, notices = check_consistent(folder, {i for i, _ in ids_before})
    assert problems == []
    assert any(REBUILT in n for n in notices), notices
    assert store_rows(folder) == ids_before  # the store is never touched by an index repair
    # A second open finds nothing left to repair.
    assert check_consistent(folder) == ([], [])


def test_deleted_segment_is_rebuilt_with_notice(archive_copy: Path) -> None:
    before = store_rows(archive_copy)
    for seg in _segments(archive_copy):
        seg.unlink()
    _assert_repaired(archive_copy, before)


@pytest.mark.parametrize("keep", [0, 100, 4096])
def test_truncated_segment_is_rebuilt_with_notice(archive_copy: Path, keep: int) -> None:
    before = store_rows(archive_copy)
    for seg in _segments(archive_copy):
        with seg.open("r+b") as fh:
            fh.truncate(min(keep, seg.stat().st_size // 2))
    _assert_repaired(archive_copy, before)


def test_garbled_segment_is_rebuilt_with_notice(archive_copy: Path) -> None:
    before = store_rows(archive_copy)
    for seg in _segments(archive_copy):
        data = bytearray(seg.read_bytes())
        for pos in range(0, len(data), 97):
            data[pos] ^= 0xFF
        seg.write_bytes(bytes(data))
    _assert_repaired(archive_copy, before)


def test_deleted_toc_is_rebuilt_with_notice(archive_copy: Path) -> None:
    before = store_rows(archive_copy)
    for toc in (archive_copy / INDEX_DIR).glob("*.toc"):
        toc.unlink()
    _assert_repaired(archive_copy, before)


def test_missing_index_directory_is_rebuilt(archive_copy: Path) -> None:
    before = store_rows(archive_copy)
    shutil.rmtree(archive_copy / INDEX_DIR)
    problems, _ = check_consistent(archive_copy, {i for i, _ in before})
    assert problems == []
    assert store_rows(archive_copy) == before


def test_index_replaced_by_a_file_is_rebuilt(archive_copy: Path) -> None:
    before = store_rows(archive_copy)
    shutil.rmtree(archive_copy / INDEX_DIR)
    (archive_copy / INDEX_DIR).write_bytes(b"bukan folder")
    problems, _ = check_consistent(archive_copy, {i for i, _ in before})
    assert problems == []


def test_index_missing_documents_is_rebuilt(archive_copy: Path) -> None:
    """An index that opens but lacks articles (e.g. restored from an older backup) is caught by the count."""
    before = store_rows(archive_copy)
    svc = ArchiveService.open(archive_copy, with_samples=False)
    svc.index.create()  # an empty but valid index; the store still says everything is indexed
    svc.close()
    _assert_repaired(archive_copy, before)


def test_stale_lock_file_of_a_dead_process_is_recovered(archive_copy: Path, corpus: list[Path],
                                                       tmp_path: Path) -> None:
    # A lock file left by a crashed writer: it names a PID that no longer runs, and nobody holds the flock.
    dead = 2**22 + 12345
    with pytest.raises(ProcessLookupError):
        os.kill(dead, 0)
    (archive_copy / "writer.lock").write_text(str(dead), encoding="ascii")
    extra = tmp_path / "baru.txt"
    extra.write_text("Rapat Koordinasi Tambahan Soal Air Bersih\n\nSampit - Rapat koordinasi air bersih "
                     "digelar lagi oleh dinas terkait pada pekan ini.\n", encoding="utf-8")
    proc = cli(archive_copy, "import", str(extra))
    assert proc.returncode == 0, proc.stderr
    assert "1 artikel ditambahkan" in proc.stdout
    assert check_consistent(archive_copy)[0] == []


def _db_damage_cases() -> list[str]:
    return ["truncate-half", "truncate-header", "garble-header", "zero-pages"]


def _damage_db(db: Path, how: str) -> None:
    size = db.stat().st_size
    with db.open("r+b") as fh:
        if how == "truncate-half":
            fh.truncate(size // 2)
        elif how == "truncate-header":
            fh.truncate(50)
        elif how == "garble-header":
            fh.write(b"Ini bukan basis data SQLite!")
        elif how == "zero-pages":
            fh.seek(4096)
            fh.write(b"\0" * min(size - 4096, 16 * 4096))


@pytest.mark.parametrize("how", _db_damage_cases())
def test_damaged_store_is_reported_and_never_overwritten(archive_copy: Path, how: str) -> None:
    db = archive_copy / DB_NAME
    assert not (archive_copy / f"{DB_NAME}-wal").exists()  # closed cleanly: everything is in the main file
    _damage_db(db, how)
    digest = file_digest(db)
    with pytest.raises(ArchiveCorruptError) as err:
        svc = ArchiveService.open(archive_copy, with_samples=False)
        try:  # a damage SQLite only sees when it reads the pages must still come out as ArchiveCorruptError
            svc.count()
            svc.search("rapat")
            svc.list_articles()
        finally:
            svc.close()
    assert "rusak" in err.value.user_message and "cadangan" in err.value.user_message
    assert file_digest(db) == digest
    for args in (["list"], ["search", "rapat"], ["import", str(archive_copy / "tidak-ada.txt")], ["reindex"]):
        proc = cli(archive_copy, *args)
        assert proc.returncode == 1, (args, proc.stdout, proc.stderr)
        assert "rusak" in proc.stderr and "Traceback" not in proc.stderr, (args, proc.stderr)
        assert file_digest(db) == digest


def test_damaged_store_with_wal_left_behind_is_not_overwritten(archive_copy: Path) -> None:
    """A crash leaves a WAL file; a damaged main file beside it must still be reported, not rewritten."""
    db = archive_copy / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE articles SET source = 'diubah' WHERE id = 1")
    conn.commit()
    # Copy the files as they are while the connection is open (as after a power loss).
    shutil.copy(db, archive_copy / "salinan.sqlite3")
    shutil.copy(archive_copy / f"{DB_NAME}-wal", archive_copy / "salinan.sqlite3-wal")
    conn.close()
    db.unlink()
    os.rename(archive_copy / "salinan.sqlite3", db)
    os.rename(archive_copy / "salinan.sqlite3-wal", archive_copy / f"{DB_NAME}-wal")
    _damage_db(db, "garble-header")
    digest = file_digest(db)
    with pytest.raises(ArchiveCorruptError):
        ArchiveService.open(archive_copy, with_samples=False).close()
    assert file_digest(db) == digest
