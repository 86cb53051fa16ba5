"""Running a search: query building, the AND-to-OR fallback, snippets, facets and suggestions."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from whoosh import query as wq
from whoosh.support.levenshtein import damerau_levenshtein

from arsip_berita.core.errors import QuerySyntaxError
from arsip_berita.core.model import SearchHit, SearchResult
from arsip_berita.core.querytree import (
    FALLBACK_NOTICE, STOPWORDS_NOTICE, AllOf, AndMaybe, AnyOf, Atom, Excluding, Node, NotOf, may_fall_back,
    parse_text, prepare_text,
)
from arsip_berita.index.analysis import analyze, frequent_stems, has_terms, phrase_key, searchable
from arsip_berita.index.docsets import DocsetEvaluator
from arsip_berita.index.filters import filter_query
from arsip_berita.index.query import ParsedQuery, Query, parse
from arsip_berita.index.ranking import rank
from arsip_berita.index.schema import PUBLIC_FACETS
from arsip_berita.index.snippets import make_snippet

if TYPE_CHECKING:
    from arsip_berita.index.service import SearchIndex

USE_BIGRAMS = True
USE_NAMES = True  # benchmarks/scale.py switches these off to measure plain phrase queries

TEXT_FIELDS = ("title", "body")


def _either_field(make: Callable[[str], Any]) -> Any:
    return wq.Or([make(f) for f in TEXT_FIELDS])


def _atom_query(atom: Atom) -> Any:
    """One atom over title and body: a word's terms all in one field, a phrase's adjacent in one."""
    if atom.kind == "prefix":
        return _either_field(lambda f: wq.Prefix(f, atom.text))
    if atom.kind == "fuzzy":
        return _either_field(lambda f: wq.FuzzyTerm(f, atom.text, maxdist=atom.maxdist, prefixlength=1))
    stems = analyze(atom.text)
    if len(stems) == 1:
        return _either_field(lambda f: wq.Term(f, stems[0]))
    if atom.kind == "phrase":
        return _either_field(lambda f: wq.Phrase(f, stems))
    return _either_field(lambda f: wq.And([wq.Term(f, s) for s in stems]))


def to_whoosh(node: Node) -> Any:
    """The Whoosh query of a ``core.querytree`` tree (the same reading the PostgreSQL engine compiles)."""
    if isinstance(node, Atom):
        return _atom_query(node)
    if isinstance(node, AllOf):
        return wq.And([to_whoosh(n) for n in node.items])
    if isinstance(node, AnyOf):
        return wq.Or([to_whoosh(n) for n in node.items])
    if isinstance(node, NotOf):
        return wq.Not(to_whoosh(node.item))
    if isinstance(node, AndMaybe):
        return wq.AndMaybe(to_whoosh(node.required), to_whoosh(node.optional))
    if isinstance(node, Excluding):
        return wq.AndNot(to_whoosh(node.keep), to_whoosh(node.drop))
    raise TypeError(f"unknown query node {node!r}")


def _known_names(q: Any) -> Any:
    """Phrases of listed names (agencies, acronym full forms, provinces) become one ``names`` term.

    The parser turns a phrase into ``Phrase(title) OR Phrase(body)``; the ``names`` field holds
    the same stem sequence found in either, so the pair is replaced by one term look-up.
    """
    if isinstance(q, wq.Or):
        fields: dict[tuple[str, ...], set[str]] = {}
        for sub in q.subqueries:
            if isinstance(sub, wq.Phrase) and sub.slop <= 1:
                fields.setdefault(tuple(sub.words), set()).add(sub.fieldname)
        keys = {words: key for words, found in fields.items()
                if found == {"title", "body"} and (key := phrase_key(words))}
        if keys:
            out: list[Any] = []
            for sub in q.subqueries:
                key = keys.get(tuple(sub.words)) if isinstance(sub, wq.Phrase) else None
                if key is None:
                    out.append(_known_names(sub))
                elif not any(isinstance(o, wq.Term) and o.fieldname == "names" and o.text == key for o in out):
                    out.append(wq.Term("names", key, boost=sub.boost))
            return wq.Or(out, boost=q.boost)
    return q.apply(_known_names)


def _bigram_phrases(q: Any) -> Any:
    """Answer phrases of frequent words from the pair field instead of positions.

    Whoosh checks the positions of every document holding all the words of a phrase, which is
    slow when the words are frequent. A two-word phrase of frequent stems is exactly one
    ``body_bi`` term; a longer one is narrowed by its pair terms before positions are read.
    Snippets mark the phrase's words from the query text, not from this rewritten query.
    """
    if isinstance(q, wq.Phrase) and q.fieldname == "body" and len(q.words) >= 2 and not q.slop > 1:
        frequent = frequent_stems()
        pairs = [wq.Term("body_bi", f"{a}_{b}") for a, b in zip(q.words, q.words[1:])
                 if a in frequent and b in frequent]
        if len(q.words) == 2 and pairs:
            return pairs[0]
        return wq.And(pairs + [q]) if pairs else q
    return q.apply(_bigram_phrases)


def build_query(searcher: Any, parsed: ParsedQuery, *, any_word: bool,
                expansions: Callable[[str], list[str]] | None) -> Any:
    clauses: list[Any] = []
    negatives: list[Any] = []
    if parsed.text:
        tree = parse_text(prepare_text(parsed.text, expansions), any_word=any_word, keep=searchable)
        # Words that are all stop words ("yang", "di") leave nothing to match: they must not
        # turn into "everything" when the query has no other clause (a NullQuery matches nothing).
        text_q = to_whoosh(tree) if tree is not None else wq.NullQuery
        if USE_NAMES:
            text_q = _known_names(text_q)
        if USE_BIGRAMS:
            text_q = _bigram_phrases(text_q)
        clauses.append(text_q)
    for f in parsed.filters:
        q = filter_query(searcher, f, expansions)
        (negatives if f.negated else clauses).append(q)
    if not clauses:
        clauses.append(wq.Every())
    q = clauses[0] if len(clauses) == 1 else wq.And(clauses)
    if negatives:
        q = wq.AndNot(q, wq.Or(negatives))
    return q


def _date_text(stored: dict[str, Any]) -> str | None:
    value = stored.get("date")
    return value.date().isoformat() if isinstance(value, datetime) else None


def _first(value: str | None) -> str | None:
    return value.split(",")[0] if value else None


def _closest(word: str, buckets: dict[str, list[tuple[str, int]]]) -> str | None:
    """The title word nearest to ``word`` (edit distance 1, or 2 for longer words), most common first."""
    limit = 1 if len(word) <= 5 else 2
    best: tuple[int, int, str] | None = None
    for candidate, count in buckets.get(word[:2], ()):
        if abs(len(candidate) - len(word)) > limit or candidate == word:
            continue
        d = damerau_levenshtein(word, candidate, limit + 1)
        if d <= limit and (best is None or (d, -count) < best[:2]):
            best = (d, -count, candidate)
    return best[2] if best else None


def _suggest(ix: SearchIndex, searcher: Any, parsed: ParsedQuery) -> str | None:
    """'kemiskinan banjr' -> 'kemiskinan banjir' when a word is not in the archive at all.

    Candidates are the words of the archive's titles sharing the first two letters (typos
    rarely hit those), the most common nearest first; a word is only offered if the index holds
    it. Whoosh's corrector was not kept: the index holds stems, so it offered "penydikan" for
    "pendidkan", and walking its term list took 100-300 ms.
    """
    reader = searcher.reader()
    words = [w for w in re.findall(r"[^\W\d_]{3,}", parsed.text) if w not in ("AND", "OR", "NOT")]
    if not words:
        return None
    buckets = ix.columns.vocabulary(searcher)

    def indexed(term: str) -> bool:
        return reader.doc_frequency("body", term) > 0 or reader.doc_frequency("title", term) > 0

    changed = False
    out = parsed.text
    for word in words:
        terms = analyze(word)
        if not terms or any(indexed(t) for t in terms):
            continue
        found = _closest(word.lower(), buckets)
        if found and any(indexed(t) for t in analyze(found)):
            out = re.sub(rf"\b{re.escape(word)}\b", found, out, count=1)
            changed = True
    return out if changed else None


def _top(ix: SearchIndex, evaluator: DocsetEvaluator, q: Any, docs: set[int], *, limit: int, sort: str,
         ranked: bool) -> list[tuple[int, float]]:
    """(document number, score) of the first ``limit`` hits."""
    if limit <= 0 or not docs:
        return []
    searcher = evaluator.searcher
    if ranked and sort == "score":
        return rank(evaluator, q, docs, limit, lambda field: ix.columns.lengths(searcher, field))
    order = ix.columns.columns(searcher).newest(docs, limit, oldest_first=(sort == "date_asc"))
    return [(d, 0.0) for d in order]


def _hit(stored: dict[str, Any], score: float, snippet: str) -> SearchHit:
    return SearchHit(id=int(stored["id"]), title=stored.get("title", ""), score=score, snippet=snippet,
                     date=_date_text(stored), source=stored.get("source_f"),
                     place=_first(stored.get("regency_f")) or _first(stored.get("province_f")) or stored.get("dateline"),
                     officials=tuple(x for x in (stored.get("official_f") or "").split(",") if x))


def run_search(ix: SearchIndex, query: str | Query, *, limit: int, sort: str, with_facets: bool,
               bodies: Callable[[Sequence[int]], dict[int, str]] | None,
               expansions: Callable[[str], list[str]] | None) -> SearchResult:
    """Matches are counted exactly as sets (docsets) and the page is ranked from the same postings."""
    started = time.perf_counter()
    parsed = parse(query)
    if sort not in ("score", "date", "date_asc"):
        raise QuerySyntaxError(query, f"urutan '{sort}' tidak dikenal (score, date, date_asc)")
    with ix.searching() as searcher:
        q = build_query(searcher, parsed, any_word=False, expansions=expansions)
        notice = STOPWORDS_NOTICE if parsed.text and not has_terms(parsed.text, parsed.words) else None
        evaluator = DocsetEvaluator(searcher, ix.postings, dates=lambda: ix.columns.columns(searcher).dates)
        docs = evaluator.run(q)
        if not docs and may_fall_back(parsed.text, parsed.words):
            any_q = build_query(searcher, parsed, any_word=True, expansions=expansions)
            any_docs = evaluator.run(any_q)
            if any_docs:
                q, docs, notice = any_q, any_docs, FALLBACK_NOTICE
        # Words to mark in snippets and the article, with the full names of acronyms ("kpk" also
        # marks "Komisi Pemberantasan Korupsi": an article may match through the full name only).
        marked = {t for w in parsed.words for t in analyze(w)}
        for word in parsed.words if expansions else ():
            marked.update(t for full in expansions(word) for t in analyze(full))
        terms = sorted(marked)
        top = _top(ix, evaluator, q, docs, limit=limit, sort=sort, ranked=bool(parsed.text))
        stored = [(searcher.stored_fields(d), score) for d, score in top]
        ids = [int(f["id"]) for f, _ in stored]
        texts = bodies(ids) if bodies and ids else {}
        hits = [_hit(f, score, make_snippet(texts.get(int(f["id"]), ""), terms)) for f, score in stored]
        total = len(docs)
        counted = ix.columns.columns(searcher).count(docs) if with_facets else {}
        facets = {PUBLIC_FACETS[k]: v for k, v in counted.items()}
        suggestion = _suggest(ix, searcher, parsed) if total == 0 or notice else None
    notice = " ".join(x for x in (*parsed.notices, notice) if x) or None
    return SearchResult(query=query if isinstance(query, str) else str(query), hits=hits, total=total,
                        took_ms=(time.perf_counter() - started) * 1000, notice=notice,
                        suggestion=suggestion, facets=facets, terms=terms)
