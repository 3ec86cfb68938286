"""The frozen Linux build: its size, and its time to first window next to the source venv's.

    packaging/build_linux.sh                               # dist/incubator-app + the tarball
    .venv/bin/python benchmarks/frozen_build.py --runs 9   # prints the Markdown table

Size: the onedir bundle (MB, files) and the tarball. Time to first window: from the process
start to the moment its first window (the sign-in dialog, on the small demo database) is mapped
on an X server (one private Xvfb; no window manager, so the window is viewable when Qt maps it
and paints it with its first expose). Each run is a fresh process with an empty HOME and settings
folder; the frozen and source runs alternate so that the machine's load hits both alike. The
OS file cache is warm after the first run of each (dropping it needs root on a shared
machine): the first run of each is reported apart as "first run".
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW = re.compile(r"^\s+(0x[0-9a-f]+) \"([^\"]+)\"", re.M)


def _size(bundle: Path) -> tuple[float, int]:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def _viewable_windows(display: str) -> list[str]:
    out = subprocess.run(
        ["xwininfo", "-display", display, "-root", "-children"], capture_output=True, text=True
    ).stdout
    names = []
    for wid, name in WINDOW.findall(out):
        info = subprocess.run(
            ["xwininfo", "-display", display, "-id", wid], capture_output=True, text=True
        ).stdout
        if "IsViewable" in info:
            names.append(name)
    return names


def first_window_seconds(command: list[str], display: str, db: Path) -> tuple[float, str]:
    with tempfile.TemporaryDirectory(prefix="first-window-") as home:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": home,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "INCUBATOR_APP_DATA_DIR": str(Path(home) / "data"),
            "LANG": "C.UTF-8",
        }
        start = time.perf_counter()
        process = subprocess.Popen(
            [*command, "--db", str(db)],
            env=env,
            cwd=home,
            stdout=subprocess.DEVNULL,
            stderr=open(Path(home) / "stderr", "wb"),  # noqa: SIM115 (closed with the folder)
        )
        try:
            while True:
                names = _viewable_windows(display)
                if names:
                    return time.perf_counter() - start, names[0]
                if process.poll() is not None:
                    err = (Path(home) / "stderr").read_text(errors="replace")[-800:]
                    raise RuntimeError(f"{command[0]} exited with {process.returncode}: {err}")
                if time.perf_counter() - start > 60:
                    raise RuntimeError("no window after 60 s")
                time.sleep(0.01)
        finally:
            process.kill()
            process.wait()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "incubator-app")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    frozen = args.bundle / "incubator-app"
    source = ROOT / ".venv" / "bin" / "incubator-app"
    tarballs = sorted(args.bundle.parent.glob("incubator-app-*-linux-*.tar.gz"))
    if not frozen.exists() or not tarballs:
        print(f"build first: packaging/build_linux.sh (no {frozen} or tarball)", file=sys.stderr)
        return 2
    size_mb, files = _size(args.bundle)
    tar_mb = tarballs[-1].stat().st_size / 1e6
    work = Path(tempfile.mkdtemp(prefix="frozen-bench-"))
    xvfb = None
    try:
        db = work / "demo.sqlite3"
        subprocess.run(
            [str(source), "demo", "--db", str(db), "--scale", "small"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        # Xvfb picks a free display itself and writes its number on the pipe (several engineers
        # run Xvfb servers on this machine).
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            display = ":" + pipe.readline().strip()
        times: dict[str, list[float]] = {"frozen": [], "source venv": []}
        seen = ""
        for _ in range(args.runs + 1):
            for label, command in (("frozen", [str(frozen)]), ("source venv", [str(source)])):
                seconds, seen = first_window_seconds(command, display, db)
                times[label].append(seconds)
        load = os.getloadavg()[0]
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"bundle: {size_mb:.0f} MB in {files} files; tarball {tarballs[-1].name}: "
        f"{tar_mb:.0f} MB; first window: “{seen}”; load average {load:.1f}\n"
    )
    print(f"| build | first run (s) | median of next {args.runs} (s) | min (s) | max (s) |")
    print("|---|---:|---:|---:|---:|")
    for label, values in times.items():
        rest = values[1:]
        print(
            f"| {label} | {values[0]:.2f} | **{statistics.median(rest):.2f}** | "
            f"{min(rest):.2f} | {max(rest):.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
