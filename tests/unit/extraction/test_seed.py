"""The shared seed press release must come out as issue 3 says (skipped when the seed is absent)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from arsip_berita.core.text import normalize_body
from arsip_berita.extraction import extract

SEED = Path(__file__).resolve().parents[3] / ".." / "shared" / "seed" / "000_82c901b5685d8a0a.txt"


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"seed not found at {SEED}")
    title, body = SEED.read_text(encoding="utf-8").strip().split("\n", 1)
    body = normalize_body(body)
    return body, extract(body, title=title)


def test_exactly_four_officials_with_positions(seed):
    _, x = seed
    got = {o.name: o.position for o in x.officials}
    assert got == {
        "Leonard S. Ampung": "Kepala Bappedalitbang Provinsi Kalteng",
        "Adyawarman": "Asisten Deputi Penanggulangan Kemiskinan Sekretariat Wakil Presiden RI",
        "Agnes Widiastuti": "Kepala BPS Provinsi Kalteng",
        "Alpius Patanan": "Kepala Bidang Kedaruratan dan Logistik BPBPK Prov. Kalteng",
    }


def test_short_mentions_and_quote_resolve_to_leonard(seed):
    body, x = seed
    short = [e for e in x.entities if e.type == "PERSON" and e.text == "Leonard"]
    assert len(short) >= 2 and all(e.canonical == "Leonard S. Ampung" for e in short)
    assert [q.speaker for q in x.quotes] == ["Leonard S. Ampung"]
    persons = {e.text for e in x.entities if e.type == "PERSON"}
    assert not persons & {"Gubernur Kalteng", "Rakor", "Selasa", "Aurila Hotel", "Gubernur"}
    for e in x.entities:
        assert body[e.start:e.end] == e.text


def test_organisations_and_acronyms(seed):
    _, x = seed
    orgs = {e.canonical for e in x.entities if e.type == "ORGANIZATION"}
    assert {"Pemerintah Provinsi Kalimantan Tengah", "Badan Pusat Statistik", "Bank Indonesia",
            "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan"} <= orgs
    assert x.acronyms["Pemprov Kalteng"] == "Pemerintah Provinsi Kalimantan Tengah"
    assert x.acronyms["Rakor"] == "Rapat Koordinasi"
    assert x.acronyms["BPS"] == "Badan Pusat Statistik"
    assert "P3KE" in x.acronyms and x.acronyms["Bappedalitbang"].startswith("Badan Perencanaan")


def test_places_and_date(seed):
    _, x = seed
    locs = [e for e in x.entities if e.type == "LOCATION"]
    dateline = [e for e in locs if e.role == "dateline"]
    assert dateline and dateline[0].start == 0 and dateline[0].place.province == "Kalimantan Tengah"
    assert any(e.role == "venue" and e.text == "Aurila Hotel Palangka Raya" for e in locs)
    assert {"Kalimantan Tengah", "Indonesia"} <= {e.place.name for e in locs if e.place}
    assert x.event_date == "2024-12-03"


def test_statistics(seed):
    _, x = seed
    by_value = {s.value: s for s in x.statistics}
    main = by_value[Decimal("5.17")]
    assert (main.unit, main.indicator, main.region, main.period, main.source) == \
        ("percent", "angka kemiskinan", "Kalimantan Tengah", "2024", "BPS")
    assert main.change.direction == "naik" and main.change.delta == Decimal("0.06")
    assert main.change.delta_unit == "points" and main.change.baseline_value == Decimal("5.11")
    assert main.change.baseline_period == "2023"
    people = by_value[Decimal("145630")]
    assert (people.unit, people.qualifier, people.period) == ("people", "sekitar", "2024")
    assert by_value[Decimal("5.11")].kind == "baseline" and by_value[Decimal("5.11")].period == "2023"
    national = by_value[Decimal("9.03")]
    assert (national.kind, national.region) == ("comparison", "nasional")
    rank = [s for s in x.statistics if s.kind == "rank"]
    assert len(rank) == 1 and rank[0].value == 5 and rank[0].indicator == "angka kemiskinan"
    assert not {Decimal(2024), Decimal(2023)} & set(by_value)
