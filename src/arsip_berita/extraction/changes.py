"""Change and baseline of a statistic, deltas written apart from their value, and count indicators."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from arsip_berita.core.model import Change, Statistic
from arsip_berita.extraction.indicators import noun_after_unit, noun_phrase_before
from arsip_berita.language.lexicon import Lexicon
from arsip_berita.extraction.spans import SortedSpans

_RESULT = re.compile(r"\s*,?\s*(?:menjadi|jadi|ke|hingga)\s+(?:(?:di\s+)?(?:posisi|level|angka)\s+)?"
                     r"(?:sebesar\s+|sebanyak\s+|sekitar\s+)?")
_COMPARE = re.compile(r"(?:dibandingkan|dibanding|ketimbang|daripada)(?:\s+dengan)?\s+(?:sebesar\s+|sekitar\s+)?$")
_FROM = re.compile(r"(\w+(?:\s+\w+)?)\s+dari\s+(?:sebesar\s+|sekitar\s+)?$")
_TOTAL_HEADS = ("jumlah", "total", "banyaknya")
_MAX_REACH = 400  # a detached delta looks back this far, within its paragraph


def compatible(delta_unit: str | None, unit: str | None) -> bool:
    """A delta in ``delta_unit`` can change a value in ``unit`` ('poin' changes a rate)."""
    return delta_unit == unit or (delta_unit == "points" and unit == "percent")


def unit_of_delta(unit: str | None) -> str | None:
    return "points" if unit == "percent" else unit


def _direction_word(words: str, lex: Lexicon) -> str | None:
    low = words.lower()
    if any(low.endswith(w) for w in lex.change_up):
        return "naik"
    if any(low.endswith(w) for w in lex.change_down):
        return "turun"
    return None


def baseline_cue(before: str, lex: Lexicon) -> tuple[str | None] | None:
    """A number introduced as the point of comparison: 'turun dari X', 'naik dari X',
    'dibandingkan (dengan) X'. Returns (the stated direction or None,), or None when it is no baseline.
    A bare 'dari' ('20 persen dari total') is not enough."""
    tail = before.rstrip() + " "
    cmp = _COMPARE.search(tail)
    if cmp:
        head = tail[:cmp.start()].rstrip(" ,")
        if re.search(r"\b(?:lebih\s+\w+|di atas|di bawah|rata-rata|nasional)$", head.lower()):
            return None  # 'lebih rendah dibandingkan 9 persen': a comparison, not a baseline
        return (_direction_word(head, lex),)
    m = _FROM.search(tail)
    if m:
        direction = _direction_word(m.group(1), lex)
        return (direction,) if direction else None
    return None


def followed_by_result(text: str, end: int, next_start: int) -> bool:
    """'... 0,5 poin menjadi 4,2 persen': the next number is the result of this one."""
    return _RESULT.fullmatch(text, end, next_start) is not None


def _computed(direction: str | None, value: Decimal, base: Decimal) -> str:
    if value == base:
        return direction or "tetap"
    return "naik" if value > base else "turun"


def delta_of(direction: str | None, delta: Decimal | None, delta_unit: str | None,
             stat: Statistic, base: Statistic | None = None) -> Change:
    """The change of ``stat``: from a stated delta ('turun 0,5 poin menjadi 4,2 persen': the baseline
    is computed) or from a baseline statistic (the delta is computed)."""
    if base is not None:
        return Change(_computed(direction, stat.value, base.value), abs(stat.value - base.value),
                      unit_of_delta(stat.unit), base.value, base.unit, base.period)
    baseline = None
    if delta is not None and compatible(delta_unit, stat.unit) and direction in ("naik", "turun"):
        baseline = stat.value - delta if direction == "naik" else stat.value + delta
    return Change(direction or "tetap", delta, delta_unit, baseline, stat.unit if baseline is not None else None)


def attach_delta(stats: list[Statistic], direction: str, value: Decimal, unit: str | None, text: str,
                 pos: int, indicator: str | None) -> bool:
    """A delta written after its value in another clause ('Meski turun 4,2 poin, ...') joins the last
    value of the paragraph that it can change (in place); False when there is none."""
    if unit != "points" and indicator is not None:
        return False  # 'Inflasi naik 2 persen.': a statistic of its own
    floor = max(text.rfind("\n\n", 0, pos), pos - _MAX_REACH)
    for i in range(len(stats) - 1, -1, -1):
        st = stats[i]
        if st.start < floor:
            return False
        if st.kind != "value" or not compatible(unit, st.unit):
            continue
        if st.change is None:
            stats[i] = replace(st, change=Change(direction, value, unit))
        elif st.change.direction == direction:
            stats[i] = replace(st, change=replace(st.change, delta=value, delta_unit=unit))
        else:
            return False
        return True
    return False


def sentence_period(s_start: int, start: int, periods: SortedSpans) -> str | None:
    """The period named earlier in the sentence ('Menurut SKI 2023, prevalensi ... 23,9 persen')."""
    inside = periods.inside(s_start, start)
    return inside[-1].canonical if inside else None


def noun_unit_indicator(text: str, clause_start: int, start: int, end: int, unit: str | None,
                        unit_text: str | None, lex: Lexicon) -> str | None:
    """For a count whose unit names what is counted ('2.418 balita dengan status stunting'), the
    indicator is the clause's total phrase ('jumlah balita stunting') or else that noun ('balita')."""
    if unit not in ("people", "household", "unit", "village", "count", "region") or not unit_text \
            or unit_text in lex.generic_count_units:
        return None
    phrase = noun_phrase_before(text, clause_start, start, lex)
    if phrase and phrase.split()[0].lower() in _TOTAL_HEADS:
        return phrase
    more = noun_after_unit(text, end, lex, max_words=3)
    return f"{unit_text} {more}" if more else unit_text


def relative_period(text: str, after: tuple[int, int]) -> str | None:
    """'dibandingkan 5,2 persen pada tahun lalu': the baseline's period as written."""
    from arsip_berita.language.lexicon import load_lexicon

    window = text[after[0]:after[1] + 30].lower()
    m = re.match(r"\s*(?:pada|di|dalam)?\s*(?:periode yang sama\s+)?", window)
    rest = window[m.end():] if m else window
    return next((p for p in load_lexicon().relative_periods if rest.startswith(p)), None)
