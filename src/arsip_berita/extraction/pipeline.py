"""The extraction pipeline: ordered pure steps, overlaps resolved once, results assembled."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache

from arsip_berita.core.model import Entity, Extraction, Statistic
from arsip_berita.extraction.dates import find_dates
from arsip_berita.language.lexicon import Lexicon, load_lexicon
from arsip_berita.extraction.names import Context, propagate_lists, read_runs
from arsip_berita.extraction.officials import build_officials, find_degrees, resolve_short_mentions
from arsip_berita.language.names import split_honorifics
from arsip_berita.extraction.organizations import find_acronym_uses, find_agencies, learn_acronyms
from arsip_berita.extraction.places import find_dateline, find_places
from arsip_berita.extraction.quotes import find_quotes
from arsip_berita.extraction.spans import WORD, Cand, resolve
from arsip_berita.extraction.statistics import find_statistics, merge_repeats
from arsip_berita.extraction.tokens import tokenize
from arsip_berita.extraction.windows import WINDOW, split_windows

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


@dataclass
class _Window:
    """One window's reading, with offsets local to its own text."""

    offset: int
    text: str
    kept: list[Cand]
    persons: list[Cand]
    acronyms: dict[str, str]


def _read_window(text: str, offset: int, lex: Lexicon, published: dt.date | None,
                 known: dict[str, str], lower_words: frozenset[str]) -> _Window:
    """Entities of one window; ``known`` are the acronyms defined in earlier windows."""
    abbrevs = _abbrevs()
    acronyms, acro_spans = learn_acronyms(text, lex)
    dates = find_dates(text, lex, published)
    places = find_places(text, lex) + (find_dateline(text, lex) if offset == 0 else [])
    agencies = find_agencies(text, lex) + find_acronym_uses(text, {**known, **acronyms}, lex)
    ctx = Context(text, lex, abbrevs,
                  places=[(p.start, p.end) for p in places],
                  orgs=[(o.start, o.end) for o in agencies + acro_spans],
                  lower_words=lower_words)
    runs = read_runs(tokenize(text, abbrevs), ctx)
    kept = resolve(acro_spans + dates + places + agencies + runs + find_degrees(text, lex))
    propagate_lists(text, [c for c in kept if c.type != "BLOCK" and c.type != "DATE"])
    persons = [_honorifics(text, c, lex) for c in kept if c.type == "PERSON"]
    return _Window(offset, text, kept, persons, acronyms)


def _shift(item: Statistic, offset: int) -> Statistic:
    return replace(item, start=item.start + offset, end=item.end + offset) if offset else item


def _moved(c: Cand, offset: int) -> Cand:
    """A copy of ``c`` at its place in the whole text (a shallow copy is enough: only offsets move)."""
    if not offset:
        return c
    moved = copy.copy(c)
    moved.start += offset
    moved.end += offset
    return moved


def extract(text: str, *, title: str | None = None, published: dt.date | None = None,
            window: int = WINDOW) -> Extraction:
    """Read one article. Offsets refer to ``text``; the title is used only for context.

    A text longer than ``window`` characters is read window by window (cut at paragraph or sentence
    ends), so the cost stays linear whatever the text; persons, officials and acronyms are merged
    across the windows.
    """
    if not isinstance(text, str) or not text.strip():
        return Extraction()
    text = text[:MAX_CHARS]
    lex = load_lexicon()
    lower_words = _lower_words(text)
    known: dict[str, str] = {}
    parts: list[_Window] = []
    for start, end in split_windows(text, window):
        part = _read_window(text[start:end], start, lex, published, known, lower_words)
        known.update(part.acronyms)
        parts.append(part)
    persons = [p for part in parts for p in part.persons]
    resolve_short_mentions(persons)  # 'Leonard' in a later window is still Leonard S. Ampung
    entities: list[Entity] = []
    stats: list[Statistic] = []
    event = None
    for part in parts:
        wtext, kept = part.text, part.kept
        entities += [_with_parentheses(wtext, c).to_entity(part.offset) for c in kept if c.type != "BLOCK"]
        resolved_dates = [c for c in kept if c.type == "DATE"]
        stats += [_shift(st, part.offset) for st in find_statistics(
            wtext, lex, resolved_dates, [c for c in kept if c.type == "LOCATION"],
            [c for c in kept if c.type == "ORGANIZATION"], known, title=title)]
        event = event or next((c.date.iso for c in resolved_dates if c.date and c.date.granularity == "day"
                               and not c.date.iso.startswith("--")), None)
    # quotes over the whole text (a quote may straddle a cut; the search is linear): its speaker
    # can be a person of an earlier window
    speakers = [_moved(p, part.offset) for part in parts for p in part.persons]
    quotes = find_quotes(text, lex, speakers)
    return Extraction(entities=tuple(entities), statistics=tuple(merge_repeats(stats)), quotes=tuple(quotes),
                      officials=build_officials(persons), acronyms=known, event_date=event)
