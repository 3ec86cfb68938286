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
