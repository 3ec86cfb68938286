"""`check --full` sees what SQLite's integrity_check cannot (a missing index or trigger, a
quick-search index out of step with its table) and `check --repair` rebuilds it from the data."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from incubator_app.cli import main
from incubator_app.db.migrate import open_database
from incubator_app.demo import generate_demo
from incubator_app.services.actor import Actor
from incubator_app.services.entrepreneurs.quick_search import quick_search_entrepreneurs
from incubator_app.services.toolbox.search import SheetQuery, search_sheets

pytestmark = pytest.mark.core


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    generate_demo(path, scale="small", seed=1, reference_date=date(2026, 11, 18))
    return path


def _damaged(demo_file: Path, tmp_path: Path) -> Path:
    """What a bulk rebuild killed half-way leaves: the data whole, derived parts gone."""
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO entrepreneur_search(entrepreneur_search) VALUES('delete-all')")
        conn.execute("DROP INDEX ix_coaching_session_session_date")
        conn.execute("DROP TRIGGER entrepreneur_search_au")
        conn.execute("DROP TRIGGER entrepreneur_activity_ms_ai")
        conn.execute("INSERT INTO toolbox_search(toolbox_search) VALUES('delete-all')")
        conn.execute("DROP TRIGGER toolbox_search_ai")
    return path


def _first_last_name(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT last_name FROM entrepreneur ORDER BY id").fetchone()[0]


def _finds(path: Path, text: str) -> bool:
    database = open_database(path)
    try:
        with database.session() as session:
            return bool(quick_search_entrepreneurs(session, text, actor=Actor.system()))
    finally:
        database.dispose()


def _sheet_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM toolbox_sheet").fetchone()[0]


def _first_sheet_title(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT title FROM toolbox_sheet ORDER BY id").fetchone()[0]


def _toolbox_finds(path: Path, title: str) -> int:
    """How many sheets the toolbox search finds for a sheet's title."""
    database = open_database(path)
    try:
        with database.session() as session:
            return search_sheets(session, SheetQuery(text=title), actor=Actor.system()).total
    finally:
        database.dispose()


def _indexed_sheets(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM toolbox_search_docsize").fetchone()[0]


def test_a_whole_database_checks_ok(demo_file: Path, capsys) -> None:
    assert main(["check", "--db", str(demo_file), "--full", "--lang", "en"]) == 0
    assert "Integrity: ok" in capsys.readouterr().out


def test_full_check_names_what_is_missing(demo_file: Path, tmp_path: Path, capsys) -> None:
    path = _damaged(demo_file, tmp_path)
    # SQLite's own check sees nothing wrong: that is the point.
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not _finds(path, _first_last_name(path))

    assert main(["check", "--db", str(path), "--full", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "missing index ix_coaching_session_session_date" in out
    assert "missing trigger entrepreneur_search_au" in out
    assert "missing trigger entrepreneur_activity_ms_ai" in out
    assert "quick-search index is out of step" in out
    sheets = _sheet_count(path)
    assert sheets > 0
    assert "missing trigger toolbox_search_ai" in out
    assert f"toolbox search index is out of step with the sheets ({sheets} missing, 0 stray)" in out


def test_repair_rebuilds_from_the_data(demo_file: Path, tmp_path: Path, capsys) -> None:
    path = _damaged(demo_file, tmp_path)
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT count(*) FROM entrepreneur").fetchone()[0]
    assert _toolbox_finds(path, _first_sheet_title(path)) == 0

    assert main(["check", "--db", str(path), "--repair", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Repair: rebuilt index ix_coaching_session_session_date" in out
    assert "Integrity: ok" in out
    assert _finds(path, _first_last_name(path))
    assert "Repair: rebuilt trigger toolbox_search_ai" in out
    assert _indexed_sheets(path) == _sheet_count(path) > 0
    assert _toolbox_finds(path, _first_sheet_title(path)) >= 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM entrepreneur").fetchone()[0] == rows
    assert main(["check", "--db", str(path), "--full", "--lang", "en"]) == 0
