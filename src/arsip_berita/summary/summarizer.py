"""Extractive Indonesian summary: the best-scoring sentences in document order, press-release aware.

Each real sentence gets a feature vector (``features.py``) and a score from the shipped scorer
(``scorer.py``, coefficients in ``resources/summary/scorer.toml``, trained by
``benchmarks/train_summary.py``). The ``n`` best that repeat nothing already chosen are kept; when
none of them states the release's key figure, the best sentence that does replaces the weakest
pick. Summary sentences lose the dateline ("MAKASSAR – ") and an opening reporting formula
("Menurutnya, "); the article keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence

from arsip_berita.core.model import Extraction, Summary
from arsip_berita.summary import press
from arsip_berita.summary.features import Candidate, candidates, content_words
from arsip_berita.summary.scorer import Rule, Scorer, shipped
from arsip_berita.summary.splitter import split_spans

__all__ = ["MAX_OVERLAP", "Weights", "content_words", "near_duplicate", "select", "summarize",
           "summarize_spans", "summary_of"]

# Sentences sharing more than this share of their content words with a chosen one add nothing.
MAX_OVERLAP = 0.6
KINDS = ("boilerplate", "statement", "figure", "change")
# The hand-made rule's weights (kept under its old name for callers that pass ``weights=``).
Weights = Rule


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def near_duplicate(a: Candidate, b: Candidate) -> bool:
    """Two sentences that say the same thing (most content words of the shorter one shared)."""
    return _overlap(a.words, b.words) > MAX_OVERLAP


def select(cands: Sequence[Candidate], scores: Sequence[float], n: int, key_figure: bool,
           figure_reach: int, keep_lead: bool = False) -> list[int]:
    """Positions in ``cands`` of the picked sentences, in document order.

    Best score first, skipping near-duplicates of a pick (``keep_lead`` puts the first sentence
    in before anything else). With ``key_figure``, when no pick carries a key figure, the
    best-scoring one among the first ``figure_reach`` candidates replaces the weakest pick.
    """
    if not cands or n <= 0:
        return []
    order = sorted(range(len(cands)), key=lambda k: -scores[k])
    if keep_lead:
        order.remove(0)
        order.insert(0, 0)
    chosen: list[int] = []
    for k in order:
        if len(chosen) >= n:
            break
        if not any(near_duplicate(cands[k], cands[c]) for c in chosen):
            chosen.append(k)
    if key_figure and len(chosen) > 1 and not any(cands[c].stat for c in chosen):
        weakest = min(chosen[1:], key=lambda c: scores[c])  # the best pick (the lead when kept) stays
        others = [c for c in chosen if c != weakest]
        best = max((k for k in range(min(figure_reach, len(cands)))
                    if cands[k].stat and not any(near_duplicate(cands[k], cands[c]) for c in others)),
                   key=lambda k: scores[k], default=None)
        if best is not None:
            chosen = others + [best]
    return sorted(chosen)


def summarize_spans(title: str, body: str, spans: Sequence[tuple[int, int]],
                    extraction: Extraction | None = None, n: int = 3,
                    weights: Rule | None = None, *, scorer: Scorer | None = None,
                    cut: bool = True) -> Summary:
    """Summarize over given sentence spans (for callers that already split the text).

    ``weights`` (the old hand-made rule) or ``scorer`` replace the shipped scorer; ``cut=False``
    keeps datelines and reporting formulas in the summary sentences.
    """
    cands = candidates(title, body, spans, extraction)
    model: Scorer = scorer if scorer is not None else (weights if weights is not None else shipped())
    return summary_of(body, cands, extraction, n, model, cut)


def summary_of(body: str, cands: Sequence[Candidate], extraction: Extraction | None, n: int,
               model: Scorer, cut: bool = True) -> Summary:
    """The summary from already computed candidates (the benchmark reuses them across scorers)."""
    scores = [model.score(c.vector) for c in cands]
    # Which sentences state a key statistic, and how far down it may be, is decided per candidate.
    key_figure = any(c.stat for c in cands)
    picked = select(cands, scores, n, key_figure, len(cands), keep_lead=isinstance(model, Rule))
    sentences, offsets = [], []
    for k in picked:
        c = cands[k]
        if cut:
            a, b, text = press.cut(body, c.start, c.end, first=k == 0)
        else:
            a, b, text = c.start, c.end, body[c.start:c.end]
        sentences.append(text)
        offsets.append((a, b))
    return Summary(sentences=tuple(sentences), offsets=tuple(offsets))


def summarize(title: str, body: str, extraction: Extraction | None = None, n: int = 3) -> Summary:
    """An extractive summary of ``n`` sentences of ``body`` in document order, with offsets.

    Works on plain text; an extraction (statistics, quotes) sharpens the figure and statement picks.
    ``offsets`` are the spans of the shown sentences in ``body`` (after a cut dateline or formula;
    the shown text differs from ``body[a:b]`` at most by its first letter being capitalised).
    """
    return summarize_spans(title, body, split_spans(body), extraction, n)
