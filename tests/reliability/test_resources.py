"""Resource limits: over-size files, a full disk during import, memory while importing many files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_helpers import (
    REPO, check_consistent, cli, cli_env, source_hashes, store_rows, write_txt_corpus,
)

from arsip_berita.ingest.readers import MAX_TEXT_BYTES

DISK_FULL = "Artikel yang sudah tersimpan tetap aman"


def test_oversize_file_is_refused_with_a_message(tmp_path: Path) -> None:
    src = tmp_path / "sumber"
    write_txt_corpus(src, 3)
    huge = src / "raksasa.txt"
    with huge.open("wb") as fh:  # sparse: the reader must refuse it from its size, never read it
        fh.truncate(MAX_TEXT_BYTES + 1)
    proc = cli(tmp_path / "arsip", "import", str(src))
    assert proc.returncode == 1, proc.stderr
    assert "raksasa.txt" in proc.stderr and "terlalu besar" in proc.stderr
    assert "3 artikel ditambahkan" in proc.stdout
    assert len(store_rows(tmp_path / "arsip")) == 3


def _run_limited(archive: Path, sources: list[Path], fsize: int) -> subprocess.CompletedProcess[str]:
    """The CLI import with RLIMIT_FSIZE: every write past ``fsize`` bytes fails with EFBIG, like a full disk."""
    prog = ("import resource, runpy, signal, sys\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({fsize}, {fsize}))\n"
            f"sys.argv = ['arsip-berita', '--archive', {str(archive)!r}, 'import', *{[str(s) for s in sources]!r}]\n"
            "runpy.run_module('arsip_berita', run_name='__main__')\n")
    return subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=300,
                          env=cli_env(), cwd=str(REPO))


def _assert_full_disk_handled(proc: subprocess.CompletedProcess[str], archive: Path, sources: list[Path]) -> None:
    assert proc.returncode == 1, (proc.stdout, proc.stderr[-3000:])
    assert DISK_FULL in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-3000:]
    before = store_rows(archive)
    problems, _ = check_consistent(archive, {i for i, _ in before})
    assert problems == []
    done = cli(archive, "import", *map(str, sources))
    assert done.returncode == 0, done.stderr
    hashes = [h for _, h in store_rows(archive)]
    assert len(hashes) == len(set(hashes)) and set(hashes) == source_hashes(sources)
    assert check_consistent(archive)[0] == []


def test_full_disk_simulated_with_a_file_size_limit(tmp_path: Path, corpus: list[Path]) -> None:
    archive = tmp_path / "arsip"
    proc = _run_limited(archive, corpus, 400 * 1024)
    _assert_full_disk_handled(proc, archive, corpus)


@pytest.fixture
def tiny_tmpfs() -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    mnt = Path(tempfile.mkdtemp(prefix="arsip-tmpfs-"))
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=700k", "tmpfs", str(mnt)], capture_output=True)
    if made.returncode != 0:
        mnt.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
        mnt.rmdir()


def test_full_disk_on_a_tiny_tmpfs(tiny_tmpfs: Path, corpus: list[Path], tmp_path: Path) -> None:
    archive = tiny_tmpfs / "arsip"
    proc = cli(archive, "import", *map(str, corpus))
    assert proc.returncode == 1, (proc.stdout, proc.stderr[-3000:])
    assert DISK_FULL in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-3000:]
    # Free the space (move the archive to a roomy disk, as a user would) and carry on.
    roomy = tmp_path / "arsip"
    shutil.copytree(archive, roomy)
    before = store_rows(roomy)
    problems, _ = check_consistent(roomy, {i for i, _ in before})
    assert problems == []
    done = cli(roomy, "import", *map(str, corpus))
    assert done.returncode == 0, done.stderr
    assert {h for _, h in store_rows(roomy)} == source_hashes(corpus)


def peak_rss_of_import(archive: Path, sources: list[Path], processes: int = 2) -> tuple[int, int, float, int]:
    """(peak RSS of the main process, peak RSS summed over its workers, seconds, exit code), polled."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "arsip_berita", "--archive", str(archive), "import",
                             *map(str, sources), "--processes", str(processes)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=cli_env(), cwd=str(REPO))
    main = psutil.Process(proc.pid)
    peak_main = peak_workers = 0
    while proc.poll() is None:
        try:
            peak_main = max(peak_main, main.memory_info().rss)
            peak_workers = max(peak_workers, sum(c.memory_info().rss for c in main.children(recursive=True)))
        except psutil.Error:
            pass
        time.sleep(0.05)
    proc.communicate()
    return peak_main, peak_workers, time.perf_counter() - started, proc.returncode


@pytest.mark.slow
def test_memory_stays_bounded_for_many_small_files(tmp_path: Path) -> None:
    write_txt_corpus(tmp_path / "banyak", 2000, start=20000)
    main, workers, _, code = peak_rss_of_import(tmp_path / "arsip", [tmp_path / "banyak"])
    assert code == 0
    assert main < 600 * 1024 * 1024 and workers < 900 * 1024 * 1024, (main, workers)
