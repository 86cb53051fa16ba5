"""Publication dates (day first) and dateline places."""

from __future__ import annotations

from datetime import date

import pytest

from arsip_berita.ingest.dateline import find_dateline
from arsip_berita.ingest.dates import parse_date


@pytest.mark.parametrize("text, expected", [
    ("3/12/2024", date(2024, 12, 3)),
    ("Selasa (3/12/2024)", date(2024, 12, 3)),
    ("12/3/2024", date(2024, 3, 12)),
    ("31/1/2023", date(2023, 1, 31)),
    ("2024-12-03", date(2024, 12, 3)),
    ("2024-12-03T09:15:00+07:00", date(2024, 12, 3)),
    ("31 Juli 2019", date(2019, 7, 31)),
    ("1 Agustus 2020", date(2020, 8, 1)),
    ("5 Nopember 2021", date(2021, 11, 5)),
    ("Tue, 02 Apr 2024 08:00:00 +0700", date(2024, 4, 2)),
    ("Diposting 14 Mei 2024 oleh Admin, diperbarui 2024-06-01", date(2024, 5, 14)),
])
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [None, "", "tanpa tanggal", "13/13/2024", "31/2/2024", "30 Februari 2024",
                                  "1/1/1800", "2024-13-01", "99 Desember 2024"])
def test_parse_date_none(text: str | None) -> None:
    assert parse_date(text) is None


def test_parse_date_first_date_wins() -> None:
    assert parse_date("Rakor 3/12/2024 membahas data 2023-11-30") == date(2024, 12, 3)


@pytest.mark.parametrize("body, place", [
    ("PALANGKA RAYA – Pemerintah provinsi menggelar rapat.", "Palangka Raya"),
    ("Palangka Raya – Pemerintah provinsi menggelar rapat.", "Palangka Raya"),
    ("Jakarta, Humas - Menteri membuka acara.", "Jakarta"),
    ("MEDAN - Wali kota meninjau banjir.", "Medan"),
    ("Sampit (ANTARA) - Bupati meninjau pasar.", "Sampit"),
    ("KUALA KAPUAS — Bupati meninjau pasar.", "Kuala Kapuas"),
    ("Pangkalan Bun, 3 Desember 2024 – Bupati meninjau pasar.", "Pangkalan Bun"),
    ("MUARASABAK-Dalam rangka penyusunan RKPD, bupati memimpin rapat.", "Muarasabak"),
    ("PORTALINFO, KAB. SUKAMAJU - Bupati meresmikan pasar.", "Kabupaten Sukamaju"),
    ("KABARDAERAH.com, KOTA CONTOH - Wali kota membuka festival.", "Kota Contoh"),
    ("JAKARTA, KOMPAS.com - Menteri meninjau banjir.", "Jakarta"),
    ("BERITA SUNGAI CONTOH – Wali kota memantau pemberkasan.", "Sungai Contoh"),
])
def test_dateline(body: str, place: str) -> None:
    assert find_dateline(body) == place


@pytest.mark.parametrize("body", ["KOMPAS.com - Badan Pusat Statistik mencatat kenaikan.",
                                  "Pemerintah kabupaten menggelar rapat pada Senin."])
def test_an_outlet_alone_is_no_dateline(body: str) -> None:
    assert find_dateline(body) is None


@pytest.mark.parametrize("body", [
    "Pemerintah provinsi menggelar rapat koordinasi di hotel.",
    "Dalam sambutannya, gubernur menekankan pentingnya data.",
    "",
    "Angka kemiskinan 5,17 - naik sedikit.",
])
def test_no_dateline(body: str) -> None:
    assert find_dateline(body) is None
