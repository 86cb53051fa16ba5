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


def open_archive(directory: Path | str | None = None, *, readonly: bool = False,
                 with_samples: bool | None = None) -> ArchiveService:
    """Open (creating if needed) the archive in ``directory``, or the default one (with the sample
    releases on its first opening). ``directory`` may be a shared archive's server address
    (``postgresql://user@host/dbname``), as may ``$ARSIP_BERITA_ARCHIVE``. Raises ArsipError
    subclasses with a message for the user."""
    from arsip_berita.archive import crashhook
    from arsip_berita.core.errors import ArsipError
    from arsip_berita.core.paths import (
        ENV_ARCHIVE, default_archive_location, is_server_location, looks_like_server_location,
    )
    import os

    for given in (directory, os.environ.get(ENV_ARCHIVE) if directory is None else None):
        if looks_like_server_location(str(given) if given is not None else None):
            raise ArsipError(f"Alamat arsip bersama tidak dapat dibaca: {given} (contoh: postgresql://nama@server/arsip).")
    if directory is None and is_server_location(default_archive_location()):
        directory = default_archive_location()
    if is_server_location(directory):
        from arsip_berita.archive.shared import SharedArchiveService

        return SharedArchiveService.open(str(directory), readonly=readonly, with_samples=with_samples,
                                         checkpoint=crashhook.from_environment())
    from arsip_berita.archive.service import ArchiveService

    return ArchiveService.open(Path(directory) if directory is not None else None, readonly=readonly,
                               with_samples=with_samples, checkpoint=crashhook.from_environment())


__all__ = ["open_archive"]
