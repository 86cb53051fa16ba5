"""Application start-up: Qt application, icon, translations, settings, the archive and the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionHeader, QWidget

from arsip_berita.core.errors import ArsipError
from arsip_berita.core.paths import is_server_location
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


def run_app(archive: Path | str | None = None, lang: str | None = None) -> int:
    """Show the window at once, then open the archive behind it (the default one, with the samples,
    on first launch): opening loads the search index and may have to repair it. ``archive`` is a
    folder or a shared archive's server address (``postgresql://nama@server/arsip``), as is
    ``$ARSIP_BERITA_ARCHIVE``."""
    app = make_application()
    errors.install_excepthook()
    settings = QSettings(ORG, "arsip-berita")
    install_translator(app, chosen_language(settings, lang))
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    from arsip_berita.gui.mainwindow import MainWindow

    window = MainWindow(None, settings)
    window.show_first()
    opener = ArchiveOpener(window, archive)
    app.installEventFilter(opener)  # opens after the window's first paint
    QTimer.singleShot(500, opener.open)  # or soon in any case (a minimised window paints nothing)
    try:
        return int(app.exec())
    finally:
        if window.service is not None:
            window.service.close()


class ArchiveOpener(QObject):
    """Opens the archive once the window has painted, then hands it to the window."""

    def __init__(self, window: QWidget, archive: Path | str | None) -> None:
        super().__init__(window)
        self._window = window
        # A folder, or a server's address kept as text (never made a Path: "//" would collapse).
        if isinstance(archive, str) and not is_server_location(archive):
            archive = Path(archive)
        self._archive = archive.strip() if isinstance(archive, str) else archive
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self._done and isinstance(watched, QWidget) \
                and watched.window() is self._window:
            QTimer.singleShot(0, self.open)
        return False

    def open(self) -> None:
        """Open in the window's write worker (opening may repair the index or add the samples), so
        the window stays responsive; the window gets the archive when it is ready."""
        if self._done:
            return
        self._done = True
        QApplication.instance().removeEventFilter(self)
        window = self._window
        window.statusBar().showMessage(QCoreApplication.translate("", "Membuka arsip ..."))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        archive = self._archive

        def work(_ctx: object) -> object:
            from arsip_berita.archive import open_archive

            return open_archive(archive)

        window.runner.submit("buka-arsip", work, write=True,  # type: ignore[attr-defined]
                             on_done=self._on_opened, on_error=self._on_failed)

    def _on_opened(self, service: object) -> None:
        QApplication.restoreOverrideCursor()
        window = self._window
        window.statusBar().clearMessage()
        window.attach(service)  # type: ignore[attr-defined]
        window.start()  # type: ignore[attr-defined]

    def _on_failed(self, exc: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        self._window.statusBar().clearMessage()  # type: ignore[attr-defined]
        errors.show_error(self._window, exc)
        code = exc.exit_code if isinstance(exc, ArsipError) else 1
        box = QApplication.activeModalWidget()
        if box is not None:
            box.finished.connect(lambda _r=0: QApplication.exit(code))  # type: ignore[attr-defined]
        else:
            QApplication.exit(code)
