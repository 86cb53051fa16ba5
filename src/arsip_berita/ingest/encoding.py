"""Decode bytes of unknown encoding: BOMs, UTF-8, UTF-16 without BOM, then Windows-1252/Latin-1."""

from __future__ import annotations

import codecs

from arsip_berita.core.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text (C0 controls other than tab, newlines, form feed, escape).
_BINARY_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 27)) | frozenset(range(28, 32))


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-range text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def is_binary(data: bytes) -> bool:
    """True when the sample holds too many bytes that text never contains."""
    sample = data[:8192]
    if not sample:
        return False
    bad = sum(1 for b in sample if b in _BINARY_BYTES)
    return bad / len(sample) > 0.05


def decode_text(data: bytes, path: str) -> str:
    """Decode ``data``; raise IngestError for binary data. Never raises UnicodeDecodeError."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if is_binary(data):
        raise IngestError(path, "berkas biner, bukan teks (isinya tidak dapat dibaca sebagai teks)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
