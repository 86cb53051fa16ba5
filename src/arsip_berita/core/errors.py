"""Expected failures: each carries a short Indonesian message for the user and what to do next.

Anything that is not an ``ArsipError`` is a bug: log it and show it, never swallow it.
"""

from __future__ import annotations


class ArsipError(Exception):
    """An expected failure with a message fit to show a user."""

    exit_code = 1

    def __init__(self, user_message: str, detail: str | None = None) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (import workers): rebuild them from their state, since
        # subclasses take other constructor arguments than Exception.args.
        return (_rebuild, (type(self), self.__dict__))

    def __str__(self) -> str:
        return self.user_message if not self.detail else f"{self.user_message} ({self.detail})"


def _rebuild(cls: type[ArsipError], state: dict[str, object]) -> ArsipError:
    err = cls.__new__(cls)
    Exception.__init__(err, state.get("user_message", ""))
    err.__dict__.update(state)
    return err


class IngestError(ArsipError):
    """A file that cannot be read as a press release; the message names the file."""

    def __init__(self, path: str, reason: str, detail: str | None = None) -> None:
        super().__init__(f"{path}: {reason}", detail)
        self.path = path
        self.reason = reason


class QuerySyntaxError(ArsipError):
    """A malformed search query; ``position`` points at the problem when known."""

    exit_code = 2

    def __init__(self, query: str, reason: str, position: int | None = None) -> None:
        where = f" (posisi {position + 1})" if position is not None else ""
        super().__init__(f"Kueri tidak valid: {reason}{where}: {query!r}")
        self.query = query
        self.reason = reason
        self.position = position


class ArchiveBusyError(ArsipError):
    """Another process is writing to the archive."""

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(
            "Arsip sedang dipakai oleh proses lain (impor atau indeks ulang). "
            "Tunggu sampai selesai, lalu coba lagi.",
            detail,
        )


class ArchiveReadOnlyError(ArsipError):
    """The archive directory cannot be written; reading still works."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"Arsip {path} hanya dapat dibaca (read-only): pencarian dan membaca tetap bisa, "
            "tetapi impor dan indeks ulang tidak. Salin arsip ke folder yang dapat ditulisi."
        )


class ArchiveCorruptError(ArsipError):
    """The SQLite store is damaged; it is never overwritten automatically."""

    def __init__(self, path: str, detail: str | None = None) -> None:
        super().__init__(
            f"Basis data arsip {path} rusak dan tidak dapat dibuka. Arsip tidak diubah. "
            "Pulihkan dari cadangan, atau pindahkan folder arsip lalu impor ulang berkas sumbernya.",
            detail,
        )


class SchemaTooNewError(ArsipError):
    """The archive was written by a newer version of the app."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"Arsip {path} dibuat oleh versi Arsip Berita yang lebih baru (skema {found}, "
            f"versi ini mendukung sampai {supported}). Perbarui aplikasi untuk membukanya."
        )


class IndexOutdatedError(ArsipError):
    """The index no longer matches the store and must be rebuilt."""

    def __init__(self, detail: str | None = None) -> None:
        super().__init__("Indeks pencarian perlu dibangun ulang: jalankan 'arsip-berita reindex'.", detail)


class ArticleNotFoundError(ArsipError):
    def __init__(self, article_id: int) -> None:
        super().__init__(f"Artikel dengan ID {article_id} tidak ada di arsip.")
        self.article_id = article_id
