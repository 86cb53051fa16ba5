"""Indonesian throughout: Qt's own dialogs, suggested file names and folders, labels of the side panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWidget

from arsip_berita.core.model import Entity, Extraction
from arsip_berita.gui import filedialogs
from arsip_berita.gui.app import install_translator
from arsip_berita.gui.statspanel import place_rows


def test_qt_file_dialog_speaks_indonesian(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    translator = install_translator(qapp, "id")
    assert translator is not None
    try:
        dialog = QFileDialog(None, "Ekspor PDF")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}
        assert labels["lookInLabel"] == "&Lihat di:"
        assert labels["fileNameLabel"] == "&Nama berkas:"
        assert labels["fileTypeLabel"] == "&Jenis berkas:"
        buttons = dialog.findChild(QDialogButtonBox).findChildren(QPushButton)
        texts = {b.text().replace("&", "") for b in buttons}
        assert {"Simpan", "Batal"} <= texts, texts
        everything = " ".join([*labels.values(), *texts])
        for english in ("Look in", "File name", "Save", "Cancel", "Files of type"):
            assert english not in everything
        dialog.close()
        assert QCoreApplication.translate("QPrintPreviewDialog", "Print Preview") == "Pratinjau cetak"
    finally:
        qapp.removeTranslator(translator)


def test_suggested_file_names_are_clean() -> None:
    assert filedialogs.safe_file_name('pejabat:"Budi Santoso"') == "pejabat Budi Santoso"
    assert filedialogs.safe_file_name("Banjir? Bantuan!") == "Banjir Bantuan"
    assert filedialogs.safe_file_name("kemiskinan_2024__") == "kemiskinan 2024"
    long = "Pemerintah Aceh Bangun 1.250 Rumah Layak Huni bagi Keluarga Miskin TA 2025 di 23 Kabupaten"
    name = filedialogs.safe_file_name(long)
    assert len(name) <= filedialogs.NAME_LIMIT and long.startswith(name) and not name.endswith((" ", "_", "-", "."))
    assert filedialogs.safe_file_name("???") == "ringkasan"


def test_dialogs_start_in_documents_then_the_last_folder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)  # type: ignore[attr-defined]
    assert filedialogs.start_dir(window) == filedialogs.documents_dir()
    assert filedialogs.start_dir(window) != Path.cwd() or Path.cwd() == filedialogs.documents_dir()
    filedialogs.remember_dir(window, tmp_path / "out.pdf")
    assert filedialogs.start_dir(window) == tmp_path


def test_places_outside_the_gazetteer_have_indonesian_labels() -> None:
    ext = Extraction(entities=(Entity("LOCATION", 0, 11, "Gedung Sate", "Gedung Sate", role="venue"),))
    rows = place_rows(ext)
    assert [r.detail for r in rows] == ["tempat acara"]
