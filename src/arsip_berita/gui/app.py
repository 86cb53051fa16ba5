"""Application start-up: Qt application, icon, translations, settings, the archive and the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionHeader

from arsip_berita.core.errors import ArsipError
from arsip_berita.core.resources import resource_path
from arsip_berita.gui import errors

log = logging.getLogger(__name__)
ORG, APP = "ArsipBerita", "Arsip Berita"


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("arsip-berita.svg", "arsip-berita-256.png", "arsip-berita-64.png", "arsip-berita-32.png"):
        path = resource_path("icons", name)
        if path.exists():
            icon.addFile(str(path))
    return icon


def install_translator(app: QApplication, lang: str) -> QTranslator | None:
    """Load the English catalogue when asked. Indonesian is the source language of our own texts;
    for Indonesian, the catalogue of Qt's own dialogs (file dialog, buttons, print preview) is loaded,
    since Qt ships none."""
    translator = QTranslator(app)
    name = "qt_id.qm" if lang == "id" else f"arsip_berita_{lang}.qm"
    if translator.load(str(resource_path("translations", name))):
        app.installTranslator(translator)
        return translator
    log.warning("no translation for %s", lang)
    return None


class SortArrowStyle(QProxyStyle):
    """Header sort arrows that point the way the order runs: \u25b2 ascending, \u25bc descending.

    Qt maps ascending order to its "sort down" indicator, which Fusion draws as \u25bc: the officials
    directory, sorted by articles from most to fewest, showed \u25b2.
    """

    def drawPrimitive(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def] # noqa: N802
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader) \
                and option.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
            flipped = QStyleOptionHeader(option)
            up = option.sortIndicator == QStyleOptionHeader.SortIndicator.SortUp
            flipped.sortIndicator = (QStyleOptionHeader.SortIndicator.SortDown if up
                                     else QStyleOptionHeader.SortIndicator.SortUp)
            return super().drawPrimitive(element, flipped, painter, widget)
        return super().drawPrimitive(element, option, painter, widget)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scale factors (125 %, 150 %) are common on office laptops: do not round them.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux") \
            and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication(argv or [sys.argv[0] if sys.argv else "arsip-berita"])
    if app.style().name().lower() == "fusion":  # the Linux default; native styles keep their own arrows
        app.setStyle(SortArrowStyle("fusion"))
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName(APP)
    app.setDesktopFileName("arsip-berita")
    app.setWindowIcon(app_icon())
    return app


def chosen_language(settings: QSettings, lang: str | None) -> str:
    if lang:
        return lang
    stored = settings.value("language")
    if stored in ("id", "en"):
        return str(stored)
    return "id"  # Bahasa Indonesia by default, whatever the system locale


def run_app(archive: Path | None = None, lang: str | None = None) -> int:
    """Open the archive (the default one, with the samples, on first launch) and run the window."""
    app = make_application()
    errors.install_excepthook()
    settings = QSettings(ORG, "arsip-berita")
    install_translator(app, chosen_language(settings, lang))
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    from arsip_berita.gui.mainwindow import MainWindow
    from arsip_berita.service import ArchiveService

    try:
        service = ArchiveService.open(archive)
    except ArsipError as exc:
        errors.show_error(None, exc)
        # A modal message with no window: run the loop until it is closed.
        box = app.activeModalWidget() or app.topLevelWidgets()[-1]
        box.finished.connect(app.quit)  # type: ignore[attr-defined]
        app.exec()
        return exc.exit_code
    window = MainWindow(service, settings)
    window.show_first()
    QTimer.singleShot(0, window.start)
    try:
        return int(app.exec())
    finally:
        service.close()
