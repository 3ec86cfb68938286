"""Territorial view benchmark of the directory (issue 14): services/directory/territory.py on
the Ministry of Culture's real listings, at the directory's scale (tens of thousands of actors).

    INCUBATOR_LISTINGS_DIR=../shared/listings .venv/bin/python benchmarks/directory_territory.py
    .venv/bin/python benchmarks/directory_territory.py --copies 3      # about 100,000 actors
    .venv/bin/python benchmarks/directory_territory.py --db postgresql+psycopg://…/EMPTY_DB

The four listings (festivals, Musées de France, Muséofile, museum attendance: one row per museum
per year) are imported, without linking, into a fresh database read where they are (never
copied into the repository): about 34,500 actors with their communes and disciplines. With
`--copies N` the actor rows are repeated N times (same communes, positions moved by up to 2 km)
to reach the top of the scale. Then each territory's portrait (counts per commune, EPCI, type,
discipline, sector; isolated actors; communes without actors) is timed, warm (the commune
reference and outlines already read), median of 3 runs; the outlines of a département read cold;
and the portrait PDF of one département built.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from incubator_app.db.migrate import open_database  # noqa: E402
from incubator_app.models import DirectoryActor  # noqa: E402
from incubator_app.services.actor import Actor  # noqa: E402
from incubator_app.services.directory.listings import import_listing  # noqa: E402
from incubator_app.services.directory.territory import (  # noqa: E402
    _outlines_of,
    commune_outlines,
    territory_portrait,
)

LISTINGS = (
    ("festivals-global-festivals-_-pl.csv", "festivals", "festival"),
    ("liste-et-localisation-des-musees-de-france.csv", "Musées de France", "museum"),
    ("musees-de-france-base-museofile.csv", "Muséofile", "museum"),
    ("frequentation-des-musees-de-france.csv", "Fréquentation", "museum"),
)
TERRITORIES = (
    ("departement", "13", "Bouches-du-Rhône"),
    ("departement", "75", "Paris"),
    ("departement", "59", "Nord"),
    ("departement", "62", "Pas-de-Calais"),
    ("epci", "200054807", "Métropole d'Aix-Marseille-Provence"),
    ("region", "93", "Provence-Alpes-Côte d'Azur"),
    ("region", "84", "Auvergne-Rhône-Alpes"),
)


def listings_dir() -> Path:
    default = ROOT / ".." / "shared" / "listings"
    return Path(os.environ.get("INCUBATOR_LISTINGS_DIR", default)).resolve()


def fill(database, base: Path, copies: int) -> tuple[int, float]:
    actor = Actor.system()
    started = time.perf_counter()
    for name, source, kind in LISTINGS:
        with database.session() as session:
            import_listing(session, base / name, source=source, kind=kind, actor=actor)
    rng = random.Random(14)
    with database.session() as session:
        columns = ("name", "kind", "disciplines", "sector", "commune_insee", "latitude",
                   "longitude")  # fmt: skip
        rows = session.execute(select(*(getattr(DirectoryActor, c) for c in columns))).all()
        sectors = ("professionnel", "amateur", "associatif", "public", None)
        for copy in range(1, copies):
            batch = []
            for row in rows:
                values = dict(zip(columns, row, strict=True))
                values["name"] = f"{values['name']} ({copy})"
                values["sector"] = rng.choice(sectors)
                if values["latitude"] is not None and values["longitude"] is not None:
                    values["latitude"] += rng.uniform(-0.018, 0.018)
                    values["longitude"] += rng.uniform(-0.025, 0.025)
                batch.append(values)
            session.execute(insert(DirectoryActor), batch)
        session.commit()
        total = session.scalar(select(func.count()).select_from(DirectoryActor))
    return total, time.perf_counter() - started


def timed(fn, runs: int = 3) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds of `runs` calls, and the last result."""
    times, cpus, result = [], [], None
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(times), statistics.median(cpus), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1, help="repeat the actors N times")
    parser.add_argument("--db", help="a database URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    base = listings_dir()
    if not base.is_dir():
        print(f"no listings at {base} (set INCUBATOR_LISTINGS_DIR)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or str(Path(tmp) / "bench.sqlite3")
        database = open_database(url, create=True, upgrade=True)
        try:
            total, fill_s = fill(database, base, args.copies)
            dialect = database.engine.dialect.name
            print(f"{dialect}: {total} actors imported in {fill_s:.1f} s\n")
            started = time.perf_counter()
            _outlines_of.cache_clear()
            commune_outlines(["59"])
            cold = time.perf_counter() - started
            print(f"outlines of the Nord (59), read cold: {cold * 1000:.0f} ms\n")
            print(
                "| territory | communes | actors | isolated | without actor | portrait s (CPU s) |"
            )
            print("|---|---|---|---|---|---|")
            actor = Actor.system()
            for kind, code, label in TERRITORIES:
                with database.session() as session:
                    territory_portrait(session, kind, code, actor=actor)  # warm the reference
                    seconds, cpu, p = timed(
                        lambda k=kind, c=code, s=session: territory_portrait(s, k, c, actor=actor)
                    )
                print(
                    f"| {label} | {len(p.communes)} | {p.total.actors} | {len(p.isolated)} | "
                    f"{len(p.without_actor)} | {seconds:.2f} ({cpu:.2f}) |"
                )
            from incubator_app.reports.directory_territory import build_territory_pdf

            with database.session() as session:
                p = territory_portrait(session, "departement", "13", actor=actor)
            pdf = Path(tmp) / "portrait.pdf"
            started = time.perf_counter()
            build_territory_pdf(p, pdf)
            print(
                f"\nportrait PDF of the Bouches-du-Rhône: {time.perf_counter() - started:.2f} s, "
                f"{pdf.stat().st_size // 1024} KB"
            )
        finally:
            database.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
