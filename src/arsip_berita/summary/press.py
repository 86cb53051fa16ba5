"""Press-release cues: the dateline and reporting formulas cut from summary sentences, ceremony cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from arsip_berita.core.resources import load_toml

KINDS = ("dateline", "lead_formula", "formula", "ceremony")
# Kinds whose patterns are anchored openings cut from a summary sentence; matched case-sensitively.
CUT_KINDS = ("dateline", "lead_formula")
# Never cut so much that fewer words than this remain.
MIN_KEPT_WORDS = 4
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Cues:
    dateline: tuple[re.Pattern[str], ...]
    lead_formula: tuple[re.Pattern[str], ...]
    formula: tuple[re.Pattern[str], ...]
    ceremony: tuple[re.Pattern[str], ...]


def _compile(kind: str, pattern: str) -> re.Pattern[str]:
    return re.compile(pattern) if kind in CUT_KINDS else re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = load_toml("summary", "press.toml")
    by_kind: dict[str, list[re.Pattern[str]]] = {k: [] for k in KINDS}
    for rule in data.get("rule", []):
        by_kind[rule["kind"]].append(_compile(rule["kind"], rule["pattern"]))
    return Cues(*(tuple(by_kind[k]) for k in KINDS))


def _prefix_end(patterns: tuple[re.Pattern[str], ...], text: str, start: int, end: int) -> int:
    """Where the text is left after an opening matched by one of ``patterns`` (``start`` if none)."""
    sentence = text[start:end]  # patterns are anchored with ^: match on the sentence itself
    for p in patterns:
        m = p.match(sentence)
        if m and m.end() > 0 and len(_WORD.findall(sentence, m.end())) >= MIN_KEPT_WORDS:
            return start + m.end()
    return start


def dateline_end(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the sentence ``text[start:end]`` goes on after its dateline (``start`` if it has none)."""
    return _prefix_end(cues().dateline, text, start, len(text) if end is None else end)


def formula_end(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the sentence goes on after an opening reporting formula ("Menurutnya, ")."""
    return _prefix_end(cues().lead_formula, text, start, len(text) if end is None else end)


def cut(text: str, start: int, end: int, first: bool) -> tuple[int, int, str]:
    """The summary form of ``text[start:end]``: without its dateline (``first`` sentence only)
    and opening reporting formula; the new start, end and the text (first letter capitalised)."""
    a = dateline_end(text, start, end) if first else start
    a = formula_end(text, a, end)
    shown = text[a:end]
    if a != start and shown[:1].islower():
        shown = shown[0].upper() + shown[1:]
    return a, end, shown


def is_formula(text: str) -> bool:
    """A sentence that reports who said it where ("Hal itu disampaikan Bupati ... saat ...")."""
    return any(p.search(text) for p in cues().formula)


def is_ceremony(text: str) -> bool:
    """A sentence about the opening, attendance or protocol of an event."""
    return any(p.search(text) for p in cues().ceremony)
