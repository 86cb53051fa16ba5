"""The Indonesian analyzer, applied identically at index and query time.

Tokens: numbers keep their separators ("5,17", "145.630"); words keep inner hyphens ("hak-hak").
Then lower-casing, a short stop list, and PySastrawi stemming (core.stemming, cached), so "miskin"
finds "kemiskinan". Classes live at module level because Whoosh pickles them into the schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Token, Tokenizer

from arsip_berita.core.resources import resource_path
from arsip_berita.core.stemming import WORD_RE, stem

@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = resource_path("search", "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


class IndonesianTokenizer(Tokenizer):
    """Tokenize, lower-case, drop stop words and stem in one pass (one generator, not four).

    Positions count kept tokens only, as Whoosh's StopFilter(renumber=True) would, so a phrase
    with a stop word in it matches the same text at index and at query time.
    """

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IndonesianTokenizer)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs: Any) -> Iterator[Any]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        stops = stopwords()
        pos = start_pos
        for m in WORD_RE.finditer(value):
            word = m.group(0).lower()
            stopped = word in stops
            if stopped and removestops:
                continue
            t.stopped = stopped
            t.boost = 1.0
            if keeporiginal:
                t.original = m.group(0)
            t.text = word if stopped else stem(word)
            if positions:
                t.pos = pos
                pos += 1
            if chars:
                t.startchar, t.endchar = start_char + m.start(), start_char + m.end()
            yield t


def indonesian_analyzer() -> Any:
    return IndonesianTokenizer()


@lru_cache(maxsize=1)
def frequent_stems() -> frozenset[str]:
    """Stems of the words listed in resources/search/frequent_words.txt."""
    lines = resource_path("search", "frequent_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(stem(ln.strip()) for ln in lines if ln.strip() and not ln.startswith("#"))


def terms(text: str) -> list[str]:
    """The index terms of ``text`` in order (what the tokenizer yields), as plain strings.

    Import workers compute these so the single index writer does not analyse text itself.
    """
    stops = stopwords()
    out = []
    for m in WORD_RE.finditer(text):
        word = m.group(0).lower()
        if word not in stops:
            out.append(stem(word))
    return out


def frequent_pairs(stems: list[str]) -> list[str]:
    """Adjacent pairs of frequent stems ("perintah_daerah") for the body_bi keyword field."""
    frequent = frequent_stems()
    pairs: dict[str, None] = {}
    for first, second in zip(stems, stems[1:]):
        if first in frequent and second in frequent:
            pairs[f"{first}_{second}"] = None
    return list(pairs)


@lru_cache(maxsize=1)
def known_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word names worth one index term each, by their first stem.

    Agency full names and the full forms of resources/search/acronyms.toml (the targets of
    acronym expansion: "kpk" also searches "Komisi Pemberantasan Korupsi"), and province names. A phrase query made of
    frequent words is slow in Whoosh; a phrase listed here is answered from one ``names`` term.
    """
    from arsip_berita.language.lexicon import load_lexicon
    from arsip_berita.language.glossary import curated

    lex = load_lexicon()
    names = {*lex.agencies.keys(), *lex.agencies.values(), *curated().values(), *lex.province_aliases.values()}
    table: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        stems = tuple(terms(name))
        if len(stems) >= 2:
            table.setdefault(stems[0], set()).add(stems)
    return {first: tuple(sorted(seqs, key=len, reverse=True)) for first, seqs in table.items()}


def phrase_key(stems: tuple[str, ...] | list[str]) -> str | None:
    """The ``names`` term of a stem sequence ("komisi_berantas_korupsi"), or None if not listed."""
    seq = tuple(stems)
    if len(seq) >= 2 and seq in known_phrases().get(seq[0], ()):
        return "_".join(seq)
    return None


def phrase_terms(stems: list[str]) -> list[str]:
    """The ``names`` terms of every listed name occurring in ``stems`` (overlaps included)."""
    table = known_phrases()
    found: dict[str, None] = {}
    for i, stem_ in enumerate(stems):
        for seq in table.get(stem_, ()):
            if tuple(stems[i:i + len(seq)]) == seq:
                found["_".join(seq)] = None
    return list(found)


def phrases_digest() -> str:
    """Changes whenever the list of names changes, so an index built with another list is rebuilt."""
    import hashlib

    listed = sorted("_".join(seq) for seqs in known_phrases().values() for seq in seqs)
    return hashlib.sha1("\n".join(listed).encode("utf-8")).hexdigest()[:16]


def analyze(text: str) -> list[str]:
    """The index terms of ``text``, as the index sees them."""
    return terms(text)


def searchable(atom: Any) -> bool:
    """Whether a ``core.querytree.Atom`` searches anything: a word or phrase of stop words only does
    not (both engines drop it, as Whoosh's parser dropped a word its analyzer yields no term for)."""
    return atom.kind in ("prefix", "fuzzy") or bool(analyze(atom.text))


def has_terms(text: str, words: list[str]) -> bool:
    """False when every word of a query's free text is a stop word (or there are no words)."""
    import re

    return any(analyze(w) for w in words) or bool(re.search(r"[*~]", text))
