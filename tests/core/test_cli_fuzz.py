"""Hostile and broken command lines: whatever the arguments, a command ends with exit 0 (or 1
for a failed check), or exit 2 with exactly one line on stderr; never a traceback, never a
change to the database (issue 20 §2). Hypothesis draws the arguments from the values that broke
commands before: ids beyond 64 bits, the year 9999, folders as output files, unknown URLs…"""

from __future__ import annotations

import contextlib
import hashlib
import io
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incubator_app.cli import main
from incubator_app.demo import generate_demo

pytestmark = pytest.mark.core

NUMBERS = st.sampled_from(
    ["1", "2", "0", "-1", "999999", str(2**63), "1" * 30, "1e3", "0x10", "", " 3 ", "un", "١"]
)
DAYS = st.sampled_from(
    [
        "2026-01-01",
        "2026-11-30",
        "2026-02-30",
        "9999-12-31",
        "0001-01-01",
        "1899-12-31",
        "2026-13-01",
        "hier",
        "",
        "2026/11/30",
        "30/11/2026",
    ]
)
MONTHS = st.sampled_from(["2026-11", "2026-13", "9999-12", "0000-01", "11-2026", "", "2026-1"])
TEXTS = st.text(max_size=60) | st.sampled_from(["x" * 5000, "‮fdp.exe", "a\nb\rc"])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("fuzz")
    db = root / "demo.sqlite3"
    generate_demo(db, scale="small", seed=1, reference_date=date(2026, 11, 18))
    (root / "folder").mkdir()
    return {"root": root, "db": db}


def _outputs(root: Path) -> st.SearchStrategy[str]:
    names = ["out.pdf", "out.xlsx", "out.csv", "e.doc", "folder", "missing/out.pdf", "", "."]
    return st.sampled_from([str(root / n) if n else n for n in names])


def _dbs(world: dict[str, Path]) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            str(world["db"]),
            str(world["root"] / "absent.sqlite3"),
            str(world["root"] / "folder"),
            "nosuchdb://user@host/x",
            "postgresql+psycopg://u@127.0.0.1:notaport/x",
            "://",
        ]
    )


def _commands(world: dict[str, Path]) -> st.SearchStrategy[list[str]]:
    out, db = _outputs(world["root"]), _dbs(world)
    report = st.one_of(
        st.tuples(st.just("report"), st.just("entrepreneur"), NUMBERS, st.just("-o"), out)
        .map(list)
        .flatmap(
            lambda a: st.tuples(DAYS, DAYS, TEXTS).map(
                lambda x: [*a, "--from", x[0], "--to", x[1], "--comment", x[2]]
            )
        ),
        st.tuples(NUMBERS, DAYS, DAYS, out).map(
            lambda x: [
                "report",
                "funder",
                "--grant",
                x[0],
                "--from",
                x[1],
                "--to",
                x[2],
                "-o",
                x[3],
            ]
        ),
        st.tuples(
            st.sampled_from(["--session", "--day", "--month"]), NUMBERS | DAYS | MONTHS, out
        ).map(lambda x: ["report", "attendance", x[0], x[1], "-o", x[2]]),
        st.tuples(NUMBERS, MONTHS, out).map(
            lambda x: ["report", "statement", "--entrepreneur", x[0], "--month", x[1], "-o", x[2]]
        ),
        st.tuples(out, st.sampled_from([[], ["--format", "xlsx"], ["--stage", "nope"]])).map(
            lambda x: ["export", "entrepreneurs", "-o", x[0], *x[1]]
        ),
        st.sampled_from([["check"], ["check", "--full"]]),
    )
    return st.tuples(report, db).map(lambda x: [*x[0], "--db", x[1], "--lang", "en"])


def _rows_digest(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


def test_no_command_line_ends_in_a_traceback(world: dict[str, Path]) -> None:
    before = _rows_digest(world["db"])

    @settings(
        max_examples=160,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(argv=_commands(world))
    def run(argv: list[str]) -> None:
        err, out = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = main(argv)
        lines = err.getvalue().strip().splitlines()
        assert "Traceback" not in err.getvalue(), argv
        assert code in (0, 1, 2), (argv, code)
        if code == 2:
            assert len(lines) == 1, (argv, lines)
            assert lines[0].startswith("incubator-app: "), (argv, lines)

    run()
    assert _rows_digest(world["db"]) == before
    # No temporary file left behind by a refused or failed write.
    assert [p.name for p in world["root"].rglob("*.part")] == []
