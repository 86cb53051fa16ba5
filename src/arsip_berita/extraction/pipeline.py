"""The extraction pipeline: ordered pure steps, overlaps resolved once, results assembled."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

from arsip_berita.core.model import Extraction
from arsip_berita.extraction.dates import find_dates
from arsip_berita.extraction.lexicon import Lexicon, load_lexicon
from arsip_berita.extraction.names import Context, propagate_lists, read_runs
from arsip_berita.extraction.officials import (build_officials, find_degrees, resolve_short_mentions,
                                               split_honorifics)
from arsip_berita.extraction.organizations import find_acronym_uses, find_agencies, learn_acronyms
from arsip_berita.extraction.places import find_dateline, find_places
from arsip_berita.extraction.quotes import find_quotes
from arsip_berita.extraction.spans import WORD, Cand, resolve
from arsip_berita.extraction.statistics import find_statistics
from arsip_berita.extraction.tokens import tokenize

MAX_CHARS = 2_000_000  # beyond this only the start is read: a release is never this long


@lru_cache(maxsize=1)
def _abbrevs() -> frozenset[str]:
    lex = load_lexicon()
    extra = {"Prov.", "Kab.", "Kec.", "Kel.", "Jl.", "No.", "Sdr.", "St.", "Pj.", "Plt.", "Plh.", "Dra."}
    return frozenset(lex.honorific_prefixes | lex.degree_suffixes | extra)


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(w for w in WORD.findall(text) if w.islower())


def _honorifics(text: str, c: Cand, lex: Lexicon) -> Cand:
    """Attach honorifics written just before and degrees just after a person's name."""
    before = text[max(0, c.start - 30):c.start].split()
    prefixes = []
    while before and (before[-1] in lex.honorific_prefixes):
        prefixes.insert(0, before.pop())
    _, degrees = split_honorifics("x" + text[c.end:c.end + 60].split("\n")[0], lex)
    c.honorifics = tuple(prefixes) + degrees
    return c


def _with_parentheses(text: str, c: Cand) -> Cand:
    """A name written alone in parentheses ('(Nigeria)', '(Jokowi)') spans them, as news annotation
    does; the canonical form stays bare."""
    if c.type in ("PERSON", "ORGANIZATION", "LOCATION") and c.start > 0 and text[c.start - 1] == "(" \
            and text[c.end:c.end + 1] == ")":
        return replace(c, start=c.start - 1, end=c.end + 1, text=text[c.start - 1:c.end + 1])
    return c


def extract(text: str, *, title: str | None = None, published: dt.date | None = None) -> Extraction:
    """Read one article. Offsets refer to ``text``; the title is used only for context."""
    if not isinstance(text, str) or not text.strip():
        return Extraction()
    text = text[:MAX_CHARS]
    lex = load_lexicon()
    abbrevs = _abbrevs()
    acronyms, acro_spans = learn_acronyms(text, lex)
    dates = find_dates(text, lex, published)
    places = find_places(text, lex) + find_dateline(text, lex)
    agencies = find_agencies(text, lex) + find_acronym_uses(text, acronyms, lex)
    ctx = Context(text, lex, abbrevs,
                  places=[(p.start, p.end) for p in places],
                  orgs=[(o.start, o.end) for o in agencies + acro_spans],
                  lower_words=_lower_words(text))
    runs = read_runs(tokenize(text, abbrevs), ctx)
    kept = resolve(acro_spans + dates + places + agencies + runs + find_degrees(text, lex))
    propagate_lists(text, [c for c in kept if c.type != "BLOCK" and c.type != "DATE"])
    persons = [_honorifics(text, c, lex) for c in kept if c.type == "PERSON"]
    resolve_short_mentions(persons)
    entities = tuple(_with_parentheses(text, c).to_entity() for c in kept if c.type != "BLOCK")
    resolved_dates = [c for c in kept if c.type == "DATE"]
    stats = find_statistics(text, lex, resolved_dates,
                            [c for c in kept if c.type == "LOCATION"],
                            [c for c in kept if c.type == "ORGANIZATION"], acronyms)
    event = next((c.date.iso for c in resolved_dates if c.date and c.date.granularity == "day"
                  and not c.date.iso.startswith("--")), None)
    return Extraction(entities=entities, statistics=tuple(stats),
                      quotes=tuple(find_quotes(text, lex, persons)),
                      officials=build_officials(persons), acronyms=acronyms, event_date=event)
