"""Directory at 100,000 actors (issue 14, "Must hold / Speed"): adding a 5,000-row listing, and
the Directory page's first screen.

    INCUBATOR_LISTINGS_DIR=/path/to/listings .venv/bin/python benchmarks/directory_scale.py
    ... benchmarks/directory_scale.py --db /tmp/dir100k.sqlite3   # keep the built directory
                                                                  # (built once, reused after)

1. The directory: two listings of 50,000 distinct actors each, made from the real festival rows
   by the generator of benchmarks/directory_linkage.py (`_synthetic_files`, rows 0..99,999:
   beyond the 7,283 real rows, each row is a distinct actor, a suffix word in its name, another
   commune of its département, its own site and e-mail), imported with `import_listing` and
   crossed once with `link_directory` (not timed). The new listing: 5,000 rows, half of them
   title-cased copies of actors already in the directory (they should merge), half new actors
   (rows 100,000..102,499 of the same generator). Timed: `import_listing` + `link_directory`,
   the services the listing import and "Cross now" call (`--link new`, the default: the run
   finds the records no run examined yet by itself, as `directory link`; `--link listing`: the
   new listing named, `directory link --listing ID`; `--link full`: every record again,
   `directory link --full`), then a second `link_directory` with nothing new. Wall and CPU
   seconds of the process (the machine is shared), examined records, merged / review /
   rejected counts (review and rejected: of the pairs the run examined). A directory built
   before migration 0041 is upgraded by `open_database` first (its records marked examined).
2. The first screen of the Directory page (ui/directory/directory_view.py): the windowed model
   asks `DirectoryListSource.count` then `fetch(sort=name, offset 0, 200 rows)`
   (services/directory/list.py). Median of N runs for a few filters, each beside the same SQL
   run raw through the DB-API connection (no SQLAlchemy compilation, no row objects).
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from directory_linkage import _synthetic_files, listings_dir  # noqa: E402

BASE_ROWS = 50_000
NEW_ROWS = 5_000


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def make_files(base: Path, folder: Path) -> tuple[Path, Path, Path]:
    """Listing A (rows 0..49,999), listing B (50,000..99,999), the new listing C (2,500 copies
    of A/B actors, title-cased, + 2,500 new actors)."""
    total = 2 * BASE_ROWS + NEW_ROWS // 2
    left, _right = _synthetic_files(base, total, folder)
    with left.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        rows = list(reader)
    name = header.index("Nom du festival")
    rng = random.Random(1405)
    # Copies taken beyond the real rows (the real festival list holds its own duplicates).
    copies = [list(rows[n]) for n in rng.sample(range(7_283, 2 * BASE_ROWS), NEW_ROWS // 2)]
    for row in copies:
        row[name] = row[name].title()
    new = copies + rows[2 * BASE_ROWS :]
    rng.shuffle(new)
    return (
        _write(folder / "a.csv", header, rows[:BASE_ROWS]),
        _write(folder / "b.csv", header, rows[BASE_ROWS : 2 * BASE_ROWS]),
        _write(folder / "c.csv", header, new),
    )


def build(db_path: Path, a: Path, b: Path) -> dict:
    from incubator_app.db.migrate import open_database
    from incubator_app.services.actor import Actor
    from incubator_app.services.directory.listings import import_listing
    from incubator_app.services.directory.runs import link_directory

    database = open_database(str(db_path), create=True, upgrade=True)
    actor = Actor.system()
    started = time.perf_counter()
    try:
        with database.session() as session:
            import_listing(session, a, source="a", actor=actor)
            import_listing(session, b, source="b", actor=actor)
        with database.session() as session:
            summary = link_directory(session, actor=actor)
    finally:
        database.dispose()
    return {"seconds": time.perf_counter() - started, "summary": summary}


def live_actors(db_path: Path) -> int:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return conn.execute(
            "SELECT count(*) FROM directory_actor WHERE merged_into_id IS NULL"
        ).fetchone()[0]


def add_listing(db_path: Path, c: Path, mode: str = "new") -> dict:
    from incubator_app.db.migrate import open_database
    from incubator_app.services.actor import Actor
    from incubator_app.services.directory.listings import import_listing
    from incubator_app.services.directory.runs import link_directory

    database = open_database(str(db_path), create=False, upgrade=False)
    actor = Actor.system()
    try:
        started, cpu = time.perf_counter(), time.process_time()
        with database.session() as session:
            listing = import_listing(session, c, source="c", actor=actor).listing_id
        imported, import_cpu = time.perf_counter() - started, time.process_time() - cpu
        with database.session() as session:
            # "new": what "Cross now" and `directory link` run (the records no run examined
            # yet, found by the run itself); "listing": `directory link --listing ID`; "full":
            # every record again (`directory link --full`).
            summary = link_directory(
                session,
                listings=[listing] if mode == "listing" else None,
                full=mode == "full",
                actor=actor,
            )
        total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
        # A second "Cross now" with nothing new since.
        again_started, again_cpu = time.perf_counter(), time.process_time()
        with database.session() as session:
            again = link_directory(session, actor=actor)
        again_s, again_cpu = time.perf_counter() - again_started, time.process_time() - again_cpu
    finally:
        database.dispose()
    return {
        "examined": summary.examined,
        "again s": again_s,
        "again cpu": again_cpu,
        "again examined": again.examined,
        "import s": imported,
        "import cpu": import_cpu,
        "link s": total - imported,
        "link cpu": total_cpu - import_cpu,
        "total s": total,
        "total cpu": total_cpu,
        "merged": summary.merged,
        "review": summary.review,
        "rejected": summary.rejected,
    }


FILTERS = {
    "no filter": {},
    "département 13": {"departement": "13"},
    "seen in only one listing": {"only_one_listing": True},
    "département 13 + only one listing": {"departement": "13", "only_one_listing": True},
    "search « jazz »": {"text": "jazz"},
}


def first_screen(db_path: Path, runs: int) -> list[dict]:
    from sqlalchemy.dialects import sqlite

    from incubator_app.db.migrate import open_database
    from incubator_app.services.actor import Actor
    from incubator_app.services.directory.list import DirectoryFilter, DirectoryListSource
    from incubator_app.services.paging import SortOrder

    database = open_database(str(db_path), create=False, upgrade=False)
    actor = Actor.system()
    sort = SortOrder("name")  # what the page sets (directory_view.py: model.set_sort("name"))
    results = []
    try:
        for label, options in FILTERS.items():
            source = DirectoryListSource(DirectoryFilter(**options), actor)
            service, raw = [], []
            shown = count = 0
            for _ in range(runs):
                # As the windowed model does: one session for the COUNT, one for the first page.
                started = time.perf_counter()
                with database.session() as session:
                    count = source.count(session)
                with database.session() as session:
                    shown = len(source.fetch(session, sort, 0, 200))
                service.append(time.perf_counter() - started)
            # The same two statements, compiled once, run through the DB-API cursor.
            with database.session() as session:
                page = source.page_statement(sort, 0, 200)
                compiled = []
                for stmt in (source.count_statement(), page):
                    c = stmt.compile(
                        dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
                    )
                    compiled.append(str(c))
                dbapi = session.connection().connection.driver_connection
                for _ in range(runs):
                    started = time.perf_counter()
                    dbapi.execute(compiled[0]).fetchall()
                    dbapi.execute(compiled[1]).fetchall()
                    raw.append(time.perf_counter() - started)
                plan = dbapi.execute("EXPLAIN QUERY PLAN " + compiled[1]).fetchall()
            results.append(
                {
                    "filter": label,
                    "count": count,
                    "shown": shown,
                    "service ms": statistics.median(service) * 1000,
                    "service max ms": max(service) * 1000,
                    "raw ms": statistics.median(raw) * 1000,
                    "sql": compiled,
                    "plan": [p[-1] for p in plan],
                }
            )
    finally:
        database.dispose()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="keep the 100,000-actor directory here (reused)")
    parser.add_argument("--runs", type=int, default=15, help="runs per first-screen figure")
    parser.add_argument("--screen-only", action="store_true", help="first screen only")
    parser.add_argument(
        "--link",
        choices=("new", "listing", "full"),
        default="new",
        help="new: the records no run examined (default, as Cross now); listing: the new "
        "listing named; full: every record again",
    )
    parser.add_argument("--show-sql", action="store_true", help="print the SQL and plans")
    args = parser.parse_args()
    base = listings_dir()
    if not base.is_dir():
        print(f"no listings at {base} (set INCUBATOR_LISTINGS_DIR)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        built = args.db or folder / "dir100k.sqlite3"
        if not built.exists():
            a, b, c = make_files(base, folder)
            info = build(built, a, b)
            shutil.copy(c, built.with_suffix(".new.csv"))
            print(
                f"built {built}: {info['seconds']:.0f} s, setup link merged "
                f"{info['summary'].merged}, review {info['summary'].review}",
                file=sys.stderr,
            )
        new_csv = built.with_suffix(".new.csv")
        work = folder / "work.sqlite3"
        if not args.screen_only:
            shutil.copy(built, work)
            before = live_actors(work)
            s = add_listing(work, new_csv, args.link)
            after = live_actors(work)
            print(
                "| link | actors before | import s (CPU s) | link s (CPU s) "
                "| import + link s (CPU s) | examined | merged | review | rejected "
                "| actors after | again: s (CPU s), examined |"
            )
            print("|---|---|---|---|---|---|---|---|---|---|---|")
            print(
                f"| {args.link} | {before} | {s['import s']:.1f} ({s['import cpu']:.1f}) | "
                f"{s['link s']:.1f} ({s['link cpu']:.1f}) | {s['total s']:.1f} "
                f"({s['total cpu']:.1f}) | {s['examined']} | {s['merged']} | {s['review']} "
                f"| {s['rejected']} | {after} | {s['again s']:.3f} ({s['again cpu']:.3f}), "
                f"{s['again examined']} |"
            )
            print()
            screen_db = work
        else:
            screen_db = built
        print(f"First screen at {live_actors(screen_db)} actors, median of {args.runs} runs:")
        print()
        print("| filter | actors counted | rows shown | service ms (max) | raw SQL ms |")
        print("|---|---|---|---|---|")
        for r in first_screen(screen_db, args.runs):
            print(
                f"| {r['filter']} | {r['count']} | {r['shown']} | {r['service ms']:.1f} "
                f"({r['service max ms']:.1f}) | {r['raw ms']:.1f} |"
            )
            if args.show_sql:
                for sql in r["sql"]:
                    print("    " + " ".join(sql.split()), file=sys.stderr)
                for line in r["plan"]:
                    print("    plan: " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
