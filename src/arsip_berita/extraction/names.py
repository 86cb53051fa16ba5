"""Capitalised runs read as persons (with positions), organisations, venues, or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from arsip_berita.extraction.lexicon import Lexicon
from arsip_berita.extraction.spans import GUESS, LEXICON, STRUCTURE, Cand, cand
from arsip_berita.extraction.tokens import Token, cap_runs

CONNECTORS = frozenset({"dan", "bin", "binti", "van", "der", "de", "al", "el", "da"})
MAX_NAME = 4


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """Indonesian root words (shipped with PySastrawi)."""
    data = resources.files("Sastrawi").joinpath("Stemmer", "data", "kata-dasar.txt").read_text("utf-8")
    return frozenset(w.strip() for w in data.split() if w.strip())


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=65536)
def derived(word: str) -> bool:
    """An affixed common word ('Kemiskinan', 'Penanggulangan'): names are rarely built so."""
    low = word.lower()
    if len(low) < 6 or not low.isalpha():
        return False
    stem = _stemmer().stem(low)
    return stem != low and len(stem) >= 3 and stem in dictionary()


@dataclass
class Context:
    """What the run reader knows about the text beyond the run itself."""

    text: str
    lex: Lexicon
    abbrevs: frozenset[str]
    places: list[tuple[int, int]] = field(default_factory=list)
    orgs: list[tuple[int, int]] = field(default_factory=list)
    lower_words: frozenset[str] = frozenset()

    def covered(self, tok: Token, spans: list[tuple[int, int]]) -> bool:
        return any(s <= tok.start and tok.end <= e for s, e in spans)


def head_len(run: list[Token], heads: frozenset[str]) -> int:
    """How many leading tokens of ``run`` spell one of ``heads`` (longest first)."""
    for k in range(min(4, len(run)), 0, -1):
        phrase = " ".join(t.text for t in run[:k])
        if phrase in heads or f"{phrase}." in heads:
            return k
    return 0


def position_len(run: list[Token], lex: Lexicon) -> int:
    """Leading tokens that open a position: acting prefixes, then a position head."""
    n = head_len(run, lex.position_heads)
    if n:
        rest = head_len(run[n:], lex.position_heads)
        return n + rest
    return 0


def namey(tok: Token, ctx: Context) -> bool:
    """A token that can be part of a person's name."""
    t, lex = tok.text, ctx.lex
    if len(t) == 1:
        return t.isupper()
    if not tok.cap or tok.caps or any(ch.isdigit() for ch in t):
        return False
    if t in lex.function_words or t in lex.not_entities or t in lex.org_heads or t in lex.venue_heads:
        return False
    low = t.lower()
    if low in lex.agency_vocab or t in lex.position_heads or t in lex.agencies:
        return False
    if ctx.covered(tok, ctx.places) or ctx.covered(tok, ctx.orgs):
        return False
    return not derived(t)


def _name_suffix(run: list[Token], start: int, ctx: Context) -> int:
    """Index where the trailing name of ``run`` begins (== len(run) when there is none)."""
    i = len(run)
    while i > start and namey(run[i - 1], ctx) and len(run) - i < MAX_NAME:
        i -= 1
    while i < len(run) and (len(run[i].text) == 1 or run[i].text in CONNECTORS):
        i += 1  # a name does not start with an initial or a connector
    return i


def _strip_prefixes(run: list[Token], ctx: Context) -> list[Token]:
    lex = ctx.lex
    while run and (run[0].text in lex.person_prefixes or run[0].text in lex.honorific_prefixes
                   or f"{run[0].text}." in lex.honorific_prefixes):
        run = run[1:]
    while run and run[0].initial and (run[0].text in lex.function_words or run[0].text in lex.not_entities
                                      or derived(run[0].text)):
        run = run[1:]
    return run


def credible_person(name: list[Token], ctx: Context, cue: bool) -> bool:
    """Enough evidence that a sequence of name-like tokens is a person."""
    if not name or not all(namey(t, ctx) or t.text in CONNECTORS for t in name):
        return False
    tok = name[0]
    low = tok.text.lower()
    if len(name) >= 2:
        return True
    if cue:
        return low not in dictionary()
    if tok.initial:
        return low not in dictionary() and low not in ctx.lower_words
    return low not in ctx.lower_words


