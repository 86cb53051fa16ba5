"""Connecting to a shared archive: the address, the user's role, and errors in words a user reads.

The address is libpq's: ``postgresql://user@host:5432/dbname`` (or ``?service=name``). The password
is never kept by Arsip Berita: libpq reads it from the user's password file (``~/.pgpass``,
``%APPDATA%\\postgresql\\pgpass.conf``) or a service file, or ``PGPASSWORD``.
"""

from __future__ import annotations

import logging
from typing import Any

import psycopg

from arsip_berita.core.errors import ArsipError
from arsip_berita.core.paths import redact

log = logging.getLogger(__name__)
APPLICATION_NAME = "arsip-berita"
CONNECT_TIMEOUT_S = 10

# Roles created by ``schema.setup_roles``: members of the reader role search and read, members of
# the writer role also import.
READER_ROLE = "arsip_pembaca"
WRITER_ROLE = "arsip_penulis"


class ServerError(ArsipError):
    """The shared archive's server refused or could not be reached."""


def connect(url: str, *, autocommit: bool = True) -> psycopg.Connection[Any]:
    """A connection to the archive at ``url``; raises ServerError with an Indonesian message."""
    scheme, sep, rest = url.partition("://")
    url = scheme.lower() + sep + rest  # "PostgreSQL://" as libpq wants it
    if not rest.split("?", 1)[0].split("@")[-1].partition("/")[2] and "dbname=" not in rest and "service=" not in rest:
        raise ServerError(f"Alamat arsip bersama {redact(url)} tidak menyebut basis datanya. Contoh yang benar: "
                          "postgresql://nama@server/arsip")
    try:
        return psycopg.connect(url, autocommit=autocommit, application_name=APPLICATION_NAME,
                               connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.OperationalError as exc:
        raise connection_error(url, exc) from exc
    except psycopg.ProgrammingError as exc:  # a malformed address
        raise ServerError(f"Alamat arsip bersama tidak dapat dibaca: {redact(url)}. Contoh yang benar: "
                          "postgresql://nama@server/arsip", str(exc)) from exc


def connection_error(url: str, exc: BaseException) -> ServerError:
    text = str(exc)
    where = redact(url)
    if "password" in text.lower() and ("authentication" in text.lower() or "no password" in text.lower()):
        return ServerError(
            f"Server arsip bersama {where} menolak login (kata sandi salah atau belum disimpan). Simpan kata "
            "sandi di berkas kata sandi PostgreSQL (pgpass) atau minta admin TI memeriksa akun Anda.", text)
    if "does not exist" in text and "database" in text:
        return ServerError(f"Basis data arsip bersama {where} tidak ada di server. Periksa nama basis datanya "
                           "atau minta admin TI membuatnya.", text)
    if "role" in text and "does not exist" in text:
        return ServerError(f"Akun pada alamat {where} tidak dikenal server. Minta admin TI membuatkan akun.", text)
    if "invalid" in text.lower() or "cannot parse" in text.lower():
        return ServerError(f"Alamat arsip bersama tidak dapat dibaca: {where} ({_first_line(text)}). Contoh yang benar: "
                           "postgresql://nama@server/arsip", text)
    if "permission denied" in text.lower():
        return ServerError(f"Server arsip bersama {where} menolak: {_first_line(text)}.", text)
    return ServerError(
        f"Tidak dapat terhubung ke server arsip bersama {where} ({_first_line(text)}). Periksa jaringan dan "
        "alamat server.", text)


def _first_line(text: str) -> str:
    """libpq's reason, short: its last line that says something ('connection refused', ...)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return (lines[-1] if lines else "galat tidak diketahui")[:160]


def can_write(conn: psycopg.Connection[Any]) -> bool:
    """Whether this login may import (INSERT on the articles table); False for a reader."""
    row = conn.execute("SELECT has_table_privilege('articles', 'INSERT')").fetchone()
    return bool(row and row[0])


def role_description(writable: bool) -> str:
    """What the app shows about the user's role."""
    return "penulis (dapat mencari dan mengimpor)" if writable else "pembaca (hanya mencari dan membaca)"


READER_IMPORT_MESSAGE = ("Akun Anda pada arsip bersama {where} hanya pembaca: Anda dapat mencari dan membaca, "
                         "tetapi tidak mengimpor. Minta admin TI memasukkan akun Anda ke peran "
                         f"{WRITER_ROLE} bila Anda bertugas mengimpor.")


def translate_error(exc: BaseException, url: str) -> ServerError | None:
    """The user-facing error for a server failure met while working; None for anything else (a bug)."""
    where = redact(url)
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return ServerError(READER_IMPORT_MESSAGE.format(where=where), str(exc))
    if isinstance(exc, psycopg.errors.DiskFull):
        return ServerError(f"Server arsip bersama {where} kehabisan ruang disk. Artikel yang sudah tersimpan tetap "
                           "aman; minta admin TI menambah ruang, lalu ulangi impor.", str(exc))
    if isinstance(exc, (psycopg.errors.LockNotAvailable, psycopg.errors.QueryCanceled)):
        return ServerError(f"Server arsip bersama {where} sedang sibuk (batas waktu tunggu habis). Tidak ada yang "
                           "hilang; coba lagi sebentar lagi.", str(exc))
    if isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)):
        return ServerError(f"Koneksi ke server arsip bersama {where} terputus. Yang sudah tersimpan tetap aman; "
                           "periksa jaringan lalu buka arsip lagi.", str(exc))
    return None
