"""Exact match sets (index/docsets.py) against a brute-force reading of the same texts.

The index is generated: a few hundred short texts from a small vocabulary, written in several
commits (several segments) with some documents replaced (deletions), so every query shape meets
multi-segment readers and deleted postings. The expected sets come from our analyzer's terms of
each text, never from Whoosh.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from whoosh import query as wq

from arsip_berita.core.model import Article
from arsip_berita.index import SearchIndex
from arsip_berita.index.analysis import terms
from arsip_berita.index.docsets import docset

@pytest.fixture(autouse=True, params=["internals", "public-api"])
def whoosh_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every oracle test twice: through Whoosh's internals (the pinned version) and through its
    public API only (what another Whoosh version gets); both must give the exact sets."""
    from arsip_berita.index import rawaccess

    monkeypatch.setattr(rawaccess, "FAST", request.param == "internals")
    if "generated" in request.fixturenames:  # what the other mode read must be read again
        ix = request.getfixturevalue("generated")[0]
        ix.postings.clear()
        ix.columns.clear()
    return str(request.param)


WORDS = ["banjir", "jalan", "desa", "bupati", "anggaran", "sekolah", "rumah", "sakit", "pasar",
         "harga", "beras", "petani", "sungai", "jembatan", "warga", "dinas"]


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        words = [rnd.choice(WORDS) for _ in range(rnd.randint(3, 12))]
        if i % 7 == 0:  # some longer phrases, at a random place
            words.insert(rnd.randint(0, len(words)), "harga beras petani")
        if i % 11 == 0:
            words.insert(rnd.randint(0, len(words)), "rumah sakit di jalan desa")
        out.append(" ".join(words))
    return out


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("docsets") / "index"
    ix = SearchIndex(folder)
    ix.create()
    bodies = dict(enumerate(_texts(400, seed=3), start=1))
    for start in (1, 151, 301):  # three commits: three segments
        w = ix.writer()
        for i in range(start, min(start + 150, 401)):
            w.add(Article(title=f"Judul {i}", body=bodies[i], id=i, published=date(2024, 1, 1 + i % 28)), None)
        w.commit()
    replaced = _texts(40, seed=4)  # replace 40 documents of the first segment: deletions there
    w = ix.writer()
    for k, text in enumerate(replaced):
        bodies[2 * k + 1] = text
        w.add(Article(title=f"Judul {2 * k + 1}", body=text, id=2 * k + 1), None, update=True)
    w.commit()
    assert ix.segment_count() > 1
    yield ix, {i: terms(b) for i, b in bodies.items()}
    ix.close()


def _ids(ix: SearchIndex, q) -> set[int]:
    with ix.searching() as s:
        return {int(s.stored_fields(d)["id"]) for d in docset(s, q)}


def _has(words: list[str], w: str) -> bool:
    return w in words


def _phrase(words: list[str], seq: list[str]) -> bool:
    return any(words[i:i + len(seq)] == seq for i in range(len(words)))


CASES = [
    (wq.Term("body", "banjir"), lambda t: _has(t, "banjir")),
    (wq.And([wq.Term("body", "rumah"), wq.Term("body", "sakit")]), lambda t: _has(t, "rumah") and _has(t, "sakit")),
    (wq.Or([wq.Term("body", "pasar"), wq.Term("body", "beras")]), lambda t: _has(t, "pasar") or _has(t, "beras")),
    (wq.AndNot(wq.Term("body", "desa"), wq.Or([wq.Term("body", "warga"), wq.Term("title", "warga")])),
     lambda t: _has(t, "desa") and not _has(t, "warga")),
    (wq.And([wq.Term("body", "jalan"), wq.Not(wq.Term("body", "desa"))]), lambda t: _has(t, "jalan") and not _has(t, "desa")),
    (wq.Phrase("body", ["rumah", "sakit"]), lambda t: _phrase(t, ["rumah", "sakit"])),
    (wq.Phrase("body", ["harga", "beras", "tani"]), lambda t: _phrase(t, ["harga", "beras", "tani"])),
    (wq.Phrase("body", ["desa", "desa"]), lambda t: _phrase(t, ["desa", "desa"])),
    (wq.Or([wq.Phrase("body", ["sungai", "jembatan"]), wq.Term("body", "bupati")]),
     lambda t: _phrase(t, ["sungai", "jembatan"]) or _has(t, "bupati")),
    (wq.And([wq.Term("body", "pasar"), wq.Phrase("body", ["harga", "beras"])]),
     lambda t: _has(t, "pasar") and _phrase(t, ["harga", "beras"])),
    (wq.And([wq.Phrase("body", ["rumah", "sakit"]), wq.Phrase("body", ["jalan", "desa"])]),
     lambda t: _phrase(t, ["rumah", "sakit"]) and _phrase(t, ["jalan", "desa"])),
    (wq.Term("body", "tidakada"), lambda t: False),
    (wq.Every(), lambda t: True),
]


@pytest.mark.parametrize("query, expected", CASES, ids=[repr(c[0])[:60] for c in CASES])
def test_docset_equals_brute_force(generated, query, expected) -> None:
    ix, texts = generated
    want = {i for i, t in texts.items() if expected(t)}
    assert _ids(ix, query) == want


