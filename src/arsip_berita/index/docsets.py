"""Exact sets of matching documents, read from posting blocks rather than through Whoosh matchers.

Whoosh finds matches by stepping a tree of matcher objects one document at a time in Python
(about 10 µs per match and per term), which at 100k articles makes a common word cost hundreds
of milliseconds just to be counted. The total, the facet counts and date sorting only need the
*set* of matching documents, so this module computes it with set algebra over whole posting
blocks: a term is the union of its blocks' document numbers, AND is an intersection, OR a union.
Phrases are checked on the candidates (documents holding every word) with their positions.

Queries this module does not know are handed to Whoosh (``docs_for_query``), so the result is
always exact; ``ranking.py`` ranks the page from the same posting lists. Posting lists and
positions come as arrays from ``rawaccess``, the only module that reads Whoosh's internals.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from whoosh import query as wq

from arsip_berita.index.columns import segment_id
from arsip_berita.index.rawaccess import TermNotFound, term_positions, term_postings

_NEXT = (1).__add__


class PostingCache:
    """Decoded posting lists of recently used terms, per segment, within a budget of postings.

    Reading a posting list means unpickling whole blocks (positions included), which is most of
    the cost of a common word; a search that reuses a word (the same query again, a facet click,
    another page) reads it from here.
    """

    def __init__(self, budget: int = 3_000_000) -> None:
        self.budget = budget
        self._items: OrderedDict[tuple[Any, ...], tuple[array, array]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0

    def postings(self, reader: Any, field: str, text: Any) -> tuple[array, array] | None:
        """(document numbers, weights) of a term in one segment, None when the segment lacks it."""
        key = (segment_id(reader), reader.doc_count(), field, text)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        try:
            found = term_postings(reader, field, text)
        except TermNotFound:
            return None
        with self._lock:
            self._items[key] = found
            self._size += len(found[0])
            while self._size > self.budget and len(self._items) > 1:
                _, (old, _) = self._items.popitem(last=False)
                self._size -= len(old)
        return found


class DocsetEvaluator:
    """Evaluates Whoosh query trees to sets of global document numbers for one searcher."""

    def __init__(self, searcher: Any, cache: PostingCache | None = None,
                 dates: Callable[[], Any] | None = None) -> None:
        self.searcher = searcher
        reader = searcher.reader()
        self.leaves: list[tuple[Any, int]] = list(reader.leaf_readers())
        self.cache = cache or PostingCache()
        self.dates = dates  # the per-document date ordinals (columns.Columns.dates), if known
        self._terms: dict[tuple[str, Any], set[int]] = {}

    def date_range(self, start: Any, end: Any) -> set[int]:
        """Documents dated from ``start`` to ``end`` (either may be None), read from the date column.

        Whoosh answers a date range through its tiered numeric terms, 0.5 s for a month at 100k.
        """
        assert self.dates is not None
        lo = start.toordinal() if start is not None else 1
        hi = end.toordinal() if end is not None else date.max.toordinal()
        found = {d for d, day in enumerate(self.dates()) if lo <= day <= hi}
        for reader, offset in self.leaves:  # the column may predate later deletions
            if found and reader.has_deletions():
                size = reader.doc_count_all()
                live = set(reader.all_doc_ids())
                found -= {d + offset for d in range(size) if d not in live}
        return found

    # --- leaves -------------------------------------------------------------------------
    def postings(self, field: str, text: Any) -> Iterator[tuple[int, array, array]]:
        """(segment offset, local document numbers, weights) of a term in each segment holding it."""
        for reader, offset in self.leaves:
            found = self.cache.postings(reader, field, text)
            if found is not None:
                yield offset, found[0], found[1]

    def term(self, field: str, text: Any) -> set[int]:
        key = (field, text)
        found = self._terms.get(key)
        if found is None:
            found = set()
            for offset, ids, _ in self.postings(field, text):
                found.update(ids if offset == 0 else map(offset.__add__, ids))
            self._terms[key] = found
        return found

    def all_docs(self) -> set[int]:
        out: set[int] = set()
        for reader, offset in self.leaves:
            out.update(d + offset for d in reader.all_doc_ids())
        return out

    def phrase(self, field: str, words: list[str], within: set[int] | None = None) -> set[int]:
        """Documents (of ``within``, if given) where ``words`` stand next to each other, in order, in ``field``."""
        sets = sorted((self.term(field, w) for w in words), key=len)
        if within is not None:
            sets.insert(0, within)
        candidates = set.intersection(*sets) if sets else set()
        if not candidates or len(words) < 2:
            return candidates
        fmt = self.searcher.schema[field].format
        matched: set[int] = set()
        for reader, offset in self.leaves:
            end = offset + reader.doc_count_all()
            local = {d - offset for d in candidates if offset <= d < end}
            if not local:
                continue
            starts: dict[int, set[int]] | None = None  # doc -> positions where the phrase so far ends
            for word in words:
                try:
                    positions = term_positions(reader, field, word, local, fmt)
                except TermNotFound:
                    starts = {}
                    break
                if starts is None:
                    starts = positions
                else:  # where the phrase so far ends, one word further
                    starts = {d: hit for d, ends in starts.items()
                              if (hit := set(map(_NEXT, ends)).intersection(positions.get(d, ())))}
                local = set(starts)
                if not local:
                    break
            matched.update(d + offset for d in (starts or {}))
        return matched

    # --- the tree -----------------------------------------------------------------------
    def run(self, q: Any) -> set[int]:
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return set()
        if isinstance(q, wq.Term):
            return set(self.term(q.fieldname, q.text))
        if isinstance(q, wq.Phrase) and q.slop <= 1:
            return self.phrase(q.fieldname, list(q.words))
        if (isinstance(q, wq.DateRange) and q.fieldname == "date" and self.dates is not None
                and not q.startexcl and not q.endexcl):
            return self.date_range(q.startdate, q.enddate)
        if isinstance(q, wq.Every) and not q.fieldname:
            return self.all_docs()
        if isinstance(q, wq.AndNot):
            return self.run(q.a) - self.run(q.b)
        if isinstance(q, wq.AndMaybe):
            return self.run(q.a)
        if isinstance(q, wq.Require):
            return self.run(q.a) & self.run(q.b)
        if isinstance(q, wq.Not):
            return self.all_docs() - self.run(q.query)
        if isinstance(q, (wq.Or, wq.DisjunctionMax)):
            out: set[int] = set()
            for sub in q.subqueries:
                out |= self.run(sub)
            return out
        if type(q) is wq.And:
            positives = [s for s in q.subqueries if not isinstance(s, (wq.Not, wq.Phrase))]
            phrases = [s for s in q.subqueries if isinstance(s, wq.Phrase) and s.slop <= 1]
            negatives = [s.query for s in q.subqueries if isinstance(s, wq.Not)]
            positives += [s for s in q.subqueries if isinstance(s, wq.Phrase) and s.slop > 1]
            if positives:
                sets = sorted((self.run(s) for s in positives), key=len)
                result = set.intersection(*sets)
            elif phrases:
                result = self.phrase(phrases[0].fieldname, list(phrases[0].words))
                phrases = phrases[1:]
            else:
                result = self.all_docs()
            for ph in phrases:  # positions are read for the documents the rest already allows
                result = self.phrase(ph.fieldname, list(ph.words), within=result)
            for neg in negatives:
                if not result:
                    break
                result -= self.run(neg)
            return result
        return set(self.searcher.docs_for_query(q))


def docset(searcher: Any, q: Any, cache: PostingCache | None = None) -> set[int]:
    """Global document numbers of every live document matching ``q``."""
    return DocsetEvaluator(searcher, cache).run(q)
