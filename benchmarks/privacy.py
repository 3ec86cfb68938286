"""GDPR at the demo scales: how long an access export and an erasure take for one person.

    PYTHONPATH=. .venv/bin/python benchmarks/privacy.py --scale incubator --runs 3

Builds (once; reused when the file exists) a demo database of the scale, then, for `--runs`
random entrepreneurs who have coaching, registrations and an exchange account: the access
export (the metadata walk, the text scan of every table, JSON, CSV and the PDF) and, on a copy
of the file, the erasure (`erase_person`) and the rewrite (`purge_freed_space`: VACUUM and a
WAL checkpoint). Prints a Markdown table (median and worst, seconds) and the database size.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from incubator_app.db.migrate import open_database
from incubator_app.demo.generator import generate_demo
from incubator_app.reports.personal_data import build_personal_data_pdf
from incubator_app.services.actor import Actor
from incubator_app.services.privacy.access import export_personal_data
from incubator_app.services.privacy.erasure import erase_person, purge_freed_space
from incubator_app.services.privacy.people import PersonRef

_PEOPLE = (
    "SELECT e.id FROM entrepreneur e WHERE EXISTS (SELECT 1 FROM session_participant sp"
    " WHERE sp.entrepreneur_id = e.id) AND EXISTS (SELECT 1 FROM registration r"
    " WHERE r.entrepreneur_id = e.id) AND EXISTS (SELECT 1 FROM exchange_account a"
    " WHERE a.entrepreneur_id = e.id) ORDER BY e.id"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="incubator", choices=("small", "incubator", "network"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-privacy-"))
    os.environ.setdefault("INCUBATOR_APP_DATA_DIR", str(work / "data"))
    db = args.db or Path(tempfile.gettempdir()) / f"bench-privacy-{args.scale}.sqlite3"
    if not db.exists():
        generate_demo(db, scale=args.scale, seed=7)
    actor = Actor.system()
    database = open_database(str(db), create=False)
    with database.session() as s:
        ids = list(s.scalars(text(_PEOPLE)))
    database.dispose()
    chosen = random.Random(11).sample(ids, min(args.runs, len(ids)))
    export_times, erase_times, purge_times, rows = [], [], [], []
    for pid in chosen:
        person = PersonRef("entrepreneur", pid)
        database = open_database(str(db), create=False)
        with database.session() as s:
            start = time.perf_counter()
            result = export_personal_data(
                s, person, work / f"export-{pid}", actor=actor,
                write_pdf=lambda data, path: build_personal_data_pdf(data, path),
            )  # fmt: skip
            export_times.append(time.perf_counter() - start)
            rows.append(sum(result.tables.values()))
        database.dispose()
        copy = work / "erase.sqlite3"
        shutil.copy(db, copy)
        database = open_database(str(copy), create=False)
        with database.session() as s:
            start = time.perf_counter()
            report = erase_person(s, person, actor=actor)
            erase_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            purge_freed_space(s, report.tables_touched)
            purge_times.append(time.perf_counter() - start)
        database.dispose()
    size = db.stat().st_size / 1e6
    print(f"Scale `{args.scale}`: database {size:.0f} MB, {len(ids)} entrepreneurs with coaching,"
          f" registrations and an exchange account; {len(chosen)} of them timed,"
          f" {statistics.median(rows):.0f} rows about each (median).\n")  # fmt: skip
    print("| step | median (s) | worst (s) |")
    print("|---|---:|---:|")
    for name, times in (
        ("access export (walk + JSON + CSV + PDF)", export_times),
        ("erase_person (one transaction)", erase_times),
        ("purge_freed_space (VACUUM + checkpoint)", purge_times),
    ):
        print(f"| {name} | {statistics.median(times):.2f} | {max(times):.2f} |")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
