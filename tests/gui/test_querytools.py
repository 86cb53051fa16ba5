"""Pure query editing: facet clauses added and removed, quoting, completions."""

from __future__ import annotations

from arsip_berita.gui.querytools import (
    active_clauses, clause, completions, facet_clause, has_clause, split_last_word, toggle_clause,
)


def test_clause_quotes_values_with_spaces() -> None:
    assert clause("pejabat", "Budi Santoso") == 'pejabat:"Budi Santoso"'
    assert clause("tanggal", "2024-12") == "tanggal:2024-12"
    assert facet_clause("provinsi", "Kalimantan Tengah") == 'tempat:"Kalimantan Tengah"'
    assert facet_clause("tahun", "2024") == "tanggal:2024"


def test_toggle_adds_then_removes() -> None:
    q = toggle_clause("banjir", 'pejabat:"Budi Santoso"')
    assert q == 'banjir pejabat:"Budi Santoso"'
    assert has_clause(q, 'pejabat:"Budi Santoso"')
    assert toggle_clause(q, 'pejabat:"Budi Santoso"') == "banjir"


def test_toggle_does_not_remove_a_longer_value() -> None:
    q = 'pejabat:"Budi Santoso Putra"'
    assert toggle_clause(q, 'pejabat:"Budi Santoso"') == 'pejabat:"Budi Santoso Putra" pejabat:"Budi Santoso"'


def test_active_clauses_and_completions() -> None:
    facets = {"tahun": [("2024", 3), ("2023", 1)], "sumber": [("Diskominfo", 2)]}
    assert active_clauses("banjir tanggal:2024", facets) == {("tahun", "2024")}
    words = completions(["Budi Santoso"], ["kemiskinan"])
    assert "pejabat:" in words and 'pejabat:"Budi Santoso"' in words and "kemiskinan" in words


def test_split_last_word_keeps_an_open_quoted_clause_whole() -> None:
    assert split_last_word("banjir Kal") == ("banjir ", "Kal")
    assert split_last_word('banjir pejabat:"Budi San') == ("banjir ", 'pejabat:"Budi San')
    assert split_last_word('pejabat:"Budi Santoso" tem') == ('pejabat:"Budi Santoso" ', "tem")
    assert split_last_word("") == ("", "")


def test_toggling_edits_the_query_value_not_its_text() -> None:
    q = toggle_clause("Pemprov Jateng - stunting", "tempat:Jateng")
    assert q == "Pemprov Jateng stunting tempat:Jateng"  # the lone dash was a separator, not NOT
    assert has_clause("tempat:jateng banjir", "tempat:Jateng")  # values compared without case
    assert toggle_clause('banjir tempat:"Kalimantan Tengah"', "tempat:Kalimantan") == \
        'banjir tempat:"Kalimantan Tengah" tempat:Kalimantan'
