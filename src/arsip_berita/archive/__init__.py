"""The application layer: an archive as the app and the CLI see it.

``service.ArchiveService`` is the facade (open an archive, import, search, read, the officials
directory, samples), ``importer`` the import write protocol (read -> extract -> store -> index ->
mark indexed) with its process pool, ``officials`` the officials directory (who held which post
when). ``open_archive`` is the one composition root the CLI and the GUI open archives through.
Importing this package loads none of them (the window paints before the archive's modules load).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from arsip_berita.archive.service import ArchiveService


def open_archive(directory: Path | None = None, *, readonly: bool = False,
                 with_samples: bool | None = None) -> ArchiveService:
    """Open (creating if needed) the archive in ``directory``, or the default one (with the sample
    releases on its first opening). Raises ArsipError subclasses with a message for the user."""
    from arsip_berita.archive import crashhook
    from arsip_berita.archive.service import ArchiveService

    return ArchiveService.open(directory, readonly=readonly, with_samples=with_samples,
                               checkpoint=crashhook.from_environment())


__all__ = ["open_archive"]
