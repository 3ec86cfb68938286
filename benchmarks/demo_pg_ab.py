"""Demo generation on PostgreSQL: this tree against another source tree, interleaved (issue 12).

    .venv/bin/python benchmarks/demo_pg_ab.py --baseline DIR [--scale incubator] [--runs 3] \
        --server postgresql+psycopg://user@host:port/postgres

Each run generates the demo (seed 1, reference date 2026-11-01) in a fresh database with this
tree, then with `incubator_app` from `--baseline` (e.g. `git archive main incubator_app`
unpacked), in fresh processes one after the other, so that the load of a shared machine falls
on both; prints each time, the medians and this / baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

ROOT = Path(__file__).resolve().parent.parent

_WRAPPER = (
    "import sys; "
    "sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]; "
    "sys.path.insert(0, sys.argv[1]); "
    "from datetime import date; from incubator_app.demo import generate_demo; "
    "s = generate_demo(sys.argv[2], scale=sys.argv[3], reference_date=date(2026, 11, 1)); "
    "print(sum(s.counts.values()))"
)


def fresh(server: str, name: str) -> str:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True, help="URL of a database on the server")
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--scale", default="incubator")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    arms = {"this tree": ROOT, "baseline": args.baseline.resolve()}
    times: dict[str, list[float]] = {name: [] for name in arms}
    rows: dict[str, str] = {}
    for run in range(args.runs):
        for name, source in arms.items():
            url = fresh(args.server, f"demo_ab_{run}_{'new' if source == ROOT else 'old'}")
            began = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", _WRAPPER, str(source), url, args.scale],
                capture_output=True,
                text=True,
                check=True,
            )
            times[name].append(time.perf_counter() - began)
            rows[name] = done.stdout.strip()
            load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
            print(f"{name}: {times[name][-1]:.1f} s, {rows[name]} rows, load {load}", flush=True)
            fresh(args.server, f"demo_ab_{run}_{'new' if source == ROOT else 'old'}")  # frees disk
    this, base = (statistics.median(times[n]) for n in arms)
    print("| scale | this tree (s) | baseline (s) | this / baseline | runs |")
    print("|---|---:|---:|---:|---:|")
    print(f"| {args.scale} | {this:.1f} | {base:.1f} | {this / base:.2f} | {args.runs} |")
    return 0 if rows["this tree"] == rows["baseline"] else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    raise SystemExit(main())
