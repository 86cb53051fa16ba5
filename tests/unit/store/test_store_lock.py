"""The one-writer lock: a second writer is told the archive is busy; a dead holder's lock is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from arsip_berita.core.errors import ArchiveBusyError
from arsip_berita.archive.service import ArchiveService
from arsip_berita.store import WriterLock

SRC = Path(__file__).resolve().parents[3] / "src"
HOLDER = """
import sys, time
from pathlib import Path
from arsip_berita.store import WriterLock
lock = WriterLock(Path(sys.argv[1]))
lock.acquire()
print("terkunci", flush=True)
time.sleep(120)
"""


def _spawn_holder(folder: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "terkunci", line
    return proc


def test_second_writer_in_same_process_is_busy(tmp_path: Path) -> None:
    with WriterLock(tmp_path):
        with pytest.raises(ArchiveBusyError) as info:
            WriterLock(tmp_path).acquire()
        assert str(os.getpid()) in (info.value.detail or "")
    with WriterLock(tmp_path):  # released: free again
        pass


def test_lock_held_by_other_process_then_killed(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    svc = ArchiveService.open(folder, with_samples=False)
    src = tmp_path / "masuk"
    src.mkdir()
    (src / "a.txt").write_text("Judul Rilis Kunci\n\nIsi rilis untuk uji kunci penulis.", encoding="utf-8")
    proc = _spawn_holder(folder)
    try:
        with pytest.raises(ArchiveBusyError) as info:
            svc.import_paths([src], processes=1)
        assert str(proc.pid) in (info.value.detail or "")
        assert "dipakai" in info.value.user_message
        assert svc.count() == 0
        with pytest.raises(ArchiveBusyError):
            svc.reindex()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert (folder / "writer.lock").exists()  # the stale file is still there...
    report = svc.import_paths([src], processes=1)  # ...but no longer locked
    assert report.added == 1
    assert svc.search("kunci").total == 1
    svc.close()


def test_waiting_writer_times_out(tmp_path: Path) -> None:
    proc = _spawn_holder(tmp_path)
    try:
        with pytest.raises(ArchiveBusyError):
            WriterLock(tmp_path, timeout=0.5).acquire()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    with WriterLock(tmp_path, timeout=5):
        pass


def test_open_while_another_process_writes_still_reads(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    svc = ArchiveService.open(folder, with_samples=False)
    src = tmp_path / "a.txt"
    src.write_text("Judul Rilis Baca\n\nIsi rilis untuk uji membaca saat terkunci.", encoding="utf-8")
    svc.import_paths([src], processes=1)
    svc.close()
    proc = _spawn_holder(folder)
    try:
        other = ArchiveService.open(folder, with_samples=False)  # upkeep skipped, no exception
        try:
            assert other.search("membaca").total == 1
        finally:
            other.close()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
