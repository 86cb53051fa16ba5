"""Pure helpers over the query: facet filters and date bars edit the ``Query`` value (not its text
with patterns), field-prefix completion.
"""

from __future__ import annotations

from collections.abc import Iterable

from arsip_berita.core.query import FACET_FILTER, Filter, Query

FIELD_PREFIXES = ("pejabat:", "jabatan:", "instansi:", "tempat:", "tanggal:", "sumber:", "indikator:",
                  "official:", "position:", "org:", "place:", "date:", "source:", "indicator:")


def clause(field: str, value: str) -> str:
    """``field:value`` as the query language writes it (quoted when the value has spaces)."""
    return str(Filter(field, value.replace('"', "").strip()))


def facet_clause(facet_key: str, value: str) -> str:
    """The filter a facet value sets (``provinsi`` and ``kabupaten`` set ``tempat:``)."""
    return clause(FACET_FILTER.get(facet_key, "sumber"), value)


def _filter_of(text: str) -> Filter | None:
    filters = Query.parse(text).filters
    return filters[0] if filters else None


def _same(a: Filter, b: Filter) -> bool:
    return a.key == b.key and a.negated == b.negated and a.value.casefold() == b.value.casefold()


def has_clause(query: str, text: str) -> bool:
    """True when the filter written ``text`` is one of ``query``'s filters (values compared without case)."""
    wanted = _filter_of(text)
    return wanted is not None and any(_same(f, wanted) for f in Query.parse(query).filters)


def toggle_clause(query: str, text: str) -> str:
    """``query`` with the filter ``text`` added, or removed when it is there: the Query is edited and
    written back, so the free text keeps its meaning whatever was typed around it."""
    wanted = _filter_of(text)
    q = Query.parse(query)
    if wanted is None:
        return str(q)
    present = [f for f in q.filters if _same(f, wanted)]
    if present:
        return str(q.without_filter(wanted.key, present[0].value))
    return str(q.with_filter(wanted.key, wanted.value, wanted.negated))


def active_clauses(query: str, facets: dict[str, list[tuple[str, int]]]) -> set[tuple[str, str]]:
    """The (facet key, value) pairs whose filter is in the query."""
    filters = Query.parse(query).filters
    out = set()
    for key, rows in facets.items():
        for value, _ in rows:
            wanted = Filter(FACET_FILTER.get(key, "sumber"), value)
            if any(_same(f, wanted) for f in filters):
                out.add((key, value))
    return out


def completions(officials: Iterable[str], history: Iterable[str]) -> list[str]:
    """Completion words: field prefixes, ``pejabat:"Name"`` for every official, and past queries."""
    out = list(FIELD_PREFIXES)
    out += [clause("pejabat", n) for n in officials]
    out += list(history)
    return list(dict.fromkeys(out))


def split_last_word(text: str) -> tuple[str, str]:
    """(head, word being typed); inside an open quote the word runs from its clause's start.

    ``banjir pejabat:"Budi San`` -> (``banjir ``, ``pejabat:"Budi San``).
    """
    if text.count('"') % 2:
        start = text.rfind(" ", 0, text.rfind('"')) + 1
    else:
        start = text.rfind(" ") + 1
    return text[:start], text[start:]
