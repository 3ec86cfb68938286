"""Shared services benchmarks at network scale (2.5 M service usages): usage totals, the usage
list page, revenue of a month and the monthly statement, through the services the UI calls.

    .venv/bin/python -m incubator_app demo --db benchmarks/data/network.sqlite3 \\
        --scale network --force            # once, ~10 min
    .venv/bin/python benchmarks/services.py [--db benchmarks/data/network.sqlite3] [--runs 7]

Targets (issue 5): monthly totals of one entrepreneur < 100 ms; totals of every entrepreneur of
a month < 1 s; statement data (+ its CSV) < 0.5 s; statement data + its PDF (issue 6,
reports/statement.py) < 0.5 s. The busiest month and the entrepreneur with
the most usages in it are chosen, so each figure is a worst case of the data. Prints a Markdown
table (median of --runs, after one warm-up run that is reported as "first").
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from incubator_app.db.migrate import open_database  # noqa: E402
from incubator_app.models import ServiceUsage  # noqa: E402
from incubator_app.reports.statement import build_statement_pdf  # noqa: E402
from incubator_app.services.actor import Actor  # noqa: E402
from incubator_app.services.paging import SortOrder  # noqa: E402
from incubator_app.services.shared_services.revenue_summary import (  # noqa: E402
    revenue_by_entrepreneur,
    revenue_over_contract,
)
from incubator_app.services.shared_services.statement_csv import write_statement_csv  # noqa: E402
from incubator_app.services.shared_services.statements import monthly_statement  # noqa: E402
from incubator_app.services.shared_services.usage_list import UsageListSource  # noqa: E402
from incubator_app.services.shared_services.usage_totals import (  # noqa: E402
    usage_total_for_month,
    usage_totals_by_entrepreneur,
    usage_totals_by_month,
)


def measure(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first run, median of the next `runs`) in milliseconds."""
    t0 = time.perf_counter()
    fn()
    first = (time.perf_counter() - t0) * 1000
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return first, statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "benchmarks/data/network.sqlite3"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    database = open_database(args.db, create=False, upgrade=False)
    actor = Actor.system()
    with database.session() as session:
        usages = session.scalar(select(func.count(ServiceUsage.id)))
        # Busiest month among the last 24 (the generator's later years are the largest).
        days = session.execute(
            select(ServiceUsage.used_on, func.count())
            .where(
                ServiceUsage.used_on >= date(2024, 11, 1), ServiceUsage.used_on < date(2026, 11, 1)
            )
            .group_by(ServiceUsage.used_on)
        ).all()
        per_month: dict[date, int] = {}
        for day, n in days:
            per_month[day.replace(day=1)] = per_month.get(day.replace(day=1), 0) + n
        month = max(per_month, key=per_month.__getitem__)
        after = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        person, person_usages = session.execute(
            select(ServiceUsage.entrepreneur_id, func.count())
            .where(ServiceUsage.used_on >= month, ServiceUsage.used_on < after)
            .group_by(ServiceUsage.entrepreneur_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    out_dir = Path(tempfile.mkdtemp())
    out = out_dir / "statement.csv"

    def in_session(fn: Callable) -> Callable[[], object]:
        def run() -> object:
            with database.session() as session:
                return fn(session)

        return run

    def usage_page(session) -> object:
        source = UsageListSource(actor, month=month)
        return (
            source.count(session),
            source.totals(session),
            source.fetch(session, SortOrder(), 0, 200),
        )

    def statement(session) -> object:
        s = monthly_statement(session, person, month, actor=actor)
        write_statement_csv(s, out)
        return s

    def statement_pdf(session) -> object:
        s = monthly_statement(session, person, month, actor=actor)
        return build_statement_pdf(s, out_dir / "statement.pdf", locale="fr")

    with database.session() as session:
        busy = monthly_statement(session, person, month, actor=actor)
    # Far beyond the data (at most 12 usages per entrepreneur-month): layout cost per line.
    long = dataclasses.replace(busy, usage_lines=busy.usage_lines * 60)

    def long_pdf(session) -> object:
        return build_statement_pdf(long, out_dir / "long.pdf", locale="fr")

    scenarios: list[tuple[str, Callable[[], object], float | None]] = [
        (
            "Monthly totals, one entrepreneur",
            in_session(lambda s: usage_total_for_month(s, person, month, actor=actor)),
            100,
        ),
        (
            "Totals month by month, one entrepreneur (whole history)",
            in_session(lambda s: usage_totals_by_month(s, person, actor=actor)),
            100,
        ),
        (
            "Totals of every entrepreneur, one month",
            in_session(lambda s: usage_totals_by_entrepreneur(s, month, actor=actor)),
            1000,
        ),
        ("Usage list of a month: count + totals + first page", in_session(usage_page), None),
        (
            "Revenue of every entrepreneur, one month",
            in_session(lambda s: revenue_by_entrepreneur(s, month, actor=actor)),
            None,
        ),
        (
            "Revenue over the contract, one entrepreneur",
            in_session(lambda s: revenue_over_contract(s, person, actor=actor)),
            None,
        ),
        ("Statement data + CSV, one entrepreneur-month", in_session(statement), 500),
        ("Statement data + PDF, one entrepreneur-month", in_session(statement_pdf), 500),
        ("Statement PDF, the same lines × 60 = 480 (stress)", in_session(long_pdf), None),
    ]
    print(
        f"Database: {args.db} — {usages:,} service usages; month {month:%Y-%m} "
        f"({per_month[month]:,} usages); entrepreneur {person} "
        f"({person_usages} usages that month)\n"
    )
    print("| scenario | first (ms) | median (ms) | target (ms) | result |")
    print("|---|---:|---:|---:|---|")
    ok = True
    for name, fn, target in scenarios:
        first, median = measure(fn, args.runs)
        verdict = "—" if target is None else ("pass" if median < target else "FAIL")
        ok &= verdict != "FAIL"
        shown = "—" if target is None else f"{target:.0f}"
        print(f"| {name} | {first:.1f} | {median:.1f} | {shown} | {verdict} |")
    database.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
