"""The duplicate key of a release: the same PDF read twice is one article, other text keeps its order."""

from __future__ import annotations

from arsip_berita.ingest.raw import RawDoc
from arsip_berita.ingest.readers import make_article

BODY = ("Tingkat Pengangguran Terbuka Kabupaten Contoh Agustus 2025\n\n"
        "Tingkat pengangguran terbuka turun menjadi 4,12 persen menurut survei angkatan kerja.\n\n"
        "{a}\n\n{b}\n\nKepala BPS Kabupaten Contoh, Ratna Sulistyo, menyampaikan angka itu di Kota Contoh.")


def _pdf(a: str, b: str, wrapped: bool = True):
    return make_article(RawDoc(title="", body=BODY.format(a=a, b=b), wrapped=wrapped), "rilis.pdf")


def test_a_pdf_whose_chart_labels_come_in_another_order_is_the_same_article() -> None:
    # pdfminer orders equally distant text boxes by memory address: another process, another order.
    first, second = _pdf("6,00", "4,00"), _pdf("4,00", "6,00")
    assert first.body != second.body
    assert first.content_hash == second.content_hash


def test_a_pdf_with_other_words_is_another_article() -> None:
    assert _pdf("6,00", "4,00").content_hash != _pdf("6,00", "5,00").content_hash


def test_other_formats_keep_word_order_in_their_key() -> None:
    assert _pdf("6,00", "4,00", wrapped=False).content_hash != _pdf("4,00", "6,00", wrapped=False).content_hash
