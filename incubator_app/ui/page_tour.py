"""Opens the app on a database without a login dialog and shows each page at a chosen window
size, once its background loading is done. The screenshots tool (tools/screenshots.py) and the
clipped-text test (tests/ui/test_no_clipped_text.py) walk the pages with it, as selftest does.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from incubator_app.ui.pages import PAGES
from incubator_app.ui.settings import AppSettings
from incubator_app.ui.startup import AppController, StartResult, first_admin

#: The window sizes every page must fit: the app's default size, a common laptop, full HD.
SIZES: tuple[tuple[int, int], ...] = ((1120, 720), (1366, 768), (1920, 1080))

PAGE_KEYS: tuple[str, ...] = tuple(spec.key for spec in PAGES)


class PageTour:
    """The main window on `db`, signed in as the first administrator, with private settings
    (a tour never changes the user's last database, window layout or last page)."""

    def __init__(self, app: QApplication, db: Path | str, workdir: Path) -> None:
        self.app = app
        settings = AppSettings(QSettings(str(workdir / "tour.ini"), QSettings.Format.IniFormat))
        self.controller = AppController(app, settings, interactive=False)
        result = self.controller.start(str(db), pick_actor=first_admin)
        if result is not StartResult.OK or self.controller.window is None:
            raise RuntimeError(f"could not open {db}: {result.value}")
        self.window = self.controller.window

    def show(self, key: str, size: tuple[int, int]) -> QWidget:
        """Resizes the window, shows page `key` and waits until it has loaded and laid out."""
        self.window.resize(*size)
        self.window.show_page(key)
        self.settle()
        page = self.window.current_page
        assert page is not None
        return page

    def settle(self, timeout: float = 20.0) -> None:
        """Processes events until no background work is left, then lets layouts finish."""
        ops = self.controller.ops
        deadline = time.monotonic() + timeout
        while True:
            self.app.processEvents()
            if ops is None or not ops.busy or time.monotonic() > deadline:
                break
            time.sleep(0.01)
        for _ in range(3):
            self.app.processEvents()

    def close(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            # Hidden, not closed: closing the main window quits the application.
            window.hide()
            window.deleteLater()
        self.controller.close_session()
        self.app.processEvents()
