"""The ledger of an open archive (through ArchiveService only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from arsip_berita.ledger.core import Ledger

if TYPE_CHECKING:
    from arsip_berita.archive.service import ArchiveService


def build_ledger(svc: ArchiveService) -> Ledger:
    """Read every statistic of the archive into a ledger (a few seconds per 10,000 releases)."""
    return Ledger.build(svc.statistics())
