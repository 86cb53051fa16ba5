"""Publication dates as written in metadata, release headers and bylines.

Forms: ISO ("2024-12-03", "2024-09-12 11:58:21"), RFC 822 feed dates, "31 Juli 2019", "Kamis, 27 Okt
2022", English month names as BMKG writes them ("16 February 2026"), day-first slashes "3/12/2024",
day ranges "(04-05/09/2024)" (the first day), and "Kamis (24/3)" without a year when a reference
year is given (the year of the release). Never month/day order.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from arsip_berita.core.dates import MONTHS

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_WORDS = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?:\s+|/|-)([A-Za-z]{3,9})\.?,?(?:\s+|/|-)(\d{4})\b")
_SLASH = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*\d{1,2})?/(\d{1,2})/(\d{4})\b")
# A two-digit year only in a bracketed day as bylines write it: "Kamis (5/1/24)"; never "No. 12/02/99".
_SLASH_SHORT_YEAR = re.compile(r"\((?:[A-Za-z']{3,7},?\s*)?(\d{1,2})/(\d{1,2})/(\d{2})\)")
_SLASH_NO_YEAR = re.compile(r"\((?:[^()\d]{0,12})?(\d{1,2})(?:\s*[-–]\s*\d{1,2})?/(\d{1,2})\)")
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?(?:\.\d+)?\s*$")  # Unix seconds, or milliseconds


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d) if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def parse_date(text: str | None, reference_year: int | None = None) -> date | None:
    """The first date written in ``text`` (the earliest position wins).

    ``reference_year`` completes "(24/3)" written without a year. Returns None when there is none.
    """
    if not text:
        return None
    text = text[:5000]
    if m := _EPOCH.match(text):
        return datetime.fromtimestamp(int(m[1]), tz=timezone.utc).date()
    candidates: list[tuple[int, date]] = []
    if m := _ISO.search(text):
        if d := _make(int(m[1]), int(m[2]), int(m[3])):
            candidates.append((m.start(), d))
    for m in _WORDS.finditer(text):
        month = MONTHS.get(m[2].lower())
        if month and (d := _make(int(m[3]), month, int(m[1]))):
            candidates.append((m.start(), d))
            break
    for rx in (_SLASH, _SLASH_SHORT_YEAR):
        for m in rx.finditer(text):
            if d := _make(_year(m[3]), int(m[2]), int(m[1])):
                candidates.append((m.start(), d))
                break
    if reference_year:
        for m in _SLASH_NO_YEAR.finditer(text):
            if d := _make(reference_year, int(m[2]), int(m[1])):
                candidates.append((m.start(), d))
                break
    return min(candidates)[1] if candidates else None


def parse_datetime(text: str | None) -> datetime | date | None:
    """A timestamp with its time when one is written ("2025-12-04 08:30"), else the date alone."""
    if not text:
        return None
    m = _ISO.search(text)
    if m and m[4] is not None:
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0))
        except ValueError:
            return None
    return parse_date(text)
