"""Indonesian formatting of numbers, amounts, statistics and dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from arsip_berita.core.model import Change, Statistic
from arsip_berita.summary.format import (format_change, format_date, format_number, format_quantity,
                                         format_rupiah, format_statistic)


@pytest.mark.parametrize(("value", "text"), [
    (Decimal("5.17"), "5,17"), (Decimal("145630"), "145.630"), (Decimal("1234567.89"), "1.234.567,89"),
    (Decimal("9.030"), "9,03"), (Decimal("2E+3"), "2.000"), (0, "0"), (Decimal("-0.06"), "-0,06"),
])
def test_numbers(value: Decimal, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(("value", "text"), [
    (Decimal("1.2E12"), "Rp 1,2 triliun"), (Decimal("2500000000"), "Rp 2,5 miliar"),
    (Decimal("350000000"), "Rp 350 juta"), (Decimal("15000"), "Rp 15.000"),
])
def test_rupiah(value: Decimal, text: str) -> None:
    assert format_rupiah(value) == text


def test_quantities_and_statistics() -> None:
    assert format_quantity(Decimal("5.17"), "percent", "%") == "5,17 persen"
    assert format_quantity(Decimal("145630"), "people", None) == "145.630 jiwa"
    assert format_quantity(Decimal("12845"), "people", "anak") == "12.845 anak"
    assert format_quantity(Decimal(5), "rank") == "peringkat kelima"
    stat = Statistic(Decimal("145630"), 0, 1, "x", unit="people", unit_text="jiwa", qualifier="sekitar")
    assert format_statistic(stat) == "sekitar 145.630 jiwa"


def test_change() -> None:
    change = Change("naik", Decimal("0.06"), "points", Decimal("5.11"), "percent", "2023")
    assert format_change(change) == "naik 0,06 poin dari 5,11 persen (2023)"
    assert format_change(None) == ""
    assert format_change(Change("turun")) == "turun"


def test_dates() -> None:
    assert format_date(date(2024, 12, 3)) == "Selasa, 3 Desember 2024"
    assert format_date("2024-12-03") == "Selasa, 3 Desember 2024"
    assert format_date("2024-12") == "Desember 2024"
    assert format_date("2024") == "2024"
    assert format_date(date(2024, 3, 1), "month") == "Maret 2024"
    assert format_date("akhir 2024") == "akhir 2024"
    assert format_date(None) == ""


def test_shown_statistics_fold_a_stated_change_into_its_value() -> None:
    from arsip_berita.core.model import Change, Statistic
    from arsip_berita.extraction import extract
    from arsip_berita.summary.format import shown_statistics

    text = ("Persentase penduduk miskin Kabupaten Sukamaju pada Maret 2024 sebesar 9,1 persen, turun 0,4 persen "
            "poin dibanding Maret 2023.")
    stats = extract(text).statistics
    shown = shown_statistics(stats)
    assert [str(s.value) for s in shown] == ["9.1"], [(s.kind, str(s.value)) for s in stats]
    lone = Statistic(value=Decimal("3"), start=0, end=1, text="3", kind="change")
    assert shown_statistics([lone]) == [lone]  # a change whose value was not read stays a row
    base = Statistic(value=Decimal("9.5"), start=0, end=1, text="9,5", kind="baseline")
    value = Statistic(value=Decimal("9.1"), start=2, end=3, text="9,1", change=Change("turun", Decimal("0.4")))
    assert shown_statistics([value, base]) == [value]


def test_value_column_shows_hedges_not_introducing_verbs() -> None:
    from arsip_berita.core.model import Statistic
    from arsip_berita.summary.format import format_statistic

    def stat(q: str) -> Statistic:
        return Statistic(value=Decimal("4.58"), start=0, end=1, text="x", unit="percent", qualifier=q)

    assert format_statistic(stat("sebesar")) == format_statistic(stat("mencapai")) == "4,58 persen"
    assert format_statistic(stat("sekitar")) == "sekitar 4,58 persen"
    assert format_statistic(stat("lebih dari")).startswith("lebih dari ")
