"""Freezing a draw's inputs: one canonical JSON document and its SHA-256.

The document holds the algorithm and its version (a change that could alter a result gets a new
ALGORITHM string), the panel size, the groups, the pool (sorted by id; each volunteer's
organisation and category values, normalised by inputs.py) and the quotas (sorted). It is
serialised as UTF-8 JSON with sorted keys, no spaces and no ASCII escaping, so the same inputs
give the same bytes, hence the same hash, on any machine. The hash is printed on the notice
before the seed exists; the draw's randomness is derived from it and the seed (randomness.py).

The application's version is recorded beside the document (`describe`) but not hashed: a later
version that keeps ALGORITHM reproduces the draw.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from incubator_app.services.cooperation.draws.inputs import DrawInputs, Person, Quota

#: Bumped whenever a result could change (method, rounding, generator, solver options).
ALGORITHM = "maximin-colgen/2"
FORMAT = "incubator-draw-frozen/1"
#: Probabilities of the panels are rounded to multiples of 1/GRID before sampling.
GRID = 2**30


def solver_version() -> str:
    import highspy

    try:
        from importlib.metadata import version

        return f"highspy {version('highspy')}"
    except Exception:  # pragma: no cover - an unusual install
        return f"highspy {getattr(highspy, '__version__', '?')}"


def frozen_document(inputs: DrawInputs) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "algorithm": ALGORITHM,
        "grid": GRID,
        "size": inputs.size,
        "groups": inputs.groups,
        "pool": [
            {"id": p.id, "organisation": p.organisation, "values": dict(p.values)}
            for p in inputs.people
        ],
        "quotas": [
            {
                "scope": q.scope,
                "category": q.category,
                "value": q.value,
                "min": q.minimum,
                "max": q.maximum,
            }
            for q in inputs.quotas
        ],
    }


def canonical_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(
        document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def frozen_hash(inputs: DrawInputs) -> str:
    return hashlib.sha256(canonical_bytes(frozen_document(inputs))).hexdigest()


def inputs_from_document(document: dict[str, Any]) -> DrawInputs:
    """The inverse of `frozen_document` (a frozen draw read back from the database)."""
    people = tuple(
        Person(p["id"], p["organisation"], tuple(sorted(p["values"].items())))
        for p in document["pool"]
    )
    quotas = tuple(
        Quota(q["category"], q["value"], q["min"], q["max"], q["scope"]) for q in document["quotas"]
    )
    return DrawInputs(people, quotas, document["size"], document["groups"])
