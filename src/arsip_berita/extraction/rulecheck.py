"""Checkers of the language-data files of ``extraction`` (each file's ``checker`` key names one).

Called by tests/unit/test_language_data.py as ``check(rule, example)``; each raises AssertionError
when an example fails. Kept apart from the library modules, which import no test helper.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from arsip_berita.language.lexicon import load_lexicon
from arsip_berita.extraction.dates import find_dates
from arsip_berita.extraction.morphology import derived
from arsip_berita.extraction.numbers import parse_number, parse_ordinal
from arsip_berita.language.names import split_honorifics
from arsip_berita.extraction.statistics import find_statistics


def check_agency_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/agencies.toml: runs the whole extraction."""
    from arsip_berita.extraction.pipeline import extract

    orgs = [e for e in extract(example["text"]).entities if e.type == "ORGANIZATION"]
    if not example["org"]:
        assert not orgs, f"unexpected organisations {[o.text for o in orgs]}"
        return
    hits = [o for o in orgs if o.text == example["org"]]
    assert hits, f"{example['org']!r} not in {[o.text for o in orgs]}"
    if "canonical" in example:
        assert hits[0].canonical == example["canonical"], hits[0].canonical


def check_unit_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/units.toml."""
    stats = find_statistics(example["text"], load_lexicon(), [], [], [], {})
    assert stats, f"no statistic in {example['text']!r}"
    assert stats[0].value == Decimal(example["value"]), f"{stats[0].value} != {example['value']}"
    want = example["unit"]
    assert stats[0].unit == want or rule.get("codes", {}).get(stats[0].unit_text) == stats[0].unit, \
        f"{stats[0].unit} != {want}"


def check_statistic_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/indicators.toml: runs the whole extraction."""
    from arsip_berita.extraction.pipeline import extract

    stats = extract(example["text"]).statistics
    if "count" in example:
        assert len(stats) == example["count"], f"{[s.text for s in stats]}"
        return
    hits = [s for s in stats if s.value == Decimal(example["value"])]
    assert hits, f"{example['value']} not in {[str(s.value) for s in stats]}"
    st = hits[0]
    for key in ("unit", "indicator", "region", "period", "qualifier", "kind", "source"):
        if key in example:
            assert getattr(st, key) == example[key], f"{key}: {getattr(st, key)!r} != {example[key]!r}"
    for key in ("direction", "delta", "baseline_value", "baseline_period"):
        if key in example:
            assert st.change is not None, "no change"
            got = getattr(st.change, key)
            assert str(got) == example[key], f"{key}: {got!r} != {example[key]!r}"


def check_word_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/words.toml: runs the whole extraction."""
    from arsip_berita.extraction.pipeline import extract

    result = extract(example["text"])
    if "speaker" in example:
        speakers = [q.speaker for q in result.quotes]
        assert example["speaker"] in speakers, f"speaker {example['speaker']!r} not in {speakers}"
        return
    if "officials" in example:
        got = [[o.name, o.position] for o in result.officials]
        assert got == example["officials"], f"{got} != {example['officials']}"
        return
    persons = [e.text for e in result.entities if e.type == "PERSON"]
    assert persons == example["persons"], f"{persons} != {example['persons']}"


def check_indicator_key_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/indicator_keys.toml: runs the whole extraction."""
    from decimal import Decimal

    from arsip_berita.extraction.pipeline import extract

    stats = extract(example["text"]).statistics
    hits = [s for s in stats if s.value == Decimal(example["value"])]
    assert hits, f"{example['value']} not in {[str(s.value) for s in stats]}"
    assert hits[0].indicator_key == example["key"], \
        f"{hits[0].indicator!r}: key {hits[0].indicator_key!r} != {example['key']!r}"


def check_number_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/numbers.toml."""
    text = example["text"]
    got = parse_ordinal(text) if rule["name"] == "ordinals" else parse_number(text)
    assert got is not None, f"{text!r}: not read as a number"
    assert Decimal(got) == Decimal(example["value"]), f"{text!r}: {got} != {example['value']}"


def check_date_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/dates.toml."""
    from arsip_berita.extraction.spans import resolve

    pub = dt.date.fromisoformat(example["published"]) if "published" in example else None
    found = resolve(find_dates(example["text"], load_lexicon(), pub))
    values = [(c.date.iso, c.date.granularity) for c in found if c.date]
    assert (example["iso"], example["granularity"]) in values, f"{example['text']!r}: {values}"


def check_affix_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/affixes.toml."""
    got = derived(example["word"])
    assert got == example["derived"], f"derived({example['word']!r}) = {got}"


def check_place_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/places.toml: runs the whole extraction on the example."""
    from arsip_berita.extraction.pipeline import extract

    ents = extract(example["text"]).entities
    if "venue" in example:
        venues = [e.text for e in ents if e.role == "venue"]
        assert example["venue"] in venues, f"venue {example['venue']!r} not in {venues}"
        return
    places = [e for e in ents if e.type == "LOCATION" and e.place is not None]
    if not example["place"]:
        assert not places, f"unexpected places {[p.text for p in places]}"
        return
    found = [p.place for p in places if p.place.name == example["place"]]  # type: ignore[union-attr]
    assert found, f"{example['place']!r} not in {[p.canonical for p in places]}"
    assert found[0] is not None and found[0].level == example["level"]


def check_position_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/positions.toml: runs the whole extraction."""
    from arsip_berita.extraction.pipeline import extract

    officials = extract(example["text"]).officials
    if not example["name"]:
        assert not officials, f"unexpected officials {officials}"
        return
    hits = [o for o in officials if o.name == example["name"]]
    assert hits, f"{example['name']!r} not in {[o.name for o in officials]}"
    if "position" in example:
        assert hits[0].position == example["position"], f"{hits[0].position!r} != {example['position']!r}"


def check_honorific_rule(rule: dict[str, Any], example: dict[str, Any]) -> None:
    """Checker for resources/lexicon/honorifics.toml."""
    name, honorifics = split_honorifics(example["text"])
    assert name == example["name"], f"{name!r} != {example['name']!r}"
    assert list(honorifics) == example["honorifics"], f"{honorifics} != {example['honorifics']}"
