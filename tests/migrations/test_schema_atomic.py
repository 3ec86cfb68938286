"""Schema changes are all or nothing on SQLite too: a creation or an upgrade that stops half-way
(an error, or the process killed) leaves the file as it was, and the next start finishes it.

pysqlite runs CREATE/ALTER/DROP outside any transaction by default, so without care the tables
of a new database exist before its version is written (the file then "holds another
application's data") and an upgrade leaves half of a revision behind."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from incubator_app.db import migrate
from incubator_app.db.migrate import SchemaState, open_database, schema_state
from incubator_app.errors import StorageError

pytestmark = pytest.mark.core


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _failing_revision_dir(tmp_path: Path) -> Path:
    """Our migrations plus a newer revision that creates a table, rebuilds cohort, then fails."""
    scripts = tmp_path / "alembic"
    shutil.copytree(migrate.ALEMBIC_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_broken.py").write_text(
        '"""broken"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '9999_broken'\ndown_revision = {migrate.head_revision()!r}\n"
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n"
        "    op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    op.add_column('cohort', sa.Column('colour', sa.String(7), nullable=True))\n"
        "    raise RuntimeError('the power went out')\n\n\n"
        "def downgrade():\n"
        "    pass\n"
    )
    return scripts


def test_an_upgrade_that_fails_half_way_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "base.sqlite3"
    open_database(path).dispose()
    before = _tables(path)
    with sqlite3.connect(path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(cohort)")]

    monkeypatch.setattr(migrate, "ALEMBIC_DIR", _failing_revision_dir(tmp_path))
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9999_broken")
    with pytest.raises(RuntimeError, match="power went out"):
        open_database(path)

    assert _tables(path) == before  # no half_done, no _alembic_tmp_* leftovers
    with sqlite3.connect(path) as conn:
        assert [r[1] for r in conn.execute("PRAGMA table_info(cohort)")] == columns
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    monkeypatch.undo()
    assert version == migrate.SCHEMA_HEAD
    assert schema_state(path)[0] is SchemaState.CURRENT


def test_a_creation_that_fails_half_way_leaves_an_empty_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "new.sqlite3"

    def power_cut(_conn) -> None:
        raise RuntimeError("the power went out")

    # The search index is created after every table and before the version is stamped.
    monkeypatch.setattr(migrate, "create_search_index", power_cut)
    with pytest.raises(RuntimeError, match="power went out"):
        open_database(path)
    monkeypatch.undo()

    assert _tables(path) == set()
    assert schema_state(path)[0] is SchemaState.EMPTY
    open_database(path).dispose()  # the next start creates it
    assert schema_state(path)[0] is SchemaState.CURRENT


def test_killed_while_creating_the_database_the_next_start_opens_it(tmp_path: Path) -> None:
    """kill -9 at random moments of `migrate` on a new file (a bounded version of the
    independent run's 10/10 kills): the file afterwards is empty or complete, never refused."""
    rng = random.Random(20261203)
    for attempt in range(4):
        path = tmp_path / f"n{attempt}.sqlite3"
        process = subprocess.Popen(
            [sys.executable, "-m", "incubator_app", "migrate", "--db", str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Wait for the file (the process is creating the schema), then kill at a random moment.
        deadline = time.monotonic() + 20
        while not path.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.05))
        process.kill()
        process.wait()
        assert schema_state(path)[0] in (SchemaState.EMPTY, SchemaState.CURRENT)
        open_database(path).dispose()
        assert schema_state(path)[0] is SchemaState.CURRENT


_KILLED_WRITER = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA cache_size=1")  # pages spill to the file: the journal is hot
conn.execute("BEGIN")
for i in range(3000):
    conn.execute(
        "INSERT INTO discipline (code, label, position, active, version_id, created_at, "
        "updated_at) VALUES (?, 'x', 0, 1, 1, '2026-11-18', '2026-11-18')",
        (f"killed{i}",),
    )
os._exit(9)  # as kill -9: no rollback, no close
"""


def test_a_hot_journal_left_by_a_killed_writer_is_recovered_at_open(tmp_path: Path) -> None:
    """A writer killed mid-transaction leaves a hot journal that a read-only look cannot roll
    back ("attempt to write a readonly database"): the app's open recovers it (the uncommitted
    rows go) instead of calling the file damaged; `check`, which never writes, says what to do."""
    path = tmp_path / "base.sqlite3"
    open_database(path).dispose()
    subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(path)], check=False)
    assert Path(f"{path}-journal").exists()

    with pytest.raises(StorageError, match="left open by a program that stopped"):
        schema_state(path, writable=False)
    open_database(path).dispose()
    assert schema_state(path)[0] is SchemaState.CURRENT
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        killed = "SELECT count(*) FROM discipline WHERE code LIKE 'killed%'"
        assert conn.execute(killed).fetchone() == (0,)
