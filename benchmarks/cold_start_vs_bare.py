"""Cold start of the app against a bare PySide6 window, interleaved (issue 12).

    .venv/bin/python benchmarks/cold_start_vs_bare.py [--db benchmarks/data/incubator.sqlite3]
        [--runs 15]

Each run starts two fresh processes one after the other, A then B: `benchmarks/cold_start.py DB`
(interpreter start to the main window painted, offscreen, login skipped as in the selftest) and
`benchmarks/cold_start.py --bare` (the same for a bare `QMainWindow` with a label). Medians and
ours / bare; the load average is printed beside, since the machine may be shared: compare the
ratio between runs, not the seconds. Bytecode: the app's modules are compiled first
(`compileall`), as an installed package is; with PYTHONDONTWRITEBYTECODE set and no
`__pycache__`, every start would compile the sources again and measure that instead.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "cold_start.py"


def one(arg: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), arg], capture_output=True, text=True, env=env, check=True
    )
    return float(done.stdout.split()[0]), done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "data" / "incubator.sqlite3"))
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "incubator_app"), quiet=1)
    one(args.db), one("--bare")  # warm the file cache
    ours, bare, loads = [], [], []
    for _ in range(args.runs):
        a, detail_a = one(args.db)
        b, detail_b = one("--bare")
        ours.append(a)
        bare.append(b)
        loads.append(os.getloadavg()[0])
        if args.verbose:
            print(f"ours {a:.3f} ({detail_a}) | bare {b:.3f} ({detail_b})", file=sys.stderr)
    ma, mb = statistics.median(ours), statistics.median(bare)
    print(
        f"- {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"--runs {args.runs}, db {Path(args.db).name}, load average {min(loads):.1f}–"
        f"{max(loads):.1f}"
    )
    print("| ours (s) | bare PySide6 window (s) | ours / bare | ours − bare (s) |")
    print("|---:|---:|---:|---:|")
    print(f"| {ma:.3f} | {mb:.3f} | {ma / mb:.2f} | {ma - mb:.3f} |")


if __name__ == "__main__":
    main()
