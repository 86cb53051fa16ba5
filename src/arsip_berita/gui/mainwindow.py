"""The main window: search bar, facets, results, the article pane, the side panel and the officials dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelection, QRect, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QToolBar, QVBoxLayout, QWidget,
)

from arsip_berita.core.errors import QuerySyntaxError
from arsip_berita.core.model import SearchHit
from arsip_berita.core.query import Query
from arsip_berita.gui import errors
from arsip_berita.gui.archivechoice import ArchiveChoiceMixin, remember_archive, role_explanation, role_text
from arsip_berita.gui.articleview import ArticleView, LoadedArticle, hit_terms
from arsip_berita.gui.dialogs import SettingsDialog, ShortcutsDialog, archive_title
from arsip_berita.gui.facets import MIN_WIDTH as FACETS_MIN, FacetPanel
from arsip_berita.gui.fileactions import FileActionsMixin
from arsip_berita.gui.histogram import DateHistogram
from arsip_berita.gui.importdialog import ImportController
from arsip_berita.gui.menus import build_menus
from arsip_berita.gui.models import DataRole
from arsip_berita.gui.officials import DirectoryData, OfficialsBrowser, load_directory
from arsip_berita.gui.printflow import PrintController
from arsip_berita.gui.querytools import toggle_clause
from arsip_berita.gui.resultsview import ResultsPane
from arsip_berita.gui.searchbar import SearchBar, query_help
from arsip_berita.gui.statspanel import MIN_WIDTH as PANEL_MIN, StatsPanel
from arsip_berita.gui.tasks import TaskRunner

if TYPE_CHECKING:  # the search index and the service load once the window is on screen
    from arsip_berita.index import SearchResult
    from arsip_berita.archive.service import ArchiveService

RESULT_LIMIT = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


FIRST_SIZE = (1280, 800)  # first launch on a large screen; smaller screens get the window maximised
FRAME_ALLOWANCE = (16, 48)  # a window manager's border and title bar around the client area


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """The window's first size and place on a screen's available area, and whether to maximise it.

    1366x768 laptops are common in the offices that use the app, and 1024x640 must still work: the
    window (with its frame) never extends past the available area, and on such screens it is
    maximised, so the status bar is never off-screen.
    """
    width = min(FIRST_SIZE[0], available.width() - FRAME_ALLOWANCE[0])
    height = min(FIRST_SIZE[1], available.height() - FRAME_ALLOWANCE[1])
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    rect.moveTop(max(available.top(), rect.top()))
    small = available.width() < FIRST_SIZE[0] + 100 or available.height() < FIRST_SIZE[1] + 100
    return rect, small


def default_split(width: int) -> list[int]:
    """Facets, results with the article, side panel: the middle gets what the side panes leave."""
    facets = max(FACETS_MIN, min(240, int(width * 0.16)))
    panel = max(PANEL_MIN, min(380, int(width * 0.27)))
    return [facets, max(300, width - facets - panel), panel]


class MainWindow(ArchiveChoiceMixin, FileActionsMixin, QMainWindow):
    search_finished = Signal(object)  # SearchResult
    article_shown = Signal(int)
    directory_loaded = Signal(object)  # DirectoryData
    samples_removed = Signal(int)

    def __init__(self, service: ArchiveService | None, settings: QSettings, runner: TaskRunner | None = None) -> None:
        """A window on ``service``; without one, a window that shows at once while the archive opens
        behind it (``attach`` it then, and ``start``)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.service: ArchiveService = None  # type: ignore[assignment]  # set by attach()
        self.settings = settings
        self.runner = runner or TaskRunner(parent=self)
        if self.runner.error_handler is None:
            self.runner.error_handler = lambda exc: errors.show_error(self, exc)
        self._search_gen = 0
        self._article_gen = 0
        self.last_result: SearchResult | None = None
        self.importer: ImportController | None = None
        self.printer: PrintController | None = None
        self.setAcceptDrops(True)
        self._build_widgets()
        self.actions_by_key = build_menus(self)
        self._restore_state()
        self.results.set_has_query(False)  # no query yet: "Relevansi" is not offered
        if service is not None:
            self.attach(service)
        else:
            self.setWindowTitle(tr("Membuka arsip ..."))
            self.results.show_empty(tr("Membuka arsip ..."))
            self._set_ready(False)

    def attach(self, service: ArchiveService) -> None:
        """The archive is open: the window works on it from now on (again after Buka arsip bersama or
        Arsip terakhir: the previous archive's controllers go, its late reports are dropped)."""
        if self.service is not None:
            for old in (self.importer, self.printer):
                if old is not None:
                    old.deleteLater()
            self._article_gen += 1
            self.last_result = None
            self.article.show_placeholder(tr("Membuka arsip ..."))
            self.panel.clear()
            self.import_notice.hide()
        self.service = service
        remember_archive(self.settings, service.location)  # a server's address without its password
        # The archive's name only: Qt adds the application's name ("... \u2014 Arsip Berita") itself.
        self.setWindowTitle(self.window_title())
        self.importer = ImportController(self.runner, service.opener(), self)
        self.importer.import_finished.connect(self._on_importer_import_finished)
        self.printer = PrintController(self.runner, service.opener(), self, name=self.archive_title)
        self.printer.pdf_written.connect(self._on_printer_pdf_written)
        self._set_ready(True)
        self._set_writable(not service.readonly)

    def _set_ready(self, ready: bool) -> None:
        """Before the archive is open only the window's own actions work (help, settings, quit, focus)."""
        own = {"settings", "quit", "focus_search", "focus_results", "focus_article", "focus_panel",
               "focus_facets", "shortcuts", "query_help", "about"}
        for key, action in self.actions_by_key.items():
            if key not in own:
                action.setEnabled(ready)

    # --- construction ------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search_bar = SearchBar()
        self.search_bar.search_requested.connect(self.run_search)
        bar = QToolBar(tr("Pencarian"))
        bar.setObjectName("searchToolbar")
        bar.setMovable(False)
        bar.addWidget(self.search_bar)
        self.addToolBar(bar)
        self.facets = FacetPanel()
        self.facets.clause_toggled.connect(self.toggle_filter)
        self.histogram = DateHistogram()
        self.histogram.clause_toggled.connect(self.toggle_filter)
        self.histogram.hide()
        left = QWidget()
        left.setObjectName("leftPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.histogram)
        left_layout.addWidget(self.facets, 1)
        self.results = ResultsPane()
        self.results.sort_changed.connect(lambda _s: self.run_search(self.search_bar.text()))
        self.results.suggestion_clicked.connect(self._on_results_suggestion_clicked)
        self.results.table.selectionModel().selectionChanged.connect(self._on_results_selection_changed)
        self.article = ArticleView()
        self.article.filter_requested.connect(self.toggle_filter)
        self.panel = StatsPanel()
        self.panel.statistic_selected.connect(self.article.show_statistic)
        self.panel.span_selected.connect(self.article.mark_span)
        self.panel.filter_requested.connect(self.toggle_filter)
        self.article.statistic_activated.connect(self._on_article_statistic_activated)
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.middle.setObjectName("middleSplitter")
        self.middle.addWidget(self.results)
        self.middle.addWidget(self.article)
        self.middle.setStretchFactor(1, 2)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplitter")
        for w in (left, self.middle, self.panel):
            self.main_split.addWidget(w)
        self.main_split.setStretchFactor(1, 3)
        self.main_split.setCollapsible(1, False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.main_split)
        self.setCentralWidget(central)
        self.officials = OfficialsBrowser()
        self.officials.article_requested.connect(self.open_article)
        self.officials.filter_requested.connect(self.set_query)
        self.officials_dock = QDockWidget(tr("Direktori pejabat"), self)
        self.officials_dock.setObjectName("officialsDock")
        self.officials_dock.setWidget(self.officials)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.officials_dock)
        self.officials_dock.hide()
        self.officials_dock.visibilityChanged.connect(self._on_officials_dock_visibility_changed)
        self.import_notice = QLabel()
        self.import_notice.setObjectName("importNotice")
        self.import_notice.setTextFormat(Qt.TextFormat.RichText)
        self.import_notice.setMinimumWidth(60)
        self.import_notice.linkActivated.connect(self._on_import_notice_link_activated)
        self.statusBar().addWidget(self.import_notice, 1)
        self.import_notice.hide()
        self.archive_label = QLabel()
        self.archive_label.setObjectName("archiveLabel")
        self.archive_label.setMinimumWidth(60)  # a long name is clipped, never widens the window
        self.statusBar().addPermanentWidget(self.archive_label)
        self.setTabOrder(self.histogram, self.facets)
        self.setTabOrder(self.search_bar.line, self.results.table)
        self.setTabOrder(self.results.table, self.article.browser)
        self.setTabOrder(self.article.browser, self.panel)

    def _set_writable(self, writable: bool) -> None:
        reader = self.service.is_shared and not getattr(self.service, "can_write", True)
        why = tr("Impor tidak tersedia: akun Anda pada arsip bersama ini hanya pembaca (hanya mencari dan membaca).") \
            if reader else tr("Impor tidak tersedia: arsip ini hanya dapat dibaca.")
        for key in ("import_files", "import_folder"):
            action = self.actions_by_key[key]
            action.setEnabled(writable)
            if not action.property("plainToolTip"):
                action.setProperty("plainToolTip", action.toolTip())
            action.setToolTip(action.property("plainToolTip") if writable else why)
            action.setStatusTip("" if writable else why)
            for menu in action.associatedObjects():  # the menu shows why the item is off
                if isinstance(menu, QMenu):
                    menu.setToolTipsVisible(not writable)
        self.actions_by_key["remove_samples"].setEnabled(writable and self.service.sample_count() > 0)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        self.maximise_first = False
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            screen = self.screen()
            rect, self.maximise_first = first_geometry(screen.availableGeometry())
            self.setGeometry(rect)
        self._splits_set = False
        self._pending_splits = {key: value for key in ("window/main_split", "window/middle_split")
                                 if isinstance(value := self.settings.value(key), QByteArray)}
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        history = self.settings.value("search/history", [])
        self.search_bar.set_history([str(h) for h in (history if isinstance(history, list) else [history])])

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/main_split", self.main_split.saveState())
        self.settings.setValue("window/middle_split", self.middle.saveState())
        self.settings.setValue("search/history", self.search_bar.history)
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Splitter sizes are restored once the window has its real size: restored earlier, the first
        # resize would hand all the extra width to the stretching pane and lose the user's sizes.
        if self._pending_splits.get("window/main_split") is None and not self._splits_set:
            self.main_split.setSizes(default_split(self.main_split.width()))
        if self._pending_splits.get("window/middle_split") is None and not self._splits_set:
            height = self.middle.height()
            self.middle.setSizes([int(height * 0.38), height - int(height * 0.38)])
        self._splits_set = True
        for key, split in (("window/main_split", self.main_split), ("window/middle_split", self.middle)):
            if key in self._pending_splits:
                split.restoreState(self._pending_splits.pop(key))

    def show_first(self) -> None:
        """Show the window: maximised on a small screen the first time, else as sized or restored."""
        if self.maximise_first:
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.save_state()
        for handle in self.runner.running():
            handle.cancel()
        self.runner.wait_all()
        self.close_retired(force=True)  # archives the window left; its own closes with the app
        super().closeEvent(event)

    def start(self) -> None:
        """First search and the officials directory, once the window is up."""
        self.update_status()
        for notice in self.service.notices:
            self.statusBar().showMessage(notice, 15000)
        self.run_search(self.search_bar.text())
        self.reload_directory()
        from arsip_berita.gui.ledgerlinks import install_ledger_links

        install_ledger_links(self)

    def update_status(self) -> None:
        svc = self.service
        count = svc.count()
        if svc.is_shared:
            title = self.archive_title()
            if title != svc.archive_name:  # a name the user gave it: still say that it is shared
                title = tr("Arsip bersama: {0}").format(title)
            text = tr("{0} \u00b7 {1} \u00b7 {2} artikel").format(title, role_text(svc.role), count)
            if svc.readonly and svc.can_write:
                text += " \u00b7 " + tr("hanya baca")
            tip = tr("Arsip bersama di server {0}").format(svc.location) + "\n" + role_explanation(svc.role)
        else:
            text = tr("Arsip: {0} \u00b7 {1} artikel").format(self.archive_title(), count)
            if svc.readonly:
                text += " \u00b7 " + tr("hanya baca")
            tip = svc.location
        samples = self.service.sample_count()
        if samples:
            text += " \u00b7 " + tr("{0} contoh").format(samples)
        self.actions_by_key["remove_samples"].setEnabled(bool(samples) and not self.service.readonly)
        self.archive_label.setText(text)
        self.archive_label.setToolTip(tip)

    # --- searching ---------------------------------------------------------------------------
    @Slot(str)
    def run_search(self, query: str) -> None:
        if self.service is None:
            return  # still opening: start() runs what the field shows then
        query = query.strip()
        self._search_gen += 1
        self.results.set_has_query(bool(query))  # no query, nothing to rank: the newest first
        gen, sort, svc = self._search_gen, self.results.sort(), self.service
        if query:
            self.search_bar.remember(query)
        if not query and sort == "score":
            sort = "date"

        def work(_ctx: object) -> tuple[SearchResult, int]:
            return svc.search(query, limit=RESULT_LIMIT, sort=sort, with_facets=True), svc.count()

        self.runner.submit("cari", work, on_done=lambda r: self._on_search_done(gen, r),
                           on_error=lambda e: self._on_search_failed(gen, e))

    def _on_search_done(self, gen: int, payload: tuple[SearchResult, int]) -> None:
        if gen != self._search_gen:
            return  # a newer search is on its way
        result, archive_count = payload
        self.last_result = result
        self.results.model.set_rows(result.hits)
        self.results.fit_columns()
        self.results.set_notice(result.notice, result.suggestion)
        self.facets.show_facets(result.query, result.facets)
        self.histogram.show_bars(result.query, result.facets)
        shown = len(result.hits)
        if result.query:
            count = tr("{0} hasil ({1} ms)").format(result.total, f"{result.took_ms:.0f}")
            if shown < result.total:
                count += " \u00b7 " + tr("{0} teratas ditampilkan").format(shown)
        elif shown:
            count = tr("{0} artikel terbaru").format(shown)
        else:
            count = ""
        self.results.count_label.setText(count)
        if archive_count == 0:
            self.results.show_empty(tr("Arsip masih kosong: impor siaran pers melalui Berkas > Impor "
                                       "(Ctrl+O), atau seret berkas dan folder ke jendela ini."))
        elif not result.hits:
            self.results.show_empty(tr("Tidak ada hasil untuk \u201c{0}\u201d. Periksa ejaan, pakai kata "
                                       "yang lebih umum, atau hapus saringan.").format(result.query))
        else:
            self.results.show_table()
            self.results.select_first()
        if not result.hits:
            self.article.show_placeholder(tr("Tidak ada artikel untuk ditampilkan."))
            self.panel.clear()
        self.search_finished.emit(result)

    def _on_search_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._search_gen:
            return
        if isinstance(exc, QuerySyntaxError):
            self.results.set_error(exc.user_message)
            self.search_finished.emit(None)
            return
        errors.show_error(self, exc)

    @Slot(str)
    def set_query(self, query: str) -> None:
        self.search_bar.set_text(query)
        self.run_search(query)

    @Slot(str)
    def toggle_filter(self, clause: str) -> None:
        self.set_query(toggle_clause(self.search_bar.text(), clause))

    def clear_filters(self) -> None:
        self.set_query(parse_free_text(self.search_bar.text()))

    def toggle_date_sort(self) -> None:
        if not self.search_bar.text().strip():  # no relevance without a query: newest or oldest first
            self.results.set_sort("date_asc" if self.results.sort() == "date" else "date")
            return
        self.results.set_sort("score" if self.results.sort() != "score" else "date")

    @Slot(str)
    def _on_results_suggestion_clicked(self, suggestion: str) -> None:
        self.set_query(suggestion)

    # --- reading -----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.results.table.selectionModel().selectedRows()
        hits = [r.data(DataRole) for r in sorted(rows, key=lambda r: r.row())]
        return [h.id for h in hits if isinstance(h, SearchHit)]

    @Slot(QItemSelection, QItemSelection)
    def _on_results_selection_changed(self, *_: object) -> None:
        current = self.results.table.currentIndex()
        hit = current.data(DataRole) if current.isValid() else None
        if isinstance(hit, SearchHit):
            self.open_article(hit.id)

    @Slot(int)
    def open_article(self, article_id: int) -> None:
        self._article_gen += 1
        gen, svc = self._article_gen, self.service
        result = self.last_result
        terms = hit_terms(result.terms, Query.parse(result.query).words) if result and result.query else ()

        def work(_ctx: object) -> LoadedArticle:
            return LoadedArticle(svc.get_article(article_id), svc.get_extraction(article_id), terms)

        self.runner.submit("buka-artikel", work, on_done=lambda loaded: self._on_article_loaded(gen, loaded))

    def _on_article_loaded(self, gen: int, loaded: LoadedArticle) -> None:
        if gen != self._article_gen:
            return
        self.article.show_article(loaded)
        self.panel.show_extraction(loaded.extraction)
        self.article_shown.emit(loaded.article.id or 0)

    @Slot(int)
    def _on_article_statistic_activated(self, index: int) -> None:
        self.panel.setCurrentIndex(0)
        source = self.panel.statistics_model.index(index, 0)
        self.panel.statistics_view.selectRow(self.panel.statistics_proxy.mapFromSource(source).row())
        self.article.show_statistic(index)

    def next_hit(self) -> None:
        self.article.next_hit()

    def previous_hit(self) -> None:
        self.article.previous_hit()

    # --- officials directory -----------------------------------------------------------------
    def reload_directory(self) -> None:
        opener = self.service.opener()
        self.runner.submit("direktori-pejabat", lambda ctx: load_directory(opener, ctx), bulk=True,
                           on_done=self._on_directory_loaded)

    def _on_directory_loaded(self, data: DirectoryData) -> None:
        self.officials.show_directory(data)
        self.search_bar.set_officials([r.name for r in data.records])
        self.directory_loaded.emit(data)

    def show_indicators(self) -> None:
        from arsip_berita.gui.indicatorview import open_indicator_window

        open_indicator_window(self)

    def toggle_officials(self) -> None:
        self.officials_dock.setVisible(not self.officials_dock.isVisible())
        if self.officials_dock.isVisible():
            self.officials.filter_edit.setFocus()

    @Slot(bool)
    def _on_officials_dock_visibility_changed(self, visible: bool) -> None:
        self.actions_by_key["officials"].setChecked(visible)

    # --- focus, help, settings ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_bar.focus()

    def focus_results(self) -> None:
        self.results.table.setFocus()

    def focus_article(self) -> None:
        self.article.browser.setFocus()

    def focus_panel(self) -> None:
        self.panel.currentWidget().setFocus()

    def focus_facets(self) -> None:
        self.facets.setFocus()

    def open_settings(self) -> None:
        archive = (self.service.directory, self.service.archive_name) if self.service is not None else None
        dialog = SettingsDialog(self.settings, self, archive=archive)
        if self.service is not None:
            dialog.title.setToolTip(self.service.location)  # a server's address, not its local cache folder
        dialog.accepted.connect(self._on_settings_accepted)
        self.settings_dialog = dialog
        dialog.open()

    def _on_settings_accepted(self) -> None:
        if self.service is not None:
            self.setWindowTitle(self.window_title())
            self.update_status()

    def archive_title(self) -> str:
        """The archive's name: the one the user gave it (Pengaturan), else its folder's."""
        return archive_title(self.settings, self.service.directory, self.service.archive_name)

    def window_title(self) -> str:
        """The archive's name, and for a shared archive the user's role on it (penulis, pembaca)."""
        title = self.archive_title()
        if self.service.is_shared:
            title += " \u00b7 " + role_text(self.service.role)
        return title

    def show_shortcuts(self) -> None:
        ShortcutsDialog(list(self.actions_by_key.values()), self).open()

    def show_query_help(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("Bahasa kueri"), query_help(),
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("queryHelp")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        from arsip_berita import __version__

        QMessageBox.about(self, tr("Tentang Arsip Berita"), tr(
            "Arsip Berita {0}\nPembaca arsip siaran pers pemerintah daerah.").format(__version__))


def parse_free_text(query: str) -> str:
    """The query without its field filters (the Query value's free text)."""
    return Query.parse(query).text
