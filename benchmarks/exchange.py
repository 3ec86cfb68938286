"""Skills exchange at the issue's scale: 5,000 members and 200,000 transfers.

    PYTHONPATH=. .venv/bin/python benchmarks/exchange.py                 # builds, then times
    PYTHONPATH=. .venv/bin/python benchmarks/exchange.py --db /tmp/exchange.sqlite3 --runs 5 \
        [--pg postgresql+psycopg://incubator@127.0.0.1:54329/postgres] \
        [--pg-db postgresql+psycopg://incubator@127.0.0.1:54329/bench_exchange_1a2b3c4d]

Builds (once; reused when the file exists) a `small` demo database and fills its exchange with
demo/exchange.py: 5,000 members (the demo's entrepreneurs, then neighbours and associations) and
200,000 transfers. Then times, through the services the UI calls, with a fresh session per call:
the balances list's first screen (count + the first 100 rows by name, and by balance), a random
member's statement (all their movements, counterparts, series), and one transfer between two
random members (on a copy of the file, so the benchmark database stays as built). Prints a
Markdown table: median of the runs' medians and the worst single call. `--pg` builds a throwaway
PostgreSQL database (and leaves it, named in the output); `--pg-db` times one built before.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from incubator_app import clock
from incubator_app.db.engine import make_engine, make_session_factory, resolve_url
from incubator_app.db.migrate import open_database
from incubator_app.demo.exchange import fill_exchange
from incubator_app.demo.generator import generate_demo
from incubator_app.demo.scales import REFERENCE_DATE
from incubator_app.models.exchange import AccountKind, ExchangeAccount, ExchangeBalance
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.balances import BalanceListSource
from incubator_app.services.exchange.check import check_ledger
from incubator_app.services.exchange.ledger import record_transfer
from incubator_app.services.exchange.statement import member_statement
from incubator_app.services.paging import SortOrder
from incubator_app.services.periods import Period, period_range

MEMBERS, TRANSFERS = 5_000, 200_000
TARGETS = {"balances": 100.0, "statement": 200.0, "transfer": 30.0}
SCREEN = 100
EXCHANGE_TABLES = (
    "exchange_payment_request",
    "exchange_movement",
    "exchange_transfer",
    "exchange_listing",
    "exchange_balance",
    "exchange_account",
)


def build(db: str, members: int, transfers: int) -> None:
    generate_demo(db, scale="small", seed=1, force=True, reference_date=REFERENCE_DATE)
    database = open_database(db)
    try:
        started = time.perf_counter()
        with database.engine.connect() as conn:
            # The small demo has its own exchange: replaced here by one at the benchmark's size.
            for table in EXCHANGE_TABLES:
                conn.execute(text(f"DELETE FROM {table}"))
            counts = fill_exchange(
                conn,
                scale="network",
                seed=1,
                reference_date=REFERENCE_DATE,
                members=members,
                transfers=transfers,
            )
            # Fresh statistics, as the demo generator leaves them (PostgreSQL's autovacuum would
            # analyse the new tables only later).
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        print(f"built in {time.perf_counter() - started:.1f} s: {counts}", file=sys.stderr)
    finally:
        database.dispose()


class Timing(float):
    """Wall-clock milliseconds of one call, with the CPU milliseconds this process spent in it
    (`cpu`): on a machine shared with other jobs the wall clock waits for a core, the process's
    CPU time does not (for SQLite, the whole work; for PostgreSQL, the client's side only)."""

    cpu: float

    def __new__(cls, wall: float, cpu: float) -> Timing:
        timing = super().__new__(cls, wall)
        timing.cpu = cpu
        return timing


def _ms(fn) -> Timing:
    started, cpu = time.perf_counter(), time.process_time()
    fn()
    return Timing((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000)


def time_reads(db: str, runs: int, samples: int) -> dict[str, list[list[Timing]]]:
    engine = make_engine(resolve_url(db))
    sessions = make_session_factory(engine)
    actor = Actor.system()
    rng = random.Random(1)
    with sessions() as s:
        ids = list(
            s.scalars(
                select(ExchangeAccount.id).where(ExchangeAccount.kind != AccountKind.INCUBATOR)
            )
        )
        busiest = s.scalars(
            select(ExchangeBalance.account_id)
            .join(ExchangeAccount, ExchangeAccount.id == ExchangeBalance.account_id)
            .where(ExchangeAccount.kind != AccountKind.INCUBATOR)
            .order_by(ExchangeBalance.movement_count.desc())
        ).first()
        house = s.scalar(
            select(ExchangeAccount.id).where(ExchangeAccount.kind == AccountKind.INCUBATOR)
        )
    year = period_range(Period.LAST_12_MONTHS, clock.today())
    out: dict[str, list[list[Timing]]] = {
        k: [] for k in ("balances", "by_balance", "statement", "busiest", "house_year", "house_all")
    }
    for _ in range(runs):
        per = {k: [] for k in out}
        for _ in range(samples):

            def first_screen(sort: SortOrder) -> None:
                with sessions() as s:
                    source = BalanceListSource(actor)
                    source.count(s)
                    source.fetch(s, sort, 0, SCREEN)

            per["balances"].append(_ms(lambda: first_screen(SortOrder())))
            per["by_balance"].append(_ms(lambda: first_screen(SortOrder("balance", True))))
            member = rng.choice(ids)

            def statement(account_id: int, period=None) -> None:
                with sessions() as s:
                    member_statement(s, account_id, period=period, actor=actor)

            per["statement"].append(_ms(lambda m=member: statement(m)))
            per["busiest"].append(_ms(lambda: statement(busiest)))
            per["house_year"].append(_ms(lambda: statement(house, year)))
            per["house_all"].append(_ms(lambda: statement(house)))
        for k in out:
            out[k].append(per[k])
    engine.dispose()
    return out


def time_transfers(db: str, runs: int, samples: int) -> list[list[Timing]]:
    engine = make_engine(resolve_url(db))
    sessions = make_session_factory(engine)
    actor = Actor.system()
    rng = random.Random(2)
    with sessions() as s:
        ids = list(
            s.scalars(
                select(ExchangeAccount.id).where(ExchangeAccount.kind != AccountKind.INCUBATOR)
            )
        )
    out = []
    for _ in range(runs):
        per = []
        for _ in range(samples):
            a, b = rng.sample(ids, 2)

            def one(a: int = a, b: int = b) -> None:
                with sessions() as s:
                    try:
                        record_transfer(s, from_ids=[a], to_ids=[b], minutes=30, actor=actor)
                    except Exception:  # noqa: BLE001 (a limit refusal is timed as well)
                        pass

            per.append(_ms(one))
        out.append(per)
    with sessions() as s:
        assert check_ledger(s, actor=actor).holds
    engine.dispose()
    return out


def _row(name: str, runs: list[list[Timing]], target: float) -> str:
    median = statistics.median(statistics.median(r) for r in runs)
    worst = max(max(r) for r in runs)
    cpu = statistics.median(statistics.median(t.cpu for t in r) for r in runs)
    verdict = "pass" if median < target else "FAIL"
    return f"| {name} | {median:.1f} | {worst:.1f} | {cpu:.1f} | < {target:.0f} | {verdict} |"


def pg_copy(sqlite_db: str, pg_url: str, members: int, transfers: int) -> str:
    """A throwaway PostgreSQL database built the same way."""
    name = f"bench_exchange_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    print(f"PostgreSQL database {name} (kept; time it again with --pg-db)", file=sys.stderr)
    build(url, members, transfers)
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "exchange-bench.sqlite3"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--members", type=int, default=MEMBERS)
    parser.add_argument("--transfers", type=int, default=TRANSFERS)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--pg", help="also time on a throwaway database of this server")
    parser.add_argument(
        "--pg-db", help="also time on this PostgreSQL database, built by an earlier --pg run"
    )
    args = parser.parse_args()
    if args.rebuild or not Path(args.db).exists():
        build(args.db, args.members, args.transfers)
    targets = [("SQLite", args.db)]
    if args.pg:
        targets.append(("PostgreSQL", pg_copy(args.db, args.pg, args.members, args.transfers)))
    if args.pg_db:
        targets.append(("PostgreSQL", args.pg_db))
    print("| database | scenario | median (ms) | worst (ms) | CPU (ms) | target (ms) | result |")
    print("|---|---|---:|---:|---:|---:|---|")
    for label, db in targets:
        reads = time_reads(db, args.runs, args.samples)
        work = db
        if label == "SQLite":
            work = str(
                Path(tempfile.gettempdir()) / f"exchange-bench-{uuid.uuid4().hex[:6]}.sqlite3"
            )
            shutil.copy(args.db, work)
        writes = time_transfers(work, args.runs, args.samples)
        for name, key, target in (
            ("balances, first screen by name (count + 100 rows)", "balances", "balances"),
            ("balances, first screen by balance", "by_balance", "balances"),
            ("a random member's statement", "statement", "statement"),
            ("the busiest member's statement", "busiest", "statement"),
            ("the incubator's own account, last 12 months", "house_year", "statement"),
            ("the incubator's own account, all time", "house_all", "statement"),
        ):
            print(f"| {label} " + _row(name, reads[key], TARGETS[target]))
        print(f"| {label} " + _row("one transfer (two members)", writes, TARGETS["transfer"]))
        if work != db:
            Path(work).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
