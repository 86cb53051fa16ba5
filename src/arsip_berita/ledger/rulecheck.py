"""Checker for resources/ledger/ledger.toml, named by its ``checker`` key and called by
tests/unit/test_language_data.py as ``check_ledger_rule(rule, example)``; raises AssertionError when
an example fails. Kept apart from the ledger modules so no library module holds a test helper."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arsip_berita.ledger.core import agree
from arsip_berita.ledger.language import hedge_of, read_number, says_revision, says_target


def _read(text: str) -> tuple[Decimal, Decimal, str | None]:
    got = read_number(text)
    assert got is not None, f"no number in {text!r}"
    return got.value, got.step, hedge_of(text)


def check_ledger_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    kind = rule["kind"]
    if kind in ("revision", "target"):
        found = (says_revision if kind == "revision" else says_target)(example["sentence"])
        assert found == example["match"], f"{example['sentence']!r}: {found} != {example['match']}"
    elif kind == "scale":
        got = read_number(example["text"])
        assert got is not None, example["text"]
        assert got.value == Decimal(example["value"]), f"{example['text']!r}: value {got.value} != {example['value']}"
        assert got.step == Decimal(example["step"]), f"{example['text']!r}: step {got.step} != {example['step']}"
    elif kind in ("agreement", "hedge"):
        a, b = _read(example["a"]), _read(example["b"])
        got = agree(*a, *b)
        assert got == example["agree"], f"{example['a']!r} vs {example['b']!r}: {got} != {example['agree']}"
        assert agree(*b, *a) == got, "agreement must not depend on the order"
    else:
        raise AssertionError(f"unknown rule kind {kind!r}")
