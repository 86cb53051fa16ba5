"""Hostile and malformed input: each gives one IngestError naming the path, never another exception."""

from __future__ import annotations

import io
import json
import os
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest
from ingest_helpers import make_pdf, read_all, read_error, read_one

from arsip_berita.core.errors import IngestError
from arsip_berita.core.model import Article
from arsip_berita.ingest import readers


@pytest.mark.parametrize("name", ["kosong.txt", "kosong.md", "kosong.html", "kosong.json", "kosong.docx",
                                  "kosong.pdf", "kosong.xml"])
def test_empty_file(write, name: str) -> None:
    err = read_error(write(name, b""))
    assert "kosong" in err.reason


def test_whitespace_only_txt(write) -> None:
    err = read_error(write("spasi.txt", "  \n\n\t \r\n"))
    assert "teks" in err.reason


def test_title_only_txt(write) -> None:
    err = read_error(write("judul.txt", "Hanya Judul Tanpa Isi\n\n"))
    assert "judul" in err.reason


def test_binary_with_txt_extension(write) -> None:
    err = read_error(write("gambar.txt", bytes(range(256)) * 64))
    assert "biner" in err.reason


def test_png_renamed_txt(write) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(0, 32)) * 40
    assert isinstance(read_error(write("foto.txt", png)), IngestError)


def test_broken_html_still_reads_or_fails_cleanly(write) -> None:
    html = ("<html><body><div><p>BUNTOK – Bupati Barito Selatan membuka turnamen sepak bola antardesa "
            "yang diikuti 32 tim dari seluruh kecamatan.<div><p>Turnamen berlangsung selama satu bulan "
            "penuh di stadion kabupaten<span><b><i></body>")
    out = read_all(write("rusak.html", html))
    assert len(out) == 1
    if isinstance(out[0], Article):
        assert "32 tim" in out[0].body
    else:
        assert str(out[0].path).endswith("rusak.html")


def test_html_without_article_text(write) -> None:
    err = read_error(write("menu.html", "<html><body><nav><a href='/'>Beranda</a></nav></body></html>"))
    assert any(w in err.reason for w in ("HTML", "teks", "isi"))


def test_deeply_nested_html(write) -> None:
    html = "<div>" * 5000 + "Isi terdalam." + "</div>" * 5000
    out = read_all(write("dalam.html", f"<html><body>{html}</body></html>"))
    assert len(out) == 1 and isinstance(out[0], (Article, IngestError))


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
    b"%PDF-1.7\n" + bytes(range(256)) * 20,
    b"bukan pdf sama sekali, hanya teks biasa",
])
def test_broken_pdf(write, data: bytes) -> None:
    err = read_error(write("rusak.pdf", data))
    assert "PDF" in err.reason


