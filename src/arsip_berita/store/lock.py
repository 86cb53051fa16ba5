"""One writer at a time: an OS-level lock on ``writer.lock`` in the archive folder.

The OS drops the lock when the holding process dies (even with kill -9), so a stale lock file
never blocks anyone: the file may remain, but it is not locked.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from arsip_berita.core.errors import ArchiveBusyError

LOCK_NAME = "writer.lock"


class WriterLock:
    """Exclusive, non-blocking (or waiting up to ``timeout`` s) writer lock."""

    def __init__(self, archive_dir: Path, timeout: float = 0.0) -> None:
        self.path = archive_dir / LOCK_NAME
        self.timeout = timeout
        self._fh: int | None = None

    def _try_lock(self, fd: int) -> bool:
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while not self._try_lock(fd):
            if time.monotonic() >= deadline:
                holder = ""
                try:
                    holder = os.read(fd, 64).decode("ascii", "replace").strip()
                except OSError:
                    pass
                os.close(fd)
                raise ArchiveBusyError(f"dikunci oleh proses {holder}" if holder else None)
            time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fh = fd

    def release(self) -> None:
        if self._fh is not None:
            try:
                os.ftruncate(self._fh, 0)
            except OSError:
                pass
            os.close(self._fh)  # closing drops the flock
            self._fh = None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
