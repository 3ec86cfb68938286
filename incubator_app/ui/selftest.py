"""Smoke test of an installed or frozen build (`incubator-app selftest`): migrate an empty SQLite
file through every Alembic script, create the demo database, load the translations (ours, Qt's
and the CLI's), open the GUI offscreen on the demo, log in as the first administrator, visit every
page, write a PDF report and open it with QtPdf, show the About box and a licence, close.

packaging/build_linux.sh runs it from the frozen build with an empty environment, to prove the
bundle holds every file the application reads."""

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
        from incubator_app.selfcheck import check_core_translations, check_migrations

        head = check_migrations(workdir)
        print(f"selftest: migrations OK (empty SQLite upgraded to {head})")
        check_core_translations()
        if db is None:
            from incubator_app.demo import generate_demo

            db = str(workdir / "selftest-demo.sqlite3")
            generate_demo(Path(db), scale="small")

        from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

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
        qt_fr = QTranslator()
        _check(
            qt_fr.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            "Qt's own French catalogue (qtbase_fr.qm) is missing",
        )
        print("selftest: translations OK (incubator_app_fr.qm, qtbase_fr.qm, CLI catalogue)")
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
        print(f"selftest: window OK ({len(PAGES)} pages painted)")
        _check_pdf(controller, workdir)
        _check_about(window, app)
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


def _check_pdf(controller, workdir: Path) -> None:
    """A report written with the bundled fonts, then read back by QtPdf (the preview's)."""
    from PySide6.QtPdf import QPdfDocument

    from incubator_app.selfcheck import write_report_pdf

    path = write_report_pdf(controller.context.db, controller.context.actor, workdir)
    if path is None:
        print("selftest: PDF skipped (no entrepreneur in this database)")
        return
    document = QPdfDocument()
    document.load(str(path))
    pages = document.pageCount()
    _check(pages > 0, f"QtPdf cannot read {path}")
    document.close()
    print(f"selftest: PDF OK ({pages} page(s), {path.stat().st_size} bytes)")


def _check_about(window, app) -> None:
    """The About box names the build (its date in a frozen bundle) and opens a licence."""
    about = window.show_about()
    app.processEvents()
    summary = about.summary.text()
    if getattr(sys, "frozen", False):
        _check(about.info.build_date is not None, "the bundle has no build-info.json")
    shown = about.show_licence(0)
    _check("GNU GENERAL PUBLIC LICENSE" in shown.text.toPlainText(), "licence texts are missing")
    shown.close()
    about.close()
    app.processEvents()
    build = about.info.build_date.isoformat() if about.info.build_date else "development build"
    _check(about.info.version in summary, "the About box does not show the version")
    print(f"selftest: About OK ({about.info.version}, {build})")
