"""The statistics field cases of ../shared/field-cases/README.md (third-party text, read at test time,
skipped when absent) and the English-month date case."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from arsip_berita.core.model import Statistic
from arsip_berita.extraction import extract

README = Path(__file__).resolve().parents[3] / ".." / "shared" / "field-cases" / "README.md"


def _table(heading: str) -> list[str]:
    if not README.exists():
        pytest.skip(f"field cases not found at {README}")
    text = README.read_text(encoding="utf-8")
    part = text.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    return [m.group(1) for m in re.finditer(r"^\|\s*`([^`]+)`", part, re.M)]


def _case(containing: str) -> str:
    rows = [r for r in _table("Statistics") if containing in r]
    if not rows:
        pytest.skip(f"no statistics field case with {containing!r}")
    return rows[0]


def _at(stats: tuple[Statistic, ...], value: str, kind: str | None = None) -> Statistic:
    hits = [s for s in stats if s.value == Decimal(value) and (kind is None or s.kind == kind)]
    assert hits, f"{value} not in {[(str(s.value), s.kind) for s in stats]}"
    return hits[0]


def test_from_baseline_to_value() -> None:
    stats = extract(_case("30,8%")).statistics
    st = _at(stats, "21.5")
    assert (st.unit, st.period) == ("percent", "2023")
    assert st.change is not None and st.change.direction == "turun"
    assert (st.change.baseline_value, st.change.baseline_period) == (Decimal("30.8"), "2018")


def test_two_comparisons_with_their_periods() -> None:
    stats = extract(_case("9,41")).statistics
    main = _at(stats, "9.41")
    assert (main.unit, main.period) == ("percent", "Maret 2019")
    changes = sorted((s.period for s in stats if s.kind == "change"))
    assert changes == ["Maret 2019 dibanding Maret 2018", "Maret 2019 dibanding September 2018"]
    assert {s.unit for s in stats if s.kind == "change"} == {"percentage_point"}


def test_unit_in_parentheses() -> None:
    stats = extract(_case("20,9")).statistics
    first = _at(stats, "20.9")
    assert (first.unit, first.period) == ("percent", "2021")
    last = _at(stats, "20.8")
    assert (last.unit, last.period) == ("percent", "2022")
    assert last.change is not None and (last.change.direction, last.change.delta, last.change.delta_unit) == (
        "turun", Decimal("0.1"), "points")


def test_negative_growth() -> None:
    st = _at(extract(_case("-1,25")).statistics, "-1.25")
    assert (st.unit, st.period) == ("percent", "2021")
    stats = extract(_case("minus 1,25")).statistics
    assert [str(s.value) for s in stats] == ["-1.25", "-1.25"]


def test_age_bracket_with_en_dash_and_hyphen() -> None:
    row = _case("16,16")
    for text in (row, row.replace("\u2013", "-")):
        stats = extract(text).statistics
        assert [(str(s.value), s.unit, s.period) for s in stats] == [("16.16", "percent", "Februari 2025")]


def test_counted_nouns() -> None:
    stats = extract(_case("sektor")).statistics
    assert [(str(s.value), s.unit) for s in stats] == [("6", "count"), ("11", "count")]


def test_english_month_date() -> None:
    rows = [r for r in _table("Reading (issue: real releases in)") if "February" in r]
    if not rows:
        pytest.skip("no English-month field case")
    x = extract(rows[0])
    dates = [e.date.iso for e in x.entities if e.type == "DATE" and e.date]
    assert "2026-02-16" in dates
    assert not x.statistics
    for other in ("May", "August", "October", "December"):
        y = extract(rows[0].replace("February", other))
        assert not y.statistics and any(e.type == "DATE" for e in y.entities), other