def test_docset_of_an_unknown_query_type_falls_back_to_whoosh(generated) -> None:
    ix, texts = generated
    got = _ids(ix, wq.Prefix("body", "jemb"))
    assert got == {i for i, t in texts.items() if "jembatan" in t} and got


def test_total_counts_every_branch_of_an_or(tmp_path: Path) -> None:
    """Whoosh's top-N collector prunes OR branches that cannot reach the page once it is full.

    Here the short "banjir" texts outscore every long "beras" text: Whoosh's own count
    (``optimize=False``) gives 49 of the 120 matches.
    """
    ix = SearchIndex(tmp_path / "index")
    ix.create()
    w = ix.writer()
    filler = " ".join(["jalan desa warga pasar sungai"] * 20)
    for i in range(1, 121):
        body = "banjir banjir banjir" if i % 3 == 0 else f"{filler} beras {filler}"
        w.add(Article(title=f"Judul {i}", body=body, id=i), None)
    w.commit()
    result = ix.search("banjir OR beras", limit=1)
    assert result.total == 120 and len(result.hits) == 1
    assert ix.search("banjir OR beras", limit=1, with_facets=True).facets["tahun"] == []
    ix.close()


def test_search_hits_are_within_the_exact_set(generated) -> None:
    ix, texts = generated
    result = ix.search("desa -warga", limit=400)
    want = {i for i, t in texts.items() if "desa" in t and "warga" not in t}
    assert {h.id for h in result.hits} == want and result.total == len(want)


@pytest.mark.parametrize("query", [
    wq.Or([wq.Term("body", "banjir"), wq.Term("title", "banjir")]),
    wq.And([wq.Term("body", "rumah"), wq.Term("body", "sakit")]),
    wq.Or([wq.Term("body", "pasar"), wq.Term("body", "beras", boost=2.0)]),
])
def test_ranking_scores_are_whooshs_bm25f(generated, query) -> None:
    """For plain terms our scores are Whoosh's BM25F scores, with the same page order."""
    from arsip_berita.index.docsets import DocsetEvaluator
    from arsip_berita.index.ranking import rank

    ix, _ = generated
    with ix.searching() as s:
        ev = DocsetEvaluator(s)
        docs = ev.run(query)
        ours = rank(ev, query, docs, 15, lambda f: ix.columns.lengths(s, f))
        theirs = [(h.docnum, h.score) for h in s.search(query, limit=15, optimize=False)]
    assert len(ours) == 15
    assert [d for d, _ in ours] == [d for d, _ in theirs]
    assert [round(x, 4) for _, x in ours] == [round(x, 4) for _, x in theirs]


def test_ranking_fills_the_page_with_unscored_matches(generated) -> None:
    from arsip_berita.index.docsets import DocsetEvaluator
    from arsip_berita.index.ranking import rank

    ix, _ = generated
    with ix.searching() as s:
        ev = DocsetEvaluator(s)
        q = wq.Or([wq.Term("title", "judul"), wq.Term("body", "judul")])
        docs = ev.run(q)
        assert len(docs) == 400
        page = rank(ev, wq.Every(), docs, 5, lambda f: ix.columns.lengths(s, f))
    assert [score for _, score in page] == [0.0] * 5 and [d for d, _ in page] == sorted(docs)[:5]


def test_searcher_opened_on_an_empty_index_sees_a_later_commit(tmp_path: Path) -> None:
    """Whoosh's own refresh fails on a searcher whose index was empty when it was opened."""
    ix = SearchIndex(tmp_path / "index")
    ix.create()
    assert ix.search("banjir").total == 0
    other = SearchIndex(tmp_path / "index")  # another writer, as another process would be
    w = other.writer()
    w.add(Article(title="Banjir", body="banjir di desa", id=1), None)
    w.commit()
    other.close()
    assert ix.search("banjir").total == 1
    ix.close()


@pytest.mark.parametrize("start, end", [((2024, 1, 5), (2024, 1, 9)), (None, (2024, 1, 3)), ((2024, 1, 20), None)])
def test_date_range_from_the_column_equals_whooshs(generated, start, end) -> None:
    """Replaced documents (deleted in an older segment, re-added undated) must not come back."""
    from datetime import datetime

    from arsip_berita.index.docsets import DocsetEvaluator

    ix, _ = generated
    lo = datetime(*start) if start else None
    hi = datetime(*end, 23, 59, 59) if end else None
    q = wq.DateRange("date", lo, hi)
    with ix.searching() as s:
        ours = DocsetEvaluator(s, dates=lambda: ix.columns.columns(s).dates).run(q)
        theirs = set(s.docs_for_query(q))
    assert ours == theirs and ours


def test_date_range_after_deletions_made_since_the_columns_were_read(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path / "index")
    ix.create()
    w = ix.writer()
    for i in range(1, 11):
        w.add(Article(title=f"Judul {i}", body="rapat desa", id=i, published=date(2024, 3, i)), None)
    w.commit()
    assert ix.search("tanggal:2024-03", with_facets=True).total == 10  # columns read now
    w = ix.writer()
    for i in (2, 3, 4):  # moved to April: deleted from the first segment, added in a second
        w.add(Article(title=f"Judul {i}", body="rapat desa", id=i, published=date(2024, 4, i)), None, update=True)
    w.commit()
    assert ix.search("tanggal:2024-03").total == 7
    assert {h.id for h in ix.search("tanggal:2024-04", limit=10).hits} == {2, 3, 4}
    ix.close()
