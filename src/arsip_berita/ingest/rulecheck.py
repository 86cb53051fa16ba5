"""Checkers for the language-data files of the reading layer (resources/ingest/*.toml).

Each is named by its file's ``checker`` key and called by tests/unit/test_language_data.py as
``check(rule, example)``; it raises AssertionError when an example fails. Kept apart from the
readers so that no library module imports a test helper.
"""

from __future__ import annotations

from typing import Any

from arsip_berita.ingest.anatomy import line_kind, read_anatomy
from arsip_berita.ingest.dates import parse_date
from arsip_berita.ingest.readers import raw_from_row


def check_anatomy_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/ingest/anatomy.toml: a line's kind, or a header's parts."""
    if "line" in example:
        got = line_kind(example["line"])
        want = example.get("kind") or None
        assert got == want, f"{example['line']!r}: {got!r} != {want!r}"
        return
    found = read_anatomy(example["lines"], has_title=False)
    for key in ("headline", "release_no", "issuer"):
        if key in example:
            assert getattr(found, key) == example[key], f"{key}: {getattr(found, key)!r} != {example[key]!r}"
    if "stated_date" in example:
        assert found.stated_date is not None and found.stated_date.isoformat() == example["stated_date"], found


def check_field_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/ingest/fields.toml: a row read as a document gives the expected parts."""
    doc = raw_from_row(example["row"], "contoh")
    if "title" in example:
        assert doc.title == example["title"], f"title {doc.title!r} != {example['title']!r}"
    if "body" in example:
        assert doc.body.strip() == example["body"], f"body {doc.body!r} != {example['body']!r}"
    if "date" in example:
        got = parse_date(doc.date)
        assert got is not None and got.isoformat() == example["date"], f"date {doc.date!r} != {example['date']!r}"
    for key in ("source", "url"):
        if key in example:
            assert getattr(doc, key) == example[key], f"{key} {getattr(doc, key)!r} != {example[key]!r}"
