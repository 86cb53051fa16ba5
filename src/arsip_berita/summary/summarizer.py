"""Extractive Indonesian summary: the lead, the key figure and the key statement, in document order."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from arsip_berita.core.model import Extraction, Summary
from arsip_berita.core.resources import load_toml
from arsip_berita.summary.splitter import split_spans

_WORD = re.compile(r"[^\W_]+")
# Shorter "sentences" are headings, captions or fragments left by the splitter.
MIN_WORDS = 5
# Sentences sharing more than this share of their content words with a chosen one add nothing.
MAX_OVERLAP = 0.6
# On plain text, the key-figure sentence is looked for in this leading share of the sentences.
PLAIN_FIGURE_REACH = 0.4
KINDS = ("boilerplate", "statement", "figure", "change")


@dataclass(frozen=True)
class Weights:
    """Feature weights of the sentence score (position dominates: news puts the event first)."""

    position: float = 1.0
    centrality: float = 0.3
    title: float = 0.5
    figure: float = 0.1
    statement: float = 0.05
    decay: float = 0.35


@dataclass(frozen=True)
class _Language:
    stopwords: frozenset[str]
    boilerplate: tuple[re.Pattern[str], ...]
    statement: tuple[re.Pattern[str], ...]
    figure: tuple[re.Pattern[str], ...]
    change: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def _language() -> _Language:
    data = load_toml("summary", "summarizer.toml")
    by_kind: dict[str, list[re.Pattern[str]]] = {k: [] for k in KINDS}
    for rule in data.get("rule", []):
        by_kind[rule["kind"]].append(re.compile(rule["pattern"], re.IGNORECASE))
    return _Language(frozenset(data["stopwords"]), tuple(by_kind["boilerplate"]),
                     tuple(by_kind["statement"]), tuple(by_kind["figure"]), tuple(by_kind["change"]))


def content_words(text: str) -> list[str]:
    """Lower-cased words that are not stop words (numbers kept: they carry the figures)."""
    stop = _language().stopwords
    return [w for w in _WORD.findall(text.lower()) if w not in stop and len(w) > 1]


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _matches(patterns: Sequence[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _covers(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


@dataclass(frozen=True)
class _Sentence:
    index: int
    start: int
    end: int
    words: tuple[str, ...]
    figure: bool
    statement: bool
    stat: bool  # carries a value statistic found by the extraction
    score: float


def _candidates(title: str, body: str, spans: Sequence[tuple[int, int]],
                extraction: Extraction | None, weights: Weights) -> list[_Sentence]:
    lang = _language()
    stat_spans = [(s.start, s.end) for s in extraction.statistics if s.kind == "value"] if extraction else []
    quote_spans = [(q.start, q.end) for q in extraction.quotes] if extraction else []
    texts = [body[a:b] for a, b in spans]
    words = [content_words(t) for t in texts]
    doc = Counter(w for ws in words for w in ws)
    title_words = set(content_words(title))
    out: list[_Sentence] = []
    for i, ((a, b), text, ws) in enumerate(zip(spans, texts, words)):
        if len(_WORD.findall(text)) < MIN_WORDS or _matches(lang.boilerplate, text):
            continue
        # A key figure: a statistic the extraction found, or on plain text a number with a unit.
        stat = _covers(stat_spans, a, b) if extraction is not None else _matches(lang.figure, text)
        figure = stat or _matches(lang.change, text)
        statement = _covers(quote_spans, a, b) or _matches(lang.statement, text)
        rank = len(out)  # position among real sentences: a skipped caption does not push the lead down
        own = Counter(ws)
        rest = doc - own  # centrality against the rest, so a sentence does not vote for itself
        score = (weights.position * math.exp(-weights.decay * rank)
                 + weights.centrality * _cosine(own, rest)
                 + weights.title * (len(title_words & own.keys()) / len(title_words) if title_words else 0.0)
                 + weights.figure * figure + weights.statement * statement)
        out.append(_Sentence(i, a, b, tuple(ws), figure, statement, stat, score))
    return out


def _select(cands: list[_Sentence], n: int, key_figure: bool, figure_reach: int) -> list[_Sentence]:
    """The lead, then the best-scoring sentences that repeat nothing already chosen.

    With ``key_figure`` a sentence carrying a key figure among the first ``figure_reach``
    candidates is kept: when none was chosen, the weakest non-lead pick makes room for the best.
    """
    if not cands or n <= 0:
        return []
    chosen = [cands[0]]
    for s in sorted(cands[1:], key=lambda s: -s.score):
        if len(chosen) >= n:
            break
        if not any(_overlap(set(s.words), set(c.words)) > MAX_OVERLAP for c in chosen):
            chosen.append(s)
    if key_figure and len(chosen) > 1 and not any(s.stat for s in chosen):
        best = max((s for s in cands[:figure_reach] if s.stat), key=lambda s: s.score, default=None)
        if best is not None:
            chosen.remove(min(chosen[1:], key=lambda s: s.score))
            chosen.append(best)
    return sorted(chosen, key=lambda s: s.index)


def summarize_spans(title: str, body: str, spans: Sequence[tuple[int, int]],
                    extraction: Extraction | None = None, n: int = 3,
                    weights: Weights = Weights()) -> Summary:
    """Summarize over given sentence spans (for callers that already split the text)."""
    cands = _candidates(title, body, spans, extraction, weights)
    if extraction is not None:
        key_figure, reach = any(s.kind == "value" for s in extraction.statistics), len(cands)
    else:
        # A number with a unit is a weaker sign than an extracted statistic: trust it near the top.
        key_figure, reach = True, math.ceil(len(cands) * PLAIN_FIGURE_REACH)
    picked = _select(cands, n, key_figure, reach)
    return Summary(sentences=tuple(body[s.start:s.end] for s in picked),
                   offsets=tuple((s.start, s.end) for s in picked))


def summarize(title: str, body: str, extraction: Extraction | None = None, n: int = 3) -> Summary:
    """An extractive summary of ``n`` sentences of ``body`` in document order, with offsets.

    Works on plain text; an extraction (statistics, quotes) sharpens the figure and statement picks.
    """
    return summarize_spans(title, body, split_spans(body), extraction, n)


def check_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Language-data checker: the rule's pattern matches (or not) its example as stated."""
    pattern = re.compile(rule["pattern"], re.IGNORECASE)
    assert rule["kind"] in KINDS, rule["kind"]
    got = pattern.search(example["text"]) is not None
    assert got == example["match"], f"{rule['name']}: {example['text']!r} match={got}"
