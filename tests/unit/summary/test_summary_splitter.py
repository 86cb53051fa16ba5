"""Sentence splitter: Indonesian abbreviations, numbers, quotes, ellipses, and offsets into the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arsip_berita.core.text import normalize_body
from arsip_berita.summary.splitter import split, split_spans

SEED = Path(__file__).resolve().parents[3] / ".." / "shared" / "seed" / "000_82c901b5685d8a0a.txt"

CASES = [
    # (text, expected sentences)
    ("Posko dibuka di Kec. Pahandut, Kab. Contoh, Prov. Kalteng. Warga boleh datang kapan saja.",
     ["Posko dibuka di Kec. Pahandut, Kab. Contoh, Prov. Kalteng.", "Warga boleh datang kapan saja."]),
    ("Acara dihadiri H. Rahmat dan Hj. Siti Aminah. Keduanya tokoh masyarakat.",
     ["Acara dihadiri H. Rahmat dan Hj. Siti Aminah.", "Keduanya tokoh masyarakat."]),
    ("Materi disampaikan Dr. Budi Hartono dan dr. Rina Wulandari. Sesi tanya jawab menyusul.",
     ["Materi disampaikan Dr. Budi Hartono dan dr. Rina Wulandari.", "Sesi tanya jawab menyusul."]),
    ("Sekda Contoh, Ahmad Fauzi, S.E., M.Si., membuka rapat. Rapat berlangsung dua jam.",
     ["Sekda Contoh, Ahmad Fauzi, S.E., M.Si., membuka rapat.", "Rapat berlangsung dua jam."]),
    ("Dasar hukumnya Perbup No. 12 Tahun 2024. Isinya mengatur retribusi.",
     ["Dasar hukumnya Perbup No. 12 Tahun 2024.", "Isinya mengatur retribusi."]),
    ("Nilainya Rp. 2,5 miliar. Dana berasal dari APBD.",
     ["Nilainya Rp. 2,5 miliar.", "Dana berasal dari APBD."]),
    ("Angka kemiskinan turun menjadi 6,42 persen. Jumlah penduduk miskin 212.450 jiwa.",
     ["Angka kemiskinan turun menjadi 6,42 persen.", "Jumlah penduduk miskin 212.450 jiwa."]),
    ("Rapat digelar Senin (3/12/2024). Pesertanya 80 orang.",
     ["Rapat digelar Senin (3/12/2024).", "Pesertanya 80 orang."]),
    ("Rapat dibuka oleh Kepala Bappeda, Leonard S. Ampung, mewakili bupati. Ia membacakan sambutan.",
     ["Rapat dibuka oleh Kepala Bappeda, Leonard S. Ampung, mewakili bupati.", "Ia membacakan sambutan."]),
    ("Kita tunggu saja... Hasilnya keluar besok.", ["Kita tunggu saja...", "Hasilnya keluar besok."]),
    ("Hasilnya masih ... belum final.", ["Hasilnya masih ... belum final."]),
    ("Warga bertanya\u2026 Camat menjawab.", ["Warga bertanya\u2026", "Camat menjawab."]),
    ('"Kami siap membantu," ujarnya. Bantuan tiba sore hari.',
     ['"Kami siap membantu," ujarnya.', "Bantuan tiba sore hari."]),
    ('Ia menegaskan, "Data harus akurat." Rapat pun ditutup.',
     ['Ia menegaskan, "Data harus akurat."', "Rapat pun ditutup."]),
    ('"Siapa yang bertanggung jawab?" tanyanya. Tidak ada yang menjawab!',
     ['"Siapa yang bertanggung jawab?" tanyanya.', "Tidak ada yang menjawab!"]),
    ("Situs resmi www.contoh.go.id. Informasi diperbarui tiap hari.",
     ["Situs resmi www.contoh.go.id.", "Informasi diperbarui tiap hari."]),
    ("Paragraf pertama tanpa titik\n\nParagraf kedua. Kalimat ketiga.",
     ["Paragraf pertama tanpa titik", "Paragraf kedua.", "Kalimat ketiga."]),
    ("Inflasi 2,1 persen. 14 desa terdampak banjir.", ["Inflasi 2,1 persen.", "14 desa terdampak banjir."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_spans_point_into_the_text() -> None:
    text = "  Pj. Bupati hadir.   Ia membuka acara.\n\nCamat   mendampingi. "
    spans = split_spans(text)
    assert [text[a:b] for a, b in spans] == ["Pj. Bupati hadir.", "Ia membuka acara.", "Camat   mendampingi."]
    assert spans[0][0] == 2


def test_seed_sentences() -> None:
    if not SEED.exists():
        pytest.skip(f"seed absent: {SEED}")
    body = normalize_body(SEED.read_text(encoding="utf-8").split("\n", 1)[1])
    sents = split(body)
    assert len(sents) == 12
    figure = [s for s in sents if "5,17 persen" in s]
    assert len(figure) == 1 and "145.630 jiwa" in figure[0] and figure[0].endswith("tahun 2023.")
    assert any(s.startswith("Rakor ini dibuka") and "Leonard S. Ampung" in s for s in sents)
    assert sents[-1].endswith("Prov. Kalteng Alpius Patanan.")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab AB.,!?\"'()\n\u20265") + ["Dr.", "S.E.", "...", "Kab.", " H. "]),
                max_size=80).map("".join))
def test_spans_are_ordered_trimmed_and_cover_every_visible_character(text: str) -> None:
    spans = split_spans(text)
    covered = set()
    last_end = 0
    for a, b in spans:
        assert last_end <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        covered.update(range(a, b))
        last_end = b
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_long_line_without_full_stop_is_bounded() -> None:
    text = "kata " * 5000
    spans = split_spans(text)
    assert len(spans) > 1 and max(b - a for a, b in spans) <= 2000
