"""A demo generation that stops half-way (an error, kill -9) never damages the file it replaces:
a SQLite demo is built beside its target and renamed over it once complete."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from incubator_app.db.migrate import SchemaState, open_database, schema_state
from incubator_app.demo import generate_demo, generator
from incubator_app.services.actor import Actor
from incubator_app.services.entrepreneurs.quick_search import quick_search_entrepreneurs

pytestmark = pytest.mark.core

REFERENCE = date(2026, 11, 18)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _whole(path: Path) -> None:
    """Opens as the app does; integrity, foreign keys and the search index all answer."""
    assert schema_state(path)[0] is SchemaState.CURRENT
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        people = conn.execute("SELECT count(*) FROM entrepreneur").fetchone()[0]
        name = conn.execute("SELECT last_name FROM entrepreneur ORDER BY id LIMIT 1").fetchone()[0]
    assert people > 0
    database = open_database(path)
    try:
        with database.session() as session:
            assert quick_search_entrepreneurs(session, name, actor=Actor.system())
    finally:
        database.dispose()


def _no_building_files(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if ".building-" in p.name] == []


def test_a_generation_failing_half_way_leaves_the_old_demo(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "demo.sqlite3"
    generate_demo(path, scale="small", seed=1, reference_date=REFERENCE)
    open_database(path).dispose()  # let SQLite fold its WAL back: compare the file itself
    before = _digest(path)

    real_fill = generator.fill_exchange

    def power_cut(*args, **kwargs):
        real_fill(*args, **kwargs)
        raise RuntimeError("the power went out")

    monkeypatch.setattr(generator, "fill_exchange", power_cut)
    with pytest.raises(RuntimeError, match="power went out"):
        generate_demo(path, scale="small", seed=2, reference_date=REFERENCE, force=True)

    assert _digest(path) == before
    _no_building_files(tmp_path)
    _whole(path)


def test_force_replaces_a_broken_file(tmp_path: Path) -> None:
    """A file a killed older version left malformed is what --force is for."""
    path = tmp_path / "demo.sqlite3"
    generate_demo(path, scale="small", seed=1, reference_date=REFERENCE)
    open_database(path).dispose()
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # pages 2 and 3: the schema no longer reads
    path.write_bytes(bytes(data))

    generate_demo(path, scale="small", seed=1, reference_date=REFERENCE, force=True)
    _whole(path)


def test_killed_while_generating_the_demo_stays_usable(tmp_path: Path) -> None:
    """kill -9 at random moments of `demo --force` over an existing demo: afterwards the demo
    opens whole (the old one or the new one) and the next run succeeds."""
    path = tmp_path / "demo.sqlite3"
    generate_demo(path, scale="small", seed=1, reference_date=REFERENCE)
    rng = random.Random(20261203)
    command = [sys.executable, "-m", "incubator_app", "demo", "--db", str(path), "--force"]
    for _attempt in range(3):
        process = subprocess.Popen(
            [*command, "--reference-date", "2026-11-18"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # Wait until the building file exists, then kill at a random moment of the writing.
        deadline = time.monotonic() + 60
        while (
            process.poll() is None
            and time.monotonic() < deadline
            and not any(".building-" in p.name for p in tmp_path.iterdir())
        ):
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 1.5))
        process.kill()
        process.wait()
        _whole(path)
    assert subprocess.run(command, capture_output=True, timeout=120).returncode == 0
    _no_building_files(tmp_path)
    _whole(path)
