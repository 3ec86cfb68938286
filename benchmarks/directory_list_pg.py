"""The Directory page's first screen on PostgreSQL at 100,000 actors (issue 14): the directory
built by benchmarks/directory_scale.py (SQLite) copied into a PostgreSQL database, then the same
filters as directory_scale.py's first screen (`DirectoryListSource.count` + `fetch` of 200
rows sorted by name), median of N runs, beside the same SQL run raw (EXPLAIN ANALYZE's time).

    .venv/bin/python benchmarks/directory_list_pg.py --sqlite /tmp/dir100k.sqlite3 \\
        --pg postgresql+psycopg://user@host:port/db      # an empty database: schema created

The copy holds what the list reads: listings, source records (without their raw values),
actors (name, type, commune, site, merge mark, listing count) and their sources.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from directory_scale import FILTERS  # noqa: E402

COPIED = {
    "directory_listing": (
        "id, name, source, imported_on, file_hash, column_mapping, value_mapping, "
        "has_duplicates, row_count, created_at, updated_at"
    ),
    "directory_source_record": "id, listing_id, row_number, '{}', '{}', row_hash",
    "directory_actor": (
        "id, name, aliases, kind, disciplines, registry_ids, field_sources, website, "
        "commune_insee, merged_into_id, listing_count, version_id, created_at, updated_at"
    ),
    "directory_actor_source": "id, record_id, actor_id, how, decided_at",
}
TARGET = {
    "directory_source_record": "id, listing_id, row_number, raw, values, row_hash",
}


def copy(sqlite_path: Path, url: str) -> None:
    from incubator_app.db.migrate import open_database

    database = open_database(url, create=True, upgrade=True)
    source = sqlite3.connect(sqlite_path)
    try:
        with database.engine.begin() as conn:
            raw = conn.connection.driver_connection
            with raw.cursor() as cur:
                for table, columns in COPIED.items():
                    target = TARGET.get(table, columns)
                    names = ", ".join(f'"{c.strip()}"' for c in target.split(","))
                    rows = source.execute(f"SELECT {columns} FROM {table} ORDER BY id")
                    with cur.copy(f"COPY {table} ({names}) FROM STDIN") as out:
                        for row in rows:
                            out.write_row(row)
                    cur.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                cur.execute("ANALYZE")
    finally:
        source.close()
        database.dispose()


def first_screen(url: str, runs: int) -> list[dict]:
    from sqlalchemy.dialects import postgresql

    from incubator_app.db.migrate import open_database
    from incubator_app.services.actor import Actor
    from incubator_app.services.directory.list import DirectoryFilter, DirectoryListSource
    from incubator_app.services.paging import SortOrder

    database = open_database(url, create=False, upgrade=False)
    actor = Actor.system()
    sort = SortOrder("name")
    results = []
    try:
        for label, options in FILTERS.items():
            source = DirectoryListSource(DirectoryFilter(**options), actor)
            service, raw = [], []
            count = shown = 0
            for _ in range(runs):
                started = time.perf_counter()
                with database.session() as session:
                    count = source.count(session)
                with database.session() as session:
                    shown = len(source.fetch(session, sort, 0, 200))
                service.append(time.perf_counter() - started)
            with database.session() as session:
                plans = []
                for stmt in (source.count_statement(), source.page_statement(sort, 0, 200)):
                    sql = str(
                        stmt.compile(
                            dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}
                        )
                    )
                    plans.append(sql)
                cursor = session.connection().connection.driver_connection.cursor()
                for _ in range(runs):
                    total = 0.0
                    for sql in plans:
                        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
                        total += cursor.fetchone()[0][0]["Execution Time"]
                    raw.append(total / 1000)
                cursor.execute("EXPLAIN " + plans[1])
                plan = [r[0] for r in cursor.fetchall()]
            results.append(
                {
                    "filter": label,
                    "count": count,
                    "shown": shown,
                    "service ms": statistics.median(service) * 1000,
                    "service max ms": max(service) * 1000,
                    "raw ms": statistics.median(raw) * 1000,
                    "plan": plan,
                }
            )
    finally:
        database.dispose()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", type=Path, required=True, help="directory_scale.py's --db")
    parser.add_argument("--pg", required=True, help="an empty PostgreSQL database's URL")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--skip-copy", action="store_true", help="the copy is there already")
    parser.add_argument("--show-plans", action="store_true")
    args = parser.parse_args()
    if not args.skip_copy:
        started = time.perf_counter()
        copy(args.sqlite, args.pg)
        print(f"copied in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    print(f"First screen on PostgreSQL, median of {args.runs} runs:")
    print()
    print(
        "| filter | actors counted | rows shown | service ms (max) | server ms (EXPLAIN ANALYZE) |"
    )
    print("|---|---|---|---|---|")
    for r in first_screen(args.pg, args.runs):
        print(
            f"| {r['filter']} | {r['count']} | {r['shown']} | {r['service ms']:.1f} "
            f"({r['service max ms']:.1f}) | {r['raw ms']:.1f} |"
        )
        if args.show_plans:
            for line in r["plan"]:
                print("    " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
