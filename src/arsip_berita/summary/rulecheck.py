"""Checkers of the language-data files of ``summary`` (each file's ``checker`` key names one).

Called by tests/unit/test_language_data.py as ``check(rule, example)``; each raises AssertionError
when an example fails. Kept apart from the library modules, which import no test helper.
"""

from __future__ import annotations

import re
from typing import Any

from arsip_berita.summary import press, summarizer
from arsip_berita.summary.features import language
from arsip_berita.summary.splitter import abbreviations, split


def check_splitter_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Language-data checker: the rule's forms are loaded and the example splits as listed."""
    table = abbreviations()
    for form in rule["forms"]:
        assert table.get(form.rstrip(".").lower()) == rule["kind"], f"{form} not loaded as {rule['kind']}"
    got = split(example["text"])
    assert got == example["sentences"], f"{example['text']!r} -> {got!r}"


def check_summarizer_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Language-data checker: the rule's pattern matches (or not) its example as stated."""
    pattern = re.compile(rule["pattern"], re.IGNORECASE)
    assert rule["kind"] in summarizer.KINDS, rule["kind"]
    assert any(p.pattern == rule["pattern"] for p in getattr(language(), rule["kind"])), "not loaded"
    got = pattern.search(example["text"]) is not None
    assert got == example["match"], f"{rule['name']}: {example['text']!r} match={got}"


def check_press_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Language-data checker: the rule is loaded, and its pattern matches (or cuts) as the example says."""
    assert rule["kind"] in press.KINDS, rule["kind"]
    pattern = press._compile(rule["kind"], rule["pattern"])
    assert pattern.pattern in [p.pattern for p in getattr(press.cues(), rule["kind"])], f"{rule['name']} not loaded"
    text = example["text"]
    if "cut" in example:
        assert rule["kind"] in press.CUT_KINDS, f"{rule['name']}: only dateline/lead_formula rules cut"
        m = pattern.match(text)
        assert m is not None, f"{rule['name']}: {text!r} not matched"
        _, _, shown = press.cut(text, 0, len(text), first=rule["kind"] == "dateline")
        assert shown == example["cut"], f"{rule['name']}: {text!r} -> {shown!r}"
    else:
        got = (pattern.match(text) if rule["kind"] in press.CUT_KINDS else pattern.search(text)) is not None
        assert got == example["match"], f"{rule['name']}: {text!r} match={got}"
