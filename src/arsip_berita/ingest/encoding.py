"""Decode bytes of unknown encoding and repair mojibake.

Order: BOMs, UTF-16 without BOM, then UTF-8 in which every byte run that is not UTF-8 is read as
Windows-1252 (a cp1252 paragraph pasted into a UTF-8 file is repaired where it stands, the rest stays
UTF-8). Mojibake already in the text ("â€“" for "–", UTF-8 read as cp1252 by some earlier tool) is
repaired by ftfy (``repair_text``), applied to titles and bodies of every format.
"""

from __future__ import annotations

import codecs
import functools
import re

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


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the offending bytes are Windows-1252 (Latin-1 where cp1252 has a hole)."""
    assert isinstance(err, UnicodeDecodeError)
    chunk = err.object[err.start:err.end]
    return chunk.decode("cp1252", errors="ignore") or chunk.decode("latin-1"), err.end


codecs.register_error("arsip-cp1252", _cp1252_fallback)


@functools.lru_cache(maxsize=1)
def _ftfy_config():  # type: ignore[no-untyped-def]
    import ftfy

    # Only the encoding repairs: quotes, HTML entities and line breaks are handled by our own steps.
    return ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, fix_line_breaks=False,
                                fix_character_width=False, fix_latin_ligatures=True,
                                # A lone C1 control is a symbol-font glyph (PDF bullets), not cp1252.
                                fix_c1_controls=False,
                                normalization="NFC", explain=False)


_LEADING_GLYPH = re.compile(r"(^|\n)[ \t]*[\x80-\x9f\ue000-\uf8ff]+[ \t]*")


def repair_text(text: str) -> str:
    """Repair mojibake ("â€“" -> "–", "Ã©" -> "é") with ftfy; text without it is returned unchanged."""
    if not text or text.isascii():
        return text
    import ftfy

    # A control or private-use glyph opening a line is a symbol-font bullet: make it one before
    # ftfy reads a lone C1 byte as cp1252 ("\x84" -> a low quote).
    text = _LEADING_GLYPH.sub("\\1\u2022 ", text)
    return ftfy.fix_text(text, _ftfy_config())


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
    return data.decode("utf-8", errors="arsip-cp1252")