def test_truncated_pdf(write) -> None:
    data = make_pdf(["Judul", "Isi rilis yang cukup panjang untuk sebuah uji."])
    out = read_all(write("potong.pdf", data[: len(data) // 2]))
    assert len(out) == 1 and isinstance(out[0], (Article, IngestError))


def test_pdf_without_text_layer(write) -> None:
    err = read_error(write("pindaian.pdf", make_pdf(None)))
    assert "lapisan teks" in err.reason


@pytest.mark.parametrize("data", [
    b"PK\x03\x04 rusak",
    b"bukan zip",
])
def test_broken_docx_not_zip(write, data: bytes) -> None:
    err = read_error(write("rusak.docx", data))
    assert "DOCX" in err.reason


def test_docx_zip_without_document(write) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "bukan dokumen word")
    err = read_error(write("palsu.docx", buf.getvalue()))
    assert "DOCX" in err.reason


def test_docx_with_broken_xml(tmp_path: Path) -> None:
    good = tmp_path / "baik.docx"
    document = docx.Document()
    document.add_paragraph("Judul")
    document.add_paragraph("Isi")
    document.save(str(good))
    broken = tmp_path / "xml rusak.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(info, data)
    err = read_error(broken)
    assert "DOCX" in err.reason


def test_docx_without_text(tmp_path: Path) -> None:
    path = tmp_path / "kosong isi.docx"
    docx.Document().save(str(path))
    err = read_error(path)
    assert "teks" in err.reason


def test_zip_bomb_disguised_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(readers.MAX_DOCX_UNCOMPRESSED // len(chunk) + 8):
                fh.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk, huge inflated
    tracemalloc.start()
    try:
        err = read_error(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "terlalu besar" in err.reason
    assert peak < 20 * 1024 * 1024


def test_huge_text_file_refused_memory_bounded(tmp_path: Path) -> None:
    path = tmp_path / "besar sekali.txt"
    with path.open("wb") as fh:  # sparse: 50 MB of size, almost nothing on disk
        fh.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        err = read_error(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "terlalu besar" in err.reason and "MB" in err.reason
    assert peak < 5 * 1024 * 1024  # refused from its size, not read


def test_huge_text_file_written_in_chunks(tmp_path: Path) -> None:
    path = tmp_path / "besar.md"
    line = ("Paragraf panjang tentang anggaran daerah yang diulang terus. " * 16 + "\n").encode()
    with path.open("wb") as fh:
        written = 0
        while written <= readers.MAX_TEXT_BYTES:
            fh.write(line * 256)
            written += len(line) * 256
    err = read_error(path)
    assert "terlalu besar" in err.reason


def test_huge_json_line_refused(tmp_path: Path) -> None:
    path = tmp_path / "panjang.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"title": "Baik", "body": "Isi yang baik."}) + "\n")
        fh.write('{"title": "Terlalu panjang", "body": "' + "a" * (readers.MAX_JSONL_LINE + 10) + '"}\n')
    out = read_all(path)
    assert isinstance(out[0], Article)
    assert isinstance(out[1], IngestError) and "terlalu panjang" in out[1].reason
    assert out[1].path == f"{path}:2"


@pytest.mark.parametrize("payload, needle", [
    ("[1, 2, 3]", "objek"),
    ('"hanya string"', "objek"),
    ("null", "objek"),
    ('{"title": "Judul", "body": 123}', "teks"),
    ('{"title": ["a"], "body": "Isi"}', "judul"),
    ('{"title": "Judul", "body": {"x": 1}}', "teks"),
    ('{"title": "Judul"}', "teks"),
    ('{"title": "Judul", "body": "   "}', "teks"),
    ("{tidak sah", "JSON"),
    ("[" * 100000, "JSON"),
])
def test_json_wrong_types(write, payload: str, needle: str) -> None:
    out = read_all(write("salah.json", payload))
    assert len(out) == 1 and isinstance(out[0], IngestError), out
    assert needle in out[0].reason
    assert "salah.json" in out[0].user_message


def test_json_wrong_type_for_optional_fields_is_ignored(write) -> None:
    obj = {"title": "Judul Rilis", "body": "Isi rilis 3/12/2024.", "date": 20241203, "source": ["x"], "url": 5}
    art = read_one(write("opsional.json", json.dumps(obj)))
    assert art.source is None and art.url is None
    assert art.published is not None  # from the body


def test_jsonl_line_not_an_object(write) -> None:
    path = write("baris.jsonl", '42\n{"title": "Oke", "body": "Isi oke."}\n')
    out = read_all(path)
    assert isinstance(out[0], IngestError) and out[0].path == f"{path}:1"
    assert isinstance(out[1], Article)


def test_jsonl_invalid_utf8_line(write) -> None:
    path = write("enc.jsonl", b'{"title": "Caf\xe9", "body": "Isi dengan byte Latin-1 caf\xe9."}\n')
    out = read_all(path)
    assert len(out) == 1
    assert isinstance(out[0], (Article, IngestError))


@pytest.mark.parametrize("data", [b"", b"<rss><channel></channel></rss>", b"<rss><chan", bytes(range(256)) * 4,
                                  b"<?xml version='1.0'?><catatan>bukan umpan</catatan>"])
def test_bad_feeds(write, data: bytes) -> None:
    err = read_error(write("umpan.xml", data))
    assert err.reason


def test_non_ascii_name_with_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "Siaran Pers Kalteng ✓"
    folder.mkdir()
    path = folder / "rilis café – édisi 1.txt"
    path.write_text("Judul Édisi Pertama\n\nIsi rilis édisi pertama.", encoding="utf-8")
    art = read_one(path)
    assert art.path == str(path)
    bad = folder / "kosong ñ.txt"
    bad.write_bytes(b"")
    assert str(bad) in read_error(bad).user_message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "tidak ada.txt"
    out = read_all(path)
    assert len(out) == 1 and isinstance(out[0], IngestError)
    assert str(path) in out[0].user_message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without permission")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "rahasia.txt"
    path.write_text("Judul\n\nIsi", encoding="utf-8")
    path.chmod(0)
    try:
        read_error(path)
    finally:
        path.chmod(0o644)


def test_one_megabyte_single_line(write) -> None:
    art = read_one(write("satu baris.txt", "Judul Panjang\n" + "kata " * 200_000))
    assert len(art.body) > 900_000


@pytest.mark.parametrize("name", ["besar.pdf", "besar.docx"])
def test_huge_binary_file_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with path.open("wb") as fh:
        fh.truncate(readers.MAX_BINARY_BYTES + 1)
    err = read_error(path)
    assert "terlalu besar" in err.reason


def test_ingest_errors_survive_the_trip_to_a_worker_process() -> None:
    """Bad JSON lines travel to import workers inside a chunk: the error must pickle intact."""
    import pickle

    from arsip_berita.core.errors import IngestError

    err = pickle.loads(pickle.dumps(IngestError("berita.jsonl:7", "baris JSON tidak sah", "detail")))
    assert isinstance(err, IngestError)
    assert (err.path, err.reason, err.detail) == ("berita.jsonl:7", "baris JSON tidak sah", "detail")
    assert err.user_message == "berita.jsonl:7: baris JSON tidak sah"