def person(ctx: Context, name: list[Token], position: str | None, priority: int) -> Cand:
    start, end = name[0].start, name[-1].end
    return cand(ctx.text, "PERSON", start, end, priority, position=position, role="official" if position else None)


@dataclass
class RunReading:
    """The reading of one run: entities, and a position left without a name (for 'Jabatan, Nama')."""

    cands: list[Cand]
    open_position: str | None = None
    person_without_position: Cand | None = None


def read_run(run: list[Token], ctx: Context) -> RunReading:
    lex, text = ctx.lex, ctx.text
    prefix_cue = run[0].text in lex.person_prefixes
    run = _strip_prefixes(run, ctx)
    if not run:
        return RunReading([])
    plen = position_len(run, lex)
    if plen:
        i = _name_suffix(run, plen, ctx)
        pos_text = text[run[0].start:run[i - 1].end] if i > 0 else None
        if i < len(run) and credible_person(run[i:], ctx, cue=True):
            return RunReading([person(ctx, run[i:], pos_text, STRUCTURE)])
        return RunReading([], open_position=text[run[0].start:run[-1].end])
    first = run[0].text
    if head_len(run, lex.org_heads) and len(run) > 1:
        return RunReading([cand(text, "ORGANIZATION", run[0].start, run[-1].end, LEXICON - 1)])
    venue_at = next((k for k, t in enumerate(run) if t.text in lex.venue_heads), None)
    if venue_at is not None and len(run) > 1 and not (venue_at == len(run) - 1 and venue_at == 0):
        return RunReading([cand(text, "LOCATION", run[0].start, run[-1].end, LEXICON, role="venue")])
    if len(run) == 1 and run[0].caps and first not in lex.not_orgs and first not in lex.not_entities:
        if len(first) <= 6 and first.isalpha() and not ctx.covered(run[0], ctx.places):
            return RunReading([cand(text, "ORGANIZATION", run[0].start, run[0].end, GUESS)])
    if credible_person(run, ctx, cue=prefix_cue):
        c = person(ctx, run, None, GUESS + 1 if prefix_cue else GUESS)
        return RunReading([c], person_without_position=c)
    return RunReading([])


def _split(run: list[Token], ctx: Context) -> list[list[Token]]:
    """Split a run at 'dan' when a new position starts after it ('Kepala X Nama dan Kepala Y Nama')."""
    parts, cur = [], []
    for k, tok in enumerate(run):
        if tok.text == "dan" and cur and position_len(run[k + 1:], ctx.lex):
            parts.append(cur)
            cur = []
            continue
        cur.append(tok)
    return parts + [cur] if cur else parts


def read_runs(tokens: list[Token], ctx: Context) -> list[Cand]:
    """Read every capitalised run; link 'Jabatan, Nama' and 'Nama, Jabatan' / 'Nama selaku Jabatan'."""
    out: list[Cand] = []
    runs = [part for run in cap_runs(ctx.text, tokens, ctx.abbrevs, CONNECTORS) for part in _split(run, ctx)]
    readings = [read_run(r, ctx) for r in runs]
    for k, (run, reading) in enumerate(zip(runs, readings)):
        out += reading.cands
        if k + 1 >= len(runs):
            continue
        nxt, nread = runs[k + 1], readings[k + 1]
        gap = ctx.text[run[-1].end:nxt[0].start]
        if reading.open_position and gap.strip() == "," and nread.person_without_position:
            nread.person_without_position.position = reading.open_position
            nread.person_without_position.priority = STRUCTURE
            nread.person_without_position.role = "official"
        elif (reading.person_without_position and nread.open_position
              and (gap.strip() == "," or gap.strip() == "selaku")):
            reading.person_without_position.position = nread.open_position
            reading.person_without_position.priority = STRUCTURE
            reading.person_without_position.role = "official"
    return out


def check_word_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/words.toml: runs the whole extraction."""
    from arsip_berita.extraction.pipeline import extract

    result = extract(example["text"])
    if "speaker" in example:
        speakers = [q.speaker for q in result.quotes]
        assert example["speaker"] in speakers, f"speaker {example['speaker']!r} not in {speakers}"
        return
    persons = [e.text for e in result.entities if e.type == "PERSON"]
    assert persons == example["persons"], f"{persons} != {example['persons']}"
