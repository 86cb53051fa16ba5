"""Snippet matching: the regex-guided reading marks exactly the words a full word-by-word pass marks."""

from __future__ import annotations

import json
import random

import pytest

from arsip_berita.core.resources import resource_path
from arsip_berita.core.stemming import WORD_RE, stem
from arsip_berita.index.analysis import terms as analyse
from arsip_berita.index.snippets import make_snippet, match_spans


def _reference(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Every word, lower-cased and stemmed: slow and obviously right."""
    return [m.span() for m in WORD_RE.finditer(text)
            if m.group(0).lower() in terms or stem(m.group(0).lower()) in terms]


def _samples() -> list[str]:
    lines = resource_path("samples", "contoh.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["body"] for line in lines if line.strip()]


@pytest.mark.parametrize("seed", range(12))
def test_same_spans_as_reading_every_word(seed: int) -> None:
    rnd = random.Random(seed)
    texts = _samples()
    text = rnd.choice(texts)
    words = [m.group(0) for m in WORD_RE.finditer(rnd.choice(texts))]
    query_terms = {t for w in rnd.sample(words, min(4, len(words))) for t in analyse(w)}
    query_terms |= {"kemiskinan", "miskin", "persen", "5,17"} if seed % 3 == 0 else set()
    assert match_spans(text, query_terms) == _reference(text, query_terms)


def test_marks_stemmed_forms_numbers_and_hyphenated_words() -> None:
    text = "Kemiskinan turun; angka miskin 5,17 persen. Undang-undang desa dibahas; pengundangan ditunda."
    spans = match_spans(text, {"miskin", "5,17", "undang"})
    assert [text[a:b] for a, b in spans] == ["Kemiskinan", "miskin", "5,17", "Undang-undang", "pengundangan"]
    assert '<b class="match">Kemiskinan</b>' in make_snippet(text, ["miskin"])
