"""Indonesian numbers read exactly: decimal comma, thousand dots, scale words, words and ordinals."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from arsip_berita.language.lexicon import Lexicon, load_lexicon

# Thousand groups must be exactly three digits, so "5.17" (a decimal written the English way in
# some releases) is not read as 517: it is read as 5.17 only when no comma follows.
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")
_DOTTED_DECIMAL = re.compile(r"\d+\.\d{1,2}")
NUMBER = re.compile(r"(?<![\w.,/])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d/])|(?<![\w.,/])\d+(?:[,.]\d+)?(?![\d/])")
_ORDINAL_DIGITS = re.compile(r"ke[- ]?(\d{1,3})$", re.IGNORECASE)


def parse_digits(text: str) -> Decimal | None:
    """'145.630' -> 145630, '5,17' -> 5.17, '1.234.567,89' -> 1234567.89; None if not a number."""
    s = text.strip()
    try:
        if _GROUPED.fullmatch(s):
            return Decimal(s.replace(".", "").replace(",", "."))
        if _PLAIN.fullmatch(s):
            return Decimal(s.replace(",", "."))
        if _DOTTED_DECIMAL.fullmatch(s):
            return Decimal(s)
    except InvalidOperation:
        return None
    return None


def parse_words(text: str, lex: Lexicon | None = None) -> Decimal | None:
    """'dua puluh lima' -> 25, 'seratus dua puluh' -> 120, 'lima ribu' -> 5000."""
    lex = lex or load_lexicon()
    words = text.lower().split()
    if not words:
        return None
    total, group, last, seen = 0, 0, 0, False
    for word in words:
        unit = lex.number_units.get(word)
        if unit is not None and unit >= 1000:
            total, seen = total + unit, True
        elif unit is not None and unit >= 100:
            group, seen = group + unit, True
        elif unit is not None:
            last, seen = unit, True
        elif word == "belas" and seen:
            group, last = group + last + 10, 0
        elif word in ("puluh", "ratus") and seen:
            group, last = group + last * lex.number_multipliers[word], 0
        elif word in lex.number_multipliers and seen:
            total, group, last = total + max(group + last, 1) * lex.number_multipliers[word], 0, 0
        else:
            return None
    return Decimal(total + group + last) if seen else None


def parse_ordinal(text: str, lex: Lexicon | None = None) -> int | None:
    """'kelima' -> 5, 'ke-3' -> 3, 'pertama' -> 1."""
    lex = lex or load_lexicon()
    word = text.strip().lower()
    if word in lex.ordinals:
        return lex.ordinals[word]
    m = _ORDINAL_DIGITS.fullmatch(word)
    return int(m.group(1)) if m else None


def parse_number(text: str, lex: Lexicon | None = None) -> Decimal | None:
    """A number with an optional scale word: '1,2 triliun', '350 juta', 'Rp1,5 M' (prefix ignored)."""
    lex = lex or load_lexicon()
    parts = text.strip().split()
    if not parts:
        return None
    scale = Decimal(1)
    if len(parts) > 1 and parts[-1] in lex.scales or len(parts) > 1 and parts[-1].lower() in lex.scales:
        scale = lex.scales.get(parts[-1], lex.scales.get(parts[-1].lower(), Decimal(1)))
        parts = parts[:-1]
    value = parse_digits(" ".join(parts)) if len(parts) == 1 else None
    if value is None:
        value = parse_words(" ".join(parts), lex)
    return None if value is None else _normal(value * scale)


def _normal(value: Decimal) -> Decimal:
    """Drop exponent noise: 1.2E+12 -> 1200000000000, 5.170 stays 5.170 only if written so."""
    if value == value.to_integral_value():
        try:
            return value.quantize(Decimal(1))
        except InvalidOperation:  # more digits than the context's precision: keep it as read
            return value
    return value
