"""Entrepreneurs list at scale: first screen, filter keystrokes, sort on every column.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/entrepreneur_list.py \
        [--db benchmarks/data/network.sqlite3] [--runs 7] \
        [--out benchmarks/RESULTS-entrepreneur-list.md]

Measured through the code the page uses: `EntrepreneurListSource` (services) shown by
`WindowedTableModel` (ui), reading the cells of the first screen (30 rows × 10 columns) as the
view would. Each figure is the median of `--runs` runs; targets come from issue 3.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))  # run as a script or imported

from machine import cpu_model  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from incubator_app.db.migrate import open_database  # noqa: E402
from incubator_app.models import PathwayStage  # noqa: E402
from incubator_app.services.actor import Actor  # noqa: E402
from incubator_app.services.entrepreneurs.list import (  # noqa: E402
    EntrepreneurFilter,
    EntrepreneurListSource,
)
from incubator_app.ui.pages.entrepreneurs import _columns  # noqa: E402
from incubator_app.ui.windowed_model import WindowedTableModel  # noqa: E402

SCREEN_ROWS = 30
FIRST_SCREEN_MS = 100.0
KEYSTROKE_MS = 150.0
SORT_MS = 300.0


def read_screen(model: WindowedTableModel) -> None:
    for row in range(min(SCREEN_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            model.index(row, column).data()


def median_ms(fn: Callable[[], None], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "benchmarks/data/network.sqlite3"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out")
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    db = open_database(args.db, upgrade=False)
    actor = Actor.system()
    columns = _columns()
    results: list[tuple[str, float, float]] = []

    def first_screen() -> None:
        model = WindowedTableModel(db, columns)
        model.set_sort("name")
        model.set_source(EntrepreneurListSource(EntrepreneurFilter(), actor))
        read_screen(model)

    first_screen()  # warm the file cache once, as an open app would have
    results.append(
        (
            "First screen (active entrepreneurs, by name)",
            median_ms(first_screen, args.runs),
            FIRST_SCREEN_MS,
        )
    )

    model = WindowedTableModel(db, columns)
    model.set_sort("name")
    model.set_source(EntrepreneurListSource(EntrepreneurFilter(), actor))
    total = model.total
    for typed in ("m", "ma", "mar", "mart", "martin", "marseille", "théâtre", "zzzq"):

        def keystroke(text: str = typed) -> None:
            model.set_source(EntrepreneurListSource(EntrepreneurFilter(text=text), actor))
            read_screen(model)

        results.append(
            (f"Filter keystroke → “{typed}”", median_ms(keystroke, args.runs), KEYSTROKE_MS)
        )
    for label, flt in (
        ("Filter stage = incubated", EntrepreneurFilter(stages=(PathwayStage.INCUBATED,))),
        (
            "Filter contracts ending within 30 days",
            EntrepreneurFilter(contract_ending_within_days=30),
        ),
        ("Filter everyone (archived too)", EntrepreneurFilter(active_only=False)),
    ):

        def apply(f: EntrepreneurFilter = flt) -> None:
            model.set_source(EntrepreneurListSource(f, actor))
            read_screen(model)

        results.append((label, median_ms(apply, args.runs), KEYSTROKE_MS))

    model.set_source(EntrepreneurListSource(EntrepreneurFilter(), actor))
    for index, column in enumerate(columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):

            def sort(i: int = index, o: Qt.SortOrder = order) -> None:
                model.sort(i, o)
                read_screen(model)

            arrow = "↑" if order == Qt.SortOrder.AscendingOrder else "↓"
            results.append((f"Sort {column.title} {arrow}", median_ms(sort, args.runs), SORT_MS))

    def scroll_middle() -> None:
        model.sort(0)
        for row in range(total // 2, total // 2 + SCREEN_ROWS):
            model.index(row, 0).data()

    # No target in the issue: shown for information (OFFSET deep in the list).
    results.append(
        ("Scroll to the middle (by name, re-sorted)", median_ms(scroll_middle, args.runs), None)
    )

    lines = [
        "# Entrepreneurs list benchmark (issue 3)",
        "",
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        f"- Database: `{Path(args.db).name}`, {total:,} active entrepreneurs shown (SQLite)",
        f"- Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/entrepreneur_list.py"
        f" --db {args.db} --runs {args.runs}`",
        f"- Each figure: median of {args.runs} runs; a run = new source + COUNT + the cells of"
        f" the first {SCREEN_ROWS} rows through WindowedTableModel.",
        "",
        "| scenario | median (ms) | target (ms) | result |",
        "|---|---:|---:|---|",
    ]
    for label, ms, target in results:
        lines.append(
            f"| {label} | {ms:.1f} | < {target:.0f} | {'pass' if ms < target else 'FAIL'} |"
            if target is not None
            else f"| {label} | {ms:.1f} | – | information |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    db.dispose()


if __name__ == "__main__":
    main()
