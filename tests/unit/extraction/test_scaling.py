"""Extraction cost stays linear on pathological text, and windowing leaves normal articles unchanged."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arsip_berita.extraction import extract
from arsip_berita.extraction.spans import Cand, Coverage, resolve
from arsip_berita.extraction.windows import WINDOW, split_windows

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples" / "contoh.jsonl"

# Each pattern once made extraction superlinear (seconds per 10 KB, minutes per MB).
PATTERNS = ["5,17 ", "Budi ", '"Budi ', "Rp 1,2 triliun naik 0,06 poin dari 5,11 persen ", "x", "(",
            "Kepala Dinas Budi dan ", "Badan Satu (BS) ", "(3/12) 3 Desember 2024 ", "Kalteng, Budi, ",
            "Bapak H. Artis "]
SIZE = 200_000
BOUND_S = 20.0  # generous: about 1 s here; a quadratic rule takes minutes at this size


def _repeat(pattern: str, size: int) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_200k_of_a_pathological_pattern_is_bounded(pattern: str) -> None:
    text = _repeat(pattern, SIZE)
    started = time.perf_counter()
    result = extract(text)
    elapsed = time.perf_counter() - started
    assert elapsed < BOUND_S, f"{pattern!r}: {elapsed:.1f} s for {SIZE} characters"
    for e in result.entities:
        assert text[e.start:e.end] == e.text
    for s in result.statistics:
        assert text[s.start:s.end] == s.text


def _article() -> str:
    if not SAMPLES.exists():
        pytest.skip(f"sample archive missing: {SAMPLES}")
    bodies = [json.loads(line)["body"] for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line]
    return max(bodies, key=lambda b: len(b.split("\n\n")))  # the richest sample


def test_a_normal_article_is_never_windowed() -> None:
    article = _article()
    assert len(article) < WINDOW
    assert split_windows(article) == [(0, len(article))]


def test_windowing_keeps_the_reading_of_each_copy() -> None:
    # Copies of one article (each a single paragraph) joined by blank lines, windows of about
    # two and a half copies: each window holds whole copies, so the windowed reading must equal
    # the one-piece reading in every entity, offset, statistic, quote, official and acronym.
    article = " ".join(_article().split("\n\n"))
    doc = "\n\n".join([article] * 7)
    whole = extract(doc).to_dict()
    windowed = extract(doc, window=len(article) * 5 // 2).to_dict()
    assert len(split_windows(doc, len(article) * 5 // 2)) >= 3
    assert whole["entities"] and whole["statistics"] and whole["officials"]
    for key in ("entities", "statistics", "quotes", "officials", "acronyms", "event_date"):
        assert windowed[key] == whole[key], key


def test_a_person_named_in_an_earlier_window_resolves_later() -> None:
    first = "Kepala BPS Provinsi Jambi Ratna Sari membuka rapat. " + "Rapat berjalan lancar. " * 40
    later = "Menurut Ratna, angka kemiskinan turun."
    doc = first + "\n\n" + later
    x = extract(doc, window=len(first) + 10)
    assert len(split_windows(doc, len(first) + 10)) == 2
    short = [e for e in x.entities if e.type == "PERSON" and e.text == "Ratna"]
    assert short and short[0].canonical == "Ratna Sari"
    assert short[0].start == doc.index("Ratna,")
    assert [o.name for o in x.officials] == ["Ratna Sari"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n(\"5,"), max_size=600), st.integers(min_value=2, max_value=120))
def test_windows_cover_the_text_in_order(text: str, size: int) -> None:
    spans = split_windows(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (a, b), (c, _) in zip(spans, spans[1:]):
        assert b == c
    assert all(0 < b - a <= size for a, b in spans) or text == ""


SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(SPAN, st.integers(1, 6)), max_size=40))
def test_resolve_matches_the_plain_definition(items: list[tuple[tuple[int, int], int]]) -> None:
    cands = [Cand("X", s, s + n, "", "", prio) for (s, n), prio in items]
    # the definition: greedy by (priority, length, start), skipping anything that overlaps a kept span
    taken: list[Cand] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if c.end > c.start and not any(c.start < k.end and k.start < c.end for k in taken):
            taken.append(c)
    got = resolve(cands)
    assert [id(c) for c in got] == [id(c) for c in sorted(taken, key=lambda c: c.start)]


@settings(max_examples=200, deadline=None)
@given(st.lists(SPAN, max_size=30), SPAN)
def test_coverage_matches_the_plain_definition(spans: list[tuple[int, int]], probe: tuple[int, int]) -> None:
    intervals = [(s, s + n) for s, n in spans]
    start, end = probe[0], probe[0] + probe[1]
    assert Coverage(intervals).covers(start, end) == any(s <= start and end <= e for s, e in intervals)
