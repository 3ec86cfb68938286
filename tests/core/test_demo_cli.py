"""`incubator-app demo`: --reference-date, --if-stale (what `./dev.sh app` runs) and a summary
in the language of its messages."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from incubator_app.cli import main
from incubator_app.db.migrate import open_database
from incubator_app.services.administration.setup import create_incubator

pytestmark = pytest.mark.core

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2027, 1, 20)


@pytest.fixture
def frozen_today() -> Iterator[None]:
    with time_machine.travel(datetime(2027, 1, 20, 9, 0, tzinfo=PARIS), tick=False):
        yield


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reference_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT demo_reference_date FROM incubator_profile").fetchone()[0]
    finally:
        conn.close()


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("value", ["2026-13-01", "01/12/2026", "tomorrow", ""])
def test_a_bad_reference_date_is_one_line_exit_2_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    target = tmp_path / "never.sqlite3"
    assert main(["demo", "--db", str(target), "--reference-date", value]) == 2
    line = _one_line_error(capsys)
    assert "--reference-date" in line and "YYYY-MM-DD" in line
    assert not target.exists()


def test_reference_date_is_stored_and_printed_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo.sqlite3"
    args = ["demo", "--db", str(target), "--reference-date", "2027-02-28", "--lang", "fr"]
    assert main(args) == 0
    assert _reference_of(target) == "2027-02-28"
    out = capsys.readouterr().out
    assert "Date de référence de la démo" in out and "28/02/2027" in out
    # French digits: "7 140 lignes en 2,1 s" (no-break space), never "7,140 lignes" or "2.1 s".
    assert re.search(r"\d{1,3}\u00a0\d{3} lignes en \d+,\d s", out), out
    assert not re.search(r"\d,\d{3}", out)
    assert re.search(r"session_participant +\d\u00a0\d{3}\n", out)


def test_the_summary_in_english_uses_english_digits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo.sqlite3"
    args = ["demo", "--db", str(target), "--reference-date", "2027-02-28", "--lang", "en"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert re.search(r"\d{1,3},\d{3} rows in \d+\.\d s", out), out
    assert "Reference date of the demo (its today): 28/02/2027." in out


def test_if_stale_creates_a_missing_demo_dated_today(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], frozen_today: None
) -> None:
    target = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(target), "--if-stale", "--lang", "en"]) == 0
    assert _reference_of(target) == TODAY.isoformat()
    assert "written to" in capsys.readouterr().out


def test_if_stale_rebuilds_a_demo_over_30_days_old(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], frozen_today: None
) -> None:
    target = tmp_path / "demo.sqlite3"
    old = ["demo", "--db", str(target), "--reference-date", "2026-12-20", "--lang", "en"]
    assert main(old) == 0  # 31 days before TODAY
    capsys.readouterr()
    assert main(["demo", "--db", str(target), "--if-stale", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "dated from 20/12/2026, over 30 days ago: rebuilt." in out
    assert _reference_of(target) == TODAY.isoformat()


def test_if_stale_keeps_a_demo_30_days_old(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], frozen_today: None
) -> None:
    target = tmp_path / "demo.sqlite3"
    young = ["demo", "--db", str(target), "--reference-date", "2026-12-21", "--lang", "en"]
    assert main(young) == 0  # exactly 30 days before TODAY: still fresh
    capsys.readouterr()
    before = _digest(target)
    assert main(["demo", "--db", str(target), "--if-stale", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == (f"The demo in {target} is up to date (reference date 21/12/2026): kept.")
    assert _digest(target) == before
    assert _reference_of(target) == "2026-12-21"


def test_if_stale_never_touches_a_real_incubator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], frozen_today: None
) -> None:
    target = tmp_path / "real.sqlite3"
    database = open_database(target)
    with database.session() as session:
        create_incubator(
            session,
            name="Couveuse du Panier",
            admin_login="direction",
            admin_display_name="Direction",
            admin_password="a-long-enough-password",
        )
    database.dispose()
    before = _digest(target)
    assert main(["demo", "--db", str(target), "--if-stale", "--lang", "en"]) == 2
    line = _one_line_error(capsys)
    assert "not a demo database" in line and str(target) in line
    assert _digest(target) == before


def test_if_stale_and_force_do_not_go_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "never.sqlite3"
    assert main(["demo", "--db", str(target), "--if-stale", "--force"]) == 2
    assert "--if-stale" in _one_line_error(capsys)
    assert not target.exists()
