"""Where the default archive lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ArsipBerita"
ENV_ARCHIVE = "ARSIP_BERITA_ARCHIVE"


def default_archive_dir() -> Path:
    """``$ARSIP_BERITA_ARCHIVE`` if set, else the platform's user data dir."""
    env = os.environ.get(ENV_ARCHIVE)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "arsip"
