"""The SQLite archive store and the one-writer lock."""

from arsip_berita.store.db import DB_NAME, Store
from arsip_berita.store.lock import WriterLock

__all__ = ["DB_NAME", "Store", "WriterLock"]
