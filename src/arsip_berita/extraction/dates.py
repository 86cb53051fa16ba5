"""Dates and periods: 'Selasa (3/12/2024)', '3 Desember 2024', '(3/12)', 'triwulan III 2024', 'TA 2024'."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache

from arsip_berita.core.model import DateValue
from arsip_berita.language.lexicon import Lexicon, load_lexicon
from arsip_berita.extraction.spans import DATE, Cand, cand

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = load_lexicon()
    days = "|".join(re.escape(d) for d in sorted(lex.days, key=len, reverse=True))
    months = "|".join(
        f"(?i:{re.escape(m)})" if len(m) >= 5 or m == "mei" else re.escape(m.capitalize())
        for m in sorted(lex.months, key=len, reverse=True))
    quarter = r"(I{1,3}|IV|[1-4]|pertama|kedua|ketiga|keempat)"
    # a time after the date: 'pukul 09.30 WIB', or a bare '23:00 WIB' (BMKG) when the zone is written
    time = (r"(?:,?\s+(?:(?:pukul|jam)\s+\d{1,2}[.:]\d{2}(?:\s+(?:WIB|WITA|WIT))?"
            r"|\d{1,2}[.:]\d{2}\s+(?:WIB|WITA|WIT)\b))?")
    return {
        "slash": re.compile(rf"(?:\b(?:{days})\b,?\s*)?\((\d{{1,2}})(?:\s?[-–]\s?\d{{1,2}})?/(\d{{1,2}})(?:/(\d{{4}}|\d{{2}}))?\)"
                            rf"|\b(?:{days}),?\s+(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\b"),
        "long": re.compile(rf"(?:\b(?:{days})\b,?\s+)?(?:tanggal\s+)?\b(\d{{1,2}})\s+({months})\.?\s+(\d{{4}})\b{time}"),
        "month": re.compile(rf"\b({months})\s+(?:tahun\s+)?(\d{{4}})\b"),
        # '17 hingga 30 November' without a year: a day all the same (no statistic), its year unknown
        "day_month": re.compile(rf"\b(\d{{1,2}})\s+({months})\b(?!\.?\s+\d{{2,4}})"),
        "month_range": re.compile(rf"\b({months})\s*[-–—]\s*({months})\s+(?:tahun\s+)?(\d{{4}})\b"),
        "quarter": re.compile(rf"\b(?i:triwulan|kuartal|TW)\s+{quarter}(?:(?:\s+|\s*-\s*)(?:(?i:tahun)\s+)?((?:19|20)\d{{2}}))?\b"),
        "semester": re.compile(rf"\b(?i:semester)\s+{quarter}(?:\s+(?:(?i:tahun)\s+)?((?:19|20)\d{{2}}))?\b"),
        "year": re.compile(r"\b(?i:tahun anggaran|TA|tahun|periode)\s+((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)\d{2}))?\b"),
        "bare": re.compile(r"(?<![\w.,/-])((?:19|20)\d{2})(?![\w/-]|[.,]\d)"),
    }


def _day(text: str, m: re.Match[str], y: int | None, mo: int, d: int, role: str | None = None) -> Cand | None:
    try:
        iso = dt.date(y, mo, d).isoformat() if y else f"--{mo:02d}-{d:02d}"
        if not y:
            dt.date(2000, mo, d)
    except ValueError:
        return None
    return cand(text, "DATE", m.start(), m.end(), DATE, date=DateValue(iso, "day"), role=role)


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return 2000 + y if y < 100 else y


def _nearest_year(years: list[tuple[int, int, int]], pos: int) -> int | None:
    """The year of the full date written nearest to ``pos``, if any; ``years`` holds (offset, rank,
    year) sorted, and a tie goes to the lowest rank. A bisection, not a scan: texts can be long."""
    i = bisect_left(years, (pos,))
    near = [years[k][0] for k in (i - 1, i) if 0 <= k < len(years)]
    if not near:
        return None
    best = min(abs(o - pos) for o in near)
    tied = [y for o in {pos - best, pos + best}
            for y in years[bisect_left(years, (o,)):bisect_left(years, (o + 1,))]]
    return min(tied, key=lambda y: y[1])[2]


def _slash_dates(text: str, published: dt.date | None, lex: Lexicon) -> list[Cand]:
    out = []
    p = _patterns()
    matches = list(p["slash"].finditer(text))
    years = [(m.start(), y) for m in matches
             if (y := _year(m.group(3) if m.group(1) else m.group(6))) is not None]
    years += [(m.start(), int(m.group(3))) for m in p["long"].finditer(text)]
    ranked = sorted((o, k, y) for k, (o, y) in enumerate(years))
    for m in matches:
        d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        year = _year(y)
        if year is None and published is not None:
            year = published.year
            if (int(mo), int(d)) > (published.month, published.day) and published.month == 1 and int(mo) == 12:
                year -= 1  # "(30/12)" in a release published early January is last year
        if year is None:
            year = _nearest_year(ranked, m.start())  # "(3/12)" with no publication date: the text's own year
        if year is None:
            continue  # a day without any year is left out rather than guessed
        c = _day(text, m, year, int(mo), int(d))
        if c:
            out.append(c)
    return out


def _period(text: str, m: re.Match[str], iso: str, gran: str, label: str) -> Cand:
    return cand(text, "DATE", m.start(), m.end(), DATE - 1, canonical=label,
                date=DateValue(iso, gran), role="period")


def find_dates(text: str, lex: Lexicon, published: dt.date | None = None) -> list[Cand]:
    """Every date and period; overlaps (a year inside a date) go to the resolver."""
    p = _patterns()
    out = _slash_dates(text, published, lex)
    for m in p["long"].finditer(text):
        c = _day(text, m, int(m.group(3)), lex.months[m.group(2).lower()], int(m.group(1)))
        if c:
            out.append(c)
    for m in p["day_month"].finditer(text):
        c = _day(text, m, None, lex.months[m.group(2).lower()], int(m.group(1)))
        if c:
            out.append(c)
    for m in p["month"].finditer(text):
        mo = lex.months[m.group(1).lower()]
        out.append(_period(text, m, f"{m.group(2)}-{mo:02d}", "month", f"{m.group(1)} {m.group(2)}"))
    for m in p["month_range"].finditer(text):  # 'Januari–Agustus 2023': the months of one year so far
        m1, m2 = lex.months[m.group(1).lower()], lex.months[m.group(2).lower()]
        if m1 < m2:
            label = f"{m.group(1)}–{m.group(2)} {m.group(3)}"
            out.append(_period(text, m, f"{m.group(3)}-{m1:02d}/{m.group(3)}-{m2:02d}", "month", label))
    for key, gran, letter, word in (("quarter", "quarter", "Q", None), ("semester", "semester", "S", "semester")):
        for m in p[key].finditer(text):
            n = _ROMAN.get(m.group(1)) or lex.quarters.get(m.group(1).lower()) or lex.quarters.get(m.group(1))
            if not n or (gran == "semester" and n > 2):
                continue
            label = " ".join(m.group().split())
            iso = f"{m.group(2)}-{letter}{n}" if m.group(2) else f"{letter}{n}"
            out.append(_period(text, m, iso, gran, label))
    for m in p["year"].finditer(text):
        iso = f"{m.group(1)}/{m.group(2)}" if m.group(2) else m.group(1)
        out.append(_period(text, m, iso, "year", iso.replace("/", "-")))
    for m in p["bare"].finditer(text):
        out.append(_period(text, m, m.group(1), "year", m.group(1)))
    return out
