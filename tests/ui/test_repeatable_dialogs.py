"""Dialogs that delete themselves on close open again, and again: the main window must not
reuse a reference to a deleted dialog (Ctrl+K once worked only once per session)."""

from __future__ import annotations

import pytest
from activation import make_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from incubator_app.ui.main_window import MainWindow

pytestmark = pytest.mark.ui
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    make_active(qtbot, win)
    return win


def _open_dialog(qtbot, window: MainWindow, key: Qt.Key, modifiers) -> QDialog:
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)}
    qtbot.keyClick(window, key, modifiers)
    found: list[QDialog] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets() + window.findChildren(QDialog)
            if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
        ]
        return bool(found)

    qtbot.waitUntil(opened)
    return found[0]


@pytest.mark.parametrize(
    ("key", "modifiers", "class_name"),
    [
        (Qt.Key.Key_K, CTRL, "QuickSearchDialog"),
        (Qt.Key.Key_N, CTRL | SHIFT, "LogSessionDialog"),
    ],
)
def test_a_dialog_closed_with_escape_opens_three_times(
    qtbot, window: MainWindow, key, modifiers, class_name
) -> None:
    for _ in range(3):
        dialog = _open_dialog(qtbot, window, key, modifiers)
        assert type(dialog).__name__ == class_name
        with qtbot.waitSignal(dialog.destroyed, timeout=3000):
            dialog.reject()
        QApplication.processEvents()
        make_active(qtbot, window)
