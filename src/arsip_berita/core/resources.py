"""One locator for the shipped ``resources/`` folder, from an installed wheel or from a checkout."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The resources folder: inside the package when installed, at the repo top in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("folder resources/ Arsip Berita tidak ditemukan")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@lru_cache(maxsize=None)
def load_toml(*parts: str) -> dict[str, Any]:
    """Parse a TOML data file under resources/ (cached: treat the result as read-only)."""
    with resource_path(*parts).open("rb") as fh:
        return tomllib.load(fh)
