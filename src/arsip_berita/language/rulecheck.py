"""Checkers of the language-data files of ``language`` (each file's ``checker`` key names one).

Called by tests/unit/test_language_data.py as ``check(rule, example)``; each raises AssertionError
when an example fails. Kept apart from the library modules, which import no test helper.
"""

from __future__ import annotations

from typing import Any
from arsip_berita.language.glossary import expansions


def check_acronym_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/search/acronyms.toml: entries start alike, the example expands."""
    for short, full in rule["entries"]:
        assert full and short[0].casefold() == full[0].casefold(), f"{short!r} = {full!r}"
    assert expansions(example["query"], {}) == [example["full"]]
