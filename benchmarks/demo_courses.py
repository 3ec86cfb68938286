"""The demo's training cycles at the three scales: how long `fill_events` takes to write its
contacts and courses (modules, enrolments, attendance, a waiting list) when it writes no other
event, on a fresh SQLite database each time:

    PYTHONPATH=. .venv/bin/python benchmarks/demo_courses.py

Prints a Markdown table: rows written per table and the wall and CPU time.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from incubator_app.db.migrate import open_database
from incubator_app.demo.events import fill_events
from incubator_app.demo.scales import REFERENCE_DATE


def main() -> None:
    print("| scale | courses | modules | enrolments | module registrations | waiting | "
          "contacts | wall (ms) | CPU (ms) |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for scale in ("small", "incubator", "network"):
        with tempfile.TemporaryDirectory() as tmp:
            database = open_database(str(Path(tmp) / "demo.sqlite3"))
            try:
                with database.engine.connect() as conn:
                    started, cpu = time.perf_counter(), time.process_time()
                    counts = fill_events(
                        conn, scale=scale, seed=1, reference_date=REFERENCE_DATE,
                        events=0, registrations=0,
                    )  # fmt: skip
                    wall = (time.perf_counter() - started) * 1000
                    cpu_ms = (time.process_time() - cpu) * 1000
            finally:
                database.dispose()
        print(
            f"| {scale} | {counts.get('course', 0)} | {counts.get('event', 0)} | "
            f"{counts.get('course_enrolment', 0)} | {counts.get('registration', 0)} | "
            f"{counts.get('course_waiting', 0)} | {counts.get('contact', 0)} | "
            f"{wall:.0f} | {cpu_ms:.0f} |"
        )


if __name__ == "__main__":
    main()
