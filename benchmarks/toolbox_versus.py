"""Two versions of the toolbox search, timed interleaved on their own databases (A/B).

    .venv/bin/python benchmarks/toolbox_versus.py --a ROOT_A DB_A --b ROOT_B DB_B \
        [--rounds 7 --samples 3] [--skip-sqlite-check]

ROOT is a source tree (e.g. `git worktree add /tmp/main main`) and DB the SQLite path or
PostgreSQL URL it searches (the same sheets: build once with benchmarks/toolbox.py, copy, and
upgrade the copy with B's code). Each version runs in a process of its own that stays up; the
rounds alternate A then B, query by query, so both see the same load. Prints per query the
hits of each (they must be equal), the medians of each and B/A.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

_WORKER = r"""
import json, sys, time
from dataclasses import replace
from benchmarks.toolbox import QUERIES, WORDS, FUNCTION_WORDS, _Writer
from incubator_app.db.migrate import open_database
from incubator_app.services.actor import Actor
from incubator_app.services.toolbox.search import search_sheets
database = open_database(sys.argv[1])
actor = Actor.system()
vocab = _Writer(1).vocab
ranked = sorted((w for w in WORDS if w not in FUNCTION_WORDS), key=vocab.index)
picked = {"rare": ranked[-1], "common": ranked[0]}
queries = {n: replace(q, text=q.text.format(**picked)) for n, q in QUERIES.items()}
print(json.dumps(list(queries)), flush=True)
for line in sys.stdin:
    name, samples = json.loads(line)
    times, total = [], 0
    for _ in range(samples):
        started = time.perf_counter()
        with database.session() as session:
            total = search_sheets(session, queries[name], actor=actor).total
        times.append((time.perf_counter() - started) * 1000)
    print(json.dumps([times, total]), flush=True)
"""


def _start(root: str, db: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": root}
    return subprocess.Popen(
        [sys.executable, "-c", _WORKER, db],
        cwd=root,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _ask(worker: subprocess.Popen, name: str, samples: int) -> tuple[list[float], int]:
    assert worker.stdin and worker.stdout
    worker.stdin.write(json.dumps([name, samples]) + "\n")
    worker.stdin.flush()
    times, total = json.loads(worker.stdout.readline())
    return times, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", nargs=2, metavar=("ROOT", "DB"), required=True)
    parser.add_argument("--b", nargs=2, metavar=("ROOT", "DB"), required=True)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    a, b = _start(*args.a), _start(*args.b)
    try:
        assert a.stdout and b.stdout
        names = json.loads(a.stdout.readline())
        json.loads(b.stdout.readline())
        for name in names:  # warm both
            _ask(a, name, 1)
            _ask(b, name, 1)
        print(f"{Path(args.a[0]).name} (A) vs {Path(args.b[0]).name} (B) {args.label}")
        print("| query | hits A | hits B | A median (ms) | B median (ms) | B/A | B worst (ms) |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name in names:
            times_a, times_b, totals = [], [], set()
            for _ in range(args.rounds):
                t, total_a = _ask(a, name, args.samples)
                times_a += t
                t, total_b = _ask(b, name, args.samples)
                times_b += t
                totals.add((total_a, total_b))
            ((total_a, total_b),) = totals
            ma, mb = statistics.median(times_a), statistics.median(times_b)
            print(
                f"| {name} | {total_a} | {total_b} | {ma:.1f} | {mb:.1f} | {mb / ma:.2f} "
                f"| {max(times_b):.1f} |",
                flush=True,
            )
    finally:
        for worker in (a, b):
            if worker.stdin:
                worker.stdin.close()
            worker.wait(timeout=60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
