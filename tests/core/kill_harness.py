"""kill -9 at chosen moments of the commands that write (issue 20 "Must hold"), shared by the
bounded suite test (test_kill_writers.py) and the full campaign (tools/kill_campaign.py).

Each phase runs a real command in a subprocess, waits until it has started on its data (its
trigger: the database opened, the building file made…), kills it with SIGKILL after a delay drawn
from a seeded generator over the time the phase takes (measured once by a run to completion),
then checks what a user would meet next: the database opens as the app opens it, `check --full`
passes (tables, indexes, triggers, search index), the write happened whole or not at all, the
next run succeeds and no half-written file or leftover stays. Nothing here asserts on time.

Every command line is built by `command_line` (one place: it adds the sign-in, --user)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from incubator_app.db.check import check_database
from incubator_app.db.migrate import SchemaState, open_database, schema_state
from incubator_app.demo import ADMIN_LOGIN, ADMIN_PASSWORD

REFERENCE = date(2026, 11, 18)
CHARGE_MONTH = "2026-11"
IMPORT_ROWS = 1500
PHASES = ("create", "migrate", "demo", "import", "charges", "report")
_WAIT_LIMIT = 300.0  # a phase that never starts is a failure, not a hang

# Bulk charges have no command of their own: this runs the service as the Settings page does.
_CHARGE_SCRIPT = """
import sys
from datetime import date
from incubator_app.db.migrate import open_database
from incubator_app.services.actor import Actor
from incubator_app.services.shared_services.usage_bulk import charge_monthly_subscription
database = open_database(sys.argv[1], create=False, upgrade=False)
with database.session() as session:
    year, month = map(int, sys.argv[3].split("-"))
    charge_monthly_subscription(
        session, int(sys.argv[2]), date(year, month, 1), actor=Actor.system()
    )
