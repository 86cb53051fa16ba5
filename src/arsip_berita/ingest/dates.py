"""Publication dates as written in metadata and bylines: ISO, "31 Juli 2019", "3/12/2024" (day first)."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "oct": 10, "december": 12, "dec": 12, "aug": 8,
}
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b")
_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d) if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    """First date found in ``text``; day/month/year order for slashes, never month/day."""
    if not text:
        return None
    text = text[:5000]
    candidates: list[tuple[int, date]] = []
    if m := _ISO.search(text):
        if d := _make(int(m[1]), int(m[2]), int(m[3])):
            candidates.append((m.start(), d))
    for m in _WORDS.finditer(text):
        month = MONTHS.get(m[2].lower())
        if month and (d := _make(int(m[3]), month, int(m[1]))):
            candidates.append((m.start(), d))
            break
    if m := _SLASH.search(text):
        if d := _make(int(m[3]), int(m[2]), int(m[1])):
            candidates.append((m.start(), d))
    return min(candidates)[1] if candidates else None
