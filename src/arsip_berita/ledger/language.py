"""The ledger's language data (resources/ledger/ledger.toml): cue words and number scales, and the
reading of a written number's value and precision ('145,63 ribu jiwa' -> 145630, step 10)."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arsip_berita.core.resources import resource_path


@dataclass(frozen=True)
class LedgerLanguage:
    revision: tuple[str, ...]
    target: tuple[str, ...]
    hedge: tuple[str, ...]
    scales: dict[str, Decimal]
    revision_re: re.Pattern[str]
    target_re: re.Pattern[str]


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted((re.escape(c) for c in cues), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


def _rules_of(data: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(r for r in data["rules"] if r.get("kind") == kind)


@functools.lru_cache(maxsize=1)
def language() -> LedgerLanguage:
    data = tomllib.loads(resource_path("ledger", "ledger.toml").read_text(encoding="utf-8"))
    revision = tuple(_rules_of(data, "revision")["cues"])
    target = tuple(_rules_of(data, "target")["cues"])
    hedge = tuple(_rules_of(data, "hedge")["cues"])
    scales = {k.casefold(): Decimal(v) for k, v in _rules_of(data, "scale")["scales"].items()}
    return LedgerLanguage(revision, target, hedge, scales, _cue_pattern(revision), _cue_pattern(target))


def says_revision(text: str) -> bool:
    return bool(text) and language().revision_re.search(text) is not None


def says_target(text: str) -> bool:
    return bool(text) and language().target_re.search(text) is not None


def hedge_of(text: str | None) -> str | None:
    """The hedge word a qualifier or a written figure starts with ('sekitar'), or None."""
    if not text:
        return None
    low = text.casefold().strip()
    for cue in sorted(language().hedge, key=len, reverse=True):
        if low == cue or low.startswith(cue + " ") or (cue == "±" and low.startswith(cue)):
            return cue
    return None


_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*([A-Za-z]+))?")


@dataclass(frozen=True)
class Written:
    """A number as written: its value (scaled) and its step, the precision it was written with."""

    value: Decimal
    step: Decimal


def read_number(text: str) -> Written | None:
    """The first number of a written figure with its scale word: '145,63 ribu jiwa' -> 145630 step 10."""
    m = _NUMBER.search(text or "")
    if m is None:
        return None
    whole = m.group(1).replace(".", "")
    frac = m.group(2) or ""
    value = Decimal(f"{whole}.{frac}") if frac else Decimal(whole)
    step = Decimal(1).scaleb(-len(frac))
    word = m.group(3) or ""
    scale = language().scales.get(word.casefold())
    if scale is not None and not (len(word) == 1 and word.islower()):  # 'm' is metres, 'M' miliar
        value *= scale
        step *= scale
    return Written(value, step)


def step_of(value: Decimal, written: str | None) -> Decimal:
    """The precision a value was written with; read from the written figure when it matches the value,
    else from the value's own decimals."""
    got = read_number(written or "")
    if got is not None and got.value == value:
        return got.step
    exp = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(min(int(exp), 0)) if isinstance(exp, int) else Decimal(1)
