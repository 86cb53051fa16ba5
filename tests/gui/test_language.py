"""English is available through the compiled Qt catalogue; Indonesian is the source language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from arsip_berita.gui.app import install_translator
from arsip_berita.gui.models import HitTableModel


def test_english_catalogue_translates_the_interface(qapp: QApplication) -> None:
    qt_id = install_translator(qapp, "id")  # Qt's own dialogs only: our texts are Indonesian already
    assert qt_id is not None
    assert HitTableModel().headerData(0, Qt.Orientation.Horizontal) == "Judul"
    qapp.removeTranslator(qt_id)
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        assert HitTableModel().headerData(0, Qt.Orientation.Horizontal) == "Title"
    finally:
        qapp.removeTranslator(translator)
