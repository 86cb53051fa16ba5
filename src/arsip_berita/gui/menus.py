"""The window's actions with their shortcuts and menus (one table, also shown in Help > Pintasan Keyboard)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QTextEdit, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under the empty context


def action_table() -> list[tuple[str, str, str, tuple[str, ...], str]]:
    """(menu, key, label, shortcuts, method name on the window)."""
    return [
        ("file", "open_shared", tr("Buka arsip &bersama..."), (), "open_shared_archive"),
        ("file", "import_files", tr("&Impor berkas..."), ("Ctrl+O",), "import_files"),
        ("file", "import_folder", tr("Impor &folder..."), ("Ctrl+Shift+O",), "import_folder"),
        ("file", "remove_samples", tr("&Hapus contoh..."), (), "remove_samples"),
        ("file", "-", "", (), ""),
        ("file", "print", tr("&Cetak ringkasan artikel..."), ("Ctrl+P",), "print_current"),
        ("file", "print_selected", tr("Cetak hasil &terpilih..."), ("Ctrl+Shift+P",), "print_selected"),
        ("file", "export_pdf", tr("&Ekspor PDF artikel..."), ("Ctrl+E",), "export_current_pdf"),
        ("file", "export_selected", tr("Ekspor PDF hasil terpilih..."), ("Ctrl+Alt+E",), "export_selected_pdf"),
        ("file", "export_all", tr("Ekspor PDF &semua hasil..."), ("Ctrl+Shift+E",), "export_all_pdf"),
        ("file", "-", "", (), ""),
        ("file", "settings", tr("&Pengaturan..."), ("Ctrl+,",), "open_settings"),
        ("file", "quit", tr("&Keluar"), ("Ctrl+Q",), "close"),
        ("search", "focus_search", tr("&Cari"), ("Ctrl+F", "Ctrl+L"), "focus_search"),
        ("search", "clear_filters", tr("&Hapus semua saringan"), ("Ctrl+Shift+Backspace",), "clear_filters"),
        ("search", "sort_date", tr("Urutkan menurut &tanggal"), ("Ctrl+T",), "toggle_date_sort"),
        ("search", "next_hit", tr("Kata dicari &berikutnya"), ("F3",), "next_hit"),
        ("search", "prev_hit", tr("Kata dicari &sebelumnya"), ("Shift+F3",), "previous_hit"),
        ("view", "focus_results", tr("Fokus ke &hasil"), ("Ctrl+1",), "focus_results"),
        ("view", "focus_article", tr("Fokus ke &artikel"), ("Ctrl+2",), "focus_article"),
        ("view", "focus_panel", tr("Fokus ke &panel samping"), ("Ctrl+3",), "focus_panel"),
        ("view", "focus_facets", tr("Fokus ke &saringan"), ("Ctrl+4",), "focus_facets"),
        ("view", "officials", tr("&Direktori pejabat"), ("Ctrl+D",), "toggle_officials"),
        ("view", "indicators", tr("&Indikator (angka antar-rilis)"), ("Ctrl+Shift+I",), "show_indicators"),
        ("help", "shortcuts", tr("&Pintasan Keyboard"), ("F1",), "show_shortcuts"),
        ("help", "query_help", tr("Bahasa &kueri"), ("Shift+F1",), "show_query_help"),
        ("help", "about", tr("&Tentang Arsip Berita"), (), "show_about"),
    ]


def build_menus(window: QMainWindow) -> dict[str, QAction]:
    titles = {"file": tr("&Berkas"), "search": tr("&Cari"), "view": tr("&Tampilan"), "help": tr("Ban&tuan")}
    menus = {key: window.menuBar().addMenu(title) for key, title in titles.items()}
    actions: dict[str, QAction] = {}
    for menu, key, label, keys, method in action_table():
        if key == "-":
            menus[menu].addSeparator()
            continue
        action = QAction(label, window)
        action.setObjectName(f"action_{key}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        if keys:
            action.setToolTip(f"{label.replace('&', '')} ({keys[0]})")
        slot: Callable[[], object] = getattr(window, method)
        action.triggered.connect(lambda _=False, f=slot: f())
        menus[menu].addAction(action)
        window.addAction(action)  # shortcuts work whichever pane has focus
        actions[key] = action
    # Berkas > Arsip terakhir, after "Buka arsip bersama": filled from the settings when it opens.
    recent = QMenu(tr("Arsip te&rakhir"), menus["file"])
    recent.setObjectName("recentArchivesMenu")
    recent.aboutToShow.connect(window.fill_recent_menu)  # type: ignore[attr-defined]
    menus["file"].insertMenu(actions["import_files"], recent)
    menus["file"].insertSeparator(actions["import_files"])
    window.recent_menu = recent  # type: ignore[attr-defined]
    actions["recent"] = recent.menuAction()  # off, like the others, until the archive is open
    actions["officials"].setCheckable(True)
    actions["sort_date"].setCheckable(True)
    window._shortcut_guard = ShortcutGuard(actions.values(), window)  # type: ignore[attr-defined]
    return actions


class ShortcutGuard(QObject):
    """Lets the window's shortcuts through text fields, which claim some keys for editing.

    A QLineEdit takes Ctrl+E (end of line) and Ctrl+D (delete) on Linux before any shortcut
    sees them, so Ctrl+E (export PDF) did nothing from the search field, where focus sits after
    every search. The guard watches the window's line edits and text views and declines the
    override for the keys of the window's actions; their other keys edit text as before.
    """

    def __init__(self, actions: object, window: QWidget) -> None:
        super().__init__(window)
        self._keys = {seq.toString() for a in actions for seq in a.shortcuts()}  # type: ignore[attr-defined]
        self._watched: set[int] = set()
        self.watch(window)

    def watch(self, root: QWidget) -> None:
        """Watch every text field under ``root`` (call again for widgets made later)."""
        for widget in [*root.findChildren(QLineEdit), *root.findChildren(QTextEdit)]:
            if id(widget) not in self._watched:
                self._watched.add(id(widget))
                widget.installEventFilter(self)

    def claims(self, event: QKeyEvent) -> bool:
        return QKeySequence(event.keyCombination()).toString() in self._keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self.claims(event):
            event.ignore()  # not overridden: the shortcut map runs the window's action
            return True
        return False
