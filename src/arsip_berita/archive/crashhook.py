"""The reliability suite's crash hook (tests/reliability, benchmarks/reliability.py), injected into
``ArchiveService`` as its ``checkpoint`` by the composition root only when the environment asks for it.

``ARSIP_BERITA_CRASH_AT=NAME[:N[:MS]]`` kills this process with SIGKILL the N-th time (default 1) it
reaches write-protocol point NAME (store_commit, index_add, index_commit, mark_indexed); with MS, the
kill comes from a timer MS milliseconds later, so it lands inside the step that follows (e.g. the
Whoosh commit itself) rather than before it.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable

CRASH_ENV = "ARSIP_BERITA_CRASH_AT"


def from_environment() -> Callable[[str], None] | None:
    """The crash checkpoint the environment asks for, or None (the normal case)."""
    spec = os.environ.get(CRASH_ENV)
    if not spec:
        return None
    parts = spec.split(":")
    target, times = parts[0], int(parts[1]) if len(parts) > 1 and parts[1] else 1
    delay_ms = int(parts[2]) if len(parts) > 2 and parts[2] else 0
    counts: dict[str, int] = {}

    def checkpoint(name: str) -> None:
        if name != target:
            return
        counts[name] = counts.get(name, 0) + 1
        if counts[name] != times:
            return

        def kill() -> None:
            os.kill(os.getpid(), signal.SIGKILL)

        if delay_ms:
            threading.Timer(delay_ms / 1000, kill).start()
        else:
            kill()

    return checkpoint
