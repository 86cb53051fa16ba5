"""The Query value: parsed once, never an error, written back in the same language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arsip_berita.core.query import Filter, Query, normalize_date

PASTED = st.lists(st.sampled_from(list('abc XYZ019"()-–:*~/.,?!\'[]{}^+') + [
    " OR ", " AND ", " NOT ", "tempat:", "tanggal:", "nomor:", "http://a.b/c-d", " - ", "12/2024"]),
    max_size=25).map("".join)


@given(PASTED)
@settings(max_examples=400, deadline=None)
def test_any_pasted_text_parses_and_round_trips(raw: str) -> None:
    q = Query.parse(raw)
    assert Query.parse(str(q)) == q
    assert str(q).count('"') % 2 == 0
    assert str(q).count("(") == str(q).count(")")


@pytest.mark.parametrize("raw, text, filters", [
    ("Pemprov Jateng - stunting", "Pemprov Jateng stunting", []),
    ("Pemprov Jateng \u2013 stunting", "Pemprov Jateng stunting", []),
    ("Nomor: 1633/SP-HMS/09/2020", '"1633 SP-HMS 09 2020"', []),
    ("stunting)", "stunting", []),
    ("kemiskinan (-)", "kemiskinan", []),
    ("Tanggal: 24 Maret 2022", "", [("tanggal", "2022-03-24")]),
    ("tanggal:28/12/2023", "", [("tanggal", "2023-12-28")]),
    ('tanggal:"28 Desember 2023" banjir', "banjir", [("tanggal", "2023-12-28")]),
    ("official:Budi place:Kalteng", "", [("pejabat", "Budi"), ("tempat", "Kalteng")]),
    ("http://portal.contoh.go.id/berita/2025/07/angka-kemiskinan-turun", "angka kemiskinan turun", []),
    ("banjir OR longsor -jakarta stunt* kemiskinn~", "banjir OR longsor -jakarta stunt* kemiskinn~", []),
])
def test_pasted_forms(raw: str, text: str, filters: list[tuple[str, str]]) -> None:
    q = Query.parse(raw)
    assert q.text == text
    assert [(f.key, f.value) for f in q.filters] == filters


def test_notices_say_how_it_was_read() -> None:
    assert any("kurung" in n.lower() for n in Query.parse("(banjir").notices)
    assert any("bukan kolom" in n for n in Query.parse("warna:merah").notices)
    assert not Query.parse("banjir rob").notices


def test_facet_clicks_edit_the_value_not_the_text() -> None:
    q = Query.parse("kemiskinan 2024")
    q2 = q.with_filter("tempat", "Kalimantan Tengah").with_filter("instansi", "BPS")
    assert str(q2) == 'kemiskinan 2024 tempat:"Kalimantan Tengah" instansi:BPS'
    assert q2.with_filter("place", "Kalimantan Tengah") == q2  # aliases name the same key
    assert q2.without_filter("tempat") == q.with_filter("instansi", "BPS")
    assert Query.parse(str(q2)) == q2
    assert Filter("tempat", "Kalimantan Tengah").field == "place"


@pytest.mark.parametrize("value, iso", [
    ("2024", "2024"), ("2024-12", "2024-12"), ("2024-12-03", "2024-12-03"), ("3/12/2024", "2024-12-03"),
    ("12/2024", "2024-12"), ("3 Desember 2024", "2024-12-03"), ("Des 2024", "2024-12"),
    ("2024-01..2024-06-30", "2024-01..2024-06-30"), ("..2024", "..2024"), ("kemarin", None),
    ("2024-13", None), ("30/2/2024", None),
])
def test_date_filter_values(value: str, iso: str | None) -> None:
    assert normalize_date(value) == iso


def test_the_whoosh_engine_implements_the_search_backend_interface(tmp_path) -> None:
    from arsip_berita.core.backend import BackendWriter, SearchBackend
    from arsip_berita.index import SearchIndex

    ix = SearchIndex(tmp_path / "index")
    ix.create()
    assert isinstance(ix, SearchBackend)
    assert isinstance(ix.writer(), BackendWriter)
    result = ix.search(Query.parse("banjir tempat:Kalteng"))
    assert result.total == 0 and result.query == "banjir tempat:Kalteng"
    ix.close()
