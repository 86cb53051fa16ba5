"""Every rule in every language-data file under resources/ carries examples; run them all.

A data file names its checker at the top level: ``checker = "package.module:function"``. The
checker is called as ``function(rule, example)`` and raises AssertionError when the example fails.
Files are collected from ``resources/**/*.toml``; a file with rules but no checker fails.
"""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path
from typing import Any

import pytest

from arsip_berita.core.resources import resources_dir

RULE_TABLES = ("rule", "rules")


def _data_files() -> list[Path]:
    return sorted(p for p in resources_dir().rglob("*.toml"))


def _examples() -> list[Any]:
    cases = []
    for path in _data_files():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        rel = path.relative_to(resources_dir()).as_posix()
        for table in RULE_TABLES:
            for i, rule in enumerate(data.get(table, [])):
                for j, example in enumerate(rule.get("examples", [])):
                    cases.append(pytest.param(rel, data.get("checker"), rule, example,
                                              id=f"{rel}:{rule.get('name', i)}:{j}"))
    return cases


@pytest.mark.parametrize("path", [p.name for p in _data_files()] or ["(none)"])
def test_data_file_loads_and_rules_have_examples(path: str) -> None:
    if path == "(none)":
        pytest.skip("no data files yet")
    file = next(p for p in _data_files() if p.name == path)
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    rules = [r for t in RULE_TABLES for r in data.get(t, [])]
    if rules:
        assert isinstance(data.get("checker"), str), f"{path}: rules but no 'checker'"
        for rule in rules:
            assert rule.get("examples"), f"{path}: rule {rule.get('name', rule)} has no examples"


@pytest.mark.parametrize(("path", "checker", "rule", "example"), _examples())
def test_rule_example(path: str, checker: str, rule: dict[str, Any], example: dict[str, Any]) -> None:
    module_name, _, func_name = checker.partition(":")
    func = getattr(importlib.import_module(module_name), func_name)
    func(rule, example)
