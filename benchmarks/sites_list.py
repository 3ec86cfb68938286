"""The entrepreneurs list of one site of the network (issue 18): 50,000 people over 25 sites.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/sites_list.py \
        [--db /tmp/sites-network.sqlite3] [--runs 7] [--out benchmarks/RESULTS-sites.md]

The database is the network demo's people (50,000 entrepreneurs, 25 sites, their staff and
coaches as members) with lighter activity (fewer sessions, usages and bookings: the list reads
none of them but the last session and next milestone of the page's rows), generated once if
the file is missing. Measured through the code the page uses, as benchmarks/entrepreneur_list.py:
`EntrepreneurListSource` shown by `WindowedTableModel`, the cells of the first 30 rows read;
a staff member of one site (the default: their site), an administrator (every site) and an
administrator who picks one site in the filter. Each figure is the median of `--runs` runs;
targets are those of the entrepreneurs list (issue 3).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from entrepreneur_list import median_ms, read_screen  # noqa: E402
from machine import cpu_model  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from incubator_app.db.migrate import open_database  # noqa: E402
from incubator_app.demo import generate_demo  # noqa: E402
from incubator_app.demo.scales import SCALES  # noqa: E402
from incubator_app.models import Entrepreneur, SiteMembership, User  # noqa: E402
from incubator_app.services.actor import Actor  # noqa: E402
from incubator_app.services.administration.users import actor_for_user  # noqa: E402
from incubator_app.services.entrepreneurs.list import (  # noqa: E402
    EntrepreneurFilter,
    EntrepreneurListSource,
)
from incubator_app.ui.pages.entrepreneurs import _columns  # noqa: E402
from incubator_app.ui.windowed_model import WindowedTableModel  # noqa: E402

FIRST_SCREEN_MS = 100.0
KEYSTROKE_MS = 150.0
SORT_MS = 300.0


def make_database(path: Path) -> float:
    light = replace(
        SCALES["network"],
        sessions=60_000,
        milestones=50_000,
        usages=25_000,
        bookings=5_000,
        grants=50,
    )
    SCALES["network-people"] = replace(light, name="network-people")
    began = time.perf_counter()
    generate_demo(str(path), seed=1, scale="network-people", reference_date=date(2026, 11, 1))
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/sites-network.sqlite3")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out")
    args = parser.parse_args()
    path = Path(args.db)
    generated = None
    if not path.exists():
        generated = make_database(path)
    QApplication.instance() or QApplication([])
    db = open_database(str(path), upgrade=False)
    with db.session() as s:
        people = s.scalar(select(func.count()).select_from(Entrepreneur)) or 0
        staff_id = s.scalar(
            select(User.id)
            .join(SiteMembership, SiteMembership.user_id == User.id)
            .where(SiteMembership.role == "staff")
            .order_by(User.id)
            .limit(1)
        )
        staff = actor_for_user(s, staff_id)
        site_id = s.scalar(select(SiteMembership.site_id).where(SiteMembership.user_id == staff_id))
    admin = Actor.system()
    columns = _columns()
    results: list[tuple[str, float, float]] = []

    def screen(actor: Actor, flt: EntrepreneurFilter, sort: str = "name") -> None:
        model = WindowedTableModel(db, columns)
        model.set_sort(sort)
        model.set_source(EntrepreneurListSource(flt, actor))
        read_screen(model)

    cases = [
        (
            "Staff of one site: first screen (their site, active, by name)",
            staff,
            EntrepreneurFilter(),
            "name",
            FIRST_SCREEN_MS,
        ),
        (
            "Staff of one site: keystroke “mar”",
            staff,
            EntrepreneurFilter(text="mar"),
            "name",
            KEYSTROKE_MS,
        ),
        (
            "Staff of one site: everyone (archived too)",
            staff,
            EntrepreneurFilter(active_only=False),
            "name",
            KEYSTROKE_MS,
        ),
        (
            "Staff of one site: sort by entry date",
            staff,
            EntrepreneurFilter(),
            "entry_date",
            SORT_MS,
        ),
        (
            "Staff of one site: sort by last session",
            staff,
            EntrepreneurFilter(),
            "last_session",
            SORT_MS,
        ),
        (
            "Administrator: first screen (every site)",
            admin,
            EntrepreneurFilter(),
            "name",
            FIRST_SCREEN_MS,
        ),
        (
            "Administrator picks one site",
            admin,
            EntrepreneurFilter(site_id=site_id),
            "name",
            KEYSTROKE_MS,
        ),
        (
            "Administrator picks one site, keystroke “mar”",
            admin,
            EntrepreneurFilter(site_id=site_id, text="mar"),
            "name",
            KEYSTROKE_MS,
        ),
    ]
    for label, actor, flt, sort, target in cases:
        screen(actor, flt, sort)  # warm
        results.append(
            (label, median_ms(lambda a=actor, f=flt, o=sort: screen(a, f, o), args.runs), target)
        )
    db.dispose()
    lines = [
        "# Entrepreneurs list of one site of the network (issue 18)",
        "",
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        f"- Database: {people:,} entrepreneurs over 25 sites (SQLite), the network demo's people"
        " with lighter activity" + (f"; generated in {generated:.0f} s" if generated else ""),
        f"- Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/sites_list.py"
        f" --runs {args.runs}`",
        f"- Each figure: median of {args.runs} runs; a run = new source (the actor's sites read"
        " once) + COUNT + the cells of the first 30 rows through WindowedTableModel.",
        "",
        "| scenario | median (ms) | target (ms) | result |",
        "|---|---:|---:|---|",
    ]
    for label, ms, target in results:
        lines.append(
            f"| {label} | {ms:.1f} | < {target:.0f} | {'pass' if ms < target else 'FAIL'} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
