"""Where the default archive lives, and how an archive location is written (a folder or a server URL)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import platformdirs

APP_NAME = "ArsipBerita"
ENV_ARCHIVE = "ARSIP_BERITA_ARCHIVE"


def default_archive_dir() -> Path:
    """``$ARSIP_BERITA_ARCHIVE`` if set, else the platform's user data dir."""
    env = os.environ.get(ENV_ARCHIVE)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "arsip"


SERVER_SCHEMES = ("postgresql", "postgres")


def is_server_location(location: object) -> bool:
    """True for a shared archive's address (``postgresql://user@host/dbname``), False for a folder."""
    return isinstance(location, str) and bool(re.match(r"^(?:postgresql|postgres)://", location.strip(), re.I))


def looks_like_server_location(location: object) -> bool:
    """True for text that starts like a server address but is not one ("postgresql:/nama@server/arsip")."""
    return (isinstance(location, str) and bool(re.match(r"^\s*postgres(?:ql)?:", location, re.I))
            and not is_server_location(location))


def redact(location: str) -> str:
    """A server address without its password, fit to show and to keep in the settings."""
    parts = urlsplit(location)
    if parts.password is None:
        return location
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = parts.username or ""
    netloc = f"{user}@{host}" if user else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def default_archive_location() -> Path | str:
    """``$ARSIP_BERITA_ARCHIVE`` (a folder or a server address) if set, else the platform's data dir."""
    env = os.environ.get(ENV_ARCHIVE, "").strip()
    if env and is_server_location(env):
        return env
    return default_archive_dir()
