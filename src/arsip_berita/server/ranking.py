"""BM25F for a shared archive's page: the desktop's formula on statistics read from PostgreSQL.

The formula and constants are the desktop's (``index/ranking.py``, Whoosh's ``scoring.BM25F``:
B=0.75, K1=1.2, idf = log(N / (df + 1)) + 1, per-field document frequency and average length, the
title's field boost 2 in its term weights). Term frequencies per field come from the stored
``tsvector`` (positions with weight A are the title's, D the body's; PostgreSQL keeps at most 256
positions of a term, so a term's frequency counts at most 256). Not identical to the desktop's
ranking: the desktop scores a listed name or a phrase of frequent words by its one indexed term,
and the body's document frequency here is counted over title and body (see ``frequencies``).
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable
from math import log
from typing import Any

from arsip_berita.core.querytree import AllOf, AndMaybe, AnyOf, Atom, Excluding, Node, NotOf

B = 0.75
K1 = 1.2
TITLE_BOOST = 2.0  # index/schema.py: title=TEXT(field_boost=2.0)
MAX_EXPANDED = 50  # terms of a prefix or fuzzy word that take part in the score (as the desktop)
STATS_TTL_S = 300.0


def scored_terms(node: Node | None, analyze: Callable[[str], list[str]],
                 expand: Callable[[Atom], list[str]]) -> set[str]:
    """The terms that add to a document's score: those of atoms that must or may match (not of
    NOT or excluded ones); a prefix or fuzzy word adds its first ``MAX_EXPANDED`` index terms."""
    if node is None:
        return set()
    if isinstance(node, Atom):
        if node.kind in ("prefix", "fuzzy"):
            return set(expand(node)[:MAX_EXPANDED])
        return set(analyze(node.text))
    if isinstance(node, (AllOf, AnyOf)):
        return set().union(*(scored_terms(n, analyze, expand) for n in node.items))
    if isinstance(node, AndMaybe):
        return scored_terms(node.required, analyze, expand) | scored_terms(node.optional, analyze, expand)
    if isinstance(node, Excluding):
        return scored_terms(node.keep, analyze, expand)
    if isinstance(node, NotOf):
        return set()
    raise TypeError(f"unknown query node {node!r}")


class Statistics:
    """Collection statistics of one archive (document count, average field lengths, document
    frequencies), cached for ``STATS_TTL_S`` seconds: an import meanwhile moves them little, and the
    full count and averages take 44 ms at 100,000 articles."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._read_at = 0.0
        self.n_docs = 0
        self.avg_title = self.avg_body = 1.0
        self._df: dict[str, tuple[int, int]] = {}

    def _refresh(self) -> None:
        if time.monotonic() - self._read_at < STATS_TTL_S:
            return
        n, title, body = self.conn.execute(
            "SELECT count(*), coalesce(avg(title_len), 1), coalesce(avg(body_len), 1) FROM search_docs").fetchone()
        self.n_docs, self.avg_title, self.avg_body = int(n), float(title) or 1.0, float(body) or 1.0
        self._df.clear()
        self._read_at = time.monotonic()

    def frequencies(self, terms: list[str]) -> dict[str, tuple[int, int]]:
        """term -> (documents with it in the title, documents with it anywhere).

        Both counts come from a GIN index without reading the rows (the title's terms have their own
        vector); the second stands for the body's document frequency, which it overstates by the
        documents that have the term in the title only. Counting the body's weight in every matching
        row took 200-300 ms a common term at 100,000 articles.
        """
        from arsip_berita.server.tsquery import quote

        self._refresh()
        for term in [t for t in terms if t not in self._df]:
            q = quote(term)
            title = self.conn.execute("SELECT count(*) FROM search_docs WHERE title_tsv @@ %s::tsquery", (q,)).fetchone()
            anywhere = self.conn.execute("SELECT count(*) FROM search_docs WHERE tsv @@ %s::tsquery", (q,)).fetchone()
            self._df[term] = (int(title[0]), int(anywhere[0]))  # type: ignore[index]
        return {t: self._df[t] for t in terms}


def bm25f(rows: list[tuple[int, int, int, str | None, list[str] | None]], stats: Statistics,
          limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (article id, score) of candidates given as (id, title length, body length,
    lexeme or None, weights of its positions); ties and unscored candidates go to the older article."""
    terms = sorted({r[3] for r in rows if r[3]})
    df = stats.frequencies(terms)
    n = max(stats.n_docs, 1)
    idf = {t: (log(n / (a + 1)) + 1 if a else 0.0, log(n / (b + 1)) + 1 if b else 0.0) for t, (a, b) in df.items()}
    scores: dict[int, float] = {}
    for aid, title_len, body_len, lexeme, weights in rows:
        score = scores.setdefault(aid, 0.0)
        if not lexeme or not weights:
            continue
        tf_title = TITLE_BOOST * sum(1 for w in weights if w == "A")
        tf_body = sum(1 for w in weights if w != "A")
        i_title, i_body = idf[lexeme]
        if tf_title:
            score += i_title * (K1 + 1) * tf_title / (tf_title + K1 * (1 - B + B * title_len / stats.avg_title))
        if tf_body:
            score += i_body * (K1 + 1) * tf_body / (tf_body + K1 * (1 - B + B * body_len / stats.avg_body))
        scores[aid] = score
    return heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))
