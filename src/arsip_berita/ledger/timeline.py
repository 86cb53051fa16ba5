"""Periods as written ('Maret 2024', 'triwulan III 2023', '2023') made sortable and placeable in time."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i + 1 for i, m in enumerate((
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember"))}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_COMPARED = re.compile(r"\s+(?:dibanding(?:kan)?|dari|terhadap)\b.*$", re.IGNORECASE)


def clean_period(period: str | None) -> str | None:
    """The period a figure is for: 'Maret 2024 dibanding Maret 2023' -> 'Maret 2024'."""
    if not period:
        return None
    out = _COMPARED.sub("", " ".join(period.split()))
    return out or None


def period_date(period: str | None) -> date | None:
    """A point in time for a period: the end of the month, quarter or half-year it names, mid-year for
    a bare year (so 'Maret 2024' and '2024' sort sensibly); None without a year."""
    if not period:
        return None
    low = period.casefold()
    years = _YEAR.findall(low)
    if not years:
        return None
    year = int(years[0])
    m = re.search(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b", low)
    if m:
        try:
            return date(year, MONTHS[m.group(2)], int(m.group(1)))
        except ValueError:
            pass
    for name, num in MONTHS.items():
        if re.search(rf"\b{name}\b", low):
            return date(year, num, 15)
    m = re.search(r"\b(?:triwulan|kuartal|tw|q)\s*(iv|iii|ii|i|[1-4])\b", low)
    if m:
        q = _ROMAN.get(m.group(1)) or int(m.group(1))
        return date(year, q * 3, 15)
    m = re.search(r"\bsemester\s*(ii|i|[12])\b", low)
    if m:
        h = _ROMAN.get(m.group(1)) or int(m.group(1))
        return date(year, h * 6, 15)
    return date(year, 7, 1)


def period_year(period: str | None) -> int | None:
    found = _YEAR.findall(period or "")
    return int(found[0]) if found else None
