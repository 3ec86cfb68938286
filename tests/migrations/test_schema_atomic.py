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
