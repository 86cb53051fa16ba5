"""Our analysed text as PostgreSQL ``tsvector`` values, and the query tree as a ``tsquery``.

The vector holds the terms of ``index.analysis`` (stems of our Indonesian analyzer; PostgreSQL's
own dictionaries are never used), with positions: the title first (weight A), then after a gap
the body and release header (weight D), so a phrase never joins the end of the title to the start
of the body. A word that analyses to several terms must have them all in one field: the compiled
form asks for them with both weights, ``('rp':A & '19,2':A) | ('rp':D & '19,2':D)``.

PostgreSQL's limits (documentation, "Text Search Types"): a position above 16,383 is stored as
16,383 and at most 256 positions are kept per term. Words past the 16,383rd of a very long release
are still found, but a phrase there is not; see docs/scaling.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from arsip_berita.core.querytree import AllOf, AndMaybe, AnyOf, Atom, Excluding, Node, NotOf

MAX_POSITION = 16383
MAX_POSITIONS_PER_TERM = 256
TITLE_WEIGHT, BODY_WEIGHT = "A", "D"
# A lexeme no text has (our terms are word characters): a fuzzy word with no candidate matches nothing
# (it is not dropped like a stop word, so "NOT banjr~" still matches every article).
NEVER = "'\u2205never\u2205'"


def quote(term: str) -> str:
    """A term as a quoted tsvector/tsquery lexeme (taken as written, never normalised)."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def to_tsvector(fields: Iterable[tuple[list[str], str]]) -> str:
    """The tsvector literal of ``(terms, weight)`` fields in order, a one-position gap between fields."""
    positions: dict[str, list[str]] = {}
    pos = 0
    for terms, weight in fields:
        label = "" if weight == "D" else weight
        for term in terms:
            pos += 1
            held = positions.setdefault(term, [])
            if len(held) < MAX_POSITIONS_PER_TERM:
                held.append(f"{min(pos, MAX_POSITION)}{label}")
        pos += 1
    return " ".join(f"{quote(t)}:{','.join(p)}" for t, p in positions.items())


def plain_tsvector(terms: list[str]) -> str:
    """A single-field vector (positions 1..n), for the jabatan/indikator/sumber filter fields."""
    return to_tsvector([(terms, "D")])


def compile_tree(node: Node, analyze: Callable[[str], list[str]],
                 fuzzy: Callable[[str, int], list[str]]) -> str | None:
    """The tsquery text of a ``core.querytree`` tree; None when it can match nothing.

    ``analyze`` gives a word's index terms; ``fuzzy(text, maxdist)`` the index terms within that
    Levenshtein distance sharing the first letter (as Whoosh's FuzzyTerm with prefix length 1).
    """
    if isinstance(node, Atom):
        if node.kind == "prefix":
            return f"{quote(node.text)}:*"
        if node.kind == "fuzzy":
            found = fuzzy(node.text, node.maxdist)
            return "(" + " | ".join(quote(t) for t in found) + ")" if found else NEVER
        stems = analyze(node.text)
        if not stems:
            return None
        if len(stems) == 1:
            return quote(stems[0])
        if node.kind == "phrase":
            return "(" + " <-> ".join(quote(s) for s in stems) + ")"
        per_field = [" & ".join(f"{quote(s)}:{w}" for s in stems) for w in (TITLE_WEIGHT, BODY_WEIGHT)]
        return "((" + ") | (".join(per_field) + "))"
    if isinstance(node, (AllOf, AnyOf)):
        parts = [p for p in (compile_tree(n, analyze, fuzzy) for n in node.items) if p is not None]
        if not parts:
            return None
        joiner = " & " if isinstance(node, AllOf) else " | "
        return parts[0] if len(parts) == 1 else "(" + joiner.join(parts) + ")"
    if isinstance(node, NotOf):
        inner = compile_tree(node.item, analyze, fuzzy)
        return f"!{inner}" if inner is not None else None
    if isinstance(node, AndMaybe):
        return compile_tree(node.required, analyze, fuzzy)
    if isinstance(node, Excluding):
        keep = compile_tree(node.keep, analyze, fuzzy)
        drop = compile_tree(node.drop, analyze, fuzzy)
        if keep is None:
            return None
        return keep if drop is None else f"({keep} & !{drop})"
    raise TypeError(f"unknown query node {node!r}")
