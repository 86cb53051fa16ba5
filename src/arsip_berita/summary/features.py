"""Sentence features for the summary scorer, computed the same way at training and at run time.

Pure Python: the app applies the shipped coefficients (``scorer.py``) to these vectors; the
training script (``benchmarks/train_summary.py``) fits them from the same vectors.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from arsip_berita.core.model import Extraction, Statistic
from arsip_berita.core.resources import load_toml
from arsip_berita.summary import press

_WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
_QUOTE = re.compile(r"[\"\u201c\u201d]")
_CAPS = re.compile(r"\b[A-Z][\w]*")
# Shorter "sentences" are headings, captions or fragments left by the splitter.
MIN_WORDS = 5
# Opening words that point back to an earlier sentence: out of context they say little.
_ANAPHOR = re.compile(r"^\W*(?:ia|dia|mereka|hal (?:ini|itu|tersebut)|itu|ini|namun|tapi|tetapi|"
                      r"karena itu|oleh karena itu|dengan demikian|selain itu|sementara itu|"
                      r"kemudian|lalu|bahkan|padahal)\b", re.IGNORECASE)

# The order of the vector; the shipped scorer names its coefficients and must list exactly these.
FEATURES = (
    "pos0", "pos1", "pos2", "pos3", "pos4",
    "rank_decay", "rel_pos",
    "para_first", "para_decay",
    "log_words", "short", "long",
    "title", "centrality", "lead_sim",
    "figure", "digits", "quote", "statement", "change",
    "formula", "ceremony", "anaphor", "lead_formula", "dateline",
    "question", "caps",
    # Position interactions (a linear model cannot make them): how the lead's weight depends on
    # its length, title overlap and centrality, and a one-line opening.
    "lead_words", "lead_title", "lead_central", "first_short",
)
_AT = {name: i for i, name in enumerate(FEATURES)}
DECAY = 0.35
# A key statistic whose indicator the title does not name is looked for in this leading share of
# the sentences (on plain text, every key figure is: a number with a unit is a weaker sign).
KEY_REACH = 0.4
PARA_DECAY = 0.5


@dataclass(frozen=True)
class _Language:
    stopwords: frozenset[str]
    boilerplate: tuple[re.Pattern[str], ...]
    statement: tuple[re.Pattern[str], ...]
    figure: tuple[re.Pattern[str], ...]
    change: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def language() -> _Language:
    data = load_toml("summary", "summarizer.toml")
    kinds = ("boilerplate", "statement", "figure", "change")
    by_kind: dict[str, list[re.Pattern[str]]] = {k: [] for k in kinds}
    for rule in data.get("rule", []):
        by_kind[rule["kind"]].append(re.compile(rule["pattern"], re.IGNORECASE))
    return _Language(frozenset(data["stopwords"]), *(tuple(by_kind[k]) for k in kinds))


def content_words(text: str) -> list[str]:
    """Lower-cased words that are not stop words (numbers kept: they carry the figures)."""
    stop = language().stopwords
    return [w for w in _WORD.findall(text.lower()) if w not in stop and len(w) > 1]


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def _centrality(own: Counter[str], doc: Counter[str], doc_norm2: int) -> float:
    """Cosine of a sentence with the rest of the text (the text without it: no vote for itself)."""
    if not own:
        return 0.0
    dot = 0
    rest_norm2 = doc_norm2
    own_norm2 = 0
    for k, v in own.items():
        d = doc[k]
        r = d - v
        dot += v * r
        rest_norm2 += r * r - d * d
        own_norm2 += v * v
    if not dot or rest_norm2 <= 0:
        return 0.0
    return dot / math.sqrt(own_norm2 * rest_norm2)


def _matches(patterns: Sequence[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _covers(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


@dataclass(frozen=True)
class Candidate:
    """A sentence that may enter a summary, with its feature vector (in ``FEATURES`` order)."""

    index: int  # in the given spans
    start: int
    end: int
    words: frozenset[str]  # content words of the sentence as the summary shows it
    figure: bool  # a key figure: an extracted value statistic, or on plain text a number with a unit
    stat: bool  # states a key statistic (see ``key_statistics``; plain text: figure and change words)
    statement: bool
    vector: tuple[float, ...]


def _names(title_words: set[str], indicator: str) -> bool:
    """Whether the title names the indicator ("kemiskinan" for "angka kemiskinan", "miskin" too)."""
    for w in content_words(indicator):
        for t in title_words:
            if w == t or (min(len(w), len(t)) >= 5 and (w in t or t in w)):
                return True
    return False


def key_statistics(extraction: Extraction | None) -> list[Statistic]:
    """The statistics a release exists to announce: values with an indicator."""
    if extraction is None:
        return []
    return [s for s in extraction.statistics if s.kind == "value" and s.indicator]


def candidates(title: str, body: str, spans: Sequence[tuple[int, int]],
               extraction: Extraction | None = None) -> list[Candidate]:
    """The real sentences among ``spans`` (no boilerplate, no fragments) with their features."""
    lang = language()
    # The release's key statistics: extracted values that say what they measure.
    keys = key_statistics(extraction)
    quote_spans = [(q.start, q.end) for q in extraction.quotes] if extraction else []
    kept: list[tuple[int, int, int, str, int]] = []  # (index, start, end, text, paragraph)
    para, prev_end = 0, None
    for i, (a, b) in enumerate(spans):
        if prev_end is not None and "\n" in body[prev_end:a]:
            para += 1
        prev_end = b
        text = body[a:b]
        if len(_WORD.findall(text)) < MIN_WORDS or _matches(lang.boilerplate, text):
            continue
        kept.append((i, a, b, text, para))
    if not kept:
        return []
    words = [Counter(content_words(t)) for _, _, _, t, _ in kept]
    # Where each sentence starts as the summary shows it (after the dateline and opening formula).
    shown = [press.cut(body, a, b, first=k == 0)[0] for k, (_, a, b, _, _) in enumerate(kept)]
    doc: Counter[str] = Counter()
    for w in words:
        doc.update(w)
    doc_norm2 = sum(v * v for v in doc.values())
    title_words = set(content_words(title))
    n = len(kept)
    # A key statistic counts anywhere when the title names what it measures, else near the top only.
    anywhere = [(s.start, s.end) for s in keys if _names(title_words, s.indicator or "")]
    near_top = [(s.start, s.end) for s in keys]
    reach = math.ceil(n * KEY_REACH)
    lead = words[0]
    out: list[Candidate] = []
    last_para = None
    para_rank = -1
    for rank, ((i, a, b, text, p), own) in enumerate(zip(kept, words)):
        if p != last_para:
            para_rank += 1
            last_para = p
        para_first = rank == 0 or kept[rank - 1][4] != p
        n_words = len(_WORD.findall(text))
        opening = press.dateline_end(body, a, b) if rank == 0 else a  # where the dateline ends
        has_figure = _matches(lang.figure, text)
        # On plain text a key statistic is a number with a unit stated as an amount or a change.
        if extraction is not None:
            stat = _covers(anywhere, a, b) or (rank < reach and _covers(near_top, a, b))
        else:
            stat = rank < reach and has_figure and _matches(lang.change, text)
        figure = stat or has_figure
        statement = _covers(quote_spans, a, b) or _matches(lang.statement, text)
        vec = (
            float(rank == 0), float(rank == 1), float(rank == 2), float(rank == 3), float(rank == 4),
            math.exp(-DECAY * rank), rank / (n - 1) if n > 1 else 0.0,
            float(para_first), math.exp(-PARA_DECAY * para_rank),
            math.log1p(n_words), float(n_words < 10), float(n_words > 40),
            len(title_words & own.keys()) / len(title_words) if title_words else 0.0,
            _centrality(own, doc, doc_norm2), cosine(own, lead) if rank else 1.0,
            float(figure), float(bool(_DIGIT.search(text))), float(bool(_QUOTE.search(text))),
            float(statement), float(_matches(lang.change, text)),
            float(press.is_formula(text)), float(press.is_ceremony(text)),
            float(bool(_ANAPHOR.match(text))), float(shown[rank] > opening),
            float(opening > a),
            float("?" in text), len(_CAPS.findall(text)) / n_words,
        )
        decay = vec[_AT["rank_decay"]]
        vec += (decay * vec[_AT["log_words"]], decay * vec[_AT["title"]], decay * vec[_AT["centrality"]],
                vec[_AT["pos0"]] * vec[_AT["short"]])
        # Repeats are judged on what is shown: a cut dateline's place is not what the lead says.
        said = own.keys() if shown[rank] == a else set(content_words(body[shown[rank]:b]))
        out.append(Candidate(i, a, b, frozenset(said), figure, stat, statement, vec))
    return out
