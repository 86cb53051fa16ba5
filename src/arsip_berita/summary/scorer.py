"""The shipped sentence scorer: coefficients in ``resources/summary/scorer.toml`` applied in plain Python.

Two kinds, both linear in the features of ``features.FEATURES``:

* ``logistic``: a logistic regression fitted by ``benchmarks/train_summary.py`` on IndoSum's
  extractive oracle labels; the score is ``intercept + sum(coef * (x - mean) / scale)`` (the
  logistic function is monotonic, so ranking by this dot product is ranking by probability),
  plus the hand-set ``[prior]`` weights on raw features (ceremony and reporting-formula sentences,
  which the news training data hardly has; the recorded cross-validation includes them).
* ``rule``: the hand-made lead-first formula with tuned weights (position decay, centrality,
  title overlap, figure, statement), kept when it wins the cross-validation.

No training library is imported here: the app stays light.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from arsip_berita.core.resources import load_toml
from arsip_berita.summary.features import DECAY, FEATURES

_INDEX = {name: i for i, name in enumerate(FEATURES)}


@dataclass(frozen=True)
class Rule:
    """Hand-made score: position dominates (news puts the event first)."""

    position: float = 1.0
    decay: float = DECAY
    centrality: float = 0.3
    title: float = 0.5
    figure: float = 0.1
    statement: float = 0.05

    def score(self, vector: Sequence[float]) -> float:
        rank_decay = vector[_INDEX["rank_decay"]]
        if self.decay != DECAY:  # the vector holds exp(-DECAY * rank): recover the rank
            rank_decay = math.exp(-self.decay * (-math.log(rank_decay) / DECAY)) if rank_decay > 0 else 0.0
        return (self.position * rank_decay + self.centrality * vector[_INDEX["centrality"]]
                + self.title * vector[_INDEX["title"]] + self.figure * vector[_INDEX["figure"]]
                + self.statement * vector[_INDEX["statement"]])


@dataclass(frozen=True)
class Linear:
    """A fitted linear model over standardised features (a logistic regression's decision function)."""

    intercept: float
    weights: tuple[float, ...]  # coef / scale, in FEATURES order
    offset: float  # -sum(coef * mean / scale)

    @classmethod
    def from_fit(cls, names: Sequence[str], coef: Sequence[float], mean: Sequence[float],
                 scale: Sequence[float], intercept: float, prior: Mapping[str, float] | None = None) -> Linear:
        """``prior``: hand-set weights on raw features added to the fitted ones (press-release cues
        that the news training data hardly has, such as ceremony sentences)."""
        if tuple(names) != FEATURES:
            missing = set(FEATURES) ^ set(names)
            raise ValueError(f"scorer features differ from features.FEATURES: {sorted(missing) or 'order'}")
        if not len(coef) == len(mean) == len(scale) == len(FEATURES):
            raise ValueError("scorer coef/mean/scale lengths differ from the features")
        unknown = set(prior or {}) - set(FEATURES)
        if unknown:
            raise ValueError(f"prior on unknown features: {sorted(unknown)}")
        weights = tuple(c / s + (prior or {}).get(name, 0.0) if s else 0.0
                        for name, c, s in zip(FEATURES, coef, scale))
        offset = -sum(w * m for w, m in zip(weights, mean))
        return cls(float(intercept), weights, offset)

    def score(self, vector: Sequence[float]) -> float:
        return self.intercept + self.offset + sum(w * x for w, x in zip(self.weights, vector))


Scorer = Rule | Linear


def scorer_from_data(data: Mapping[str, Any]) -> Scorer:
    """The scorer described by a parsed ``scorer.toml``."""
    kind = data.get("kind")
    if kind == "rule":
        return Rule(**data["weights"])
    if kind == "logistic":
        m = data["model"]
        return Linear.from_fit(m["features"], m["coef"], m["mean"], m["scale"], m["intercept"],
                               data.get("prior"))
    raise ValueError(f"unknown scorer kind {kind!r}")


@lru_cache(maxsize=1)
def shipped() -> Scorer:
    """The scorer shipped in ``resources/summary/scorer.toml``."""
    return scorer_from_data(load_toml("summary", "scorer.toml"))
