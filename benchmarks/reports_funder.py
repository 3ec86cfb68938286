"""Funder report benchmark: PDF and XLSX for one year of a grant, through the same functions the
app and the command line call (services.funder_kpis + reports.funder_report/funder_workbook).

    .venv/bin/python -m incubator_app demo --db benchmarks/data/incubator.sqlite3 --scale incubator
    .venv/bin/python -m incubator_app demo --db benchmarks/data/network.sqlite3 --scale network
    .venv/bin/python benchmarks/reports_funder.py [--runs 3] [--skip-network]

Scenarios (each run in its own process, so that its peak RSS is its own):
- incubator scale: the busiest grant of 2025 (VDM-2025, ~345 beneficiaries), year 2025; < 3 s.
- network scale: no demo grant has 5,000 beneficiaries (one grant per site and year), so the run
  attaches N people coached during 2025 to a 2025 grant *inside the benchmark's transaction* and
  rolls it back at the end: the database file is never changed, and the report reads exactly the
  rows it would read if they had been committed. N = 5,000 must take < 20 s; N = 1,250 … 10,000
  show that memory does not grow with the number of rows (aggregates in SQL, annex streamed).
Prints a Markdown table: median seconds over the runs, peak RSS (MB) of the process, and the
RSS growth during the report (peak minus RSS just before it).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _busiest_grant(session, year: int) -> int:
    from sqlalchemy import func, select

    from incubator_app.models import Grant, grant_beneficiary

    return session.scalar(
        select(Grant.id)
        .join(grant_beneficiary, grant_beneficiary.c.grant_id == Grant.id)
        .where(Grant.period_start == date(year, 1, 1))
        .group_by(Grant.id)
        .order_by(func.count().desc(), Grant.id)
        .limit(1)
    )


def _attach(session, grant_id: int, wanted: int) -> int:
    """Adds people coached in 2025 to the grant until it has `wanted` beneficiaries (not
    committed). Returns the number of beneficiaries."""
    from sqlalchemy import func, insert, select

    from incubator_app.models import CoachingSession, SessionParticipant, grant_beneficiary

    have = session.scalar(select(func.count()).where(grant_beneficiary.c.grant_id == grant_id))
    already = select(grant_beneficiary.c.entrepreneur_id).where(
        grant_beneficiary.c.grant_id == grant_id
    )
    people = (
        select(SessionParticipant.entrepreneur_id)
        .join(CoachingSession, CoachingSession.id == SessionParticipant.session_id)
        .where(
            CoachingSession.session_date.between(*YEAR),
            SessionParticipant.entrepreneur_id.not_in(already),
        )
        .distinct()
        .order_by(SessionParticipant.entrepreneur_id)
        .limit(max(0, wanted - have))
    )
    ids = list(session.scalars(people))
    if ids:
        session.execute(
            insert(grant_beneficiary), [{"grant_id": grant_id, "entrepreneur_id": i} for i in ids]
        )
    return have + len(ids)


def run_one(db: str, fmt: str, beneficiaries: int | None) -> dict:
    from incubator_app.db.migrate import open_database
    from incubator_app.reports.funder_report import write_funder_report
    from incubator_app.reports.funder_workbook import write_funder_workbook
    from incubator_app.services.actor import Actor

    write = write_funder_workbook if fmt == "xlsx" else write_funder_report
    database = open_database(db, create=False, upgrade=False)
    try:
        with database.session() as session, tempfile.TemporaryDirectory() as tmp:
            grant_id = _busiest_grant(session, 2025)
            count = _attach(session, grant_id, beneficiaries) if beneficiaries else None
            before = _rss_mb()
            started = time.perf_counter()
            rows = []
            path = write(
                session, grant_id, *YEAR, Path(tmp) / f"r.{fmt}", actor=Actor.system(),
                progress=lambda done, total: rows.append(total),
            )  # fmt: skip
            seconds = time.perf_counter() - started
            size = path.stat().st_size
            session.rollback()
    finally:
        database.dispose()
    return {
        "seconds": seconds,
        "peak_mb": _peak_mb(),
        "growth_mb": _peak_mb() - before,
        "people": rows[-1] if rows else 0,
        "beneficiaries": count,
        "kb": size // 1024,
    }


def _measure(db: Path, fmt: str, beneficiaries: int | None, runs: int) -> dict:
    results = []
    for _ in range(runs):
        cmd = [sys.executable, __file__, "--one", str(db), fmt, str(beneficiaries or 0)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    best = results[0]
    return {
        **best,
        "seconds": statistics.median(r["seconds"] for r in results),
        "peak_mb": statistics.median(r["peak_mb"] for r in results),
        "growth_mb": statistics.median(r["growth_mb"] for r in results),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-network", action="store_true")
    parser.add_argument("--one", nargs=3, metavar=("DB", "FORMAT", "BENEFICIARIES"))
    args = parser.parse_args()
    if args.one:
        db, fmt, n = args.one
        print(json.dumps(run_one(db, fmt, int(n) or None)))
        return
    rows = []
    incubator = DATA / "incubator.sqlite3"
    for fmt in ("pdf", "xlsx"):
        r = _measure(incubator, fmt, None, args.runs)
        rows.append(("incubator, busiest 2025 grant", fmt, r, 3.0))
    network = DATA / "network.sqlite3"
    if not args.skip_network and network.exists():
        for n, fmt in ((5000, "pdf"), (5000, "xlsx"), (1250, "pdf"), (2500, "pdf"), (10000, "pdf")):
            r = _measure(network, fmt, n, args.runs if n == 5000 else 1)
            rows.append((f"network, 2025 grant with {n:,} beneficiaries", fmt, r, 20.0))
    print(
        "| scenario | format | people in annex | file | median s | target | peak RSS MB "
        "| RSS growth MB | result |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, fmt, r, target in rows:
        ok = "pass" if r["seconds"] < target else "FAIL"
        print(
            f"| {name} | {fmt} | {r['people']:,} | {r['kb']:,} KB | {r['seconds']:.2f} "
            f"| < {target:g} s | {r['peak_mb']:.0f} | {r['growth_mb']:.0f} | {ok} |"
        )


if __name__ == "__main__":
    main()
