"""Coaching at network scale: the sessions page (first screen, filter changes, totals for each
filter) and a coach's caseload, through the same services the UI uses.

    .venv/bin/python -m incubator_app demo --db benchmarks/data/network.sqlite3 \
        --scale network --force                      # once, ~2-3 min (1,000,000 sessions)
    .venv/bin/python benchmarks/coaching.py [--db benchmarks/data/network.sqlite3] [--runs 5]

The network demo scale already holds 1,000,000 sessions (incubator_app/demo/scales.py), so no
sessions are added. "First screen" = what the page does on the GUI thread when shown:
COUNT + the first page of 200 rows (WindowedTableModel's page size) in the default order (last
12 months, newest first); the totals line is computed off the GUI thread (ops) and measured on
its own. A "filter change" = the new COUNT + first page. Each figure is the median of
`--runs` runs on a fresh session (caches warm: the office PC has opened the file before).
Prints a Markdown table.

A database generated before revision 0004 got its last index gets the missing coaching indexes
first (what the migration does), then ANALYZE. "Broad" scenarios (kind, mode or topic with kind
over all ten years) check the "totals for any filter" rule on the filters matching most sessions.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))  # run as a script or imported

from machine import cpu_model  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from sqlalchemy import inspect as sa_inspect  # noqa: E402

from incubator_app.db.migrate import open_database  # noqa: E402
from incubator_app.demo.scales import REFERENCE_DATE  # noqa: E402
from incubator_app.models import (  # noqa: E402
    Coach,
    CoachingSession,
    CoachingTopic,
    SessionParticipant,
)
from incubator_app.models.coaching import session_topic  # noqa: E402
from incubator_app.services.actor import Actor  # noqa: E402
from incubator_app.services.coaching.caseload import coach_caseload  # noqa: E402
from incubator_app.services.coaching.filter import CoachingFilter  # noqa: E402
from incubator_app.services.coaching.list import SessionListSource  # noqa: E402
from incubator_app.services.coaching.stats import totals_for_filter  # noqa: E402
from incubator_app.services.paging import SortOrder  # noqa: E402

PAGE = 200


def median_ms(db, fn: Callable, runs: int) -> float:
    times = []
    for _ in range(runs + 1):  # the first run warms the page cache and is dropped
        with db.session() as session:
            start = time.perf_counter()
            fn(session)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])


def ensure_coaching_indexes(db) -> None:
    """Create the coaching indexes of revision 0004 a database made before them lacks."""
    tables = (CoachingSession.__table__, SessionParticipant.__table__, session_topic)
    with db.engine.begin() as conn:
        inspector = sa_inspect(conn)
        changed = False
        for table in tables:
            existing = {ix["name"]: ix["column_names"] for ix in inspector.get_indexes(table.name)}
            for index in table.indexes:
                wanted = [c.name for c in index.columns]
                if existing.get(index.name) == wanted:
                    continue
                if index.name in existing:
                    index.drop(conn)
                index.create(conn)
                changed = True
        if changed and conn.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "benchmarks/data/network.sqlite3"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = open_database(args.db)
    ensure_coaching_indexes(db)
    actor = Actor.system()
    today = REFERENCE_DATE
    with db.session() as s:
        sessions = s.scalar(select(func.count(CoachingSession.id)))
        # A busy coach, a well-followed entrepreneur, the most used topic.
        coach_id = s.scalar(
            select(CoachingSession.coach_id)
            .group_by(CoachingSession.coach_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        person_id = s.scalar(
            select(SessionParticipant.entrepreneur_id)
            .group_by(SessionParticipant.entrepreneur_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        topic_id = s.scalar(select(CoachingTopic.id).order_by(CoachingTopic.id).limit(1))
        coaches = s.scalar(select(func.count(Coach.id)))

    def period(key: str, **extra) -> CoachingFilter:
        return CoachingFilter.from_keys(today=today, period=key, **extra)

    filters: list[tuple[str, CoachingFilter]] = [
        ("no filter (all 10 years)", CoachingFilter()),
        ("this month", period("this_month")),
        ("last 12 months", period("last_12_months")),
        ("this year + topic", period("this_year", topic_id=topic_id)),
        ("topic only (10 years)", CoachingFilter(topic_id=topic_id)),
        ("coach", CoachingFilter(coach_id=coach_id)),
        ("coach + last month", period("last_month", coach_id=coach_id)),
        ("entrepreneur", CoachingFilter(entrepreneur_id=person_id)),
        ("collective + video", CoachingFilter(kind="collective", mode="video")),
        ("in person, this year", period("this_year", mode="in_person")),
        ("broad: in person (10 years)", CoachingFilter(mode="in_person")),
        ("broad: individual (10 years)", CoachingFilter(kind="individual")),
        (
            "broad: topic + individual (10 years)",
            CoachingFilter(topic_id=topic_id, kind="individual"),
        ),
    ]

    def screen(f: CoachingFilter, with_totals: bool):
        def run(session):
            source = SessionListSource(f, actor=actor)
            source.count(session)
            source.fetch(session, SortOrder(), 0, PAGE)
            if with_totals:
                totals_for_filter(session, f, actor=actor)

        return run

    def sorted_screen(f: CoachingFilter, key: str):
        def run(session):
            source = SessionListSource(f, actor=actor)
            source.count(session)
            source.fetch(session, SortOrder(key, True), 0, PAGE)

        return run

    rows: list[tuple[str, float, float, str]] = []
    first = median_ms(db, screen(period("last_12_months"), False), args.runs)
    rows.append(("first screen (default: last 12 months, count + 200 rows)", first, 100, ""))
    for name, f in filters:
        rows.append((f"filter change: {name}", median_ms(db, screen(f, False), args.runs), 200, ""))
    for name, f in filters:
        rows.append(
            (
                f"totals: {name}",
                median_ms(db, lambda s, f=f: totals_for_filter(s, f, actor=actor), args.runs),
                300,
                "",
            )
        )
    rows.append(
        (
            "sort by duration, last 12 months",
            median_ms(db, sorted_screen(period("last_12_months"), "duration"), args.runs),
            200,
            "",
        )
    )
    rows.append(
        (
            "scroll: page at row 500,000 (no filter)",
            median_ms(
                db,
                lambda s: SessionListSource(CoachingFilter(), actor=actor).fetch(
                    s, SortOrder(), 500_000, PAGE
                ),
                args.runs,
            ),
            0,
            "no target",
        )
    )
    caseload_size = []

    def caseload(session):
        caseload_size.append(len(coach_caseload(session, coach_id, actor=actor, today=today)))

    rows.append(("caseload of the busiest coach", median_ms(db, caseload, args.runs), 200, ""))

    print(
        f"Machine: {cpu_model()}, Python {platform.python_version()}, SQLite file "
        f"{Path(args.db).name}; {sessions:,} sessions, {coaches:,} coaches; "
        f"caseload of {caseload_size[-1]} entrepreneurs; median of {args.runs} runs; "
        f"run on {date.today().isoformat()}.\n"
    )
    print("| scenario | median (ms) | target (ms) | result |")
    print("|---|---:|---:|---|")
    for name, ms, target, note in rows:
        verdict = note or ("pass" if ms < target else "FAIL")
        shown = f"< {target}" if target else "—"
        print(f"| {name} | {ms:.1f} | {shown} | {verdict} |")


if __name__ == "__main__":
    main()
