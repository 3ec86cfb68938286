"""Dashboard at incubator scale, Milestones page (first screen, filters) at network scale.

    .venv/bin/python -m incubator_app demo --scale incubator --force \
        --db benchmarks/data/incubator.sqlite3
    .venv/bin/python -m incubator_app demo --scale network --force \
        --db benchmarks/data/network.sqlite3
    .venv/bin/python benchmarks/dashboard_milestones.py [--runs 7] [--today 2026-11-01]

Measures through the services the UI calls: `load_dashboard` (one call, everything the page
shows), and for the Milestones page the list source shown through the UI's WindowedTableModel:
`set_source` (the COUNT) then the first row (its first window of 200 rows), what the page does on
show and after each filter change, for milestones and action items. Databases generated before
revision 0005 get its indexes first (what the migration does; an index whose columns changed is
rebuilt). Prints a Markdown table of medians.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from incubator_app.db.migrate import open_database
from incubator_app.models import ActionItem, Coach, Cohort, Entrepreneur, Milestone
from incubator_app.services.actor import Actor
from incubator_app.services.milestones.list import ActionItemListSource, MilestoneListSource
from incubator_app.services.reporting.dashboard import load_dashboard
from incubator_app.ui.windowed_model import WindowedTableModel

DATA = Path(__file__).parent / "data"


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _ensure_0005_indexes(db) -> None:
    with db.engine.begin() as conn:
        inspector = sa_inspect(conn)
        existing = {
            ix["name"]: ix["column_names"]
            for table in ("milestone", "action_item", "entrepreneur")
            for ix in inspector.get_indexes(table)
        }
        expression_indexes = (
            {
                name
                for (name,) in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='index'"
                )
                if name not in existing
            }
            if conn.dialect.name == "sqlite"
            else set()
        )
        changed = False
        for table in (Milestone.__table__, ActionItem.__table__, Entrepreneur.__table__):
            for index in table.indexes:
                wanted = [c.name for c in index.columns]
                # Expression indexes (lower(email)…) come from revision 0003, and SQLite's
                # inspector cannot list them: never recreate those here.
                if index.name in expression_indexes or existing.get(index.name) == wanted:
                    continue
                if index.name in existing:
                    index.drop(conn)
                index.create(conn)
                changed = True
        if changed and conn.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 1))
    parser.add_argument("--incubator", type=Path, default=DATA / "incubator.sqlite3")
    parser.add_argument("--network", type=Path, default=DATA / "network.sqlite3")
    args = parser.parse_args()
    actor, today, runs = Actor.system(), args.today, args.runs
    rows: list[tuple[str, str, float, float]] = []

    db = open_database(str(args.incubator))
    _ensure_0005_indexes(db)

    def dashboard() -> None:
        with db.session() as s:
            load_dashboard(s, actor=actor, today=today)

    dashboard()  # warm the page cache once, as a running app has
    rows.append(
        ("incubator", "dashboard: load_dashboard (everything)", _median_ms(dashboard, runs), 300)
    )
    db.dispose()

    if args.network.exists():
        net = open_database(str(args.network))
        _ensure_0005_indexes(net)
        with net.session() as s:
            coach_id = s.scalar(select(Coach.id).order_by(Coach.id).limit(1))
            cohort_id = s.scalar(select(Cohort.id).order_by(Cohort.id.desc()).limit(1))

        app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841

        def screen(source, sort_key: str | None = None) -> Callable[[], None]:
            def run() -> None:
                model = WindowedTableModel(net, [], page_size=200)
                if sort_key is not None:
                    model.set_sort(sort_key)
                model.set_source(source)  # COUNT
                model.row_at(0)  # first window of 200 rows

            return run

        cases = [
            (
                "milestones page first screen (open, by due date)",
                MilestoneListSource(actor, today),
                100,
            ),
            ("filter: overdue", MilestoneListSource(actor, today, due="overdue"), 200),
            ("filter: due this month", MilestoneListSource(actor, today, due="this_month"), 200),
            ("filter: coach", MilestoneListSource(actor, today, coach_id=coach_id), 200),
            ("filter: cohort", MilestoneListSource(actor, today, cohort_id=cohort_id), 200),
            (
                "filter: any status, sorted by entrepreneur",
                MilestoneListSource(actor, today, status=None),
                200,
            ),
            ("action items: open", ActionItemListSource(actor, today), 200),
            (
                "action items: overdue of a coach",
                ActionItemListSource(actor, today, state="overdue", coach_id=coach_id),
                200,
            ),
        ]
        screen(cases[0][1])()
        for label, source, target in cases:
            fn = screen(source, "entrepreneur" if "sorted by entrepreneur" in label else None)
            rows.append(("network", label, _median_ms(fn, runs), target))

        def net_dashboard() -> None:
            with net.session() as s:
                load_dashboard(s, actor=actor, today=today)

        rows.append(
            ("network", "dashboard (informative)", _median_ms(net_dashboard, max(3, runs // 2)), 0)
        )
        net.dispose()

    print(f"today = {today}, median of {runs} runs\n")
    print("| scale | scenario | median (ms) | target (ms) | result |")
    print("|---|---|---:|---:|---|")
    for scale, label, ms, target in rows:
        verdict = "—" if not target else ("pass" if ms < target else "FAIL")
        print(f"| {scale} | {label} | {ms:.1f} | {target or '—'} | {verdict} |")


if __name__ == "__main__":
    main()
