"""Same seed + same reference date ⇒ the same database, row for row, whenever it is generated."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from incubator_app.db.migrate import open_database
from incubator_app.demo import generate_demo
from incubator_app.services.administration.users import authenticate

pytestmark = pytest.mark.core

PARIS = ZoneInfo("Europe/Paris")
REFERENCE = date(2027, 1, 1)
# Nothing is excluded: password hashes use a salt derived from the seed (demo passwords are
# public), timestamps come from the reference date, never from the wall clock.
EXCLUDED_COLUMNS: dict[str, set[str]] = {}


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every table of the file (ORM tables, alembic_version, search index, statistics), every
    column, ordered by primary key (by every column when the table has none)."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        out: dict[str, list[tuple]] = {}
        for table in tables:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            skip = EXCLUDED_COLUMNS.get(table, set())
            columns = [c[1] for c in info if c[1] not in skip]
            pk = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]]
            order = pk or columns
            listed = ", ".join(f'"{c}"' for c in columns)
            ordered = ", ".join(f'"{c}"' for c in order)
            out[table] = conn.execute(
                f'SELECT {listed} FROM "{table}" ORDER BY {ordered}'
            ).fetchall()
        return out
    finally:
        conn.close()


def test_same_seed_and_reference_date_give_the_same_rows(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    # Two different wall clocks (a year and an hour apart): none of it may reach the rows.
    with time_machine.travel(datetime(2027, 3, 5, 10, 17, tzinfo=PARIS), tick=True):
        a = generate_demo(first, seed=7, scale="small", reference_date=REFERENCE)
    with time_machine.travel(datetime(2028, 8, 9, 23, 41, tzinfo=PARIS), tick=True):
        b = generate_demo(second, seed=7, scale="small", reference_date=REFERENCE)
    assert a.reference_date == b.reference_date == REFERENCE
    rows_a, rows_b = _rows(first), _rows(second)
    assert set(rows_a) == set(rows_b)
    assert sum(len(r) for r in rows_a.values()) > 5_000
    for table in rows_a:
        assert rows_a[table] == rows_b[table], f"table {table} differs"
    # The derived salts still make working argon2 hashes.
    database = open_database(second)
    try:
        with database.session() as session:
            assert authenticate(session, "admin", "demo-admin").role.value == "admin"
            assert authenticate(session, "coach01", "demo-coach").role.value == "coach"
    finally:
        database.dispose()


def test_another_reference_date_moves_the_data(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    generate_demo(first, seed=7, scale="small", reference_date=REFERENCE)
    generate_demo(second, seed=7, scale="small", reference_date=date(2027, 6, 15))
    profile = "SELECT demo_reference_date, is_demo FROM incubator_profile"
    assert sqlite3.connect(first).execute(profile).fetchall() == [("2027-01-01", 1)]
    assert sqlite3.connect(second).execute(profile).fetchall() == [("2027-06-15", 1)]
    latest = "SELECT max(session_date) FROM coaching_session"
    assert sqlite3.connect(first).execute(latest).fetchone()[0] <= "2027-01-01"
    assert "2027-06-01" <= sqlite3.connect(second).execute(latest).fetchone()[0] <= "2027-06-15"


def test_reference_date_defaults_to_the_incubators_today(tmp_path: Path) -> None:
    # 23:30 in Paris on 31 December: still that day.
    with time_machine.travel(datetime(2026, 12, 31, 23, 30, tzinfo=PARIS), tick=False):
        summary = generate_demo(tmp_path / "today.sqlite3", seed=1, scale="small")
    assert summary.reference_date == date(2026, 12, 31)
    # And 00:30 in Paris on 1 January is the new year, though UTC still says 31 December.
    with time_machine.travel(datetime(2027, 1, 1, 0, 30, tzinfo=PARIS), tick=False):
        summary = generate_demo(tmp_path / "new_year.sqlite3", seed=1, scale="small")
    assert summary.reference_date == date(2027, 1, 1)
