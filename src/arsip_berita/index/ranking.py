"""BM25F ranking of an exact match set, from the posting lists the set was computed from.

Whoosh ranks by stepping its matcher tree through every candidate document in Python, and at
100k articles its block-skipping almost never skips (a 128-posting block nearly always holds one
short document that could make the page), so a common word costs 30-90 ms to rank. Here every
positive term of the query adds its BM25F contribution to the documents of the match set in one
tight loop over its (cached) posting list, and the page is the ``limit`` best sums.

The formula and statistics are Whoosh's own (``scoring.BM25F``, B=0.75, K1=1.2, idf =
log(N / (df + 1)) + 1, average field length over all documents; field boosts are already in the
posting weights). A phrase scores as the sum of its words; exclusions and date ranges do not score.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from math import log
from typing import Any

from whoosh import query as wq

from arsip_berita.index.docsets import DocsetEvaluator

B = 0.75
K1 = 1.2
MAX_EXPANDED = 50  # terms of a prefix or fuzzy word that take part in the score


def scored_terms(q: Any, reader: Any, boost: float = 1.0) -> Iterator[tuple[str, Any, float]]:
    """(field, term, boost) of every term that adds to a document's score."""
    boost *= getattr(q, "boost", 1.0)
    if isinstance(q, wq.Term):
        yield q.fieldname, q.text, boost
    elif isinstance(q, wq.Phrase):
        for word in q.words:
            yield q.fieldname, word, boost
    elif isinstance(q, (wq.AndNot, wq.Require)):
        yield from scored_terms(q.a, reader, boost)
    elif isinstance(q, wq.AndMaybe):
        yield from scored_terms(q.a, reader, boost)
        yield from scored_terms(q.b, reader, boost)
    elif isinstance(q, wq.Not):
        return
    elif isinstance(q, wq.CompoundQuery):
        for sub in q.subqueries:
            yield from scored_terms(sub, reader, boost)
    elif isinstance(q, wq.MultiTerm):
        for i, (field, btext) in enumerate(q.expanded_terms(reader)):
            if i >= MAX_EXPANDED:
                break
            yield field, reader.schema[field].from_bytes(btext) if isinstance(btext, bytes) else btext, boost


def rank(evaluator: DocsetEvaluator, q: Any, docs: set[int], limit: int,
         lengths: Any) -> list[tuple[int, float]]:
    """The ``limit`` best (document number, score) of ``docs``; ties go to the older document.

    ``lengths(field)`` gives the per-document field lengths (global document numbers).
    """
    if limit <= 0 or not docs:
        return []
    searcher = evaluator.searcher
    reader = searcher.reader()
    n_docs = searcher.doc_count_all()
    scores: dict[int, float] = {}
    boosts: dict[tuple[str, Any], float] = {}
    for field, text, boost in scored_terms(q, reader):  # a term listed twice scores once
        if field in searcher.schema and searcher.schema[field].scorable:
            boosts[(field, text)] = max(boost, boosts.get((field, text), 0.0))
    for (field, text), boost in boosts.items():
        df = searcher.doc_frequency(field, text)
        if not df:
            continue
        idf = log(n_docs / (df + 1)) + 1
        avgfl = searcher.avg_field_length(field) or 1
        lens = lengths(field)
        c1 = idf * (K1 + 1) * boost
        base = K1 * (1 - B)
        per_len = K1 * B / avgfl
        get = scores.get
        for offset, ids, weights in evaluator.postings(field, text):
            for d, w in zip(ids if offset == 0 else map(offset.__add__, ids), weights):
                if d in docs:
                    scores[d] = get(d, 0.0) + c1 * w / (w + base + per_len * lens[d])
    best = heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))
    if len(best) < limit:  # documents matched without a scoring term (filters only)
        rest = sorted(d for d in docs if d not in scores)
        best += [(d, 0.0) for d in rest[:limit - len(best)]]
    return best
