"""Cold start imports only what the first window needs (issue 12): once the main window has
painted on the dashboard, no report builder (reportlab), spreadsheet library (openpyxl),
migration tool (alembic, the schema being current) nor any other page has been imported."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from incubator_app.db.migrate import open_database

pytestmark = pytest.mark.ui

HEAVY = ("reportlab", "openpyxl", "alembic")


def test_first_window_imports_no_report_spreadsheet_migration_or_other_page(
    tmp_path: Path, make_incubator
) -> None:
    path = tmp_path / "start.sqlite3"
    db = open_database(path)
    make_incubator(db)
    db.dispose()
    code = textwrap.dedent(
        f"""
        import sys
        from incubator_app.ui.app import create_application
        from incubator_app.ui.startup import AppController, StartResult, first_admin

        app, settings = create_application("en")
        controller = AppController(app, settings, interactive=False)
        assert controller.start({str(path)!r}, pick_actor=first_admin) is StartResult.OK
        controller.window.repaint()
        app.processEvents()
        for name in sorted(sys.modules):
            print(name)
        controller.close_session()
        """
    )
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", INCUBATOR_APP_DATA_DIR=str(tmp_path / "data")
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    modules = set(done.stdout.split())
    assert "incubator_app.ui.pages.dashboard" in modules  # it really showed the window
    assert sorted(m for m in modules if m.split(".")[0] in HEAVY) == []
    pages = {m for m in modules if m.startswith("incubator_app.ui.pages.")}
    assert pages <= {"incubator_app.ui.pages.dashboard", "incubator_app.ui.pages.base"}


def test_the_main_window_module_imports_no_sqlalchemy() -> None:
    """So that a start-up can paint the window first and open the database after."""
    code = (
        "import sys; import incubator_app.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m.startswith(('incubator_app.models', 'incubator_app.db'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_window_paints_before_the_database_opens(tmp_path: Path, make_incubator) -> None:
    """The shell (sidebar, menus, "Opening the database…") is painted before SQLAlchemy, the
    models or the services are imported; the session then attaches to the same window."""
    path = tmp_path / "start.sqlite3"
    db = open_database(path)
    make_incubator(db)
    db.dispose()
    code = textwrap.dedent(
        f"""
        import sys
        from incubator_app.ui.app import create_application
        from incubator_app.ui.startup import AppController, StartResult, first_admin

        app, settings = create_application("en")
        controller = AppController(app, settings, interactive=False)
        at_paint = []

        def painted():
            window = controller.window
            at_paint.append((window, window.isVisible(), window.centralWidget().isEnabled()))
            at_paint.append(sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"
                                   or m.startswith(("incubator_app.models",
                                                    "incubator_app.services",
                                                    "incubator_app.db.migrate"))))

        controller.shell_painted.connect(painted)
        assert controller.start({str(path)!r}, pick_actor=first_admin) is StartResult.OK
        (shell, visible, enabled), heavy = at_paint
        assert shell is controller.window, "the session attached to another window"
        assert visible and not enabled, (visible, enabled)
        assert heavy == [], heavy
        assert controller.window.centralWidget().isEnabled()
        assert "sqlalchemy" in sys.modules
        print("ok")
        controller.close_session()
        """
    )
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", INCUBATOR_APP_DATA_DIR=str(tmp_path / "data")
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "ok"


def test_a_database_that_cannot_open_leaves_no_window(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("ceci n'est pas une base")
    code = textwrap.dedent(
        f"""
        from PySide6.QtWidgets import QApplication
        from incubator_app.ui.app import create_application
        from incubator_app.ui.startup import AppController, StartResult

        app, settings = create_application("en")
        controller = AppController(app, settings, interactive=False)
        assert controller.start({str(not_a_db)!r}) is StartResult.STORAGE_ERROR
        app.processEvents()
        assert controller.window is None
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
        print("ok")
        """
    )
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", INCUBATOR_APP_DATA_DIR=str(tmp_path / "data")
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "ok"
