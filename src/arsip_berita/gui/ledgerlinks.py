"""What the main window gains from the ledger, without changing its panels: a figure chosen in the
Angka tab says where it stands in the indicator ledger (the previous known value from another
release, a conflict) in the status bar, a double click opens it in the Indikator window; and a
Pantauan badge in the status bar says which watchlists have new matches after an import.

Installed once per window by ``install_ledger_links(window)``; it listens to the window's signals.
"""

from __future__ import annotations

from collections.abc import Callable

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu

from arsip_berita.ledger.core import Ledger, format_value
from arsip_berita.ledger.timeline import clean_period


def tr(text: str) -> str:
    return QCoreApplication.translate("LedgerLinks", text)


def load_watch(open_archive: Callable[..., Any], _ctx: Any = None) -> list[Any]:
    from arsip_berita.ledger.watch import statuses

    svc = open_archive(readonly=True)
    try:
        return statuses(svc)
    finally:
        svc.close()


def ledger_message(ledger: Ledger, stat: Any, article_id: int) -> str | None:
    """The status-bar line for one figure of the article shown, or None when the ledger has nothing."""
    key, region, period = stat.indicator_key, stat.region or "", clean_period(stat.period) or ""
    if not key:
        return None
    line = ledger.lines.get((key, region, period))
    parts = []
    if line is not None:
        releases = len({e.article_id for e in line.entries})
        parts.append(tr("{0} · {1} · {2}: {3} angka dari {4} rilis").format(
            line.label, region or "?", period or "?", len(line.entries), releases))
        if line.conflict:
            parts.append(tr("BERBEDA antar-rilis: {0}").format(line.note or ""))
        elif line.notes:
            parts.append(line.notes[0])
    prev = ledger.previous_value(key, region, period, article_id) if region and period else None
    if prev is not None:
        prev_line = next((ln for ln in ledger.timeline(key, region) if prev in ln.entries), None)
        parts.append(tr("sebelumnya {0} ({1}, rilis “{2}”, {3})").format(
            format_value(prev.value, prev.unit), prev_line.period if prev_line else "?", prev.title,
            prev.date or tr("tanpa tanggal")))
    if not parts:
        return None
    return " · ".join(parts) + " · " + tr("klik ganda: grafik indikator")


