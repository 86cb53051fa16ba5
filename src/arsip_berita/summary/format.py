"""Numbers, amounts, statistics and dates written the Indonesian way ("5,17 persen", "Selasa, 3 Desember 2024")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal

from arsip_berita.core.model import Change, Statistic

LOCALE = "id_ID"
# Unit codes of core.model.Statistic written as words after the number.
_UNIT_WORDS = {
    "percent": "persen", "points": "poin", "people": "jiwa", "household": "rumah tangga",
    "family": "KK", "ha": "ha", "ton": "ton", "km": "km", "unit": "unit", "rank": "",
}
# Units always written with our word, whatever the release wrote ("%" -> "persen").
_CANONICAL_UNITS = frozenset({"percent", "points"})
# Rupiah amounts are written with the largest scale word that keeps the number >= 1.
_SCALES = ((Decimal(10) ** 12, "triliun"), (Decimal(10) ** 9, "miliar"), (Decimal(10) ** 6, "juta"))
_ORDINALS = ("pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan",
             "kesembilan", "kesepuluh")
_MONTH_PATTERN = "MMMM y"
_DAY_PATTERN = "EEEE, d MMMM y"


def format_number(value: Decimal | int | float, max_decimals: int = 3) -> str:
    """ "5,17", "145.630", "1.234.567,89": decimal comma, thousands dot, no trailing zeros."""
    dec = Decimal(str(value))
    if dec == dec.to_integral_value():
        dec = dec.quantize(Decimal(1))
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals > 0 else "")
    return format_decimal(dec, format=pattern, locale=LOCALE)


def format_rupiah(value: Decimal | int | float) -> str:
    """ "Rp 1,2 triliun", "Rp 350 juta", "Rp 15.000"."""
    dec = Decimal(str(value))
    for factor, word in _SCALES:
        if abs(dec) >= factor:
            return f"Rp {format_number(dec / factor, 2)} {word}"
    return f"Rp {format_number(dec, 2)}"


def format_quantity(value: Decimal, unit: str | None, unit_text: str | None = None) -> str:
    """A number with its unit: the rupiah and rank forms, else the unit word after the number."""
    if unit == "rupiah":
        return format_rupiah(value)
    if unit == "rank":
        n = int(value)
        return f"peringkat {_ORDINALS[n - 1]}" if 1 <= n <= len(_ORDINALS) else f"peringkat ke-{n}"
    if unit in _CANONICAL_UNITS or not unit_text:
        word = _UNIT_WORDS.get(unit or "", unit_text or unit or "")
    else:
        word = unit_text  # "anak", "balita", "KPM": the word the release used says more than "jiwa"
    return f"{format_number(value)} {word}".strip()


def format_change(change: Change | None) -> str:
    """ "naik 0,06 poin dari 5,11 persen (2023)"; empty when there is no change."""
    if change is None:
        return ""
    parts = [change.direction]
    if change.delta is not None:
        parts.append(format_quantity(change.delta, change.delta_unit))
    if change.baseline_value is not None:
        parts.append("dari " + format_quantity(change.baseline_value, change.baseline_unit))
    text = " ".join(parts)
    if change.baseline_period:
        text += f" ({change.baseline_period})"
    return text


def format_statistic(stat: Statistic) -> str:
    """The value of a statistic with its unit and hedge ("sekitar 145.630 jiwa"); a word that only
    introduces the figure ("sebesar", "mencapai", "tercatat") is not shown."""
    from arsip_berita.language.lexicon import load_lexicon

    value = format_quantity(stat.value, stat.unit or ("rank" if stat.kind == "rank" else None), stat.unit_text)
    hedge = stat.qualifier if stat.qualifier and stat.qualifier.lower() in load_lexicon().hedges else None
    return f"{hedge} {value}" if hedge else value


def shown_statistics(stats: Sequence[Statistic]) -> list[Statistic]:
    """The figures a person is shown (statistics panel, the brief's key figures): a baseline or a
    stated change is shown in the change column of the value it belongs to, not as a row of its own;
    a change whose value was not read stays as a row."""
    carried = [s.change.delta for s in stats if s.kind == "value" and s.change is not None and s.change.delta is not None]
    out = []
    for s in stats:
        if s.kind == "baseline":
            continue
        if s.kind == "change" and any(abs(d) == abs(s.value) for d in carried):
            continue
        out.append(s)
    return out


def format_date(value: date | str | None, granularity: str = "day") -> str:
    """ "Selasa, 3 Desember 2024"; a month "Desember 2024"; a year "2024"; ISO strings accepted."""
    if value is None:
        return ""
    if isinstance(value, str):
        parts = value.split("-")
        try:
            if len(parts) == 1:
                return parts[0]
            if len(parts) == 2:
                value, granularity = date(int(parts[0]), int(parts[1]), 1), "month"
            else:
                value = date.fromisoformat(value[:10])
        except ValueError:
            return value  # not an ISO date: show it as written
    if granularity == "year":
        return str(value.year)
    if granularity == "month":
        return _babel_date(value, _MONTH_PATTERN, locale=LOCALE)
    return _babel_date(value, _DAY_PATTERN, locale=LOCALE)
