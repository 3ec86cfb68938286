"""Every revision upgrades a database that holds data, with foreign keys enforced.

A migration that rebuilds a table (an Alembic batch on SQLite copies it and drops the old one)
passes on an empty database and fails on a real one, where other tables' rows point at it. So:
the small demo, taken down to each earlier revision by the scripts' own downgrades, then opened
by the application (backup, upgrade to head) must come back whole."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from incubator_app.db.engine import make_engine, resolve_url
from incubator_app.db.migrate import alembic_config, open_database
from incubator_app.db.schema_version import SCHEMA_HEAD
from incubator_app.demo import generate_demo

pytestmark = pytest.mark.core

EARLIER = sorted(
    s.revision
    for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    if s.revision != SCHEMA_HEAD
)
# Tables present since the first revision: their rows must all survive the round trip.
KEPT = ("entrepreneur", "cohort", "coach", "coaching_session", "discipline", "user_account")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    generate_demo(path, scale="small", seed=3)
    return path


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in KEPT}


@pytest.mark.parametrize("revision", EARLIER)
def test_a_filled_database_upgrades_from(revision: str, demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(demo_file, path)
    before = _counts(path)
    engine = make_engine(resolve_url(str(path)))  # foreign keys on, as the app opens it
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)

    database = open_database(path)
    database.dispose()

    assert database.backup_made is not None
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        leftovers = conn.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE '_alembic_tmp%'"
        ).fetchall()
        assert leftovers == []
    assert _counts(path) == before


# At the head, notes and their author live in coaching_note (0023).
_AUTHORS = (
    "SELECT s.id, n.author_id, c.user_id FROM coaching_session s"
    " JOIN coaching_note n ON n.session_id = s.id"
    " JOIN coach c ON c.id = s.coach_id ORDER BY s.id"
)


def test_demo_notes_have_their_author_and_0013_backfills_it(demo_file: Path, tmp_path: Path):
    """The demo writes the author of its notes (the coach's account); taken back to 0012 and
    upgraded, the migration gives the same notes the same authors."""
    path = tmp_path / "notes.sqlite3"
    shutil.copy(demo_file, path)
    with sqlite3.connect(path) as conn:
        written = conn.execute(_AUTHORS).fetchall()
        without_notes = conn.execute(
            "SELECT count(*) FROM coaching_note WHERE notes IS NULL OR notes = ''"
        ).fetchone()
    assert any(author is not None for _, author, _ in written)
    assert all(author == user for _, author, user in written)
    assert without_notes == (0,)
    engine = make_engine(resolve_url(str(path)))
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0012")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(coaching_session)")]
        assert "notes_author_id" not in columns
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute(_AUTHORS).fetchall() == written
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
