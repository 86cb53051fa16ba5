"""The figure forms of real releases, and numbers that are no statistics, on our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arsip_berita.extraction import extract


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(str(s.value), s.unit) for s in extract(text).statistics]


@pytest.mark.parametrize("text, value", [
    ("Ekonomi Kabupaten Bantul tahun 2020 tumbuh -2,1 persen.", "-2.1"),
    ("Ekonomi Kabupaten Bantul tahun 2020 tumbuh \u22122,1 persen.", "-2.1"),
    ("Ekonomi Kabupaten Bantul tahun 2020 minus 2,1 persen.", "-2.1"),
    ("Ekonomi Kabupaten Bantul tahun 2020 tumbuh MINUS 2,1 persen.", "-2.1"),
])
def test_negative_values(text: str, value: str) -> None:
    assert (value, "percent") in _values(text)


def test_tolerance_is_not_negative() -> None:
    assert _values("Inflasi Kota Ambon berada dalam sasaran 3 plus minus 1 persen.") == []


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_age_brackets_are_no_statistics(dash: str) -> None:
    text = f"TPT kelompok umur (20{dash}24 tahun) di Kota Ambon tercatat 14,2 persen."
    assert _values(text) == [("14.2", "percent")]


def test_ranges_give_both_bounds() -> None:
    assert _values("Festival itu dihadiri 300 hingga 400 peserta.") == [("300", "people"), ("400", "people")]
    assert _values("Pemadaman berlangsung 5-6 jam.") == [("5", "hour"), ("6", "hour")]
    assert _values("Capaian berada pada 51 % sampai 65 %.") == [("51", "percent"), ("65", "percent")]


def test_units_in_parentheses_and_in_any_case() -> None:
    assert ("20.9", "percent") in _values("Tahun 2021 angkanya 20,9 (persen) di Kota Bima.")
    assert ("18848", "household") in _values("Bantuan diberikan kepada 18.848 Keluarga Penerima Manfaat.")
    assert ("3400000000000", "rupiah") in _values("APBD Kota Bima sebesar Rp 3,4 Triliun.")
    assert ("12000000000", "rupiah") in _values("Nilai proyek itu Rp 12 MILIAR.")


def test_money_without_rp_when_the_context_is_money() -> None:
    assert ("215000000000", "rupiah") in _values("Tahun ini anggarannya 215 miliar untuk jalan desa.")


def test_a_list_number_glued_to_a_scale() -> None:
    assert ("120000000000", "rupiah") in _values("Anggaran jalan Rp 120 miliar2. Anggaran jembatan menyusul.")


def test_counted_nouns_and_counts_in_words() -> None:
    got = _values("Dinas PUPR mengerahkan 6 ekskavator dan memperbaiki 12 puskesmas serta 9 Perda baru.")
    assert [v for v, _ in got] == ["6", "12", "9"]
    got = _values("Angin puting beliung membuat tujuh rumah rusak dan tiga orang luka ringan.")
    assert ("7", "unit") in got and ("3", "people") in got


def test_list_continuation_takes_the_unit() -> None:
    got = _values("Hingga kini 1.240 orang terkonfirmasi, dengan rincian 1.100 sembuh, 120 dirawat dan 20 meninggal.")
    assert got == [("1240", "people"), ("1100", "people"), ("120", "people"), ("20", "people")]


@pytest.mark.parametrize("text", [
    "Bantuan disalurkan di 3 kecamatan, yaitu Wonosobo, Kertek dan Garung.",
    "Tim menetapkan 12 desa berikut sebagai lokasi program.",
    "Bupati memaparkan lima program prioritas, yaitu pendidikan, kesehatan dan jalan.",
    "Sesuai Perda Nomor 5 Tahun 2021 dan UU No. 23 Tahun 2014.",
    "Prajurit Kodim 1011 dan Yonif 621 ikut membersihkan saluran di RT 04 RW 02.",
    "Informasi lebih lanjut hubungi 0812-3456-7890.",
    "Peringatan berlaku 16 February 2026, 23:00 WIB hingga 17 February 2026, 02:00 WIB.",
    "Kegiatan dilaksanakan pada 3 May 2025 dan 21 October 2025.",
])
def test_not_statistics(text: str) -> None:
    assert _values(text) == []


def test_ranks_in_words_and_digits() -> None:
    for text, value in (("Kota Bima berada di posisi ketiga se-NTB.", 3), ("Kabupaten Sigi meraih peringkat keenam.", 6),
                        ("Desa itu berada di urutan ke-2.", 2), ("Sekolah itu meraih rangking pertama.", 1)):
        ranks = [s for s in extract(text).statistics if s.kind == "rank"]
        assert ranks and ranks[0].value == value, text


def test_value_column_is_the_figure_and_the_verb_is_the_qualifier() -> None:
    st = extract("Angka kemiskinan Kota Bima pada 2023 mencapai 9,1 persen.").statistics[0]
    assert (st.text, st.qualifier, st.indicator) == ("9,1 persen", "mencapai", "angka kemiskinan")


def test_points_delta_is_percentage_point() -> None:
    stats = extract("TPT Kota Ambon 2024 sebesar 9,1 persen, naik 0,4 poin dari 8,7 persen pada 2023.").statistics
    delta = next(s for s in stats if s.value == Decimal("0.4"))
    assert (delta.kind, delta.unit) == ("change", "percentage_point")
    main = next(s for s in stats if s.value == Decimal("9.1"))
    assert main.change is not None and main.change.delta_unit == "points"
    assert (main.change.baseline_value, main.change.baseline_period) == (Decimal("8.7"), "2023")


def test_money_context_stays_in_its_clause() -> None:
    got = _values("Modal pabrik itu sebesar Rp 5 triliun, dengan produksi hingga 21,3 juta unit sepatu.")
    assert got == [("5000000000000", "rupiah"), ("21300000", "unit")]
    got = _values("Modal pabrik itu sebesar Rp 5 triliun, kapasitas gudang mencapai 12 juta.")
    assert ("12000000", "rupiah") not in got


def test_day_and_month_without_year_is_no_figure() -> None:
    assert _values("Operasi Zebra digelar pada 17 hingga 30 November di seluruh wilayah.") == []


def test_table_and_figure_numbers_are_no_statistics() -> None:
    assert _values("Tabel 1 Penduduk Usia Kerja dan Gambar 2 Angkatan Kerja menurut provinsi.") == []


def test_ages_and_schedules_are_no_statistics_but_measured_times_are() -> None:
    assert _values("Yayasan itu didirikan oleh Ny Rukmini (52) pada 2010.") == []
    assert _values("Bantuan disalurkan dalam 5 hari dan masa tanggap darurat selama 14 hari.") == []
    assert _values("Harga itu tidak naik sejak 7 tahun lalu.") == []
    assert _values("Dengan jembatan baru, waktu tempuh menjadi sekitar 15 menit.") == [("15", "minute")]
    assert _values("Rata-rata jam kerja di Kota Bekasi 6,75 jam/hari.") == [("6.75", "hour")]


def test_quarter_written_with_a_hyphenated_year() -> None:
    st = extract("Ekonomi Kabupaten Sigi triwulan I-2024 terhadap triwulan I-2023 tumbuh sebesar 5,1 persen.").statistics
    assert st and st[0].period == "triwulan I-2024 dibanding triwulan I-2023"


def test_counted_noun_is_the_indicator_without_the_verb_after_it() -> None:
    stats = extract("Sebanyak 13 kabupaten dan 1 kota se-Kalteng diminta menuntaskan pendataan. "
                    "Pada 2024 ditargetkan 2.400 peserta mengikuti pelatihan di 21 puskesmas.").statistics
    assert [s.indicator for s in stats] == ["kabupaten", "kota", "peserta", "puskesmas"]


def test_amount_per_time_keeps_its_scale() -> None:
    assert _values("Insentif guru honorer Kota Bima Rp 1,5 juta/bulan.") == [("1500000", "rupiah")]
