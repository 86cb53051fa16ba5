"""Regression guard on real news: IndoSum dev fold 01 (third-party, read in place from ../shared).

In-sample for the shipped scorer (it was trained on this fold): this catches a broken feature or
selection, it is not the held-out figure (benchmarks/rouge_eval.py gives that).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
DEV = REPO / ".." / "shared" / "data" / "summ-dev" / "dev.01.jsonl"
ARTICLES = 150


@pytest.fixture(scope="module")
def docs():  # type: ignore[no-untyped-def]
    if not DEV.exists():
        pytest.skip(f"IndoSum dev fold absent: {DEV}")
    sys.path.insert(0, str(REPO / "benchmarks"))
    import rouge_eval

    return rouge_eval, rouge_eval.load_docs(DEV, with_extraction=False, limit=ARTICLES)


def test_shipped_scorer_beats_lead3_on_indosum(docs) -> None:  # type: ignore[no-untyped-def]
    rouge_eval, articles = docs
    from arsip_berita.summary.scorer import shipped

    lead = rouge_eval.score_docs(articles, None, "given", cut=False)
    ours = rouge_eval.score_docs(articles, shipped(), "given")
    assert ours[0] > 1.02 * lead[0] and ours[1] > lead[1] and ours[2] > lead[2]
    assert ours[3] < 90  # not just the lead again


def test_datelines_of_real_news_are_cut(docs) -> None:  # type: ignore[no-untyped-def]
    rouge_eval, articles = docs
    from arsip_berita.summary.scorer import shipped
    from arsip_berita.summary.summarizer import summary_of

    firsts = [d.given_body[d.given_cands[0].start:] for d in articles if d.given_cands]
    dated = [f for f in firsts if f.startswith(("Jakarta, CNN Indonesia", "Merdeka.com -", "Suara.com -"))]
    assert len(dated) > 20
    for d in articles:
        s = summary_of(d.given_body, d.given_cands, None, 3, shipped())
        assert not any(x.startswith(("Jakarta, CNN Indonesia", "Merdeka.com -", "Suara.com -"))
                       for x in s.sentences)
