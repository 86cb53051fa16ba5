"""Printing tests: Qt offscreen, the hand-made sample release importable, pdftotext helpers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
# brief_sample.py (our own fictional release) lives with the summary unit tests.
sys.path.insert(0, str(HERE.parent / "unit" / "summary"))


def pdf_text(path: Path) -> str:
    """The PDF's text via pdftotext (-layout off), pages separated by form feeds."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (apt-get install poppler-utils)")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture(autouse=True)
def _qt_app(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication, so that printing never creates a bare QGuiApplication that GUI
    tests in the same session could not use; ensure_gui_app() then finds it."""
    return qapp
