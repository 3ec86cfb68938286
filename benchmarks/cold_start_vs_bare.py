"""Cold start of the app against a bare PySide6 window, interleaved (issue 12).

    .venv/bin/python benchmarks/cold_start_vs_bare.py [--db benchmarks/data/incubator.sqlite3]
        [--runs 15] [--baseline DIR]

Each run starts fresh processes one after the other: `benchmarks/cold_start.py DB` (interpreter
start to the main window painted, offscreen, login skipped as in the selftest), the same with
`incubator_app` from the `--baseline` source tree if given (the code before a change), and
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


# Runs cold_start.py with `incubator_app` imported from a given source tree (the editable
# install's finder, which would always pick this checkout, is taken off first).
_WRAPPER = (
    "import sys, runpy; "
    "sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]; "
    "sys.path.insert(0, sys.argv[1]); sys.argv = sys.argv[2:]; "
    "runpy.run_path(sys.argv[0], run_name='__main__')"
)


def one(arg: str, source: Path = ROOT) -> tuple[list[float], str]:
    """The figures one process prints: the bare window's paint; for the app its window's first
    paint then "ready" (signed in, page painted), or one figure for a tree before the shell."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", _WRAPPER, str(source), str(SCRIPT), arg]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return [float(x) for x in done.stdout.split()], done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "data" / "incubator.sqlite3"))
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another source tree holding incubator_app/ (e.g. `git archive REV incubator_app`"
        " unpacked), measured in the same interleaving as a third arm",
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    arms: list[tuple[str, str, Path]] = [("this tree", args.db, ROOT)]
    if args.baseline:
        arms.append((f"baseline {args.baseline}", args.db, args.baseline.resolve()))
    arms.append(("bare PySide6 window", "--bare", ROOT))
    for _, _, source in arms:
        compileall.compile_dir(str(source / "incubator_app"), quiet=1)
    for _, arg, source in arms:
        one(arg, source)  # warm the file cache
    times: dict[str, list[float]] = {}
    loads = []
    for _ in range(args.runs):
        for name, arg, source in arms:
            figures, detail = one(arg, source)
            if len(figures) == 2:
                times.setdefault(f"{name}: window painted", []).append(figures[0])
                times.setdefault(f"{name}: ready (signed in, page painted)", []).append(figures[1])
            else:
                times.setdefault(name, []).append(figures[0])
            if args.verbose:
                print(f"{name}: {figures} ({detail})", file=sys.stderr)
        loads.append(os.getloadavg()[0])
    bare = statistics.median(times["bare PySide6 window"])
    print(
        f"- {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"--runs {args.runs}, db {Path(args.db).name}, load average {min(loads):.1f}–"
        f"{max(loads):.1f}"
    )
    print("| start | median (s) | min (s) | / bare |")
    print("|---|---:|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {median:.3f} | {min(values):.3f} | {median / bare:.2f} |")


if __name__ == "__main__":
    main()
