"""The free text of a ``Query`` as a tree, for engines that do not parse the query language themselves.

Both engines read ``Query.text`` through this tree: the embedded archive compiles it to Whoosh
queries (index/searching.py), a shared archive to a PostgreSQL ``tsquery`` (server/tsquery.py), and
the search oracle tests (tests/server) check both against a brute-force reading of the same tree
for every query shape. The reading follows Whoosh's own parser (title and body fields):

- ``+word`` and ``-word`` (or ``-"phrase"``) are taken out of their group first: the group matches
  what all ``+`` items match (the others then only add to the score), minus what any ``-`` item
  matches (Whoosh's own parser failed on some of these mixed with operators: "+a AND (+b c)" raised
  NotImplementedError, so both engines now read the text through this module);
- then ``NOT`` binds the next item, explicit ``AND`` binds tighter than ``OR``, and ``OR`` tighter
  than words next to each other, which all must match (any may, in the any-word fallback);
- an item that reads as no word at all (a stop word) drops out; an operator left without an operand
  is ignored.

Atoms keep their raw text: each engine analyses it (``index.analysis.terms``). A word that analyses
to several terms ("Rp19,2") must have all of them in one field; a phrase's terms must be adjacent in
one field; a prefix (``jemb*``) and a fuzzy word (``banjr~``, ``banjr~2``, distance capped at 2, first
letter fixed) are matched against index terms as written (lower-cased by ``Query.parse``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Atom:
    """One search item: ``kind`` is ``word``, ``phrase``, ``prefix`` or ``fuzzy`` (``maxdist`` 1-2)."""

    kind: str
    text: str
    maxdist: int = 0


@dataclass(frozen=True)
class AllOf:
    """Every item matches."""

    items: tuple[Node, ...]


@dataclass(frozen=True)
class AnyOf:
    """At least one item matches."""

    items: tuple[Node, ...]


@dataclass(frozen=True)
class NotOf:
    """The item does not match (every other article does)."""

    item: Node


@dataclass(frozen=True)
class AndMaybe:
    """``required`` matches; ``optional`` only adds to the score (a group with ``+`` items)."""

    required: Node
    optional: Node


@dataclass(frozen=True)
class Excluding:
    """``keep`` matches and ``drop`` does not."""

    keep: Node
    drop: Node


Node = Union[Atom, AllOf, AnyOf, NotOf, AndMaybe, Excluding]

_TOKEN = re.compile(r'[-+]?"[^"]*"|[()]|[^\s()"]+')
_SUFFIX = re.compile(r"^(.+?)(\*|~(\d)?)$")
# What a result says when the text read as no term, or when it fell back to any word (both engines).
STOPWORDS_NOTICE = ("Kata dalam kueri hanya kata umum (mis. 'yang', 'di', 'dan') yang tidak diindeks; "
                    "tambahkan kata yang lebih khusus.")
FALLBACK_NOTICE = ("Tidak ada artikel yang memuat semua kata; ditampilkan artikel yang memuat "
                   "sebagian kata.")
MAX_FUZZY = 2
MAX_DEPTH = 32


def _atom(text: str) -> Atom | None:
    if text.startswith('"'):
        inner = text.strip('"').strip()
        return Atom("phrase", inner) if inner else None
    m = _SUFFIX.match(text)
    if m and m[2] == "*":
        return Atom("prefix", m[1])
    if m:
        return Atom("fuzzy", m[1], min(MAX_FUZZY, int(m[3]) if m[3] else 1))
    return Atom("word", text)


def _items(tokens: list[str], i: int) -> tuple[list[tuple[str, object]], int]:
    """(kind, value) items of one bracket level: ("op", "AND"), ("+", node), ("-", node), ("", node)."""
    out: list[tuple[str, object]] = []
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if tok == ")":
            return out, i
        if tok == "(":
            inner, i = _items(tokens, i)
            out.append(("", inner))
        elif tok in ("AND", "OR", "NOT"):
            out.append(("op", tok))
        else:
            sign = tok[0] if tok[0] in "+-" and len(tok) > 1 else ""
            atom = _atom(tok[len(sign):])
            if atom is not None:
                out.append((sign, atom))
    return out, i


def _build(items: list[tuple[str, object]], any_word: bool, keep: Callable[[Atom], bool]) -> Node | None:
    def node(value: object) -> Node | None:
        if isinstance(value, list):
            return _build(value, any_word, keep)
        assert isinstance(value, Atom)
        return value if keep(value) else None

    required = [n for s, v in items if s == "+" and (n := node(v)) is not None]
    excluded = [n for s, v in items if s == "-" and (n := node(v)) is not None]
    rest: list[object] = [("op", v) if s == "op" else node(v) for s, v in items if s in ("", "op")]

    # NOT binds the next item.
    units: list[object] = []
    pending_not = False
    for r in rest:
        if r == ("op", "NOT"):
            pending_not = True
            continue
        if isinstance(r, tuple):
            pending_not = False
            units.append(r)
            continue
        if pending_not:
            r = NotOf(r) if r is not None else None
            pending_not = False
        units.append(r)
    # Runs joined by explicit operators (AND tighter than OR); runs side by side form the group.
    clauses: list[list[list[Node | None]]] = []  # clause = OR of AND-lists
    joiner: str | None = None
    for u in units:
        if isinstance(u, tuple):
            joiner = u[1] if clauses else None
            continue
        if joiner == "AND" and clauses:
            clauses[-1][-1].append(u)
        elif joiner == "OR" and clauses:
            clauses[-1].append([u])
        else:
            clauses.append([[u]])
        joiner = None

    def conj(nodes: list[Node | None]) -> Node | None:
        kept = [n for n in nodes if n is not None]
        return None if not kept else kept[0] if len(kept) == 1 else AllOf(tuple(kept))

    def disj(nodes: list[Node | None]) -> Node | None:
        kept = [n for n in nodes if n is not None]
        return None if not kept else kept[0] if len(kept) == 1 else AnyOf(tuple(kept))

    body = [disj([conj(a) for a in clause]) for clause in clauses]
    group = disj(body) if any_word else conj(body)
    if required:
        must = conj(list(required))
        group = AndMaybe(must, group) if group is not None and must is not None else must  # type: ignore[arg-type]
    if group is not None and excluded:
        group = Excluding(group, disj(list(excluded)))  # type: ignore[arg-type]
    elif excluded:  # "-desa" alone: every article without it (Whoosh's parser matched nothing)
        group = NotOf(disj(list(excluded)))  # type: ignore[arg-type]
    return group


def parse_text(text: str, *, any_word: bool = False, keep: Callable[[Atom], bool] = lambda a: True) -> Node | None:
    """The tree of ``Query.text`` (None when nothing searchable is left).

    ``keep(atom)`` says whether an atom searches anything (an engine drops stop-word atoms with it,
    as Whoosh's parser drops a word its analyzer yields no term for). ``any_word`` joins the words
    of a group with OR (the fallback when no article has them all).
    """
    items, _ = _items(_flatten_deep(_TOKEN.findall(text or "")), 0)
    return _build(items, any_word, keep)


def _flatten_deep(tokens: list[str]) -> list[str]:
    """Brackets nested deeper than MAX_DEPTH are dropped (their contents stay): "((((x))))" is x."""
    out: list[str] = []
    depth = 0
    for tok in tokens:
        if tok == "(":
            depth += 1
            if depth > MAX_DEPTH:
                continue
        elif tok == ")":
            depth -= 1
            if depth >= MAX_DEPTH:
                continue
        out.append(tok)
    return out


# --- rewriting the text before it is read (both engines) --------------------------------------

def outside_quotes(text: str, rewrite: Callable[[str], str]) -> str:
    """``text`` with ``rewrite`` applied to every part that is not a quoted phrase."""
    return "".join(p if p.startswith('"') else rewrite(p) for p in re.split(r'("[^"]*")', text))


def expand_acronyms(text: str, expansions: Callable[[str], list[str]] | None) -> str:
    """Rewrite bare words that are known acronyms as ``(word OR "full name")``."""
    if not expansions or not text:
        return text

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        fulls = [f for f in expansions(word) if '"' not in f]
        if not fulls or word in ("AND", "OR", "NOT"):
            return word
        return "(" + " OR ".join([word] + [f'"{f}"' for f in fulls]) + ")"

    return outside_quotes(text, lambda part: re.sub(r"(?<![-\w*~])[A-Za-z][\w]*(?![\w*~])", repl, part))


_HYPHENATED = re.compile(r'(?<![\w"*~])([-+]?)(\w+(?:-\w+)+)(?![\w"*~])')


def protect_hyphens(text: str) -> str:
    """Quote hyphenated words ("undang-undang", "covid-19") so no engine reads a minus inside them.

    The analyzer keeps such a word as one token, so the quoted form is a single term; a leading
    minus ("-covid-19") still excludes it.
    """
    return outside_quotes(text, lambda part: _HYPHENATED.sub(r'\1"\2"', part))


def prepare_text(text: str, expansions: Callable[[str], list[str]] | None) -> str:
    """What both engines read: hyphenated words quoted, then acronyms expanded."""
    return expand_acronyms(protect_hyphens(text), expansions)


def may_fall_back(text: str, words: list[str]) -> bool:
    """True when an empty all-words result may be retried with any word (no operators or marks)."""
    return len(words) > 1 and not re.search(r"\b(OR|NOT)\b|(^|\s)[-+]|[~*]", text)
