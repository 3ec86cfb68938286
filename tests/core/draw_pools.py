"""Deterministic pools and quotas for the draw tests (SHA-256 of the index, no `random`)."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

HEADER = ["id", "statut", "milieu", "role", "epci", "organisation"]
ROLES = ["institution", "association", "artiste", "habitant", "élu"]
EPCI = ["Métropole", "CA Nord", "CC Vallée"]


def _pick(key: object, n: int) -> int:
    return int(hashlib.sha256(repr(key).encode()).hexdigest(), 16) % n


def pool_rows(n: int) -> list[list[str]]:
    rows = []
    for i in range(n):
        rows.append(
            [
                f"v{i:04d}",
                "pro" if _pick((i, 1), 100) < 55 else "amateur",
                "urbain" if _pick((i, 2), 100) < 60 else "rural",
                ROLES[_pick((i, 3), 5)],
                EPCI[_pick((i, 4), 3)],
                f"org{_pick((i, 5), n // 3)}" if _pick((i, 6), 3) == 0 else "",
            ]
        )
    return rows


def quota_rows(size: int) -> list[list[object]]:
    return [
        ["statut", "pro", size * 4 // 10, size * 6 // 10],
        ["statut", "amateur", size * 4 // 10, size * 6 // 10],
        ["milieu", "rural", size * 35 // 100, size // 2],
        ["role", "élu", 1, 2],
        ["role", "habitant", size // 5, ""],
        ["epci", "cc vallée", size // 4, ""],
    ]


def write_csv(path: Path, header: list[str], rows: list[list[object]], *, french: bool = False):
    """`french`: what a French spreadsheet writes (BOM, `;`, CRLF)."""
    with path.open("w", newline="", encoding="utf-8-sig" if french else "utf-8") as handle:
        writer = csv.writer(
            handle, delimiter=";" if french else ",", lineterminator="\r\n" if french else "\n"
        )
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_inputs(folder: Path, n: int = 80, size: int = 12, *, french: bool = False):
    pool = write_csv(folder / "pool.csv", HEADER, pool_rows(n), french=french)
    quotas = write_csv(
        folder / "quotas.csv", ["category", "value", "min", "max"], quota_rows(size), french=french
    )
    return pool, quotas
