"""PDF output through the one rendering path: the seed brief, a 20-article batch, escaping, cancel."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

import brief_sample as sample
from printing_helpers import pdf_text
from arsip_berita.core.model import Article
from arsip_berita.core.text import normalize_body, normalize_inline
from arsip_berita.printing import PrintCancelledError, print_document, write_pdf
from arsip_berita.summary.render import BriefItem, BriefOptions, batch_html, brief_html, footer_text
from arsip_berita.summary.summarizer import summarize

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / ".." / "shared" / "seed" / "000_82c901b5685d8a0a.txt"
SEED_OFFICIALS = ("Leonard S. Ampung", "Agnes Widiastuti", "Adyawarman", "Alpius Patanan")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _brief_pdf(tmp_path: Path, art: Article, extraction, options: BriefOptions = BriefOptions()) -> Path:  # type: ignore[no-untyped-def]
    html = brief_html(art, extraction, summarize(art.title, art.body, extraction), archive_name="Arsip Uji",
                      options=options)
    out = tmp_path / "brief.pdf"
    write_pdf(html, out, title=art.title, footer=footer_text("Arsip Uji"))
    return out


def test_seed_brief_pdf_has_title_figure_and_officials(tmp_path: Path) -> None:
    if not SEED.exists():
        pytest.skip(f"seed absent: {SEED}")
    extraction_pkg = pytest.importorskip("arsip_berita.extraction")
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    art = Article(title=normalize_inline(title), body=normalize_body(body), source="seed")
    extraction = extraction_pkg.extract(art.body, title=art.title)
    text = _flat(pdf_text(_brief_pdf(tmp_path, art, extraction)))
    assert _flat(art.title) in text
    assert "5,17" in text
    for name in SEED_OFFICIALS:
        assert name in text, name


def test_sample_brief_is_one_page_with_footer(tmp_path: Path) -> None:
    out = _brief_pdf(tmp_path, sample.article(), sample.extraction())
    assert len(PdfReader(out).pages) == 1
    text = _flat(pdf_text(out))
    assert "Halaman 1 dari 1" in text and "Arsip: Arsip Uji" in text
    for name in sample.OFFICIALS:
        assert name in text
    assert "18,4 persen" in text and "Rp 4,75 miliar" in text


def test_full_text_option_adds_highlighted_body(tmp_path: Path) -> None:
    out = _brief_pdf(tmp_path, sample.article(), sample.extraction(),
                     BriefOptions(full_text=True, paragraph_numbers=True))
    text = _flat(pdf_text(out))
    assert "Teks lengkap" in text and "[5]" in text and "Pejabat Instansi Tempat Tanggal Angka" in text


def test_batch_of_twenty_articles_holds_twenty_briefs(tmp_path: Path) -> None:
    items = []
    for i in range(20):
        art = sample.article(title=f"Siaran uji nomor {i + 1:02d}: stunting Katingan", article_id=i + 1)
        items.append(BriefItem(art, sample.extraction(), summarize(art.title, art.body, sample.extraction())))
    html = batch_html(items, archive_name="Arsip Uji")
    out = tmp_path / "batch.pdf"
    seen: list[tuple[int, int]] = []
    pages = write_pdf(html, out, title="batch", footer=footer_text("Arsip Uji"),
                      progress=lambda p, n: seen.append((p, n)))
    assert pages == len(PdfReader(out).pages) == 21  # a cover, then one page per brief
    assert seen[-1] == (pages, pages) and len(seen) == pages
    page_texts = pdf_text(out).split("\f")
    briefs = [t for t in page_texts if "RINGKASAN SIARAN PERS" in t]
    assert len(briefs) == 20
    for i, page in enumerate(briefs):  # each brief starts its own page, in order
        assert f"Siaran uji nomor {i + 1:02d}" in page
    assert all(f"Siaran uji nomor {i + 1:02d}" in page_texts[0] for i in range(20))  # the cover list


def test_markup_in_article_prints_as_text(tmp_path: Path) -> None:
    body = ("Kepala Dinas membuka acara <b>penting</b> di aula kantor bupati hari ini. "
            "Panitia menulis <script>alert('x')</script> di papan pengumuman warga.")
    art = Article(title="Uji <i>markup</i> & simbol", body=body, source="uji")
    text = _flat(pdf_text(_brief_pdf(tmp_path, art, None, BriefOptions(full_text=True))))
    assert "<b>penting</b>" in text
    assert "<script>alert('x')</script>" in text
    assert "Uji <i>markup</i> & simbol" in text


def test_cancel_removes_partial_pdf(tmp_path: Path) -> None:
    items = [BriefItem(sample.article(title=f"Judul {i}"), None, summarize("t", sample.BODY)) for i in range(4)]
    out = tmp_path / "cancel.pdf"
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(PrintCancelledError):
        write_pdf(batch_html(items, archive_name="A"), out, title="x", cancel=cancel)
    assert not out.exists()


def test_print_document_on_a_printer_paginates_like_write_pdf(tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from arsip_berita.printing import configure_printer

    items = [BriefItem(sample.article(title=f"Judul {i}"), sample.extraction(), summarize("t", sample.BODY))
             for i in range(3)]
    html = batch_html(items, archive_name="A")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi, like a real printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "hi.pdf"))
    configure_printer(printer, "hi")
    hi_pages = print_document(html, printer)
    assert hi_pages == write_pdf(html, tmp_path / "lo.pdf", title="lo") == 4


def test_cli_print_and_summarize_files(tmp_path: Path) -> None:
    src = tmp_path / "rilis.txt"
    src.write_text(sample.TITLE + "\n\n" + sample.BODY, encoding="utf-8")
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "ARSIP_BERITA_ARCHIVE": str(tmp_path / "arsip")}  # no DISPLAY: offscreen must kick in
    out = tmp_path / "cli.pdf"
    run = subprocess.run([sys.executable, "-m", "arsip_berita", "print", "--file", str(src), "--pdf", str(out)],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Katingan" in pdf_text(out)
    bad = subprocess.run([sys.executable, "-m", "arsip_berita", "print", "--pdf", str(out)],
                         env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "ID" in bad.stderr
