"""Printing tests: Qt offscreen, the hand-made sample release importable, pdftotext helpers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
# brief_sample.py (our own fictional release) lives with the summary unit tests.
sys.path.insert(0, str(HERE.parent / "unit" / "summary"))


@pytest.fixture(autouse=True)
def _qt_app(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication, so that printing never creates a bare QGuiApplication that GUI
    tests in the same session could not use; ensure_gui_app() then finds it."""
    return qapp
