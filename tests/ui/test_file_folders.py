"""File dialogs open in the folder last used for that kind of file, remembered across sessions,
else in Documents (never the program's folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from incubator_app.ui.entrepreneurs.export_actions import ask_export_path
from incubator_app.ui.file_folders import FileKind, documents_folder, start_folder
from incubator_app.ui.settings import AppSettings

pytestmark = pytest.mark.ui


class SaveDialog:
    """Stands for the user in Qt's file dialog: notes where it opened, answers `answer`."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.opened_on: list[str] = []

    def __call__(self, parent, caption, start, filters, *args):
        self.opened_on.append(start)
        return self.answer, filters.split(";;")[0]


def test_a_kind_never_used_starts_in_documents(settings) -> None:
    for kind in FileKind:
        assert start_folder(settings, kind) == documents_folder()
    assert documents_folder() != Path.cwd()


def test_the_export_folder_is_remembered_across_sessions(monkeypatch, tmp_path) -> None:
    chosen = tmp_path / "exports" / "porteurs.xlsx"
    chosen.parent.mkdir()
    dialog = SaveDialog(str(chosen))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    first = AppSettings()
    assert ask_export_path(None, first) == str(chosen)
    first.sync()
    # A new session reads the settings again: the dialog opens where the user went last.
    later = AppSettings()
    ask_export_path(None, later)
    assert Path(dialog.opened_on[0]).parent == documents_folder()
    assert Path(dialog.opened_on[1]).parent == chosen.parent
    # Each kind keeps its own folder.
    assert start_folder(later, FileKind.REPORTS) == documents_folder()
    assert start_folder(later, FileKind.EXPORTS) == chosen.parent


def test_a_folder_gone_since_falls_back_to_documents(settings, tmp_path) -> None:
    gone = tmp_path / "usb-key"
    settings.set_last_folder(FileKind.STATEMENTS.value, str(gone))
    assert start_folder(settings, FileKind.STATEMENTS) == documents_folder()