database.dispose()
"""


def command_line(kind: str, *args: str) -> list[str]:
    """The one place a command line is built: `cli` runs `incubator-app ARGS`, `cli-signed` the
    same as the demo's administrator (its password on stdin, see `stdin_for`), `charge` the
    bulk-charge service."""
    if kind == "cli":
        return [sys.executable, "-m", "incubator_app", *args]
    if kind == "cli-signed":
        return [sys.executable, "-m", "incubator_app", *args, "--user", ADMIN_LOGIN]
    if kind == "charge":
        return [sys.executable, "-c", _CHARGE_SCRIPT, *args]
    raise ValueError(kind)


def stdin_for(work: Path):
    """What every command reads on stdin: the password of the account `cli-signed` names (the
    others read nothing). A file, so that a killed command leaves no pipe behind."""
    path = work / "password.txt"
    path.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    return path.open("rb")


def environment(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(INCUBATOR_APP_DATA_DIR=str(data_dir), INCUBATOR_APP_LANG="en")
    return env


@dataclass
class Base:
    """What every kill starts from, built once: a small demo, an import file, a database at
    the first revision, a subscription service to charge."""

    folder: Path
    demo: Path = field(init=False)
    old: Path = field(init=False)
    csv: Path = field(init=False)
    service_id: int = 0
    grant_id: int = 0
    people: int = 0
    to_charge: int = 0

    def __post_init__(self) -> None:
        self.demo = self.folder / "demo.sqlite3"
        self.old = self.folder / "old.sqlite3"
        self.csv = self.folder / "people.csv"


def build_base(folder: Path) -> Base:
    from alembic import command
    from alembic.script import ScriptDirectory

    from incubator_app.db.engine import make_engine, resolve_url
    from incubator_app.db.migrate import alembic_config
    from incubator_app.demo import generate_demo
    from incubator_app.services.actor import Actor
    from incubator_app.services.shared_services.catalogue import create_shared_service
    from incubator_app.services.shared_services.usage_bulk import preview_monthly_charge

    folder.mkdir(parents=True, exist_ok=True)
    base = Base(folder)
    generate_demo(base.demo, scale="small", seed=7, reference_date=REFERENCE)
    database = open_database(base.demo)
    with database.session() as session:
        service = create_shared_service(
            session, name="Poste de travail (kill test)", category="space", unit="month",
            unit_price_cents=15000, price_valid_from=date(2026, 1, 1), actor=Actor.system(),
        )  # fmt: skip
        base.service_id = service.id
        preview = preview_monthly_charge(
            session, service.id, date(2026, 11, 1), actor=Actor.system()
        )
        base.to_charge = len(preview.to_charge)
    database.dispose()
    with sqlite3.connect(base.demo) as conn:
        base.people = conn.execute("SELECT count(*) FROM entrepreneur").fetchone()[0]
        base.grant_id = conn.execute("SELECT min(id) FROM grant_agreement").fetchone()[0]
    lines = ["Nom;Prénom;Email;Ville"]
    lines += [f"Kill{i:05d};Hélène;kill{i}@example.org;Marseille" for i in range(IMPORT_ROWS)]
    base.csv.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    # The first revision, with the demo's data: what `migrate` upgrades.
    shutil.copyfile(base.demo, base.old)
    first = min(s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions())
    engine = make_engine(resolve_url(str(base.old)))
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, first)
    finally:
        engine.dispose()
    return base


# -- one phase -------------------------------------------------------------------------------------


@dataclass
class Setup:
    command: list[str]
    db: Path
    started: Callable[[], bool]  # the process has reached its data
    check: Callable[[], None]  # the phase's own all-or-nothing rule, after the kill
    output: Path | None = None
    # Whether running it again is what the user does next (an import that went through is
    # not imported twice).
    rerun: Callable[[], bool] = lambda: True


def _exists(*paths: Path) -> Callable[[], bool]:
    return lambda: any(p.exists() for p in paths)


def _glob(folder: Path, pattern: str) -> Callable[[], bool]:
    return lambda: any(folder.glob(pattern))


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def prepare(phase: str, base: Base, work: Path) -> Setup:
    """A fresh copy of what `phase` starts from, in `work` (emptied first)."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    db = work / "incubator.sqlite3"
    wal = Path(f"{db}-wal")

    def copy(source: Path) -> None:
        shutil.copyfile(source, db)
        db.chmod(0o600)  # as the app makes it: no "made private" message in the way

    if phase == "create":
        return Setup(command_line("cli", "migrate", "--db", str(db)), db, _exists(db), _none)
    if phase == "migrate":
        copy(base.old)
        return Setup(
            command_line("cli", "migrate", "--db", str(db)), db, _exists(work / "backups"), _none
        )
    if phase == "demo":
        copy(base.demo)
        return Setup(
            command_line(
                "cli",
                "demo",
                "--db",
                str(db),
                "--force",
                "--seed",
                "8",
                "--reference-date",
                REFERENCE.isoformat(),
            ),  # fmt: skip
            db,
            _glob(work, ".incubator.sqlite3.building-*"),
            _none,
        )
    if phase == "import":
        copy(base.demo)

        def whole_or_nothing() -> None:
            people = _count(db, "SELECT count(*) FROM entrepreneur")
            assert people in (base.people, base.people + IMPORT_ROWS), people

        return Setup(
            command_line("cli-signed", "import", "entrepreneurs", str(base.csv), "--db", str(db)),
            db,
            _exists(wal),
            whole_or_nothing,
            rerun=lambda: _count(db, "SELECT count(*) FROM entrepreneur") == base.people,
        )
    if phase == "charges":
        copy(base.demo)
        sql = f"SELECT count(*) FROM service_usage WHERE service_id = {base.service_id}"

        def charged_or_not() -> None:
            assert _count(db, sql) in (0, base.to_charge), _count(db, sql)

        return Setup(
            command_line("charge", str(db), str(base.service_id), CHARGE_MONTH),
            db,
            _exists(wal),
            charged_or_not,
        )
    if phase == "report":
        copy(base.demo)
        output = work / "funder.pdf"

        def whole_pdf_or_none() -> None:
            if output.exists():
                data = output.read_bytes()
                assert data.startswith(b"%PDF") and b"%%EOF" in data[-64:]

        return Setup(
            command_line(
                "cli-signed",
                "report",
                "funder",
                "--db",
                str(db),
                "--grant",
                str(base.grant_id),
                "--from",
                "2026-01-01",
                "--to",
                "2026-10-31",
                "-o",
                str(output),
            ),  # fmt: skip
            db,
            _exists(wal),
            whole_pdf_or_none,
            output=output,
        )
    raise ValueError(phase)


