"""Events at the issue's network scale: 20,000 events and about 400,000 registrations.

    PYTHONPATH=. .venv/bin/python benchmarks/events.py --db /tmp/events-bench.sqlite3 --runs 3

Builds (once; reused when the file exists) a `small` demo database whose events
demo/events.py fills at the network scale (20,000 events, 400,000 registrations, 20,000
contacts). Then times, through the services the UI calls, with a fresh session per call: the
events list's first screen (count + the first 100 rows, coming events and all dates), and on a
copy of the file, a registration to a full coming event (waiting list, promotion step) and a
cancellation of a registered person on a full event with a waiting list (the place is offered to
the head of the list: one promotion). Prints a Markdown table: median of the runs' medians and
the worst single call.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from datetime import time as dtime
from pathlib import Path

from sqlalchemy import func, select

from incubator_app import clock
from incubator_app.db.engine import make_engine, resolve_url
from incubator_app.db.migrate import open_database
from incubator_app.demo.events import fill_events
from incubator_app.demo.generator import generate_demo
from incubator_app.demo.scales import REFERENCE_DATE
from incubator_app.models import Contact, Event, Registration
from incubator_app.models.vocabulary import PLACE_HOLDING_STATUSES, RegistrationStatus
from incubator_app.services.actor import Actor
from incubator_app.services.events.list import EventFilter, EventListSource
from incubator_app.services.events.registrations import cancel_registration, register
from incubator_app.services.paging import SortOrder

EVENTS, REGISTRATIONS = 20_000, 400_000
TARGETS = {"list": 100.0, "change": 50.0}
SCREEN = 100
ACTOR = Actor.system()


def build(db: str) -> None:
    if Path(db).exists():
        return
    started = time.perf_counter()
    generate_demo(db, scale="small", seed=1, reference_date=REFERENCE_DATE)
    engine = make_engine(resolve_url(db))
    with engine.connect() as conn:
        counts = fill_events(
            conn,
            scale="network",
            seed=1,
            reference_date=REFERENCE_DATE,
            events=EVENTS,
            registrations=REGISTRATIONS,
        )
    engine.dispose()
    print(f"built in {time.perf_counter() - started:.1f} s: {counts}", file=sys.stderr)


def _ms(fn) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


def time_lists(db: str, runs: int, samples: int) -> dict[str, list[list[tuple[float, float]]]]:
    database = open_database(db, create=False)
    start_of_day = datetime.combine(clock.today(), dtime(0), tzinfo=clock.zone())
    filters = {
        "events list, first screen, coming (count + 100 rows)": EventFilter(
            starts_from=start_of_day
        ),
        "events list, first screen, all dates": EventFilter(),
        "events list, first screen, coming with places left (the page's filter)": EventFilter(
            starts_from=start_of_day, full=False
        ),
        "events list, first screen, all dates with places left": EventFilter(full=False),
    }
    out: dict[str, list[list[tuple[float, float]]]] = {k: [] for k in filters}
    for _ in range(runs):
        for name, flt in filters.items():
            timings = []
            for _ in range(samples):

                def screen(flt=flt) -> None:
                    with database.session() as s:
                        source = EventListSource(ACTOR, flt)
                        source.count(s)
                        source.fetch(s, SortOrder(), 0, SCREEN)

                timings.append(_ms(screen))
            out[name].append(timings)
    database.dispose()
    return out


def _full_events(session) -> list[int]:
    now = clock.now_utc()
    taken = (
        select(func.coalesce(func.sum(Registration.party_size), 0))
        .where(Registration.event_id == Event.id, Registration.status.in_(PLACE_HOLDING_STATUSES))
        .scalar_subquery()
    )
    waiting = (
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.event_id == Event.id, Registration.status == RegistrationStatus.WAITLISTED
        )
        .scalar_subquery()
    )
    return list(
        session.scalars(
            select(Event.id).where(Event.starts_at > now, taken >= Event.capacity, waiting > 0)
        )
    )


def time_changes(db: str, runs: int, samples: int) -> dict[str, list[list[tuple[float, float]]]]:
    out: dict[str, list[list[tuple[float, float]]]] = {
        "register to a full event (waiting list, promotion step)": [],
        "cancel a registration on a full event (one offer made)": [],
    }
    rng = random.Random(7)
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            copy = str(Path(tmp) / "copy.sqlite3")
            shutil.copy(db, copy)
            database = open_database(copy, create=False)
            with database.session() as s:
                full = _full_events(s)
                contacts = list(s.scalars(select(Contact.id).order_by(Contact.id).limit(5000)))
            regs, cancels = [], []
            for _ in range(samples):
                event_id = rng.choice(full)

                def one(event_id=event_id, database=database, contacts=contacts) -> None:
                    with database.session() as s:
                        register(s, event_id, contact_id=rng.choice(contacts), actor=ACTOR)

                try:
                    regs.append(_ms(one))
                except Exception:  # noqa: BLE001 (the contact was already registered: skip)
                    pass
                with database.session() as s:
                    target = s.scalar(
                        select(Registration.id).where(
                            Registration.event_id == event_id,
                            Registration.status == RegistrationStatus.REGISTERED,
                        )
                    )

                def cancel(target=target, database=database) -> None:
                    with database.session() as s:
                        cancel_registration(s, target, actor=ACTOR)

                cancels.append(_ms(cancel))
            database.dispose()
        out["register to a full event (waiting list, promotion step)"].append(regs)
        out["cancel a registration on a full event (one offer made)"].append(cancels)
    return out


def _row(name: str, runs: list[list[tuple[float, float]]], target: float) -> str:
    medians = [statistics.median(w for w, _ in run) for run in runs if run]
    worst = max(w for run in runs for w, _ in run)
    cpu = statistics.median(c for run in runs for _, c in run)
    median = statistics.median(medians)
    verdict = "pass" if median < target else "FAIL"
    return (
        f"| SQLite | {name} | {median:.1f} | {worst:.1f} | {cpu:.1f} | < {target:.0f} | {verdict} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/events-bench.sqlite3")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--samples", type=int, default=15)
    args = parser.parse_args()
    build(args.db)
    lists = time_lists(args.db, args.runs, args.samples)
    changes = time_changes(args.db, args.runs, args.samples)
    print("| database | scenario | median (ms) | worst (ms) | CPU (ms) | target (ms) | result |")
    print("|---|---|---:|---:|---:|---:|---|")
    for name, runs in lists.items():
        print(_row(name, runs, TARGETS["list"]))
    for name, runs in changes.items():
        print(_row(name, runs, TARGETS["change"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
