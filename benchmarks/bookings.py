"""Bookings at network scale: the calendar's week and day views, the recurring-booking preview,
and booking throughput under contention (racing processes, the lock of
services/shared_services/booking_lock.py).

    .venv/bin/python benchmarks/bookings.py                         # network DB, 5 runs
    .venv/bin/python benchmarks/bookings.py --db benchmarks/data/network.sqlite3 --runs 5 \
        --pg postgresql+psycopg://incubator@127.0.0.1:54329/postgres

Reads the network database (generate it with `.venv/bin/python -m incubator_app demo --db
benchmarks/data/network.sqlite3 --scale network --force`) through the same services the UI calls,
never writes to it. Throughput runs on a fresh temporary SQLite file (and a throwaway PostgreSQL
database with --pg). Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from incubator_app import clock
from incubator_app.db.engine import make_engine, make_session_factory, resolve_url
from incubator_app.db.migrate import open_database
from incubator_app.models import Booking, SharedService
from incubator_app.services.actor import Actor
from incubator_app.services.shared_services.booking_series import Recurrence, preview_booking_series
from incubator_app.services.shared_services.bookings import (
    bookings_in_range,
    create_booking,
)
from incubator_app.services.shared_services.catalogue import create_shared_service

TARGET_MS = 100.0


def _ms(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def view_timings(db: str, runs: int, samples: int) -> list[tuple[str, str, float, float, float]]:
    engine = make_engine(resolve_url(db))
    sessions = make_session_factory(engine)
    actor = Actor.system()
    rng = random.Random(1)
    rows = []
    with sessions() as s:
        busiest = s.execute(
            select(Booking.service_id, func.count())
            .group_by(Booking.service_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        service_id, total = busiest
        name = s.get(SharedService, service_id).name
        first, last = s.execute(
            select(func.min(Booking.starts_at), func.max(Booking.starts_at)).where(
                Booking.service_id == service_id
            )
        ).one()
    first, last = first.replace(tzinfo=UTC), last.replace(tzinfo=UTC)
    span_days = (last - first).days
    mondays = []
    for _ in range(samples):
        day = (first + timedelta(days=rng.randrange(span_days))).astimezone(clock.zone()).date()
        mondays.append(day - timedelta(days=day.weekday()))
    label = f"“{name}” ({total:,} bookings)"
    for view, days in (("week view", 7), ("day view", 1)):
        medians = []
        worst = 0.0
        for _ in range(runs):
            times = []
            for monday in mondays:
                start = datetime.combine(monday, datetime.min.time(), clock.zone())
                end = start + timedelta(days=days)
                with sessions() as s:  # a fresh session per view, as the UI's worker does
                    times.append(
                        _ms(
                            lambda s=s, a=start, b=end: bookings_in_range(
                                s, service_id, a, b, actor=actor
                            )
                        )
                    )
            medians.append(statistics.median(times))
            worst = max(worst, max(times))
        rows.append((view, label, statistics.median(medians), worst, TARGET_MS))
    rec_times = []
    for monday in mondays[: max(5, samples // 4)]:
        rec = Recurrence(
            first_day=monday + timedelta(days=1),
            start_time=datetime.min.time().replace(hour=14),
            end_time=datetime.min.time().replace(hour=17),
            count=10,
        )
        with sessions() as s:
            rec_times.append(
                _ms(
                    lambda s=s, rec=rec: preview_booking_series(
                        s, service_id=service_id, recurrence=rec, actor=actor
                    )
                )
            )
    rows.append(
        (
            "recurring preview (10 weeks)",
            label,
            statistics.median(rec_times),
            max(rec_times),
            TARGET_MS,
        )
    )
    engine.dispose()
    return rows


def _throughput_worker(url, service_id, worker_no, per_worker, barrier, results) -> None:
    from incubator_app.errors import ConflictError

    engine = make_engine(resolve_url(url))
    sessions = make_session_factory(engine)
    actor = Actor.system()
    base = datetime(2027, 1, 4, 7, tzinfo=UTC)
    rng = random.Random(worker_no)
    ok = conflicts = 0
    barrier.wait()
    started = time.perf_counter()
    for _ in range(per_worker):
        # Slots drawn from a small pool: workers collide often, as at a busy front desk.
        slot = rng.randrange(per_worker * 2)
        start = base + timedelta(hours=slot)
        with sessions() as s:
            try:
                create_booking(
                    s,
                    service_id=service_id,
                    starts_at=start,
                    ends_at=start + timedelta(hours=1),
                    actor=actor,
                )
                ok += 1
            except ConflictError:
                conflicts += 1
    results.put((ok, conflicts, time.perf_counter() - started))
    engine.dispose()


def throughput(url: str, workers: int, per_worker: int) -> tuple[int, int, float, int]:
    database = open_database(url)
    with database.session() as s:
        service = create_shared_service(
            s,
            name=f"Salle {uuid.uuid4().hex[:6]}",
            category="Locaux",
            unit="hour",
            unit_price_cents=1000,
            bookable=True,
            actor=Actor.system(),
        )
    database.dispose()
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(workers), ctx.Queue()
    procs = [
        ctx.Process(
            target=_throughput_worker,
            args=(url, service.id, k, per_worker, barrier, results),
        )
        for k in range(workers)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    ok = sum(o[0] for o in outcomes)
    conflicts = sum(o[1] for o in outcomes)
    elapsed = max(o[2] for o in outcomes)
    # Proof that the winners never overlap: distinct slots == bookings.
    engine = make_engine(resolve_url(url))
    with engine.connect() as conn:
        distinct = conn.execute(
            select(func.count(func.distinct(Booking.starts_at))).where(
                Booking.service_id == service.id
            )
        ).scalar_one()
    engine.dispose()
    return ok, conflicts, elapsed, distinct


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="benchmarks/data/network.sqlite3")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--samples", type=int, default=40, help="random weeks per run")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--per-worker", type=int, default=50)
    parser.add_argument("--pg", help="PostgreSQL server URL for the throughput run")
    args = parser.parse_args(argv)

    if not Path(args.db).exists() and "://" not in args.db:
        print(f"{args.db} does not exist; generate it first (see the docstring).", file=sys.stderr)
        return 2
    print(f"## Calendar views ({args.db}, {args.runs} runs × {args.samples} random weeks)\n")
    print("| scenario | resource | median (ms) | worst (ms) | target (ms) | result |")
    print("|---|---|---:|---:|---:|---|")
    for name, label, median, worst, target in view_timings(args.db, args.runs, args.samples):
        verdict = "pass" if median < target else "FAIL"
        print(f"| {name} | {label} | {median:.1f} | {worst:.1f} | < {target:.0f} | {verdict} |")

    print(
        f"\n## Booking under contention ({args.workers} processes × {args.per_worker} attempts)\n"
    )
    print("| database | booked | conflicts | seconds | attempts/s | double bookings |")
    print("|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("SQLite file", str(Path(tmp) / "race.sqlite3"))]
        pg_db = None
        if args.pg:
            pg_db = f"bench_bookings_{uuid.uuid4().hex[:8]}"
            admin = create_engine(make_url(args.pg), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{pg_db}"'))
            url = make_url(args.pg).set(database=pg_db).render_as_string(hide_password=False)
            targets.append(("PostgreSQL", url))
        try:
            for label, url in targets:
                ok, conflicts, seconds, distinct = throughput(url, args.workers, args.per_worker)
                rate = (ok + conflicts) / seconds
                doubles = ok - distinct
                print(f"| {label} | {ok} | {conflicts} | {seconds:.2f} | {rate:.0f} | {doubles} |")
        finally:
            if pg_db:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{pg_db}" WITH (FORCE)'))
                admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
