"""A shared office archive: the same service as the desktop's, on a PostgreSQL server.

Every command and the app work on it unchanged: ``SharedArchiveService`` is an ``ArchiveService``
whose store is ``server.store.ServerStore`` and whose search backend is ``server.search.ServerSearch``.
What differs is concurrency: there is no writer lock (the server orders writes; two importers at
once are safe, see server/store.py), readers never wait, and the upkeep at opening only indexes
articles committed but not yet indexed (a killed importer's) instead of comparing counts, which
differ while another importer is at work.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs

from arsip_berita.core.errors import ArsipError
from arsip_berita.core.paths import APP_NAME, redact
from arsip_berita.archive.service import SAMPLE_URL, ArchiveService, _no_checkpoint
from arsip_berita.server.connection import READER_IMPORT_MESSAGE, role_description
from arsip_berita.server.search import ServerSearch
from arsip_berita.server.store import ServerStore

log = logging.getLogger(__name__)


class ReaderRoleError(ArsipError):
    """A reader (read-only role) tried to change the shared archive."""


class SharedArchiveService(ArchiveService):
    """One shared archive on a server; ``url`` is libpq's address (no password kept)."""

    def __init__(self, url: str, *, readonly: bool = False,
                 checkpoint: Callable[[str], None] | None = None) -> None:
        self.url = url
        self.checkpoint = checkpoint or _no_checkpoint
        self.notices: list[str] = []
        # A local folder for what this computer keeps about the server (window title, caches).
        digest = hashlib.sha1(redact(url).encode("utf-8")).hexdigest()[:16]
        self.directory = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "server" / digest
        self.store = ServerStore(url, readonly=readonly)  # type: ignore[assignment]
        self.can_write = self.store.can_write
        self.readonly = self.store.readonly
        self.is_new = self.store.is_new
        self.index = ServerSearch(self.store.conn, readonly=self.readonly)  # type: ignore[assignment]
        self._lock = threading.Lock()
        self._glossary: dict[str, list[str]] | None = None
        if not self.can_write:
            self.notices.append(f"Terhubung ke arsip bersama {self.location} sebagai {role_description(False)}.")
        if not self.readonly:
            self._sync_index()

    @classmethod
    def open(cls, url: str, readonly: bool = False, *, with_samples: bool | None = None,  # type: ignore[override]
             checkpoint: Callable[[str], None] | None = None) -> SharedArchiveService:
        """Open a shared archive (creating its tables on first use by a writer); never adds samples
        unless ``with_samples`` asks for them."""
        svc = cls(url, readonly=readonly, checkpoint=checkpoint)
        if with_samples and svc.is_new and not svc.readonly:
            from arsip_berita.archive.service import sample_path

            report = svc.import_paths([sample_path()], processes=1)
            svc.notices.append(f"Arsip baru dibuat dengan {report.added} siaran pers contoh.")
        return svc

    def opener(self) -> Callable[..., ArchiveService]:
        url, checkpoint = self.url, self.checkpoint

        def open_again(*, readonly: bool = True, with_samples: bool = False) -> ArchiveService:
            return SharedArchiveService.open(url, readonly=readonly, with_samples=with_samples, checkpoint=checkpoint)

        return open_again

    @property
    def location(self) -> str:
        return redact(self.url)

    @property
    def is_shared(self) -> bool:
        return True

    @property
    def role(self) -> str:
        """'penulis' (may import) or 'pembaca' (search and read only)."""
        return "penulis" if self.can_write else "pembaca"

    @property
    def archive_name(self) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(self.url)
        db = parts.path.lstrip("/") or "arsip"
        host = parts.hostname or "lokal"
        return f"Arsip bersama {db} ({host})"

    def _write_lock(self, timeout: float = 0.0) -> Any:
        return contextlib.nullcontext()

    def _require_writable(self) -> None:
        if not self.can_write:
            raise ReaderRoleError(READER_IMPORT_MESSAGE.format(where=self.location))
        if self.readonly:
            raise ArsipError(f"Arsip bersama {self.location} dibuka hanya untuk membaca; buka lagi tanpa mode "
                             "hanya-baca untuk mengubahnya.")

    @property
    def can_keep_watchlists(self) -> bool:
        return True  # the reader role may write the watchlists table too

    def _require_watchlists_writable(self) -> None:
        return None  # readers keep watchlists too (the reader role may write that table)

    def _translate(self, exc: BaseException) -> ArsipError | None:
        from arsip_berita.server.connection import translate_error

        return translate_error(exc, self.url)

    # --- upkeep ---------------------------------------------------------------------------------
    def _sync_index(self) -> None:
        """Index what is stored but not indexed; a new search version indexes every article again."""
        if not self.index.is_usable():
            if not self.store.count():  # a new archive: nothing to index yet
                self.index.create()
                return
            n = self._rebuild_locked()
            self.notices.append(f"Indeks pencarian arsip bersama dibangun ulang untuk versi ini ({n} artikel).")
            return
        todo = self.store.unindexed_ids()
        if todo:
            self._index_ids(todo, update=True)
            # Another importer may still be between its store and index commits: indexing twice is safe.
            self.notices.append(f"{len(todo)} artikel yang tersimpan tetapi belum terindeks (impor terputus atau "
                                "sedang berjalan di komputer lain) kini diindeks.")

    def _rebuild_locked(self, progress: Callable[[int, int], None] | None = None) -> int:
        self.index.create()
        self.store.mark_all_unindexed()
        from arsip_berita.archive.service import REBUILD_CHUNK, _chunked

        return len(self._write_index(_chunked(self.store.iter_all(), REBUILD_CHUNK), self.store.count(),
                                     progress=progress, commit_every=ServerSearch.commit_every))

    def _maybe_optimize(self) -> None:
        return None  # autovacuum keeps the GIN index in shape

    # --- what the desktop does through its SQLite connection -------------------------------------
    def sample_count(self) -> int:
        return self.store.sample_count(SAMPLE_URL)  # type: ignore[attr-defined]

    def remove_samples(self) -> int:
        self._require_writable()
        n = self.store.remove_by_url_prefix(SAMPLE_URL)  # type: ignore[attr-defined]
        self._glossary = None
        return n

    def cache_near_duplicate_signatures(self, scheme: str, rows: Any) -> bool:
        if not rows:
            return False
        try:
            self.store.save_signatures(scheme, rows)
        except Exception:  # noqa: BLE001 - a cache; a reader without the grant computes them again
            log.info("near-duplicate signatures not cached", exc_info=True)
            return False
        return True


__all__ = ["ReaderRoleError", "SharedArchiveService"]
