"""The dependency directions: core logic never loads Qt, only ``index`` loads Whoosh, only ``gui`` QtWidgets."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import arsip_berita

SRC = Path(arsip_berita.__file__).resolve().parent


def _modules(*packages: str) -> list[str]:
    names = []
    for pkg in packages:
        path = SRC / pkg
        if path.is_file() or (SRC / f"{pkg}.py").is_file():
            names.append(f"arsip_berita.{pkg}")
            continue
        names.append(f"arsip_berita.{pkg}")
        names += [f"arsip_berita.{pkg}.{m.name}" for m in pkgutil.iter_modules([str(path)])]
    return names


def _loaded_after_import(modules: list[str], banned: list[str]) -> list[str]:
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(','.join(b for b in {banned!r} if b in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"PYTHONPATH": str(SRC.parent), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    return [x for x in out.stdout.strip().split(",") if x]


def test_core_layers_load_neither_qt_nor_whoosh() -> None:
    modules = _modules("core", "language", "ingest", "extraction", "store", "summary")
    assert len(modules) > 20
    assert _loaded_after_import(modules, ["PySide6", "whoosh"]) == []


def test_services_and_cli_load_no_qt() -> None:
    modules = _modules("index", "archive", "ledger", "cli")
    assert _loaded_after_import(modules, ["PySide6"]) == []


@pytest.mark.parametrize("needle, allowed", [
    ("QtWidgets", ("gui",)),
    ("import whoosh", ("index",)),
    ("from whoosh", ("index",)),
    ("PySide6", ("gui", "printing")),
    ("import psycopg", ("server",)),
    ("from psycopg", ("server",)),
])
def test_only_the_allowed_packages_mention(needle: str, allowed: tuple[str, ...]) -> None:
    offenders = [
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
        if needle in p.read_text(encoding="utf-8") and p.relative_to(SRC).parts[0] not in allowed
    ]
    assert offenders == []


def test_only_rawaccess_reaches_into_whoosh_internals() -> None:
    """Whoosh's private modules and names are read in index/rawaccess.py alone (the one door)."""
    import re

    private = re.compile(r"from whoosh\.(codec|matching|system|formats|filedb\.structfile)\b|"
                         r"from whoosh[\w.]* import [^\n]*\b_[a-z]|(?<!self)\._(ids|weights|values|next_block|read_ids|"
                         r"read_values|read_weights|dbfile|basepos|perdoc|cached_reader)\b")
    public = "from whoosh.codec.whoosh3 import W3Codec"  # the codec's documented constructor
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if p.name != "rawaccess.py"
                 and private.search(p.read_text(encoding="utf-8").replace(public, ""))]
    assert offenders == []


def test_import_linter_layer_contracts_hold() -> None:
    """The layer contracts of pyproject.toml ([tool.importlinter]), as lint-imports checks them."""
    root = SRC.parent.parent
    code = ("import sys\nfrom importlinter.cli import lint_imports\n"
            "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=root,
                         env={"PYTHONPATH": str(SRC.parent), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "broken" not in out.stdout.lower().replace("0 broken", "")
