"""The shared archive's search backend (``core.backend.SearchBackend``) on PostgreSQL full text.

Match sets equal the desktop engine's for the same ``Query``: the free text is read by
``core.querytree`` (as the desktop reads it) and compiled to a ``tsquery`` over our own analysed
terms; field filters are SQL over the same values the desktop indexes (``index.schema.to_document``).
Totals and facets are counted exactly in SQL over the whole match set. The page is ranked by the
desktop's BM25F (``ranking``: Whoosh's formula and constants, per-field document frequencies and
lengths from SQL) over the match set, or over its ``RERANK_POOL`` best by ``ts_rank`` when it is
larger; benchmarks/ranking_overlap.py reports the top-10 overlap with the desktop on the real corpus.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from rapidfuzz.distance import Levenshtein

from arsip_berita.core.errors import QuerySyntaxError
from arsip_berita.core.model import Article, Extraction, SearchHit, SearchResult
from arsip_berita.core.query import Filter, Query, checked_date_bounds
from arsip_berita.core.querytree import (
    FALLBACK_NOTICE, STOPWORDS_NOTICE, Atom, Node, may_fall_back, parse_text, prepare_text,
)
from arsip_berita.index.analysis import analyze, has_terms, searchable
from arsip_berita.index.entities import norm_key, official_key, place_keys
from arsip_berita.index.schema import index_version, to_document
from arsip_berita.index.snippets import make_snippet
from arsip_berita.server.ranking import MAX_EXPANDED, Statistics, bm25f, scored_terms
from arsip_berita.server.store import retrying
from arsip_berita.server.tsquery import BODY_WEIGHT, TITLE_WEIGHT, compile_tree, plain_tsvector, to_tsvector

SEARCH_FORMAT = 3  # bump when search_docs rows are computed differently: every article is indexed again
FACET_LIMIT = 50
RERANK_POOL = 2000  # a match set larger than this is ranked by BM25F over its best by ts_rank
# Facets as the desktop names them (core.query.FACET_FILTER) and the column each is counted from.
FACET_COLUMNS = {"pejabat": ("official_f", True), "instansi": ("org_f", True), "provinsi": ("province_f", True),
                 "kabupaten": ("regency_f", True), "tahun": ("year", False), "bulan": ("month", False),
                 "sumber": ("source_f", False)}
RANK = "ts_rank('{0.1, 0.2, 0.4, 1.0}', d.tsv, %s::tsquery, 1)"  # weights D, C, B, A (body D, title A)
_ROW_COLUMNS = ("article_id, tsv, position_tsv, indicator_tsv, source_tsv, day, year, month, official, official_f, "
                "org, org_f, place, province_f, regency_f, source_f, dateline, title, title_len, body_len, title_tsv")


def search_version() -> str:
    v = index_version()
    return f"{SEARCH_FORMAT}:{v['schema']}:{v['names']}"


def _split(value: str | None) -> list[str]:
    return [x for x in (value or "").split(",") if x]


def document_row(article: Article, extraction: Extraction | None,
                 prepared: dict[str, Any] | None = None) -> tuple[tuple[Any, ...], list[tuple[str, str]]]:
    """The search_docs row of one stored article, and its (field, term) entries for search_terms."""
    doc = to_document(article, extraction, prepared)
    title_terms, body_terms = list(doc.get("title") or []), list(doc.get("body") or [])
    day = doc.get("date")
    row = (article.id, to_tsvector([(title_terms, TITLE_WEIGHT), (body_terms, BODY_WEIGHT)]),
           plain_tsvector(analyze(doc.get("position", ""))), plain_tsvector(analyze(doc.get("indicator", ""))),
           plain_tsvector(analyze(doc.get("source", ""))), day.date() if day else None, doc.get("year"),
           doc.get("month"), _split(doc.get("official")), _split(doc.get("official_f")),
           _split(doc.get("org")), _split(doc.get("org_f")), _split((doc.get("place") or "").lower()),
           _split(doc.get("province_f")), _split(doc.get("regency_f")), doc.get("source_f"), doc.get("dateline"),
           article.title, len(title_terms), len(body_terms), plain_tsvector(title_terms))
    entries = {("text", t) for t in (*title_terms, *body_terms)}
    entries |= {("official", k) for k in _split(doc.get("official"))}
    entries |= {("title_word", w) for w in re.findall(r"[^\W\d_]{3,}", article.title.lower())}
    return row, sorted(entries)


class ServerWriter:
    """A batch of search rows, written in one transaction at ``commit``."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn
        self.rows: list[tuple[Any, ...]] = []
        self.entries: set[tuple[str, str]] = set()

    @property
    def pending(self) -> int:
        return len(self.rows)

    def add(self, article: Article, extraction: Extraction | None, *, update: bool = False,
            prepared: dict[str, Any] | None = None) -> None:
        row, entries = document_row(article, extraction, prepared)
        self.rows.append(row)
        self.entries.update(entries)

    def commit(self, *, optimize: bool = False) -> None:
        if not self.rows:
            return
        rows = sorted(self.rows, key=lambda r: r[0])
        entries = sorted(self.entries)
        marks = ", ".join(["%s"] + ["%s::tsvector"] * 4 + ["%s"] * 15 + ["%s::tsvector"])
        sets = ", ".join(f"{c} = excluded.{c}" for c in _ROW_COLUMNS.split(", ")[1:])

        def work() -> None:
            with self.conn.transaction(), self.conn.cursor() as cur:
                cur.executemany(f"INSERT INTO search_docs ({_ROW_COLUMNS}) VALUES ({marks}) "
                                f"ON CONFLICT (article_id) DO UPDATE SET {sets}", rows)
                # One statement for the batch's terms (thousands), in sorted order: two importers take
                # their row locks in the same order and cannot deadlock on them.
                cur.execute("INSERT INTO search_terms (field, term) SELECT f, t FROM unnest(%s::text[], %s::text[]) "
                            "AS e(f, t) ORDER BY f, t COLLATE \"C\" ON CONFLICT DO NOTHING",
                            ([f for f, _ in entries], [t for _, t in entries]))
        retrying(work)
        self.rows.clear()
        self.entries.clear()

    def cancel(self) -> None:
        self.rows.clear()
        self.entries.clear()


