"""Extractive summaries: the lead, the key figure, document order, plain text and extraction alike."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

import brief_sample as sample
from arsip_berita.core.model import Extraction, Statistic
from arsip_berita.core.text import normalize_body, normalize_inline
from arsip_berita.summary.splitter import split
from arsip_berita.summary.summarizer import summarize

SEED = Path(__file__).resolve().parents[3] / ".." / "shared" / "seed" / "000_82c901b5685d8a0a.txt"


def _seed() -> tuple[str, str]:
    if not SEED.exists():
        pytest.skip(f"seed absent: {SEED}")
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    return normalize_inline(title), normalize_body(body)


def test_seed_summary_keeps_lead_without_dateline_and_poverty_figure() -> None:
    title, body = _seed()
    summary = summarize(title, body)
    assert len(summary.sentences) == 3
    lead = split(body)[0]
    assert lead.startswith("Palangka Raya – Pemerintah Provinsi")  # the article keeps its dateline
    assert summary.sentences[0] == lead.removeprefix("Palangka Raya – ")  # the summary does not
    assert any("5,17 persen" in s for s in summary.sentences)
    assert not any("dibuka secara resmi" in s for s in summary.sentences)  # ceremony is not news


def test_offsets_point_into_body_in_document_order() -> None:
    title, body = _seed()
    summary = summarize(title, body, n=4)
    # The shown text is body[a:b], at most with its first letter capitalised (after a cut formula).
    for (a, b), shown in zip(summary.offsets, summary.sentences, strict=True):
        assert body[a:b][1:] == shown[1:] and body[a].upper() == shown[0].upper()
    assert list(summary.offsets) == sorted(summary.offsets)


def test_sample_with_extraction_keeps_lead_and_key_figure() -> None:
    summary = summarize(sample.TITLE, sample.BODY, sample.extraction())
    assert summary.sentences[0].startswith("Pemerintah Kabupaten Katingan")
    assert any("18,4 persen" in s for s in summary.sentences)


def test_extracted_statistic_late_in_text_is_kept() -> None:
    body = ("Bupati Contoh membuka pameran produk desa di alun-alun kota pada Sabtu pagi. "
            "Pameran diikuti pelaku usaha dari seluruh kecamatan di kabupaten itu. "
            "Pengunjung memadati lokasi sejak pagi hingga sore hari. "
            "Panitia menyiapkan panggung hiburan dan area kuliner bagi pengunjung. "
            "Transaksi selama pameran tercatat senilai dua ratus juta rupiah menurut panitia.")
    start = body.index("dua ratus juta rupiah")
    stat = Statistic(Decimal(200_000_000), start, start + 21, "dua ratus juta rupiah", unit="rupiah",
                     indicator="transaksi pameran")
    plain = summarize("Pameran Produk Desa", body, None, n=2)
    with_stat = summarize("Pameran Produk Desa", body, Extraction(statistics=(stat,)), n=2)
    assert not any("Transaksi" in s for s in plain.sentences)
    assert with_stat.sentences[0].startswith("Bupati Contoh")
    assert with_stat.sentences[-1].startswith("Transaksi selama pameran")


def test_sentence_count_and_edge_cases() -> None:
    assert summarize(sample.TITLE, sample.BODY, n=1).sentences == (split(sample.BODY)[0].removeprefix("Kasongan – "),)
    many = summarize(sample.TITLE, sample.BODY, n=50)
    assert len(many.sentences) == len(split(sample.BODY))
    assert summarize("Judul", "").sentences == ()
    assert summarize("Judul", "   \n\n  ").sentences == ()


def test_boilerplate_is_never_picked() -> None:
    body = ("Baca juga: Festival budaya kembali digelar di kota ini tahun depan\n\n"
            "Pemkot Contoh meresmikan pasar rakyat yang baru direnovasi pada Senin pagi. "
            "Renovasi menghabiskan anggaran Rp 12 miliar dari APBD kota. "
            "Pedagang menyambut baik pasar baru yang lebih bersih dan tertata.\n\n(Humas/Prokopim)")
    summary = summarize("Pasar Rakyat Diresmikan", body, n=3)
    assert summary.sentences[0].startswith("Pemkot Contoh")
    assert not any(s.startswith(("Baca juga", "(Humas")) for s in summary.sentences)


def test_extraction_none_and_empty_extraction_both_work() -> None:
    a = summarize(sample.TITLE, sample.BODY, None)
    b = summarize(sample.TITLE, sample.BODY, dataclasses.replace(sample.extraction(), statistics=()))
    assert a.sentences and b.sentences
    assert a.sentences[0] == b.sentences[0]


def test_seed_summary_with_our_extraction_keeps_the_poverty_figure() -> None:
    # The printed brief summarises with the extraction: the key statistic must survive that too.
    from arsip_berita.extraction.pipeline import extract

    title, body = _seed()
    summary = summarize(title, body, extract(body, title=title))
    assert summary.sentences[0].startswith("Pemerintah Provinsi Kalimantan Tengah")
    assert any("5,17 persen" in s for s in summary.sentences)
