"""Field filters of the query language turned into Whoosh queries, with aliases resolved."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from whoosh import query as wq

from arsip_berita.core.errors import QuerySyntaxError
from arsip_berita.index.analysis import analyze
from arsip_berita.index.columns import segments_key
from arsip_berita.index.entities import norm_key, official_key, place_keys
from arsip_berita.core.query import Filter, checked_date_bounds

NO_SUCH_KEY = "\u2205"


def date_query(value: str, original: str) -> Any:
    """A date filter value (ISO, or a range ``a..b``, as ``core.query.normalize_date`` writes it)."""
    lo, hi = checked_date_bounds(value, original)
    start = datetime(lo.year, lo.month, lo.day) if lo else None
    end = datetime(hi.year, hi.month, hi.day, 23, 59, 59) if hi else None
    return wq.DateRange("date", start, end)


def _analyzed_phrase(field: str, value: str) -> Any:
    terms = analyze(value)
    if not terms:
        return wq.NullQuery
    if len(terms) == 1:
        return wq.Term(field, terms[0])
    if field == "source":
        # A source is a short name ("Kompas.com", "Diskominfo Kalteng"): all its words is as good
        # as the phrase, and checking positions in a third of the archive took 235 ms at 100k.
        return wq.And([wq.Term(field, t) for t in terms])
    return wq.Phrase(field, terms)


_KEY_WORDS: dict[tuple[Any, ...], dict[str, set[str]]] = {}
_KEY_WORDS_LOCK = threading.Lock()


def _key_words(searcher: Any, field: str) -> dict[str, set[str]]:
    """Word -> indexed keys holding it, for one keyword field; read once per set of segments.

    Reading the whole term list on every ``pejabat:`` query cost 200 ms at 10k articles.
    """
    key = (field, segments_key(searcher))
    with _KEY_WORDS_LOCK:
        found = _KEY_WORDS.get(key)
        if found is None:
            found = {}
            for raw in searcher.reader().lexicon(field):
                term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                for word in set(term.split()):
                    found.setdefault(word, set()).add(term)
            if len(_KEY_WORDS) >= 8:
                _KEY_WORDS.clear()
            _KEY_WORDS[key] = found
        return found


def _keys_containing(searcher: Any, field: str, key: str) -> list[str]:
    """Indexed keys equal to ``key`` or holding all its words (so "Agnes" finds "agnes widiastuti")."""
    words = key.split()
    if not words:
        return []
    index = _key_words(searcher, field)
    sets = [index.get(w, set()) for w in words]
    return sorted(set.intersection(*sets))


def filter_query(searcher: Any, f: Filter, expansions: Callable[[str], list[str]] | None) -> Any:
    original = f"{f.field}:{f.value}"
    if f.field == "date":
        return date_query(f.value, original)
    if f.field in ("position", "indicator", "source"):
        return _analyzed_phrase(f.field, f.value)
    if f.field == "official":
        keys = _keys_containing(searcher, "official", official_key(f.value))
        # No official of that name: a term no document has (matches nothing; a NullQuery would drop out).
        return wq.Or([wq.Term("official", k) for k in keys]) if keys else wq.Term("official", NO_SUCH_KEY)
    if f.field == "org":
        names = [f.value] + (expansions(f.value) if expansions else [])
        return wq.Or([wq.Term("org", norm_key(n)) for n in names if norm_key(n)])
    if f.field == "place":
        return wq.Or([wq.Term("place", k) for k in place_keys(f.value)])
    raise QuerySyntaxError(original, f"kolom '{f.field}' tidak dikenal")
