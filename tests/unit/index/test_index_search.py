"""The query language and search results on a small archive of our own releases."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arsip_berita.core.errors import QuerySyntaxError
from arsip_berita.index.analysis import analyze
from arsip_berita.index.query import parse
from arsip_berita.index.searching import FALLBACK_NOTICE
from arsip_berita.archive.service import ArchiveService


def titles(svc: ArchiveService, query: str, **kw: object) -> list[str]:
    return [h.title for h in svc.search(query, limit=50, **kw).hits]  # type: ignore[arg-type]


def first_words(svc: ArchiveService, query: str, **kw: object) -> set[str]:
    """The first word of each hit's title, a short handle on which release was found."""
    return {t.split()[0] for t in titles(svc, query, **kw)}


def test_whoosh_imports_without_syntax_warnings() -> None:
    proc = subprocess.run([sys.executable, "-W", "error::SyntaxWarning", "-c",
                           "import whoosh.index, whoosh.qparser, whoosh.highlight"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_analyzer_stems_both_ways_and_keeps_numbers() -> None:
    assert analyze("kemiskinan") == analyze("miskin") == ["miskin"]
    assert analyze("penanggulangan") == analyze("menanggulangi")
    assert analyze("angka 5,17 persen dari 145.630 jiwa") == ["angka", "5,17", "persen", "145.630", "jiwa"]
    assert analyze("yang dan di") == []
    assert "KEMISKINAN" and analyze("KEMISKINAN") == ["miskin"]


def test_stemming_miskin_finds_kemiskinan_and_back(small_archive: ArchiveService) -> None:
    assert first_words(small_archive, "miskin") == {"Angka", "Bantuan", "Vaksinasi"}
    assert first_words(small_archive, "kemiskinan") == {"Angka", "Bantuan", "Vaksinasi"}


def test_number_kept_whole(small_archive: ArchiveService) -> None:
    assert first_words(small_archive, "5,17") == {"Angka"}
    assert small_archive.search("17").total == 0  # not split at the comma
    assert small_archive.search("630").total == 0  # nor at the thousands dot
    assert first_words(small_archive, "1.250") == {"Vaksinasi"}


def test_phrase(small_archive: ArchiveService) -> None:
    assert first_words(small_archive, '"penanggulangan kemiskinan"') == {"Angka"}
    assert first_words(small_archive, '"angka kemiskinan"') == {"Angka", "Vaksinasi"}


def test_and_by_default(small_archive: ArchiveService) -> None:
    assert first_words(small_archive, "jembatan banjir") == {"Banjir"}
    res = small_archive.search("jembatan banjir")
    assert res.notice is None


def test_and_to_or_fallback_with_notice(small_archive: ArchiveService) -> None:
    res = small_archive.search("banjir vaksinasi")
    assert {h.title.split()[0] for h in res.hits} == {"Banjir", "Vaksinasi"}
    assert res.notice == FALLBACK_NOTICE


def test_no_fallback_for_single_word_or_explicit_operators(small_archive: ArchiveService) -> None:
    assert small_archive.search("gempa").total == 0
    res = small_archive.search("banjir -jembatan")
    assert res.total == 0 and res.notice is None


def test_prefix(small_archive: ArchiveService) -> None:
    assert first_words(small_archive, "vaksin*") == {"Vaksinasi"}
    assert first_words(small_archive, "jemba*") == {"Banjir", "Jembatan"}


def test_fuzzy(small_archive: ArchiveService) -> None:
    assert "Vaksinasi" in first_words(small_archive, "vaksinsi~")
    assert first_words(small_archive, "vaksinsi") == set()


def test_exclude(small_archive: ArchiveService) -> None:
    assert first_words(small_archive, "jembatan -banjir") == {"Jembatan"}
    assert first_words(small_archive, "kemiskinan -stunting") == {"Angka", "Bantuan"}


def test_or(small_archive: ArchiveService) -> None:
    assert first_words(small_archive, "banjir OR sembako") == {"Banjir", "Bantuan"}
    assert small_archive.search("banjir OR sembako").notice is None


@pytest.mark.parametrize("query, needle", [
    ('"penanggulangan kemiskinan', "kutip"),
    ("(banjir OR jembatan", "kurung"),
    ("banjir OR jembatan)", "kurung"),
    ("warna:merah", "warna"),
    ("tanggal:kemarin", "tanggal"),
    ("tanggal:2024-13", "tanggal"),
    ("tanggal:2024-02-30", "tanggal"),
    ("tanggal:2024-12-01..2024-01-01", "terbalik"),
    ("banjir AND", "operator"),
    ("OR banjir", "operator"),
    ("Pemprov Jateng - stunting", "pemisah"),
    ("http://portal.contoh.go.id/berita/angka-kemiskinan-turun", "alamat web"),
])
def test_pasted_text_searches_and_says_how_it_was_read(small_archive: ArchiveService, query: str,
                                                        needle: str) -> None:
    result = small_archive.search(query)  # never QuerySyntaxError
    assert result.notice and needle in result.notice.lower(), result.notice


def test_field_without_value_is_dropped_with_a_notice() -> None:
    empty = parse("pejabat:")
    assert empty.filters == () and empty.notices
    spaced = parse("banjir tempat: Kalteng")
    assert spaced.text == "banjir" and [(f.key, f.value) for f in spaced.filters] == [("tempat", "Kalteng")]


def test_unbalanced_quote_is_read_as_words() -> None:
    q = parse('banjir "jembatan desa')
    assert q.text == "banjir jembatan desa" and "kutip" in q.notices[0].lower()


def test_date_filters(small_archive: ArchiveService) -> None:
    assert first_words(small_archive, "tanggal:2024-12") == {"Angka"}
    assert first_words(small_archive, "tanggal:2023") == {"Banjir"}
    assert first_words(small_archive, "tanggal:2024-01-01..2024-06-30") == {"Bantuan", "Vaksinasi", "Jembatan"}
    assert first_words(small_archive, "date:2024-06-15") == {"Vaksinasi"}
    assert first_words(small_archive, "tanggal:2024-06..") == {"Vaksinasi", "Angka"}
    assert first_words(small_archive, "kemiskinan tanggal:..2024-06-30") == {"Bantuan", "Vaksinasi"}
    assert first_words(small_archive, "kemiskinan -tanggal:2024") == set()


def test_sort_by_date(small_archive: ArchiveService) -> None:
    newest = small_archive.search("tanggal:2020..2030", limit=10, sort="date").hits
    dates = [h.date for h in newest]
    assert dates == ["2024-12-03", "2024-06-15", "2024-03-10", "2024-01-05", "2023-11-20"]
    oldest = [h.date for h in small_archive.search("tanggal:2020..2030", limit=10, sort="date_asc").hits]
    assert oldest == dates[::-1]
    assert [h.date for h in small_archive.search("kemiskinan", sort="date").hits] == [
        "2024-12-03", "2024-06-15", "2024-03-10"]


def test_bad_sort_key(small_archive: ArchiveService) -> None:
    with pytest.raises(QuerySyntaxError):
        small_archive.search("banjir", sort="acak")


def test_snippets_escape_article_html_and_mark_matches(small_archive: ArchiveService) -> None:
    hit = small_archive.search("papan proyek").hits[0]
    assert "<script" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    marked = re.findall(r'<b class="match[^"]*">([^<]*)</b>', hit.snippet)
    assert {m.lower() for m in marked} >= {"papan", "proyek"}
    without_marks = re.sub(r'</?b( class="match[^"]*")?>', "", hit.snippet)
    assert "<" not in without_marks and ">" not in without_marks


def test_snippet_marks_stemmed_forms(small_archive: ArchiveService) -> None:
    hit = [h for h in small_archive.search("miskin").hits if h.title.startswith("Angka")][0]
    assert re.search(r'<b class="match[^"]*">kemiskinan</b>', hit.snippet)


def test_snippet_for_filter_only_query_is_escaped_lead(small_archive: ArchiveService) -> None:
    hit = small_archive.search("tanggal:2024-01-05").hits[0]
    assert hit.snippet.startswith("Bupati meresmikan")
    assert "<script" not in hit.snippet


def test_spelling_suggestion(small_archive: ArchiveService) -> None:
    res = small_archive.search("jembatn")
    assert res.total == 0
    assert res.suggestion == "jembatan"
    assert small_archive.search("jembatan").suggestion is None


def test_hit_fields_and_result_dict(small_archive: ArchiveService) -> None:
    res = small_archive.search("5,17")
    d = res.to_dict()
    assert set(d) >= {"query", "took_ms", "total", "hits"} and d["total"] == 1
    hit = d["hits"][0]
    assert set(hit) >= {"id", "title", "date", "score", "snippet"}
    assert hit["date"] == "2024-12-03" and hit["score"] > 0
    assert small_archive.get_article(hit["id"]).title == hit["title"]


def test_title_match_ranks_higher(small_archive: ArchiveService) -> None:
    hits = small_archive.search("jembatan").hits
    assert hits[0].title.startswith(("Jembatan", "Banjir"))  # both hold it in the title
    assert all("jembatan" in h.title.lower() for h in hits)


def test_limit_and_total(small_archive: ArchiveService) -> None:
    res = small_archive.search("kemiskinan", limit=1)
    assert len(res.hits) == 1 and res.total == 3


@given(st.lists(st.sampled_from(list('kemiskinan banjir"()-–:*~/?[]^') + [" OR ", " NOT ", "tempat:",
                                 "tanggal:", "pejabat:", "Rp19,2", "http://x.y/z"]), max_size=30).map("".join))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_pasted_text_gives_a_result_never_an_error(small_archive: ArchiveService, raw: str) -> None:
    result = small_archive.search(raw, with_facets=True)
    assert result.total >= len(result.hits)
