"""How core.querytree reads the query text (the one reading both search engines compile)."""

from __future__ import annotations

import pytest

from arsip_berita.core.query import Query
from arsip_berita.core.querytree import AllOf, AndMaybe, AnyOf, Atom, Excluding, NotOf, parse_text, prepare_text

W = lambda t: Atom("word", t)  # noqa: E731


@pytest.mark.parametrize("text, tree", [
    ("banjir", W("banjir")),
    ("banjir jalan", AllOf((W("banjir"), W("jalan")))),
    ("banjir jalan OR desa", AllOf((W("banjir"), AnyOf((W("jalan"), W("desa")))))),
    ("banjir AND jalan OR desa", AnyOf((AllOf((W("banjir"), W("jalan"))), W("desa")))),
    ("banjir NOT desa", AllOf((W("banjir"), NotOf(W("desa"))))),
    ("banjir -desa", Excluding(W("banjir"), W("desa"))),
    ("-desa", NotOf(W("desa"))),
    ("+banjir jalan", AndMaybe(W("banjir"), W("jalan"))),
    ('"rumah sakit" jemb* banjr~2', AllOf((Atom("phrase", "rumah sakit"), Atom("prefix", "jemb"), Atom("fuzzy", "banjr", 2)))),
    ("banjr~5", Atom("fuzzy", "banjr", 2)),
    ("(banjir OR jalan) desa", AllOf((AnyOf((W("banjir"), W("jalan"))), W("desa")))),
    ("banjir OR", W("banjir")),
    ("", None),
])
def test_reading(text: str, tree) -> None:
    assert parse_text(text) == tree


def test_any_word_joins_the_group_with_or() -> None:
    assert parse_text("banjir jalan", any_word=True) == AnyOf((W("banjir"), W("jalan")))


def test_atoms_an_engine_cannot_search_drop_out() -> None:
    keep = lambda a: a.text != "yang"  # noqa: E731
    assert parse_text("yang banjir", keep=keep) == W("banjir")
    assert parse_text("yang", keep=keep) is None
    assert parse_text("banjir OR yang", keep=keep) == W("banjir")


def test_deep_brackets_are_flattened_not_recursed() -> None:
    assert parse_text("(" * 500 + "banjir" + ")" * 500) == W("banjir")


def test_hyphenated_words_and_acronyms_are_rewritten_for_both_engines() -> None:
    assert prepare_text("undang-undang -covid-19", None) == '"undang-undang" -"covid-19"'
    assert prepare_text("kpk", lambda w: ["Komisi Pemberantasan Korupsi"] if w == "kpk" else []) == \
        '(kpk OR "Komisi Pemberantasan Korupsi")'


def test_prefix_and_fuzzy_words_are_lower_cased_by_the_query_parser() -> None:
    assert Query.parse("Jemb* Banjr~").text == "jemb* banjr~"
