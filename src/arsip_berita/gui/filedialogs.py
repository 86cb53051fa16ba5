"""File dialogs in Indonesian, opening in the user's Documents folder (or the folder used last).

Qt ships no Indonesian catalogue for its own dialogs; ``resources/translations/qt_id.qm`` gives
them Indonesian labels, and on Linux the app uses Qt's own dialog (whose labels that catalogue
covers) rather than a desktop one that follows the system language. Windows and macOS keep their
native dialogs, which speak the system's language.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_DIR_KEY = "dialogs/last_dir"
NAME_LIMIT = 60


def options() -> QFileDialog.Option:
    if sys.platform.startswith("linux"):
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def _settings(parent: QWidget | None) -> QSettings | None:
    window = parent.window() if parent is not None else None
    settings = getattr(window, "settings", None)
    return settings if isinstance(settings, QSettings) else None


def start_dir(parent: QWidget | None) -> Path:
    """The folder used last (when it still exists), else the Documents folder; never the working directory."""
    settings = _settings(parent)
    last = settings.value(LAST_DIR_KEY) if settings is not None else None
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return documents_dir()


def remember_dir(parent: QWidget | None, path: Path) -> None:
    settings = _settings(parent)
    if settings is not None:
        settings.setValue(LAST_DIR_KEY, str(path if path.is_dir() else path.parent))


def safe_file_name(text: str, fallback: str = "ringkasan") -> str:
    """A file name from a title or query: letters, digits, spaces and hyphens, cut at a word, no
    trailing "_", "-", "." or space (``pejabat:"Budi Santoso"`` -> ``pejabat Budi Santoso``)."""
    name = re.sub(r"[^\w\s.-]+|_+", " ", text)
    name = re.sub(r"\s+", " ", name).strip(" .-")
    if len(name) > NAME_LIMIT:
        cut = name[:NAME_LIMIT]
        name = cut.rsplit(" ", 1)[0] if " " in cut[NAME_LIMIT // 2:] else cut
    name = name.strip(" .-")
    return name or fallback


def open_files(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start_dir(parent)), filters, "", options())
    paths = [Path(n) for n in names]
    if paths:
        remember_dir(parent, paths[0].parent)
    return paths


def existing_dir(parent: QWidget | None, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start_dir(parent)),
                                            options() | QFileDialog.Option.ShowDirsOnly)
    if not name:
        return None
    remember_dir(parent, Path(name).parent)
    return Path(name)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str) -> Path | None:
    """Ask where to save, proposing ``suggested`` + ``suffix`` in the start folder."""
    proposal = start_dir(parent) / f"{safe_file_name(suggested)}{suffix}"
    name, _ = QFileDialog.getSaveFileName(parent, title, str(proposal), filters, "", options())
    if not name:
        return None
    path = Path(name if name.lower().endswith(suffix) else name + suffix)
    remember_dir(parent, path.parent)
    return path
