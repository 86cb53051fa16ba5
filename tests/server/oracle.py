"""A brute-force reading of the query language over analysed texts: the oracle both engines must equal.

Each document is its title terms and body terms (``index.analysis.terms``); the query text is read
by ``core.querytree`` and every atom is checked by scanning those lists, never through an engine.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from arsip_berita.core.query import Query
from arsip_berita.core.querytree import AllOf, AndMaybe, AnyOf, Atom, Excluding, Node, NotOf, may_fall_back, parse_text, prepare_text
from arsip_berita.index.analysis import terms

Doc = tuple[list[str], list[str]]  # (title terms, body terms)


def _contains(seq: Sequence[str], part: Sequence[str]) -> bool:
    n = len(part)
    return any(list(seq[i:i + n]) == list(part) for i in range(len(seq) - n + 1))


def _keep(atom: Atom) -> bool:
    return atom.kind in ("prefix", "fuzzy") or bool(terms(atom.text))


def matches(node: Node, doc: Doc) -> bool:
    title, body = doc
    if isinstance(node, Atom):
        if node.kind == "prefix":
            return any(t.startswith(node.text) for t in (*title, *body))
        if node.kind == "fuzzy":
            return any(t[:1] == node.text[:1] and Levenshtein.distance(t, node.text) <= node.maxdist for t in (*title, *body))
        stems = terms(node.text)
        if node.kind == "phrase" and len(stems) > 1:
            return _contains(title, stems) or _contains(body, stems)
        return all(s in title for s in stems) or all(s in body for s in stems)
    if isinstance(node, AllOf):
        return all(matches(n, doc) for n in node.items)
    if isinstance(node, AnyOf):
        return any(matches(n, doc) for n in node.items)
    if isinstance(node, NotOf):
        return not matches(node.item, doc)
    if isinstance(node, AndMaybe):
        return matches(node.required, doc)
    if isinstance(node, Excluding):
        return matches(node.keep, doc) and not matches(node.drop, doc)
    raise TypeError(node)


def expected_ids(query: Query, docs: dict[int, Doc], expansions=None) -> set[int]:
    """The ids the free text of ``query`` matches (filters are not read here), with the any-word fallback."""
    text = prepare_text(query.text, expansions)
    tree = parse_text(text, keep=_keep)
    found = {i for i, d in docs.items() if tree is not None and matches(tree, d)}
    if not found and may_fall_back(query.text, query.words):
        tree = parse_text(text, any_word=True, keep=_keep)
        found = {i for i, d in docs.items() if tree is not None and matches(tree, d)}
    return found


SIGNS = ["", "", "", "", "-", "+"]
WORDS = ["banjir", "jalan", "desa", "bupati", "anggaran", "sekolah", "rumah", "sakit", "pasar",
         "harga", "beras", "petani", "sungai", "jembatan", "warga", "dinas", "kemiskinan", "miskin"]


def generated_texts(n: int, seed: int) -> list[tuple[str, str]]:
    """(title, body) pairs from a small vocabulary, with repeated phrases, stop words and numbers."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        words = [rnd.choice(WORDS) for _ in range(rnd.randint(3, 12))]
        if i % 7 == 0:
            words.insert(rnd.randint(0, len(words)), "harga beras petani")
        if i % 11 == 0:
            words.insert(rnd.randint(0, len(words)), "rumah sakit yang di jalan desa")
        if i % 13 == 0:
            words.insert(rnd.randint(0, len(words)), "Rp19,2 miliar")
        if i % 5 == 0:
            words.insert(rnd.randint(0, len(words)), "undang-undang")
        title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 4)))
        out.append((title.capitalize(), " ".join(words)))
    return out


def random_queries(n: int, seed: int) -> list[str]:
    """Typed queries of every shape: words, phrases, OR/AND/NOT, brackets, +/-, prefix*, fuzzy~, stop words."""
    rnd = random.Random(seed)
    typos = ["banjr", "jalam", "sekolha", "pasra", "desaa", "jembtan"]
    atoms = WORDS + ["yang", "di", "Rp19,2", "undang-undang", "Banjir", "RUMAH"]

    def atom() -> str:
        r = rnd.random()
        if r < 0.55:
            return rnd.choice(atoms)
        if r < 0.7:
            return '"' + " ".join(rnd.choice(WORDS + ["yang"]) for _ in range(rnd.randint(2, 3))) + '"'
        if r < 0.8:
            return rnd.choice(WORDS)[:rnd.randint(2, 5)] + "*"
        if r < 0.9:
            return rnd.choice(typos) + rnd.choice(["~", "~", "~2"])
        return '"' + rnd.choice(["harga beras", "rumah sakit", "jalan desa", "beras petani", "harga beras petani"]) + '"'

    def expr(depth: int) -> str:
        parts = []
        for k in range(rnd.randint(1, 4)):
            if k:
                parts.append(rnd.choice(["", "", "", "OR", "AND", "NOT"]))
            sign = rnd.choice(SIGNS)
            if depth < 2 and rnd.random() < 0.2:
                parts.append("(" + expr(depth + 1) + ")")
            else:
                parts.append(sign + atom())
        return " ".join(p for p in parts if p)

    return [expr(0) for _ in range(n)]
