"""An import killed with SIGKILL (at random moments and at precise points) loses and duplicates nothing."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from reliability_helpers import cli, crash_trial

# Hook points of the write protocol (archive/crashhook.py, ARSIP_BERITA_CRASH_AT); the N counts from the process start, and opening a
# new archive already commits an empty index once, so the import's own index commit is number 2.
PRECISE = [
    "store_commit:1",        # right after the first batch reached SQLite, nothing indexed yet
    "index_add:1",           # documents handed to the Whoosh writer, not committed
    "index_commit:2:0",      # the kill lands inside Whoosh's commit (timer started just before it)
    "index_commit:2:60",
    "mark_indexed:2",        # index committed, store not yet told
]


def _assert_trial(result) -> None:  # type: ignore[no-untyped-def]
    assert result.killed, "the import finished before the kill: the trial proves nothing"
    assert result.problems == [] and result.lost == 0, result


@pytest.mark.parametrize("crash_at", ["store_commit:1", "index_commit:2:30"])
def test_kill_at_precise_point_loses_nothing(tmp_path: Path, corpus: list[Path], crash_at: str) -> None:
    result = crash_trial(tmp_path / "arsip", corpus, label=crash_at, crash_at=crash_at)
    _assert_trial(result)
    if crash_at.startswith("index_commit"):
        # Everything was in the store before the index commit: the next open indexes it, with a notice.
        assert result.committed_before == 160
        assert any("belum terindeks" in n for n in result.notices), result.notices


def test_kill_while_adding_to_an_existing_archive(tmp_path: Path, corpus: list[Path]) -> None:
    archive = tmp_path / "arsip"
    first = cli(archive, "import", str(corpus[0]))
    assert first.returncode == 0, first.stderr
    # The second import's first index commit is number 1 in its process (the archive already exists).
    result = crash_trial(archive, corpus, label="existing", crash_at="index_commit:1:20")
    _assert_trial(result)
    assert result.committed_before == 160


def test_kill_during_recovery_after_a_kill(tmp_path: Path, corpus: list[Path]) -> None:
    """The repair on the next open is itself killed: the open after that still finishes the job."""
    archive = tmp_path / "arsip"
    first = crash_trial(archive, corpus[1:], label="first", crash_at="mark_indexed:2")
    _assert_trial(first)
    shutil.rmtree(archive)
    from reliability_helpers import cli_env, start_cli, kill_group, store_rows, check_consistent

    proc = start_cli(archive, "import", *map(str, corpus), "--processes", "2",
                     env=cli_env(ARSIP_BERITA_CRASH_AT="mark_indexed:2"))
    proc.wait(timeout=300)
    kill_group(proc)
    before = store_rows(archive)
    assert len(before) == 160
    # reindex opens the archive (which indexes the 160 unindexed articles): kill inside that commit.
    proc = start_cli(archive, "reindex", env=cli_env(ARSIP_BERITA_CRASH_AT="index_commit:1:10"))
    proc.wait(timeout=300)
    kill_group(proc)
    assert proc.returncode == -9
    problems, _ = check_consistent(archive, {i for i, _ in before})
    assert problems == []
    assert store_rows(archive) == before


@pytest.mark.slow
@pytest.mark.parametrize("crash_at", PRECISE)
def test_kill_at_every_hook(tmp_path: Path, corpus: list[Path], crash_at: str) -> None:
    _assert_trial(crash_trial(tmp_path / "arsip", corpus, label=crash_at, crash_at=crash_at))


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(6))
def test_kill_after_random_delay(tmp_path: Path, corpus: list[Path], seed: int) -> None:
    delay = random.Random(seed).uniform(0.3, 3.0)
    result = crash_trial(tmp_path / "arsip", corpus, label=f"delay {delay:.2f}s", delay=delay)
    if not result.killed:
        pytest.skip(f"the import finished within {delay:.2f} s on this machine")
    _assert_trial(result)
