"""Linkage benchmark of the directory on the Ministry of Culture's real listings (issue 14).

    .venv/bin/python benchmarks/directory_linkage.py            # quality + speed
    .venv/bin/python benchmarks/directory_linkage.py --quality  # quality only
    INCUBATOR_LISTINGS_DIR=/path/to/listings .venv/bin/python benchmarks/directory_linkage.py

Quality (the linkage engine, services/directory/linkage.py, on rows read and normalised by the
import, services/directory/listings.py):
- festivals: the Ministry's festival list against the cleaned copy of itself (title-cased names,
  incomplete rows dropped, no identifier). Truth: the cleaning is deterministic, so a cleaned row
  is the left row with the same title-cased name, commune and web site.
- museums: the list of Musées de France against the Muséofile base (two snapshots, some museums
  renamed). Truth: the Muséofile id both carry. Run twice: with the ids (a shared id is definite)
  and with the ids hidden from the linkage (names, communes, sites, phones, places only).
Precision and recall of the automatic zone, share of rows sent to review.

Speed: two listings of 50,000 rows made from the real festival rows (names varied by a suffix
word, each right row a re-titled copy of a left row), imported into a fresh SQLite database
and linked end to end (`link_directory`): seconds and peak memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from incubator_app.services.directory.communes import commune_reference  # noqa: E402
from incubator_app.services.directory.linkage import (  # noqa: E402
    LinkRecord,
    link_records,
    record_from_values,
    zone_counts,
)
from incubator_app.services.directory.listings import guess_mapping, row_values  # noqa: E402
from incubator_app.services.tabular_files import read_table  # noqa: E402


def listings_dir() -> Path:
    default = ROOT / ".." / "shared" / "listings"
    return Path(os.environ.get("INCUBATOR_LISTINGS_DIR", default)).resolve()


def read_listing(path: Path) -> list[tuple[dict, dict]]:
    table = read_table(path)
    header = tuple(str(h) for h in table.header)
    mapping = guess_mapping(header)
    out = []
    for row in table.rows:
        raw = {h: v for h, v in zip(header, row, strict=False) if v not in (None, "")}
        out.append((raw, row_values(raw, mapping, {})))
    return out


def to_records(rows: list[tuple[dict, dict]], listing: int, start: int) -> list[LinkRecord]:
    ref = commune_reference()
    records = []
    for n, (_raw, values) in enumerate(rows):
        commune = ref.get(values.get("commune_insee"))
        records.append(
            record_from_values(
                start + n,
                listing,
                values,
                commune.city if commune else None,
                commune.departement if commune else None,
            )
        )
    return records


def measure(name: str, left_keys: list, right_keys: list, left, right, **options) -> dict:
    records = left + right
    started = time.perf_counter()
    candidates = link_records(records, **options)
    seconds = time.perf_counter() - started
    key_of = {r.id: k for r, k in zip(left, left_keys, strict=True)}
    key_of.update({r.id: k for r, k in zip(right, right_keys, strict=True)})
    left_ids = {r.id for r in left}
    auto = [c for c in candidates if c.zone == "auto"]
    review = [c for c in candidates if c.zone == "review"]
    correct = [c for c in auto if key_of[c.a] is not None and key_of[c.a] == key_of[c.b]]
    left_truth = {k for k in left_keys if k is not None}
    truth_right = [r.id for r, k in zip(right, right_keys, strict=True) if k in left_truth]
    found_right = {c.b if c.a in left_ids else c.a for c in correct}
    reviewed_rows = {c.a for c in review} | {c.b for c in review}
    result = {
        "pair": name,
        "left": len(left),
        "right": len(right),
        "true pairs": len(truth_right),
        "auto": len(auto),
        "precision": len(correct) / len(auto) if auto else 1.0,
        "recall": len(found_right & set(truth_right)) / len(truth_right) if truth_right else 1.0,
        "review rows share": len(reviewed_rows) / len(records),
        "review pairs": len(review),
        "seconds": seconds,
        "zones": zone_counts(candidates),
        "wrong": [c for c in auto if c not in correct][:5],
        "missed": [r for r in truth_right if r not in found_right][:5],
    }
    return result


def festivals(base: Path) -> tuple:
    left_rows = read_listing(base / "festivals-global-festivals-_-pl.csv")
    right_rows = read_listing(base / "cleaned_festivals.csv")

    def key(raw: dict, name_col: str, commune_col: str, site_col: str) -> tuple:
        return (
            str(raw.get(name_col, "")).title(),
            str(raw.get(commune_col, "")),
            str(raw.get(site_col, "")),
        )

    left_keys = [
        key(
            raw, "Nom du festival", "Commune principale de déroulement", "Site internet du festival"
        )
        for raw, _ in left_rows
    ]
    right_keys = [
        key(
            raw, "Nom_du_festival", "Commune_principale_de_deroulement", "Site_internet_du_festival"
        )
        for raw, _ in right_rows
    ]
    # .title() of an already title-cased name is itself: compare title-cased on both sides.
    right_keys = [(k[0].title(), k[1], k[2]) for k in right_keys]
    return left_rows, right_rows, left_keys, right_keys


def museums(base: Path) -> tuple:
    left_rows = read_listing(base / "liste-et-localisation-des-musees-de-france.csv")
    right_rows = read_listing(base / "musees-de-france-base-museofile.csv")
    left_keys = [v["registry_ids"].get("museofile") for _, v in left_rows]
    right_keys = [v["registry_ids"].get("museofile") for _, v in right_rows]
    return left_rows, right_rows, left_keys, right_keys


def hide_ids(rows: list[tuple[dict, dict]]) -> list[tuple[dict, dict]]:
    return [(raw, {**values, "registry_ids": {}}) for raw, values in rows]


def quality(base: Path) -> list[dict]:
    results = []
    lr, rr, lk, rk = festivals(base)
    results.append(
        measure(
            "festivals × cleaned copy", lk, rk, to_records(lr, 1, 1), to_records(rr, 2, 100_000)
        )
    )
    lr, rr, lk, rk = museums(base)
    results.append(
        measure(
            "Musées de France × Muséofile (ids)",
            lk,
            rk,
            to_records(lr, 1, 1),
            to_records(rr, 2, 100_000),
        )
    )
    results.append(
        measure(
            "Musées de France × Muséofile (ids hidden)",
            lk,
            rk,
            to_records(hide_ids(lr), 1, 1),
            to_records(hide_ids(rr), 2, 100_000),
        )
    )
    return results


def _synthetic_files(base: Path, rows: int, folder: Path) -> tuple[Path, Path]:
    """Two CSV listings of `rows` rows each made from the real festival rows. Beyond the 7,283
    real rows, each further row is a distinct actor made from a real one: a suffix word in its
    name, moved to another commune of the same département (INSEE code, postal code, name and
    coordinates of that commune), its web site and e-mail made its own. The right listing is a
    title-cased, shuffled copy of the left (what the cleaned festival list is)."""
    import csv

    source = read_table(base / "festivals-global-festivals-_-pl.csv")
    header = [str(h) for h in source.header]
    at = {name: header.index(name) for name in header}
    ref = commune_reference()
    by_dep: dict[str, list] = {}
    for commune in ref.by_insee.values():
        if commune.postal_codes and commune.latitude is not None:
            by_dep.setdefault(commune.departement, []).append(commune)
    every = [c for communes in by_dep.values() for c in communes]
    rng = random.Random(14)
    words = ["Nord", "Sud", "Été", "Hiver", "Jazz", "Off", "Jeunesse", "Nuits", "Scènes", "Voix"]
    left = []
    for n in range(rows):
        row = ["" if v is None else str(v) for v in source.rows[n % len(source.rows)]]
        if n >= len(source.rows):
            copy = n // len(source.rows)
            row[at["Nom du festival"]] = f"{row[at['Nom du festival']]} {words[copy % 10]} {n}"
            dep = row[at["Code Insee commune"]].zfill(5)[:2]
            commune = rng.choice(by_dep.get(dep) or every)
            row[at["Code Insee commune"]] = commune.insee
            row[at["Commune principale de déroulement"]] = commune.name
            row[at["Code postal (de la commune principale de déroulement)"]] = commune.postal_codes[
                0
            ]
            row[at["Géocodage xy"]] = f"{commune.latitude}, {commune.longitude}"
            if row[at["Site internet du festival"]]:
                row[at["Site internet du festival"]] = f"https://copie{n}.example.fr"
            if row[at["Adresse e-mail"]]:
                row[at["Adresse e-mail"]] = f"contact{n}@example.fr"
            row[at["Identifiant"]] = f"SYN_{n}"
        left.append(row)
    right = [list(r) for r in left]
    for r in right:
        r[at["Nom du festival"]] = r[at["Nom du festival"]].title()
    rng.shuffle(right)
    paths = []
    for name, data in (("left.csv", left), ("right.csv", right)):
        path = folder / name
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(header)
            writer.writerows(data)
        paths.append(path)
    return paths[0], paths[1]


def speed(base: Path, rows: int) -> dict:
    from incubator_app.db.migrate import open_database
    from incubator_app.services.actor import Actor
    from incubator_app.services.directory.listings import import_listing
    from incubator_app.services.directory.runs import link_directory

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        left, right = _synthetic_files(base, rows, folder)
        database = open_database(str(folder / "bench.sqlite3"), create=True, upgrade=True)
        actor = Actor.system()
        try:
            started, cpu = time.perf_counter(), time.process_time()
            with database.session() as session:
                import_listing(session, left, source="left", actor=actor)
                import_listing(session, right, source="right", actor=actor)
            imported = time.perf_counter() - started
            import_cpu = time.process_time() - cpu
            with database.session() as session:
                summary = link_directory(session, actor=actor)
            total = time.perf_counter() - started
            link_cpu = time.process_time() - cpu - import_cpu
        finally:
            database.dispose()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss / 1024
    return {
        "rows": rows,
        "import s": imported,
        "total s": total,
        "peak MB": peak,
        "import cpu": import_cpu,
        "link cpu": link_cpu,
        "merged": summary.merged,
        "review": summary.review,
        "rejected": summary.rejected,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true", help="quality only")
    parser.add_argument("--rows", type=int, default=50_000, help="rows per synthetic listing")
    args = parser.parse_args()
    base = listings_dir()
    if not base.is_dir():
        print(f"no listings at {base} (set INCUBATOR_LISTINGS_DIR)")
        return 1
    print("| pair | left | right | true pairs | auto | precision | recall | review rows | s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in quality(base):
        print(
            f"| {r['pair']} | {r['left']} | {r['right']} | {r['true pairs']} | {r['auto']} | "
            f"{r['precision']:.4f} | {r['recall']:.4f} | {r['review rows share']:.1%} | "
            f"{r['seconds']:.1f} |"
        )
        for c in r["wrong"]:
            print(f"    wrong: {c}", file=sys.stderr)
    if not args.quality:
        s = speed(base, args.rows)
        print()
        print(
            "| rows per listing | import s (CPU s) | link s (CPU s) | import + link s (CPU s) "
            "| peak MB | merged | review | rejected |"
        )
        print("|---|---|---|---|---|---|---|---|")
        print(
            f"| {s['rows']} | {s['import s']:.1f} ({s['import cpu']:.1f}) | "
            f"{s['total s'] - s['import s']:.1f} ({s['link cpu']:.1f}) | {s['total s']:.1f} "
            f"({s['import cpu'] + s['link cpu']:.1f}) | {s['peak MB']:.0f} | "
            f"{s['merged']} | {s['review']} | {s['rejected']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