class LedgerLinks(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ledger: Ledger | None = None
        self._building = False
        self._pending_row: int | None = None
        self.article_id = 0
        self.statuses: list[Any] = []
        self.badge = QLabel()
        self.badge.setObjectName("watchBadge")
        self.badge.setTextFormat(Qt.TextFormat.RichText)
        self.badge.linkActivated.connect(self._on_badge_link)
        window.statusBar().addPermanentWidget(self.badge)
        window.article_shown.connect(self._on_article_shown)
        window.panel.statistic_selected.connect(self._on_statistic_selected)
        window.panel.statistics_view.doubleClicked.connect(self._on_statistic_double_clicked)
        window.directory_loaded.connect(self._on_archive_changed)
        from arsip_berita.gui.copies import install_copy_collapser

        self.copies = install_copy_collapser(window)
        self._show_badge()

    # --- the ledger ---------------------------------------------------------------------------
    def _on_archive_changed(self, _data: object = None) -> None:
        self.ledger = None  # rebuilt when next needed
        if not self.window.isVisible():  # closing (a late report of a task): start no new work
            return
        opener = self.window.service.opener()
        self.window.runner.submit("pantauan", lambda ctx: load_watch(opener, ctx), bulk=True,
                                  on_done=self._on_watch_loaded)
        from arsip_berita.gui.copies import find_clusters

        # The window's own service: signatures computed now are kept for the next start (when no
        # import holds the writer lock at that moment; otherwise they are computed again next time).
        svc = self.window.service
        holder = self.copies
        self.window.runner.submit("salinan", lambda ctx: find_clusters(svc, holder, ctx), bulk=True,
                                  on_done=self.copies.set_clusters)

    def _on_article_shown(self, article_id: int) -> None:
        self.article_id = article_id

    def with_ledger(self, then: Any) -> None:
        if self.ledger is not None:
            then(self.ledger)
            return
        from arsip_berita.gui.indicatorview import load_ledger

        opener = self.window.service.opener()

        def done(ledger: Ledger) -> None:
            self.ledger = ledger
            then(ledger)

        self.window.runner.submit("buku-indikator", lambda ctx: load_ledger(opener, ctx), bulk=True, on_done=done)

    def _stat(self, row: int) -> Any:
        model = self.window.panel.statistics_model
        return model.row_data(row) if 0 <= row < model.rowCount() else None

    def _on_statistic_selected(self, row: int) -> None:
        stat = self._stat(row)
        if stat is None or not stat.indicator_key:
            return
        article_id = self.article_id

        def show(ledger: Ledger) -> None:
            text = ledger_message(ledger, stat, article_id)
            if text:
                self.window.statusBar().showMessage(text, 30000)

        self.with_ledger(show)

    def _on_statistic_double_clicked(self, index: QModelIndex) -> None:
        source = self.window.panel.statistics_proxy.mapToSource(index)
        stat = self._stat(source.row())
        if stat is None or not stat.indicator_key:
            return
        from arsip_berita.gui.indicatorview import open_indicator_window

        open_indicator_window(self.window, stat.indicator_key, stat.region, ledger=self.ledger)

    # --- watchlists ---------------------------------------------------------------------------
    def _on_watch_loaded(self, statuses: list[Any]) -> None:
        self.statuses = statuses
        self._show_badge()

    def _show_badge(self) -> None:
        new = sum(st.new for st in self.statuses)
        if not self.statuses:
            self.badge.setText(f'<a href="menu">{tr("Pantauan")}</a>')
            self.badge.setToolTip(tr("Belum ada pantauan: simpan kueri yang sedang dicari sebagai pantauan"))
        else:
            label = tr("Pantauan: {0} baru").format(new) if new else tr("Pantauan")
            self.badge.setText(f'<a href="menu">{"<b>" + label + "</b>" if new else label}</a>')
            self.badge.setToolTip("\n".join(tr("{0}: {1} baru dari {2}").format(st.name, st.new, st.total)
                                            for st in self.statuses))

    def _on_badge_link(self, _link: str) -> None:
        menu = self.watch_menu()
        menu.popup(self.badge.mapToGlobal(QPoint(0, 0)))

    def watch_menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.setObjectName("watchMenu")
        for st in self.statuses:
            text = tr("{0} ({1} baru)").format(st.name, st.new) if st.new else st.name
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, s=st: self.open_watch(s))
        if self.statuses:
            menu.addSeparator()
        add = menu.addAction(tr("Simpan kueri ini sebagai pantauan..."))
        add.setEnabled(bool(self.window.search_bar.text().strip()) and self.window.service.can_keep_watchlists)
        add.triggered.connect(self.save_current_query)
        if self.statuses and self.window.service.can_keep_watchlists:
            remove = menu.addMenu(tr("Hapus pantauan"))
            remove.setObjectName("watchRemoveMenu")
            for st in self.statuses:
                action = remove.addAction(st.name)
                action.triggered.connect(lambda _=False, n=st.name: self.remove_watch(n))
        return menu

    def remove_watch(self, name: str) -> None:
        svc = self.window.service
        self.window.runner.submit("pantauan-hapus", lambda ctx: svc.remove_watchlist(name), write=True,
                                  on_done=lambda _r: self._on_archive_changed())

    def open_watch(self, status: Any) -> None:
        """Search the watchlist's query and count what it shows as seen."""
        self.window.set_query(status.query)
        if not self.window.service.can_keep_watchlists:
            return
        svc, name = self.window.service, status.name
        self.window.runner.submit("pantauan-dilihat", lambda ctx: svc.mark_watchlist_seen(name), write=True,
                                  on_done=lambda _r: self._on_archive_changed())

    def save_current_query(self, name: str | None = None) -> None:
        query = self.window.search_bar.text().strip()
        if not query:
            return
        if name is None:
            name, ok = QInputDialog.getText(self.window, tr("Simpan pantauan"), tr("Nama pantauan:"), text=query)
            if not ok or not name.strip():
                return
        from arsip_berita.ledger.watch import add_watchlist

        svc, chosen = self.window.service, name
        self.window.runner.submit("pantauan-baru", lambda ctx: add_watchlist(svc, chosen, query), write=True,
                                  on_done=lambda _r: self._on_archive_changed())


def install_ledger_links(window: Any) -> LedgerLinks:
    """Once per window: the ledger and the watchlists in the main window."""
    links = getattr(window, "_ledger_links", None)
    if links is None:
        links = window._ledger_links = LedgerLinks(window)
    links._on_archive_changed()
    return links
