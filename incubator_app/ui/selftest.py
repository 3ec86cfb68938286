"""Smoke test of an installed or frozen build: open the GUI offscreen on a database, log in as
the first administrator, visit every page, close. `incubator-app selftest` runs it."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def run_selftest(db: str | None) -> int:
    """Returns 0 when every page showed; 1 with the reason on stderr otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir = Path(tempfile.mkdtemp(prefix="incubator-selftest-"))
    controller = None
    try:
        if db is None:
            from incubator_app.demo import generate_demo

            db = str(workdir / "selftest-demo.sqlite3")
            generate_demo(Path(db), scale="small")

        from PySide6.QtCore import QCoreApplication, QSettings

        from incubator_app.ui.app import create_application
        from incubator_app.ui.pages import PAGES
        from incubator_app.ui.settings import AppSettings
        from incubator_app.ui.startup import AppController, StartResult, first_admin

        app, _ = create_application("fr")
        # Private settings: a selftest must not change the user's last database or layout.
        settings = AppSettings(QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat))
        _check(
            QCoreApplication.translate("Pages", "Dashboard") != "Dashboard",
            "the French translation (incubator_app_fr.qm) is not loaded",
        )
        controller = AppController(app, settings, interactive=False)
        result = controller.start(db, pick_actor=first_admin)
        _check(result is StartResult.OK, f"could not open the session on {db}: {result.value}")
        window = controller.window
        _check(window is not None and window.isVisible(), "the main window is not shown")
        app.processEvents()
        for spec in PAGES:
            window.show_page(spec.key)
            app.processEvents()
            page = window.stack.currentWidget()
            _check(
                page is not None and page.objectName() == f"page_{spec.key}",
                f"page {spec.key} did not show",
            )
            _check(not page.grab().isNull(), f"page {spec.key} did not paint")
        window.close()
        app.processEvents()
        print(f"selftest: OK ({len(PAGES)} pages on {db})")
        return 0
    except BaseException as exc:  # noqa: BLE001 (the smoke test reports whatever broke)
        print(f"selftest: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return 1
    finally:
        if controller is not None:
            controller.close_session()
        shutil.rmtree(workdir, ignore_errors=True)
