"""English month names (as BMKG writes them), day ranges and month ranges, on our own sentences."""

from __future__ import annotations

import pytest

from arsip_berita.extraction import extract


def _dates(text: str) -> list[tuple[str, str]]:
    return [(e.date.iso, e.date.granularity) for e in extract(text).entities if e.type == "DATE" and e.date]


@pytest.mark.parametrize("month, number", [("January", 1), ("February", 2), ("March", 3), ("May", 5), ("June", 6),
                                           ("July", 7), ("August", 8), ("October", 10), ("December", 12)])
def test_english_months_are_dates_not_persons_or_figures(month: str, number: int) -> None:
    text = f"Hujan lebat diperkirakan terjadi pada 16 {month} 2026, 23:00 WIB di wilayah Kabupaten Lebak."
    x = extract(text)
    assert (f"2026-{number:02d}-16", "day") in _dates(text)
    assert not x.statistics
    assert not [e for e in x.entities if e.type == "PERSON" and month in e.text]


def test_day_range_gives_its_first_day() -> None:
    x = extract("Musrenbang provinsi digelar Selasa hingga Rabu (10-11/06/2025) di Kota Mataram.")
    assert x.event_date == "2025-06-10"
    assert not x.statistics


def test_month_range_is_one_period() -> None:
    assert ("2024-01/2024-06", "month") in _dates("Realisasi belanja Januari–Juni 2024 mencapai 45 persen.")
