"""Pure helpers that edit the query text: facet clauses, toggling a filter, field-prefix completion."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Facet key of SearchResult.facets -> the query-language field that filters by it.
FACET_FIELDS = {
    "official_f": "pejabat", "org_f": "instansi", "province_f": "tempat", "regency_f": "tempat",
    "year": "tanggal", "month": "tanggal", "source_f": "sumber",
}
FIELD_PREFIXES = ("pejabat:", "jabatan:", "instansi:", "tempat:", "tanggal:", "sumber:", "indikator:",
                  "official:", "position:", "org:", "place:", "date:", "source:", "indicator:")


def clause(field: str, value: str) -> str:
    """``field:value``, quoted when the value has spaces or punctuation."""
    value = value.replace('"', "").strip()
    if re.fullmatch(r"[\w.\-]+", value):
        return f"{field}:{value}"
    return f'{field}:"{value}"'


def facet_clause(facet_key: str, value: str) -> str:
    return clause(FACET_FIELDS.get(facet_key, "sumber"), value)


def _clause_pattern(text: str) -> re.Pattern[str]:
    field, _, value = text.partition(":")
    value = value.strip('"')
    return re.compile(r'(?<!\S)' + re.escape(field) + r':(?:"' + re.escape(value) + r'"|'
                      + re.escape(value) + r')(?!\S)', re.IGNORECASE)


def has_clause(query: str, text: str) -> bool:
    return _clause_pattern(text).search(query) is not None


def toggle_clause(query: str, text: str) -> str:
    """Add the filter ``text`` to ``query``, or remove it when it is already there."""
    pattern = _clause_pattern(text)
    if pattern.search(query):
        return re.sub(r"\s+", " ", pattern.sub(" ", query)).strip()
    return f"{query.strip()} {text}".strip()


def active_clauses(query: str, facets: dict[str, list[tuple[str, int]]]) -> set[tuple[str, str]]:
    """The (facet key, value) pairs whose clause is in the query."""
    return {(key, value) for key, rows in facets.items() for value, _ in rows
            if has_clause(query, facet_clause(key, value))}


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
