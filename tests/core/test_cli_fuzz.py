"""Hostile and broken command lines: whatever the arguments, a command ends with exit 0 (or 1
for a failed check), or exit 2 with exactly one line on stderr; never a traceback, never a
change to the database (issue 20 §2). Hypothesis draws the arguments from the values that broke
commands before: ids beyond 64 bits, the year 9999, folders as output files, unknown URLs…

Most draws sign in with the demo's administrator, so the arguments reach the commands; the
others give a wrong password, an unknown login, no `--user`, or no password line at all, and
must be refused the same way (issue 20 §3). Signing in notes the time of the last sign-in and
counts failures, so those columns are left out of the "database unchanged" digest."""

from __future__ import annotations

import contextlib
import hashlib
import io
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incubator_app.cli import main
from incubator_app.db.migrate import open_database
from incubator_app.demo import ADMIN_LOGIN, ADMIN_PASSWORD, generate_demo
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import authenticate, create_user

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
    database = open_database(str(db), create=False, upgrade=False)
    try:
        with database.session() as session:  # an account for the wrong passwords to lock
            create_user(
                session,
                login="mallory",
                display_name="Mallory",
                role="staff",
                password="mallory-password",
                actor=Actor.system(),
            )
            # The demo's cheap hash is replaced at the first sign-in: let that happen here,
            # not during the draws that must leave the database unchanged.
            authenticate(session, ADMIN_LOGIN, ADMIN_PASSWORD)
    finally:
        database.dispose()
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
        st.tuples(out).map(lambda x: ["backup", "-o", x[0]]),
        st.tuples(NUMBERS, DAYS, DAYS).map(
            lambda x: ["exchange", "figures", "--year", x[0], "--from", x[1], "--to", x[2]]
        ),
        st.sampled_from([["exchange", "balances"], ["exchange", "check"]]),
        st.tuples(out).map(lambda x: ["import", "entrepreneurs", x[0], "--dry-run"]),
    )
    return st.tuples(report, db).map(lambda x: [*x[0], "--db", x[1], "--lang", "en"])


# (arguments, stdin): mostly the demo's administrator, then every way of not being signed in.
SIGNED_IN = (["--user", ADMIN_LOGIN], ADMIN_PASSWORD + "\n")
CREDENTIALS = st.sampled_from(
    [SIGNED_IN] * 6
    + [
        (["--user", "mallory"], "not-mallory-password\n"),
        (["--user", "nobody"], ADMIN_PASSWORD + "\n"),
        ([], ADMIN_PASSWORD + "\n"),
        (["--user", ADMIN_LOGIN], ""),
        (["--user", ""], ADMIN_PASSWORD + "\n"),
    ]
)


def _rows_digest(path: Path) -> str:
    """Every row, the accounts without their sign-in bookkeeping."""
    with sqlite3.connect(path) as conn:
        lines = [x for x in conn.iterdump() if not x.startswith('INSERT INTO "user_account"')]
        lines += map(
            repr,
            conn.execute(
                "SELECT id, login, display_name, email, role, password_hash, active, version_id"
                " FROM user_account ORDER BY id"
            ),
        )
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()


@contextlib.contextmanager
def _stdin(text: str):
    saved, sys.stdin = sys.stdin, io.StringIO(text)
    try:
        yield
    finally:
        sys.stdin = saved


def test_no_command_line_ends_in_a_traceback(world: dict[str, Path]) -> None:
    before = _rows_digest(world["db"])
    successes: list[int] = []

    @settings(
        max_examples=160,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(argv=_commands(world), credentials=CREDENTIALS)
    def run(argv: list[str], credentials: tuple[list[str], str]) -> None:
        user, stdin = credentials
        argv = [*argv, *user] if argv[0] != "check" else argv
        err, out = io.StringIO(), io.StringIO()
        with (
            contextlib.redirect_stderr(err),
            contextlib.redirect_stdout(out),
            _stdin(stdin),
        ):
            code = main(argv)
        lines = err.getvalue().strip().splitlines()
        assert "Traceback" not in err.getvalue(), argv
        assert code in (0, 1, 2), (argv, code)
        if code == 2:
            assert len(lines) == 1, (argv, lines)
            assert lines[0].startswith("incubator-app: "), (argv, lines)
        if credentials == SIGNED_IN or argv[0] == "check":
            successes.append(code)
        else:  # nobody signed in: refused, whatever the arguments
            assert code == 2, (argv, code)

    run()
    # The arguments did reach the commands: some signed-in draws wrote their file.
    assert 0 in successes
    assert _rows_digest(world["db"]) == before
    # No temporary file left behind by a refused or failed write.
    assert [p.name for p in world["root"].rglob("*.part")] == []
