"""Where file dialogs open: the folder last used for that kind of file (reports, exports,
statements, backups, imports, documents, images), remembered across sessions in the settings,
else the user's Documents folder (never the program's folder)."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from incubator_app.ui.settings import AppSettings


class FileKind(enum.StrEnum):
    REPORTS = "reports"
    EXPORTS = "exports"
    STATEMENTS = "statements"
    BACKUPS = "backups"
    IMPORTS = "imports"
    DOCUMENTS = "documents"
    IMAGES = "images"


def documents_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def start_folder(settings: AppSettings, kind: FileKind) -> Path:
    """The folder last used for `kind` while it still exists, else Documents."""
    last = settings.last_folder(kind.value)
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def start_path(settings: AppSettings, kind: FileKind, file_name: str = "") -> str:
    """What a file dialog starts on: the kind's folder, with the suggested name in it."""
    folder = start_folder(settings, kind)
    return str(folder / file_name) if file_name else str(folder)


def remember_folder(settings: AppSettings, kind: FileKind, chosen: str | Path) -> None:
    """Remembers the folder of a chosen file (nothing when the dialog was cancelled)."""
    if chosen:
        settings.set_last_folder(kind.value, str(Path(chosen).parent))
