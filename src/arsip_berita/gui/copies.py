"""Near-duplicate copies in the results: one release per cluster, a '+N salinan' badge on it, the
copies hidden until Tampilan > Gabungkan salinan di hasil is turned off.

Works on the results table as it is (rows hidden in the view, a decoration on the title), so the
results model and its selection are left alone; re-applied after every search and every re-sort.
"""

from __future__ import annotations

import threading
import types
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import QMenu

from arsip_berita.gui.models import DataRole, draw_badge

BADGE_SIZE = (64, 16)


def tr(text: str) -> str:
    return QCoreApplication.translate("CopyCollapser", text)


def copies_badge(n: int) -> QPixmap:
    return draw_badge(tr("+{0} salinan").format(n), BADGE_SIZE, "#DCEBF5", "#0072B2", "#00466E")


_INDEX_LOCK = threading.Lock()


def find_clusters(svc: Any, holder: Any, _ctx: Any = None) -> list[list[int]]:
    """Member ids of every near-duplicate cluster. The holder's ClusterIndex (made here, in the
    worker, so numpy and datasketch never load on the GUI thread) is brought up to date: only the
    releases imported since its last update are read; signatures are cached in the archive."""
    from arsip_berita.ledger.duplicates import ClusterIndex

    with _INDEX_LOCK:  # two updates after two quick imports take turns
        if holder.index is None or holder.index_directory != svc.directory:
            holder.index, holder.index_directory = ClusterIndex(), svc.directory
        holder.index.update(svc)
        return holder.index.groups()


class CopyCollapser(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = True
        self.cluster_of: dict[int, int] = {}  # article id -> the cluster's smallest id
        self.hidden_copies: dict[int, int] = {}  # shown article id -> copies hidden under it
        self._base_count = ""
        self.index: Any = None  # a ClusterIndex, made and updated by find_clusters in a worker
        self.index_directory: Any = None
        self._badges: dict[int, QPixmap] = {}
        model = window.results.model
        original = model.extra_data

        def extra_data(model_self: Any, item: Any, column: int, role: int) -> Any:
            n = self.hidden_copies.get(getattr(item, "id", -1), 0)
            if n and column == 0 and role == Qt.ItemDataRole.DecorationRole:
                if n not in self._badges:
                    self._badges[n] = copies_badge(n)
                return self._badges[n]
            return original(item, column, role)

        model.extra_data = types.MethodType(extra_data, model)
        window.search_finished.connect(self._on_search_finished)
        window.results.proxy.layoutChanged.connect(self.apply)
        self.action = QAction(tr("Gabungkan &salinan di hasil"), window)
        self.action.setObjectName("action_collapse_copies")
        self.action.setCheckable(True)
        self.action.setChecked(True)
        self.action.toggled.connect(self.set_enabled)
        # Into the Tampilan menu, beside the officials directory.
        view_menu = next((m for m in window.actions_by_key["officials"].associatedObjects()
                          if isinstance(m, QMenu)), None)
        if view_menu is not None:
            view_menu.addAction(self.action)

    def set_clusters(self, clusters: list[list[int]]) -> None:
        self.cluster_of = {i: min(ids) for ids in clusters for i in ids}
        self.apply()

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        self.apply()

    def _on_search_finished(self, _result: object) -> None:
        self._base_count = self.window.results.count_label.text()
        self.apply()

    def apply(self) -> None:
        results = self.window.results
        proxy, view = results.proxy, results.table
        first_of: dict[int, int] = {}
        self.hidden_copies = {}
        hidden = 0
        for row in range(proxy.rowCount()):
            hit = proxy.index(row, 0).data(DataRole)
            key = self.cluster_of.get(getattr(hit, "id", -1)) if self.enabled else None
            hide = key is not None and key in first_of
            if key is not None and not hide:
                first_of[key] = hit.id
            elif hide:
                self.hidden_copies[first_of[key]] = self.hidden_copies.get(first_of[key], 0) + 1
                hidden += 1
            view.setRowHidden(row, hide)
        model = results.model
        if model.rowCount():
            model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, 0))
        if self._base_count:
            suffix = (" \u00b7 " + tr("{0} salinan digabung").format(hidden)) if hidden else ""
            results.count_label.setText(self._base_count + suffix)


def install_copy_collapser(window: Any) -> CopyCollapser:
    collapser = getattr(window, "_copy_collapser", None)
    if collapser is None:
        collapser = window._copy_collapser = CopyCollapser(window)
    return collapser
