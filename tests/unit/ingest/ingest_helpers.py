"""Helpers for the reader tests: read one file, and build small PDF files by hand."""

from __future__ import annotations

from pathlib import Path

from arsip_berita.core.errors import IngestError
from arsip_berita.core.model import Article
from arsip_berita.ingest import read_path


def read_all(path: Path) -> list[Article | IngestError]:
    """Every outcome of reading ``path``; any exception other than IngestError fails the test."""
    return list(read_path(path))


def read_one(path: Path) -> Article:
    out = read_all(path)
    assert len(out) == 1, out
    assert isinstance(out[0], Article), out[0]
    return out[0]


def read_error(path: Path) -> IngestError:
    """The single IngestError for ``path``; its message names the path and carries a reason."""
    out = read_all(path)
    assert len(out) == 1, out
    err = out[0]
    assert isinstance(err, IngestError), f"expected IngestError, got {err!r}"
    assert str(path) in err.user_message
    assert err.reason.strip()
    return err


def _pdf_escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines: list[str] | None) -> bytes:
    """A one-page PDF; with ``lines`` a Helvetica text layer, without it only a drawn rectangle."""
    if lines is None:
        content = b"0.5 g 72 600 200 100 re f"
    else:
        ops = [b"BT /F1 11 Tf 14 TL 72 760 Td"]
        for line in lines:
            ops.append(b"(" + _pdf_escape(line) + b") Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return _assemble(objects)


def make_pdf_pages(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """An A4 PDF with one page per item; each (x, y, text) draws ``text`` at that point (Helvetica 11).

    Drawing every word as its own (x, y, word) reproduces PDFs exported word by word (Google Docs).
    """
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font_ref = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for items in pages:
        ops = [b"BT /F1 11 Tf"]
        for x, y, text in items:
            ops.append(b"1 0 0 1 %.1f %.1f Tm (" % (x, y) + _pdf_escape(text) + b") Tj")
        ops.append(b"ET")
        content = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_ref = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_ref, font_ref))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _assemble(objects)


def lines_at(lines: list[str], top: float = 780, step: float = 14, x: float = 72) -> list[tuple[float, float, str]]:
    """(x, y, line) items for ``lines`` printed one under the other from ``top``."""
    return [(x, top - i * step, line) for i, line in enumerate(lines)]


def _assemble(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1 is the catalogue) with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