def _none() -> None:
    return None


def _wait_for(process: subprocess.Popen, started: Callable[[], bool]) -> None:
    end = time.monotonic() + _WAIT_LIMIT
    while process.poll() is None and not started():
        if time.monotonic() > end:
            process.kill()
            raise AssertionError("the phase never started")
        time.sleep(0.001)


def run_to_end(setup: Setup, env: dict[str, str]) -> float:
    """Runs the phase's command to completion; returns how long it wrote after it started
    (to spread the kills over that span)."""
    with stdin_for(setup.db.parent) as stdin:
        process = subprocess.Popen(
            setup.command, env=env, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
    _wait_for(process, setup.started)
    began = time.monotonic()
    _out, err = process.communicate()  # stderr is read from the start: no pipe fills up
    assert process.returncode == 0, err.decode(errors="replace")[-2000:]
    return time.monotonic() - began


def leftovers(folder: Path) -> list[str]:
    names = []
    for path in folder.rglob("*"):
        name = path.name
        if name.endswith((".part", ".work")) or ".building-" in name:
            names.append(str(path.relative_to(folder)))
    return sorted(names)


def verify(setup: Setup, env: dict[str, str]) -> None:
    """What the user meets after the kill: the app opens the database (recovering a hot journal,
    finishing a creation or an upgrade), `check --full` is clean, the phase's rule holds, the
    next run succeeds and leaves no leftover."""
    if setup.db.exists():
        open_database(setup.db).dispose()
    setup.check()
    if setup.db.exists():
        report = check_database(setup.db, full=True)
        assert report.ok, report.integrity
        assert schema_state(setup.db)[0] is SchemaState.CURRENT
    if setup.rerun():
        run_to_end(setup, env)
        setup.check()
        report = check_database(setup.db, full=True)
        assert report.ok, report.integrity
        assert leftovers(setup.db.parent) == [], leftovers(setup.db.parent)


@dataclass
class PhaseResult:
    phase: str
    kills: int = 0
    finished_first: int = 0  # the process ended before its kill came
    failures: list[str] = field(default_factory=list)


def kill_phase(phase: str, base: Base, work: Path, *, attempts: int, seed: int) -> PhaseResult:
    """`attempts` kills of `phase` at moments drawn (seeded) over the span it writes in."""
    rng = random.Random(f"{phase}-{seed}")
    env = environment(work / "data")
    span = run_to_end(prepare(phase, base, work), env)
    result = PhaseResult(phase)
    for attempt in range(attempts):
        setup = prepare(phase, base, work)
        (work / "data").mkdir(exist_ok=True)
        with stdin_for(work) as stdin:
            process = subprocess.Popen(
                setup.command,
                env=env,
                stdin=stdin,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        _wait_for(process, setup.started)
        # Spread over the span, a little beyond (a kill just after the end is a case too).
        time.sleep(span * rng.uniform(0.0, 1.05) if attempt else 0.0)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            result.kills += 1
        else:
            result.finished_first += 1
        process.wait()
        try:
            verify(setup, env)
        except AssertionError as exc:
            result.failures.append(f"{phase} #{attempt}: {exc}")
    return result
