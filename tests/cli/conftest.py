"""Fixtures for the CLI tests: an archive imported through the CLI once per module."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_cli, write_releases


@pytest.fixture(scope="module")
def cli_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive holding RELEASES, imported through the CLI once per module."""
    base = tmp_path_factory.mktemp("cli")
    src = write_releases(base / "sumber rilis")
    proc = run_cli(base / "arsip", "import", str(src))
    assert proc.returncode == 0, proc.stderr
    return base / "arsip"
