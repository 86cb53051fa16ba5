"""Readers during an import, two writers at once, and a read-only archive."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_helpers import (
    check_consistent, cli, file_digest, lock_holder, source_hashes, start_cli, store_rows, wait_for,
    write_jsonl_corpus,
)

from arsip_berita.core.errors import ArchiveReadOnlyError
from arsip_berita.archive.service import ArchiveService

SRC_DIR = Path(__file__).resolve().parents[2] / "src"

BUSY = "Arsip sedang dipakai oleh proses lain"


@pytest.fixture
def busy_archive(tmp_path: Path, corpus: list[Path]) -> Iterator[tuple[Path, subprocess.Popen[str], Path]]:
    """An archive holding the .txt part of the corpus, with a CLI import of 300 more articles running."""
    archive = tmp_path / "arsip"
    first = cli(archive, "import", str(corpus[0]))
    assert first.returncode == 0, first.stderr
    more = write_jsonl_corpus(tmp_path / "tambahan.jsonl", 300, start=5000)
    proc = start_cli(archive, "import", str(more), "--processes", "2")
    assert wait_for(lambda: lock_holder(archive) == str(proc.pid), 60), "the import never took the lock"
    yield archive, proc, more
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=60)


def test_search_while_an_import_runs(busy_archive: tuple[Path, subprocess.Popen[str], Path]) -> None:
    archive, proc, more = busy_archive
    gui_like = ArchiveService.open(archive, with_samples=False)  # as the GUI opens it: read-write
    searches = cli_searches = 0
    try:
        while proc.poll() is None or searches < 3:
            res = gui_like.search("rapat koordinasi", limit=5, with_facets=True)
            assert res.total >= 40 and res.hits, res.total
            fresh = ArchiveService.open(archive, readonly=True)
            try:
                assert fresh.search("kemiskinan").total >= 5
            finally:
                fresh.close()
            searches += 1
            if cli_searches < 4:
                out = cli(archive, "search", "rapat koordinasi", "--json", "--limit", "3")
                assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
                assert json.loads(out.stdout)["total"] >= 40
                cli_searches += 1
    finally:
        gui_like.close()
    assert proc.returncode == 0, proc.communicate()[1]
    assert searches >= 3 and cli_searches >= 1
    problems, _ = check_consistent(archive)
    assert problems == []
    assert len(store_rows(archive)) == 340


def test_second_import_is_told_the_archive_is_busy(
        busy_archive: tuple[Path, subprocess.Popen[str], Path], corpus: list[Path], tmp_path: Path) -> None:
    archive, proc, more = busy_archive
    other = write_jsonl_corpus(tmp_path / "lain.jsonl", 20, start=9000)
    second = cli(archive, "import", str(other))
    assert second.returncode == 1, (second.stdout, second.stderr)
    assert BUSY in second.stderr and "Traceback" not in second.stderr
    assert proc.poll() is None, "the first import ended before the second tried: the test proves nothing"
    waiting = cli(archive, "import", str(other), "--wait", "240")
    assert waiting.returncode == 0, waiting.stderr
    assert "20 artikel ditambahkan" in waiting.stdout
    proc.communicate(timeout=120)
    assert proc.returncode == 0
    problems, _ = check_consistent(archive)
    assert problems == []
    hashes = [h for _, h in store_rows(archive)]
    assert len(hashes) == len(set(hashes))
    assert set(hashes) == source_hashes([corpus[0], more, other])


def test_in_process_import_is_busy_while_another_process_writes(
        busy_archive: tuple[Path, subprocess.Popen[str], Path], tmp_path: Path) -> None:
    from arsip_berita.core.errors import ArchiveBusyError

    archive, proc, _ = busy_archive
    svc = ArchiveService.open(archive, with_samples=False)
    try:
        with pytest.raises(ArchiveBusyError):
            svc.import_paths([write_jsonl_corpus(tmp_path / "x.jsonl", 3, start=7000)])
        with pytest.raises(ArchiveBusyError):
            svc.reindex()
    finally:
        svc.close()
    proc.communicate(timeout=120)
    assert proc.returncode == 0


# --- read-only archives ------------------------------------------------------------------------
def test_readonly_open_reads_and_refuses_writes(archive_copy: Path, tmp_path: Path) -> None:
    db = archive_copy / "arsip.sqlite3"
    digest = file_digest(db)
    svc = ArchiveService.open(archive_copy, readonly=True)
    try:
        assert svc.readonly
        assert svc.search("rapat koordinasi").total == 160
        assert len(svc.list_articles(5)) == 5
        with pytest.raises(ArchiveReadOnlyError) as err:
            svc.import_paths([write_jsonl_corpus(tmp_path / "x.jsonl", 2, start=7000)])
        assert "hanya dapat dibaca" in err.value.user_message
        with pytest.raises(ArchiveReadOnlyError):
            svc.reindex()
    finally:
        svc.close()
    assert file_digest(db) == digest


def _nobody() -> str | None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return None
    # The unprivileged user must also be able to read this checkout and its virtualenv (a clone
    # in a private temporary folder is not readable by 'nobody').
    probe = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                            sys.executable, "-c", "import arsip_berita"],
                           capture_output=True, env={**os.environ, "PYTHONPATH": str(SRC_DIR)})
    return "65534" if probe.returncode == 0 else None


@pytest.fixture
def shared_readonly_copy(archive_copy: Path) -> Iterator[Path]:
    """The archive in a world-readable folder, made read-only (chmod -R a-w) as on a read-only share."""
    base = Path(tempfile.mkdtemp(prefix="arsip-ro-"))
    os.chmod(base, 0o755)
    target = base / "arsip bersama"
    shutil.copytree(archive_copy, target)
    for path in [target, *target.rglob("*")]:
        mode = path.stat().st_mode
        os.chmod(path, (mode | stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH) & ~0o222
                 | (0o111 if path.is_dir() else 0))
    yield target
    for path in [target, *target.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    shutil.rmtree(base)


def test_readonly_share_as_unprivileged_user(shared_readonly_copy: Path, tmp_path: Path) -> None:
    """chmod does not stop root, so the CLI runs as 'nobody' (setpriv) against a chmod -R a-w archive."""
    user = _nobody()
    if user is None:
        pytest.skip("needs root, setpriv, and a checkout readable by an unprivileged user (root ignores chmod)")
    archive = shared_readonly_copy
    digest = file_digest(archive / "arsip.sqlite3")
    found = cli(archive, "search", "rapat koordinasi", "--json", user=user)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] == 160
    listed = cli(archive, "list", "--limit", "3", user=user)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3, listed.stderr
    extra = Path(tempfile.mkdtemp(prefix="arsip-src-"))
    os.chmod(extra, 0o755)
    src = write_jsonl_corpus(extra / "baru.jsonl", 2, start=7000)
    os.chmod(src, 0o644)
    try:
        imported = cli(archive, "import", str(src), user=user)
    finally:
        shutil.rmtree(extra)
    assert imported.returncode == 1, (imported.stdout, imported.stderr)
    assert "hanya dapat dibaca" in imported.stderr and "Traceback" not in imported.stderr
    assert file_digest(archive / "arsip.sqlite3") == digest
