"""Foundation benchmarks: demo generation, `check`, file size and cold start at each scale.

    .venv/bin/python benchmarks/foundation.py [--scales small,incubator,network] [--runs N]
                                              [--seed 1] [--out benchmarks/RESULTS.md]

Each scale is built into benchmarks/data/<scale>.sqlite3 (git-ignored) `--runs` times; the
table reports medians. Results of earlier invocations are kept in benchmarks/data/results.json,
so scales can be measured separately (e.g. the long network scale once, the others three times)
and still land in one table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
DATA = BENCH / "data"
STORE = DATA / "results.json"
COLD_START = BENCH / "cold_start.py"

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))  # run as a script or imported

from machine import cpu_model  # noqa: E402

from incubator_app.demo import REFERENCE_DATE, SCALES, generate_demo  # noqa: E402

# (generation seconds, file bytes, cold start seconds); None: no target.
TARGETS: dict[str, tuple[float | None, int | None, float | None]] = {
    "small": (None, None, None),
    "incubator": (30.0, None, 1.5),
    "network": (180.0, 2 * 1024**3, None),
}


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def time_check(path: Path) -> float | None:
    """The lead's check_database when present, else the CLI; None if neither works."""
    try:
        from incubator_app.db.check import check_database
    except ImportError:
        check_database = None
    started = time.perf_counter()
    if check_database is not None:
        report = check_database(str(path))
        if not getattr(report, "ok", True):
            print(f"  check reported problems: {report}", file=sys.stderr)
        return time.perf_counter() - started
    cli = Path(sys.executable).with_name("incubator-app")
    if not cli.exists():
        return None
    done = subprocess.run([str(cli), "check", "--db", str(path)], capture_output=True, text=True)
    return time.perf_counter() - started if done.returncode == 0 else None


def time_cold_start(path: Path) -> float | None:
    """Runs benchmarks/cold_start.py DBFILE in a fresh process; it prints the seconds."""
    if not COLD_START.exists():
        return None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(COLD_START), str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    if done.returncode != 0:
        print(f"  cold start failed: {done.stderr.strip()[-500:]}", file=sys.stderr)
        return None
    try:
        return float(done.stdout.split()[0])
    except (IndexError, ValueError):
        return None


def median_or_none(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def run_scale(scale: str, runs: int, seed: int) -> dict:
    path = DATA / f"{scale}.sqlite3"
    generation, checks, colds, sizes = [], [], [], []
    summary = None
    for run in range(1, runs + 1):
        remove_database(path)
        gc.collect()
        started = time.perf_counter()
        summary = generate_demo(str(path), seed=seed, scale=scale, reference_date=REFERENCE_DATE)
        generation.append(time.perf_counter() - started)
        sizes.append(sum(p.stat().st_size for p in path.parent.glob(f"{path.name}*")))
        checks.append(time_check(path))
        colds.append(time_cold_start(path))
        print(
            f"{scale} run {run}/{runs}: generation {generation[-1]:.1f} s, "
            f"size {sizes[-1] / 1e6:.0f} MB, check {checks[-1]}, cold start {colds[-1]}",
            flush=True,
        )
    assert summary is not None
    return {
        "scale": scale,
        "runs": runs,
        "seed": seed,
        "generation_s": statistics.median(generation),
        "check_s": median_or_none(checks),
        "cold_start_s": median_or_none(colds),
        "size_bytes": int(statistics.median(sizes)),
        "rows": summary.total_rows,
        "entrepreneurs": summary.counts["entrepreneur"],
        "sessions": summary.counts["coaching_session"],
        "usages": summary.counts["service_usage"],
        "measured_on": dt.date.today().isoformat(),
    }


def verdict(value: float | None, target: float | None) -> str:
    if target is None or value is None:
        return ""
    return " ✅" if value < target else " ❌"


def render(results: dict[str, dict]) -> str:
    lines = [
        "# Foundation benchmarks",
        "",
        "Produced by `.venv/bin/python benchmarks/foundation.py`; see README.md for the targets.",
        "",
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{platform.system()} {platform.release()}",
        f"- Date: {max(r['measured_on'] for r in results.values())}",
        "",
        "| scale | entrepreneurs | sessions | service usages | rows | runs | generation (s) "
        "| file size | check (s) | cold start (s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for scale in [s for s in SCALES if s in results]:
        r = results[scale]
        gen_t, size_t, cold_t = TARGETS.get(scale, (None, None, None))
        size_mb = r["size_bytes"] / 1024**2
        check = f"{r['check_s']:.2f}" if r["check_s"] is not None else "n/a"
        cold = f"{r['cold_start_s']:.2f}" if r["cold_start_s"] is not None else "n/a"
        lines.append(
            f"| {scale} | {r['entrepreneurs']:,} | {r['sessions']:,} | {r['usages']:,} "
            f"| {r['rows']:,} | {r['runs']} | {r['generation_s']:.1f}"
            f"{verdict(r['generation_s'], gen_t)} | {size_mb:,.0f} MiB"
            f"{verdict(r['size_bytes'], size_t)} | {check} | {cold}"
            f"{verdict(r['cold_start_s'], cold_t)} |"
        )
    lines += [
        "",
        "Medians over the runs. Generation includes opening/creating the schema, three argon2 "
        "hashes, bulk inserts, index builds and ANALYZE. `check` is "
        "`incubator_app.db.check.check_database` (quick check). Cold start is "
        "`benchmarks/cold_start.py` in a fresh process, offscreen. ✅/❌: target met or missed.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="small,incubator,network")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    args = parser.parse_args(argv)
    scales = [s.strip() for s in args.scales.split(",") if s.strip()]
    unknown = [s for s in scales if s not in SCALES]
    if unknown:
        parser.error(f"unknown scale(s): {', '.join(unknown)}; expected {', '.join(SCALES)}")
    DATA.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("INCUBATOR_APP_DATA_DIR", str(DATA / "appdata"))
    results = json.loads(STORE.read_text()) if STORE.exists() else {}
    for scale in scales:
        results[scale] = run_scale(scale, max(1, args.runs), args.seed)
        STORE.write_text(json.dumps(results, indent=2))
    args.out.write_text(render(results), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
