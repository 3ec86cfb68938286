"""kill -9 campaign over every writing phase (issue 20 "Must hold": ≥ 100 kills): first
creation, migrate (upgrade from the first revision), demo --force, import, bulk charges, funder
report. After each kill: the database opens as the app opens it, `check --full` is clean
(tables, indexes, triggers, search index), the write happened whole or not at all, the next run
succeeds and leaves no leftover (see tests/core/kill_harness.py; the suite runs a bounded
version in tests/core/test_kill_writers.py).

    .venv/bin/python tools/kill_campaign.py [--kills-per-phase 20] [--seed 1] [--phase P ...]

Prints one line per phase (kills, runs that ended before their kill, failures) and exits 1 if
any check failed. Seeded: the same moments, relative to each phase's span, on every run."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "core"))

from kill_harness import PHASES, build_base, kill_phase  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills-per-phase", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--phase", action="append", choices=PHASES)
    args = parser.parse_args()
    failures = 0
    total = 0
    with tempfile.TemporaryDirectory(prefix="kill-campaign-") as folder:
        root = Path(folder)
        base = build_base(root / "base")
        print(f"{'phase':<8} {'kills':>5} {'ended first':>11} {'failures':>8} {'seconds':>7}")
        for phase in args.phase or PHASES:
            began = time.monotonic()
            result = kill_phase(
                phase, base, root / phase, attempts=args.kills_per_phase, seed=args.seed
            )
            seconds = time.monotonic() - began
            print(
                f"{phase:<8} {result.kills:>5} {result.finished_first:>11} "
                f"{len(result.failures):>8} {seconds:>7.0f}",
                flush=True,
            )
            for failure in result.failures:
                print(f"  {failure}", flush=True)
            failures += len(result.failures)
            total += result.kills
    print(f"total kills: {total}, failures: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
