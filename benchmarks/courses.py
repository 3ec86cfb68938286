"""Courses at the issue's network scale (20,000 events, 400,000 registrations), on the database
of benchmarks/events.py (built once, reused when the file exists):

    PYTHONPATH=. .venv/bin/python benchmarks/courses.py --db /tmp/events-bench.sqlite3

On a copy of the file: a course of 5 modules (new events, 300 places each) is created; then
timed, through the services the UI calls, with a fresh session per call: 200 enrolments (each
locks the 5 modules and writes 5 registrations, their history, audit rows and e-mails), P/A
attendance marks, the course's progress (every enrolment's hours and completion), the
attendance sheet of a module with 200 people (data + PDF), the certificates of 200 completers
(data + PDF), and an import of a 500-row CSV into a 300-place event (300 registered, 200
waiting, in one transaction). Prints a Markdown table (median and worst).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from benchmarks.events import build
from incubator_app import clock
from incubator_app.db.migrate import open_database
from incubator_app.models import Registration
from incubator_app.reports.event_documents import build_certificates, build_event_sheet
from incubator_app.services.actor import Actor
from incubator_app.services.events.courses import course_progress, create_course, enrol
from incubator_app.services.events.importing import import_registrations
from incubator_app.services.events.records import create_event
from incubator_app.services.events.registrations import mark_attendance
from incubator_app.services.reporting.event_attendance import certificates_data, event_sheet_data

ACTOR = Actor.system()
PEOPLE = 200


CPU: list[float] = []


def _ms(fn) -> float:
    """Wall time in ms; the process's CPU time goes to CPU (the machine is shared)."""
    started, cpu = time.perf_counter(), time.process_time()
    fn()
    CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - started) * 1000


def run(db: str, out: Path) -> list[tuple[str, list[float], list[float], str]]:
    database = open_database(db, create=False)
    results: list[tuple[str, list[float], list[float], str]] = []

    def add(name: str, times: list[float], target: str) -> None:
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
                capacity=300,
                actor=ACTOR,
            )
            for i in range(5)
        ]
        course = create_course(s, title="Bench course", event_ids=modules, actor=ACTOR)
    enrolments = []
    for k in range(PEOPLE):
        with database.session() as s:
            enrolments.append(
                _ms(
                    lambda s=s, k=k: enrol(
                        s, course, email=f"bench{k}@exemple.fr", name=f"Bench {k}", actor=ACTOR
                    )
                )
            )
    add("enrol one person in a 5-module course", enrolments, "< 50 ms x 5 modules")
    with database.session() as s:
        regs = {
            ev: s.scalars(
                select(Registration.id).where(Registration.event_id == ev).order_by(Registration.id)
            ).all()
            for ev in modules
        }
    marks = []
    for ev in modules[:4]:
        for rid in regs[ev]:
            with database.session() as s:
                marks.append(_ms(lambda s=s, rid=rid: mark_attendance(s, rid, True, actor=ACTOR)))
    add("mark one registration attended (P)", marks, "< 50")
    progress = []
    for _ in range(5):
        with database.session() as s:
            progress.append(_ms(lambda s=s: course_progress(s, course, actor=ACTOR)))
    add(f"course progress, {PEOPLE} enrolments x 5 modules", progress, "< 100")
    sheets = []
    for _ in range(3):
        with database.session() as s:
            sheets.append(
                _ms(
                    lambda s=s: build_event_sheet(
                        event_sheet_data(s, modules[0], actor=ACTOR), out / "sheet.pdf"
                    )
                )
            )
    add(f"attendance sheet, {PEOPLE} people (data + PDF)", sheets, "—")
    certs = []
    for _ in range(3):
        with database.session() as s:
            certs.append(
                _ms(
                    lambda s=s: build_certificates(
                        certificates_data(s, course, actor=ACTOR), out / "certs.pdf"
                    )
                )
            )
    add(f"certificates, {PEOPLE} completers (data + PDF)", certs, "—")
    csv_path = out / "form.csv"
    csv_path.write_text(
        "Nom complet;Courriel;Places\n"
        + "".join(f"Import {k};import{k}@exemple.fr;1\n" for k in range(500)),
        encoding="utf-8",
    )
    with database.session() as s:
        target = create_event(
            s,
            title="Import target",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            capacity=300,
            actor=ACTOR,
        )
    with database.session() as s:
        imported = [_ms(lambda s=s: import_registrations(s, target, csv_path, actor=ACTOR))]
    add("import 500 rows (300 registered, 200 waiting)", imported, "—")
    database.dispose()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/events-bench.sqlite3")
    args = parser.parse_args()
    build(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        copy = str(Path(tmp) / "copy.sqlite3")
        shutil.copy(args.db, copy)
        rows = run(copy, Path(tmp))
    print("| scenario | calls | median (ms) | worst (ms) | CPU median (ms) | target (ms) |")
    print("|---|---:|---:|---:|---:|---|")
    for name, times, cpu, target in rows:
        print(
            f"| {name} | {len(times)} | {statistics.median(times):.1f} | {max(times):.1f} "
            f"| {statistics.median(cpu):.1f} | {target} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
