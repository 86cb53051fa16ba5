"""Encoding detection and text normalisation, through the .txt reader and directly."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from ingest_helpers import read_one

from arsip_berita.ingest.encoding import decode_text, is_binary

TITLE = "Sosialisasi Program Kafé Literasi di Perpustakaan Daerah"
BODY = ("PULANG PISAU – Dinas Perpustakaan menggelar sosialisasi “Kafé Literasi” bagi 85 pelajar, "
        "Kamis (7/3/2024). ‘Membaca itu menyenangkan’, ujar kepala dinas.")
EXPECTED_BODY = ("PULANG PISAU – Dinas Perpustakaan menggelar sosialisasi \"Kafé Literasi\" bagi 85 pelajar, "
                 "Kamis (7/3/2024). 'Membaca itu menyenangkan', ujar kepala dinas.")
TEXT = f"{TITLE}\n\n{BODY}\n"


@pytest.mark.parametrize("name, data", [
    ("utf8", TEXT.encode("utf-8")),
    ("utf8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("utf16-le-bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")),
    ("utf16-be-bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("utf16-le-nobom", TEXT.encode("utf-16-le")),
    ("cp1252", TEXT.encode("cp1252")),
])
def test_encodings_decode_to_the_same_article(write, name: str, data: bytes) -> None:
    art = read_one(write(f"{name}.txt", data))
    assert art.title == TITLE
    assert art.body == EXPECTED_BODY
    assert "\ufeff" not in art.title
    assert art.dateline == "Pulang Pisau"


def test_latin1_text() -> None:
    text = "Peresmian kafé dan résumé kegiatan ± 40 peserta"
    assert decode_text(text.encode("latin-1"), "x.txt") == text


def test_cp1252_smart_quotes_are_not_c1_controls() -> None:
    out = decode_text("“tepat” – ‘sasaran’ …".encode("cp1252"), "x.txt")
    assert out == "“tepat” – ‘sasaran’ …"


def test_invalid_utf8_in_mostly_utf8_never_raises() -> None:
    data = "Kemiskinan turun ".encode("utf-8") + b"\xff\xfe\xfa" + " di Kalteng é".encode("utf-8")
    out = decode_text(data, "x.txt")
    assert out.startswith("Kemiskinan turun") and "Kalteng" in out


def test_nfc_normalisation_and_spaces(write) -> None:
    decomposed = unicodedata.normalize("NFD", "Kafé Desa Sejahtera")
    body = "Warga\u00a0desa\tmembuka\u200b kafé  baru.\n\n\n\nParagraf   kedua\u202fdi sini."
    art = read_one(write("nfd.txt", f"{decomposed}\n\n{unicodedata.normalize('NFD', body)}"))
    assert art.title == "Kafé Desa Sejahtera"
    assert unicodedata.is_normalized("NFC", art.body)
    assert art.body == "Warga desa membuka kafé baru.\n\nParagraf kedua di sini."


def test_nul_and_control_characters_dropped(write) -> None:
    art = read_one(write("nul.txt", "Judul Rilis\n\nIsi\x00 rilis\x07 dengan\x1b kontrol."))
    assert art.body == "Isi rilis dengan kontrol."


def test_lines_inside_a_paragraph_are_joined(write) -> None:
    text = "Judul Rilis\n\nBaris pertama paragraf\nyang berlanjut di baris kedua.\n\nParagraf dua."
    art = read_one(write("wrap.txt", text))
    assert art.body == "Baris pertama paragraf yang berlanjut di baris kedua.\n\nParagraf dua."


def test_binary_detection() -> None:
    assert is_binary(bytes(range(256)) * 10)
    assert not is_binary("Teks biasa dengan\ttab\r\ndan baris baru.".encode("utf-8"))
    assert not is_binary(b"")
