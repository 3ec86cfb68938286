"""The brief, non-modal "saved" confirmation every save gives.

`Operations` calls `confirm_saved` after each successful operation that changed data (the ones
run with `changes=`), and emits `Operations.saved` so that the main window repeats the text in its
status bar. A save done without `Operations` calls it itself. The confirmation is a small label
over the bottom of the window the user is looking at (the dialog, or the window behind it when
the dialog closed on saving) that goes away by itself; it never takes the focus.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QTime, QTimer
from PySide6.QtWidgets import QLabel, QWidget

CONFIRMATION_MS = 3_000
OBJECT_NAME = "saveConfirmation"


def saved_text() -> str:
    """« Modifications enregistrées (14:32). », in the incubator's time."""
    from incubator_app import clock

    now = clock.now().astimezone(clock.zone())
    return QCoreApplication.translate("SaveConfirmation", "Changes saved (%1).").replace(
        "%1", QTime(now.hour, now.minute).toString("HH:mm")
    )


def _visible_window(widget: QWidget | None) -> QWidget | None:
    """The window the user sees: the widget's own, or the first visible one behind it."""
    while widget is not None and shiboken6.isValid(widget):
        if widget.isVisible():
            return widget.window()
        widget = widget.parentWidget()
    return None


def confirm_saved(widget: QWidget | None, text: str | None = None) -> QLabel | None:
    """Shows `text` (default `saved_text()`) briefly over the bottom of `widget`'s window."""
    window = _visible_window(widget)
    if window is None:
        return None
    for old in window.findChildren(QLabel, OBJECT_NAME):
        old.deleteLater()
    label = QLabel(text or saved_text(), window)
    label.setObjectName(OBJECT_NAME)
    label.setStyleSheet(
        f"#{OBJECT_NAME} {{ background: #e6f4ea; color: #1e4620; border: 1px solid #9ccc9f;"
        " border-radius: 4px; padding: 4px 10px; }"
    )
    label.adjustSize()
    label.move(
        max(0, (window.width() - label.width()) // 2), max(0, window.height() - label.height() - 12)
    )
    label.show()
    label.raise_()
    QTimer.singleShot(CONFIRMATION_MS, label.deleteLater)
    return label
