"""Making a window the active one in a test, reliably.

One `activateWindow()` then a wait is not enough on a loaded machine: a window of the previous
test still being torn down, or a popup closing, can take the activation back after our single
request, and the wait then times out although nothing is wrong with the code under test. So the
request is repeated until the window is active (the offscreen platform grants it at once)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def make_active(qtbot, widget: QWidget, timeout: int = 10_000) -> None:
    """Show `widget`'s window, then ask for the activation until it has it."""
    window = widget.window()
    if not window.isVisible():
        window.show()
    qtbot.waitExposed(window)

    def active() -> bool:
        if not window.isActiveWindow():
            window.raise_()
            window.activateWindow()
            QApplication.processEvents()
        return window.isActiveWindow()

    qtbot.waitUntil(active, timeout=timeout)