class ServerSearch:
    """Search over the ``search_docs`` table of one shared archive (shares the store's connection)."""

    commit_every = 200  # rows are visible to every reader at each import batch

    def __init__(self, conn: psycopg.Connection[Any], *, readonly: bool = False) -> None:
        self.conn = conn
        self.readonly = readonly
        self.stats = Statistics(conn)

    # --- upkeep ----------------------------------------------------------------------------
    def is_usable(self) -> bool:
        row = self.conn.execute("SELECT value FROM arsip_meta WHERE key = 'search_version'").fetchone()
        return bool(row) and row[0] == search_version()  # type: ignore[index]

    def create(self) -> None:
        """Record the current search version before a rebuild. The rows stay: each is replaced when its
        article is indexed again, so readers keep searching the old rows meanwhile (an emptied table
        would show them an empty archive until the rebuild ends)."""
        with self.conn.transaction():
            self.conn.execute("INSERT INTO arsip_meta (key, value) VALUES ('search_version', %s) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (search_version(),))

    def writer(self) -> ServerWriter:
        return ServerWriter(self.conn)

    def refresh(self) -> None:
        return None  # every statement sees the latest committed rows

    def warm(self) -> None:
        return None

    def segment_count(self) -> int:
        return 0

    def doc_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0])  # type: ignore[index]

    def indexed_ids(self) -> set[int]:
        return {int(r[0]) for r in self.conn.execute("SELECT article_id FROM search_docs")}

    def close(self) -> None:
        return None  # the store closes the shared connection

    # --- searching ---------------------------------------------------------------------------
    def _fuzzy(self, text: str, maxdist: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT term FROM search_terms WHERE field = 'text' AND term LIKE %s AND length(term) BETWEEN %s AND %s",
            (_like_prefix(text[:1]),
             len(text) - maxdist, len(text) + maxdist))
        return sorted(t for (t,) in rows if Levenshtein.distance(t, text, score_cutoff=maxdist) <= maxdist)

    def _text_condition(self, text: str, any_word: bool, expansions: Callable[[str], list[str]] | None
                        ) -> tuple[str | None, str | None, Node | None]:
        """(SQL condition, tsquery, tree) of the free text; no condition when it reads as no term."""
        tree = parse_text(prepare_text(text, expansions), any_word=any_word, keep=searchable)
        tsq = compile_tree(tree, analyze, self._fuzzy) if tree is not None else None
        return ("d.tsv @@ %s::tsquery" if tsq is not None else None), tsq, tree

    def _filter(self, f: Filter, expansions: Callable[[str], list[str]] | None, original: str
                ) -> tuple[str | None, list[Any]]:
        """(SQL condition, parameters) of one field filter; (None, []) when it has no term (dropped)."""
        field = f.field
        if field == "date":
            lo, hi = checked_date_bounds(f.value, original)
            # Plain bounds (an index range scan; a partition by year would prune on them).
            bounds = [(">=", lo), ("<=", hi)]
            conds = [f"d.day {op} %s" for op, value in bounds if value is not None]
            return "(" + " AND ".join(conds or ["d.day IS NOT NULL"]) + ")", [v for _, v in bounds if v is not None]
        if field in ("position", "indicator", "source"):
            terms = analyze(f.value)
            if not terms:
                return None, []
            from arsip_berita.server.tsquery import quote

            joiner = " & " if field == "source" else " <-> "
            column = {"position": "position_tsv", "indicator": "indicator_tsv", "source": "source_tsv"}[field]
            return f"d.{column} @@ %s::tsquery", [joiner.join(quote(t) for t in terms)]
        if field == "official":
            words = official_key(f.value).split()
            if not words:
                return "false", []
            keys = [r[0] for r in self.conn.execute(
                "SELECT term FROM search_terms WHERE field = 'official' AND string_to_array(term, ' ') @> %s::text[]",
                (words,))]
            return ("d.official && %s::text[]", [keys]) if keys else ("false", [])
        if field == "org":
            names = [f.value] + (expansions(f.value) if expansions else [])
            keys = [k for n in names if (k := norm_key(n))]
            return ("d.org && %s::text[]", [keys]) if keys else (None, [])
        if field == "place":
            keys = place_keys(f.value)
            return ("d.place && %s::text[]", [keys]) if keys else (None, [])
        raise QuerySyntaxError(original, f"kolom '{field}' tidak dikenal")

    def _where(self, parsed: Query, any_word: bool, expansions: Callable[[str], list[str]] | None
               ) -> tuple[str, list[Any], str | None, Node | None]:
        """(WHERE clause, parameters, tsquery and tree of the text or None), as the desktop combines clauses:
        positive clauses ANDed (one that reads as no term at all matches nothing), negated filters
        subtracted (one without terms is ignored), no clause at all matches everything."""
        clauses: list[str] = []
        params: list[Any] = []
        negatives: list[str] = []
        neg_params: list[Any] = []
        tsq = tree = None
        if parsed.text:
            cond, tsq, tree = self._text_condition(parsed.text, any_word, expansions)
            clauses.append(cond or "false")  # only stop words: nothing matches (and the notice says why)
            if cond:
                params.append(tsq)
        for f in parsed.filters:
            cond, values = self._filter(f, expansions, f"{f.field}:{f.value}")
            if f.negated:
                if cond:
                    negatives.append(f"coalesce({cond}, false)")
                    neg_params += values
                continue
            clauses.append(cond or "false")
            params += values if cond else []
        if not clauses:
            clauses.append("true")
        where = " AND ".join(clauses)
        if negatives and where != "false":
            where = f"({where}) AND NOT ({' OR '.join(negatives)})"
            params += neg_params
        return where, params, tsq, tree

    def search(self, query: str | Query, *, limit: int = 20, sort: str = "score", with_facets: bool = False,
               bodies: Callable[[Sequence[int]], dict[int, str]] | None = None,
               expansions: Callable[[str], list[str]] | None = None) -> SearchResult:
        started = time.perf_counter()
        parsed = query if isinstance(query, Query) else Query.parse(query)
        if sort not in ("score", "date", "date_asc"):
            raise QuerySyntaxError(str(query), f"urutan '{sort}' tidak dikenal (score, date, date_asc)")
        notice = STOPWORDS_NOTICE if parsed.text and not has_terms(parsed.text, parsed.words) else None
        where, params, tsq, tree = self._where(parsed, False, expansions)
        total = self._count(where, params)
        if total == 0 and may_fall_back(parsed.text, parsed.words):
            any_where, any_params, any_tsq, any_tree = self._where(parsed, True, expansions)
            any_total = self._count(any_where, any_params)
            if any_total:
                where, params, tsq, tree, total = any_where, any_params, any_tsq, any_tree, any_total
                notice = FALLBACK_NOTICE
        marked = {t for w in parsed.words for t in analyze(w)}
        for word in parsed.words if expansions else ():
            marked.update(t for full in expansions(word) for t in analyze(full))  # type: ignore[misc]
        terms = sorted(marked)
        hits = (self._page(where, params, tsq if parsed.text else None, limit, sort, total, tree)
                if limit > 0 and total else [])
        texts = bodies([h.id for h in hits]) if bodies and hits else {}
        hits = [SearchHit(id=h.id, title=h.title, score=h.score, snippet=make_snippet(texts.get(h.id, ""), terms),
                          date=h.date, source=h.source, place=h.place, officials=h.officials) for h in hits]
        facets = self._facets(where, params) if with_facets and total else (
            {name: [] for name in FACET_COLUMNS} if with_facets else {})
        suggestion = self._suggest(parsed) if total == 0 or notice else None
        notice = " ".join(x for x in (*parsed.notices, notice) if x) or None
        return SearchResult(query=query if isinstance(query, str) else str(query), hits=hits, total=total,
                            took_ms=(time.perf_counter() - started) * 1000, notice=notice, suggestion=suggestion,
                            facets=facets, terms=terms)

    def _count(self, where: str, params: list[Any]) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM search_docs d WHERE {where}", params).fetchone()[0])  # type: ignore[index]

    def _page(self, where: str, params: list[Any], tsq: str | None, limit: int, sort: str, total: int,
              tree: Node | None = None) -> list[SearchHit]:
        if sort == "score" and tsq is not None:
            ranked = self._ranked(where, params, tsq, tree, limit, total)
            order_ids = [aid for aid, _ in ranked]
            rows = self.conn.execute(
                "SELECT d.article_id, d.title, d.day, d.source_f, d.regency_f, d.province_f, d.dateline, d.official_f "
                "FROM search_docs d WHERE d.article_id = ANY(%s)", (order_ids,)).fetchall()
            by_id = {int(r[0]): r for r in rows}
            score_of = dict(ranked)
            return [self._hit(by_id[i], score_of[i]) for i in order_ids if i in by_id]
        order = "d.day ASC NULLS LAST, d.article_id" if sort == "date_asc" else "d.day DESC NULLS LAST, d.article_id"
        rows = self.conn.execute(
            f"SELECT d.article_id, d.title, d.day, d.source_f, d.regency_f, d.province_f, d.dateline, d.official_f "
            f"FROM search_docs d WHERE {where} ORDER BY {order} LIMIT %s", [*params, int(limit)]).fetchall()
        return [self._hit(r, 0.0) for r in rows]

    @staticmethod
    def _hit(row: Sequence[Any], score: float) -> SearchHit:
        aid, title, day, source, regencies, provinces, dateline, officials = row
        place = (regencies or [None])[0] or (provinces or [None])[0] or dateline
        return SearchHit(id=int(aid), title=title, score=float(score), date=day.isoformat() if day else None,
                         source=source, place=place, officials=tuple(officials or ()))

    def _ranked(self, where: str, params: list[Any], tsq: str, tree: Node | None, limit: int,
                total: int) -> list[tuple[int, float]]:
        """BM25F (server/ranking.py) over the match set, or over its RERANK_POOL best by ts_rank."""
        terms = sorted(scored_terms(tree, analyze, self._expand))
        pool = "" if total <= RERANK_POOL else f"ORDER BY {RANK} DESC, d.article_id LIMIT {RERANK_POOL}"
        pool_params = [tsq] if pool else []
        rows = self.conn.execute(
            f"WITH m AS (SELECT d.article_id, d.tsv, d.title_len, d.body_len FROM search_docs d WHERE {where} {pool}) "
            "SELECT m.article_id, m.title_len, m.body_len, u.lexeme, u.weights FROM m "
            "LEFT JOIN LATERAL unnest(m.tsv) u ON u.lexeme = ANY(%s::text[])",
            [*params, *pool_params, terms]).fetchall()
        return bm25f([(int(a), int(t), int(b), lx, list(w) if w is not None else None) for a, t, b, lx, w in rows],
                     self.stats, limit)

    def _expand(self, atom: Atom) -> list[str]:
        """The index terms a prefix or fuzzy word stands for (sorted, as the desktop takes them)."""
        if atom.kind == "fuzzy":
            return self._fuzzy(atom.text, atom.maxdist)
        like = _like_prefix(atom.text)
        return [t for (t,) in self.conn.execute(
            "SELECT term FROM search_terms WHERE field = 'text' AND term LIKE %s ORDER BY term LIMIT %s",
            (like, MAX_EXPANDED))]

    def _facets(self, where: str, params: list[Any]) -> dict[str, list[tuple[str, int]]]:
        """The FACET_LIMIT most frequent values of each facet over the whole match set, from one scan
        of it (seven scans took 759 of a 1,040 ms search at 100,000 articles)."""
        columns = ", ".join(sorted({column for column, _ in FACET_COLUMNS.values()}))
        parts = []
        for name, (column, many) in FACET_COLUMNS.items():
            source = f"m, unnest(m.{column}) AS v" if many else f"(SELECT m.{column} AS v FROM m) s"
            parts.append(f"(SELECT '{name}' AS facet, v, n FROM (SELECT v, count(*) AS n FROM {source} "
                         f"WHERE v IS NOT NULL AND v <> '' GROUP BY v ORDER BY n DESC, v LIMIT {FACET_LIMIT}) t)")
        sql = (f"WITH m AS MATERIALIZED (SELECT {columns} FROM search_docs d WHERE {where}) "
               + " UNION ALL ".join(parts))
        out: dict[str, list[tuple[str, int]]] = {name: [] for name in FACET_COLUMNS}
        for facet, value, n in self.conn.execute(sql, params):
            out[facet].append((value, int(n)))
        for values in out.values():
            values.sort(key=lambda vn: (-vn[1], vn[0]))
        return out

    def _suggest(self, parsed: Query) -> str | None:
        """'kemiskinan banjr' -> 'kemiskinan banjir': a word the archive lacks, replaced by the nearest
        title word (edit distance 1, or 2 for longer words) whose terms the archive holds."""
        words = [w for w in re.findall(r"[^\W\d_]{3,}", parsed.text) if w not in ("AND", "OR", "NOT")]
        out, changed = parsed.text, False
        for word in words:
            terms = analyze(word)
            if not terms or self._has_any(terms):
                continue
            low = word.lower()
            limit = 1 if len(low) <= 5 else 2
            rows = self.conn.execute("SELECT term FROM search_terms WHERE field = 'title_word' AND term LIKE %s "
                                     "AND length(term) BETWEEN %s AND %s",
                                     (low[:2] + "%", len(low) - limit, len(low) + limit)).fetchall()
            ranked = sorted((Levenshtein.distance(low, t), t) for (t,) in rows if t != low)
            for d, candidate in ranked:
                if d <= limit and self._has_any(analyze(candidate)):
                    out = re.sub(rf"\b{re.escape(word)}\b", candidate, out, count=1)
                    changed = True
                    break
        return out if changed else None

    def _has_any(self, terms: list[str]) -> bool:
        return self.conn.execute("SELECT 1 FROM search_terms WHERE field = 'text' AND term = ANY(%s) LIMIT 1",
                                 (terms,)).fetchone() is not None



def _like_prefix(text: str) -> str:
    """A LIKE pattern for terms starting with ``text`` (its wildcards and escapes taken literally)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


__all__ = ["ServerSearch", "ServerWriter", "document_row", "search_version"]
