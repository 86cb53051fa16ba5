"""Helpers shared by the subcommands: opening the archive, printing JSON, terminal progress."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from arsip_berita import archive
from arsip_berita.archive.service import ArchiveService


def open_archive(args: argparse.Namespace, *, readonly: bool = False) -> ArchiveService:
    """The archive named by --archive (or the default one, created with the samples when new)."""
    svc = archive.open_archive(getattr(args, "archive", None), readonly=readonly)
    for notice in svc.notices:
        print(f"arsip-berita: {notice}", file=sys.stderr)
    return svc


def print_json(obj: Any, *, pretty: bool = False) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None, default=str))


class TerminalProgress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = ""

    def update(self, done: int, total: int, label: str) -> None:
        if not self.enabled:
            return
        width = 28
        filled = int(width * done / total) if total else width
        name = label if len(label) <= 40 else "..." + label[-37:]
        line = f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name}"
        if line != self._last:
            self.stream.write(line.ljust(100)[:110])
            self.stream.flush()
            self._last = line

    def finish(self) -> None:
        if self.enabled and self._last:
            self.stream.write("\n")
            self.stream.flush()
