"""Our own written fixtures for each reading the extractor must do."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from arsip_berita.extraction import extract
from arsip_berita.language.names import official_key
from arsip_berita.extraction.numbers import parse_number, parse_ordinal, parse_words
from arsip_berita.language.names import split_honorifics


def officials(text: str) -> dict[str, str | None]:
    return {o.name: o.position for o in extract(text).officials}


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Rapat dibuka Kepala Dinas Kesehatan Kabupaten Katingan, Dewi Lestari Ningsih, pagi tadi.",
     "Dewi Lestari Ningsih", "Kepala Dinas Kesehatan Kabupaten Katingan"),
    ("Bupati Seruyan Yulhaidir Rahman meninjau jalan rusak.", "Yulhaidir Rahman", "Bupati Seruyan"),
    ("Arahan disampaikan oleh Rustam Efendi selaku Sekda Kotim.", "Rustam Efendi", "Sekda Kotim"),
    ("Kunjungan itu dipimpin Markus Tandiono, Kepala Bappeda Kabupaten Barito Utara, kemarin.",
     "Markus Tandiono", "Kepala Bappeda Kabupaten Barito Utara"),
    ("Plh. Sekda Kalteng Nuryakin Hasan hadir mewakili.", "Nuryakin Hasan", "Plh. Sekda Kalteng"),
])
def test_official_patterns(text, name, position):
    assert officials(text).get(name) == position


def test_position_without_name_is_not_a_person():
    x = extract("Pesan Gubernur Kalteng dibacakan dalam Rakor tersebut.")
    assert not x.officials and not [e for e in x.entities if e.type == "PERSON"]


def test_honorifics_are_stripped_but_kept():
    x = extract("Laporan dibacakan Sekda Katingan H. Pransang Tiung, S.Sos., M.Si. di aula.")
    assert [o.name for o in x.officials] == ["Pransang Tiung"]
    assert set(x.officials[0].honorifics) >= {"H.", "S.Sos.", "M.Si."}
    assert split_honorifics("Dra. Hj. Nurul Hidayah, M.Pd.") == ("Nurul Hidayah", ("Dra.", "Hj.", "M.Pd."))


def test_official_key_unifies_name_forms():
    keys = {official_key(n) for n in ("Leonard S. Ampung", "Leonard Ampung", "H. Leonard Ampung, S.E.")}
    assert keys == {"leonard ampung"}
    assert official_key("Agnes Widiastuti") != official_key("Agnes Wulandari")


def test_acronym_learning_and_later_use():
    x = extract("Dinas Ketahanan Pangan Daerah (DKPD) membagikan beras. Petugas DKPD mendata warga.")
    assert x.acronyms["DKPD"] == "Dinas Ketahanan Pangan Daerah"
    definition = [e for e in x.entities if e.text == "Dinas Ketahanan Pangan Daerah (DKPD)"]
    assert definition and definition[0].role == "definition"
    uses = [e for e in x.entities if e.text == "DKPD"]
    assert len(uses) == 1 and uses[0].canonical == "Dinas Ketahanan Pangan Daerah" and uses[0].start > 40


def test_person_alias_in_parentheses():
    x = extract("Mantan presiden Susilo Bambang Yudhoyono (SBY) hadir. Kedatangan SBY disambut warga.")
    persons = [(e.text, e.canonical) for e in x.entities if e.type == "PERSON"]
    assert ("Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono") in persons
    assert ("(SBY)", "Susilo Bambang Yudhoyono") in persons and ("SBY", "Susilo Bambang Yudhoyono") in persons


def test_places_guards_and_aliases():
    x = extract("Banjir di Kotim dan Palangkaraya meluas, tetapi jalan Baru tetap Raya.")
    names = {e.place.name for e in x.entities if e.place}
    assert names == {"Kabupaten Kotawaringin Timur", "Kota Palangka Raya"}


@pytest.mark.parametrize(("text", "published", "iso", "gran"), [
    ("Kegiatan itu digelar Rabu (3/12) di aula.", dt.date(2025, 12, 4), "2025-12-03", "day"),
    ("Kegiatan itu digelar Rabu (3/12/2024) di aula.", None, "2024-12-03", "day"),
    ("Rapat Senin, 2 Januari 2023 pukul 09.30 WIB.", None, "2023-01-02", "day"),
    ("Realisasi triwulan III 2024 membaik.", None, "2024-Q3", "quarter"),
    ("Target semester I 2025 tercapai.", None, "2025-S1", "semester"),
    ("APBD TA 2024 disahkan.", None, "2024", "year"),
])
def test_dates_and_periods(text, published, iso, gran):
    dates = [(e.date.iso, e.date.granularity) for e in extract(text, published=published).entities if e.date]
    assert (iso, gran) in dates


def test_numbers():
    assert parse_number("145.630") == Decimal("145630")
    assert parse_number("5,17") == Decimal("5.17")
    assert parse_number("1,2 triliun") == Decimal("1200000000000")
    assert parse_words("tiga ratus lima puluh") == Decimal("350")
    assert parse_ordinal("kelima") == 5 and parse_ordinal("ke-12") == 12
    assert parse_number("12,3,4") is None


def test_statistic_attributes():
    text = ("Menurut data BPS, tingkat pengangguran terbuka Kabupaten Katingan pada 2024 sebesar 3,8 persen, "
            "turun 0,4 poin dari 4,2 persen pada 2023.")
    stats = extract(text).statistics
    main = next(s for s in stats if s.value == Decimal("3.8"))
    assert main.region == "Kabupaten Katingan" and main.period == "2024" and main.source == "BPS"
    assert main.indicator == "tingkat pengangguran terbuka" and main.qualifier == "sebesar"
    assert main.change.direction == "turun" and main.change.delta == Decimal("0.4")
    assert main.change.baseline_value == Decimal("4.2") and main.change.baseline_period == "2023"


def test_money_and_rank():
    stats = extract("Pemkab menyiapkan anggaran Rp 1,2 triliun. Kota itu berada di urutan ke-3 nasional.").statistics
    assert [(s.value, s.unit) for s in stats] == [(Decimal("1200000000000"), "rupiah"), (Decimal(3), "rank")]


@pytest.mark.parametrize("text", [
    "Hal itu diatur UU No. 23 Tahun 2014 dan Pasal 5 ayat 2.",
    "Informasi lebih lanjut hubungi 0812-5555-0192.",
    "Acara berlangsung pada 12 Maret 2024 pukul 10.00 WIB di tahun 2024.",
])
def test_not_statistics(text):
    assert extract(text).statistics == ()


def test_quote_speaker_resolution():
    text = ("Kepala Dinas Sosial Kalteng Yohanes Marbun meninjau posko. "
            "\"Bantuan harus tepat sasaran dan cepat,\" tegasnya. "
            "\"Data kami perbarui setiap minggu,\" kata Yohanes.")
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Yohanes Marbun", "Yohanes Marbun"]
    assert quotes[0].speaker_position == "Kepala Dinas Sosial Kalteng"


def test_day_month_without_year_takes_the_texts_year_or_is_left_out():
    alone = extract("Rapat koordinasi digelar Selasa (3/12) di aula kantor.")
    assert not [e for e in alone.entities if e.type == "DATE"]
    x = extract("Pendataan dimulai 1 Desember 2024. Hasilnya dibahas Selasa (3/12) di aula.")
    isos = [e.date.iso for e in x.entities if e.type == "DATE" and e.date]
    assert "2024-12-03" in isos and not any(i.startswith("--") for i in isos)
