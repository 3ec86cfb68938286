"""The course waiting list: a course of 5 modules (60 places each) filled, then 100 more people
enrolling (each goes to the course's waiting list after a recount of every module under their
locks), then 50 cancellations (each frees a place in every module and offers them, in the same
transaction, to the head of the course's list), the answers to those offers, and a tick with
every course visited. On a fresh SQLite database, or the one given with --db (a copy is used):

    PYTHONPATH=. .venv/bin/python benchmarks/course_waiting.py [--db /tmp/events-bench.sqlite3]

Prints a Markdown table (median and worst, wall and CPU).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from incubator_app import clock
from incubator_app.db.migrate import open_database
from incubator_app.services.actor import Actor
from incubator_app.services.events.course_waiting import accept_course_offer
from incubator_app.services.events.courses import cancel_enrolment, create_course, enrol
from incubator_app.services.events.records import create_event
from incubator_app.services.events.tick import tick

ACTOR = Actor.system()
CAPACITY, WAITING, CANCELLED = 60, 100, 50
CPU: list[float] = []


def _ms(fn):
    started, cpu = time.perf_counter(), time.process_time()
    value = fn()
    CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - started) * 1000, value


def run(db: str) -> list[tuple[str, list[float], list[float], str]]:
    database = open_database(db)
    results = []

    def add(name, times, target):
        results.append((name, times, CPU[-len(times) :], target))

    starts = clock.now_utc().replace(microsecond=0, second=0, minute=0) + timedelta(days=30)
    with database.session() as s:
        modules = [
            create_event(
                s,
                title=f"Module {i + 1}",
                kind="training",
                starts_at=starts + timedelta(days=7 * i),
                ends_at=starts + timedelta(days=7 * i, hours=3),
                capacity=CAPACITY,
                actor=ACTOR,
            )  # fmt: skip
            for i in range(5)
        ]
        course = create_course(s, title="Bench course", event_ids=modules, actor=ACTOR)
    enrolled, times = [], []
    for k in range(CAPACITY + WAITING):
        with database.session() as s:
            spent, outcome = _ms(
                lambda s=s, k=k: enrol(
                    s, course, email=f"b{k}@exemple.fr", name=f"B {k}", actor=ACTOR
                )
            )
        if outcome.id is not None:
            enrolled.append(outcome.id)
        else:
            times.append(spent)
    add(f"enrol in a full 5-module course (to its waiting list, {WAITING} calls)", times, "< 250")
    cancels, offers = [], []
    for enrolment in enrolled[:CANCELLED]:
        with database.session() as s:
            spent, _ = _ms(lambda s=s, e=enrolment: cancel_enrolment(s, e, actor=ACTOR))
        cancels.append(spent)
    add("cancel an enrolment: 5 places freed, the head offered all 5", cancels, "< 250")
    with database.session() as s:
        from sqlalchemy import select

        from incubator_app.models import CourseWaiting
        from incubator_app.models.vocabulary import RegistrationStatus

        offered = s.scalars(
            select(CourseWaiting.id).where(CourseWaiting.status == RegistrationStatus.OFFERED)
        ).all()
    for entry in offered:
        with database.session() as s:
            spent, _ = _ms(lambda s=s, e=entry: accept_course_offer(s, e, actor=ACTOR))
        offers.append(spent)
    add("accept a course offer (the enrolment made)", offers, "< 250")
    ticks = []
    for _ in range(5):
        with database.session() as s:
            spent, _ = _ms(lambda s=s: tick(s, actor=ACTOR))
        ticks.append(spent)
    add("tick (the full course is not visited)", ticks, "—")
    database.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an existing SQLite file to copy (default: a fresh one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        if args.db:
            shutil.copy(args.db, db)
        results = run(str(db))
    print("| scenario | calls | median (ms) | worst (ms) | CPU median (ms) | target (ms) |")
    print("|---|---:|---:|---:|---:|---|")
    for name, times, cpu, target in results:
        print(
            f"| {name} | {len(times)} | {statistics.median(times):.1f} | {max(times):.1f} | "
            f"{statistics.median(cpu):.1f} | {target} |"
        )


if __name__ == "__main__":
    main()
