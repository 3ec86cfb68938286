"""Demo data of the directory: two listings of the territory's cultural actors (the
département's list of venues and festivals, a regional network's members) that describe many
of the same actors each their own way (capitals, accents dropped, word order, "Association"
added), crossed by the real link run: some merged, some waiting in the review queue.

`fill_directory(conn, scale=…, seed=…)` is deterministic for a given scale and seed.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from random import Random

from sqlalchemy import Connection, update
from sqlalchemy.orm import Session

from incubator_app.demo.places import ALL_COMMUNES
from incubator_app.models import ActorSource, DirectoryActor, DirectoryMerge, Listing
from incubator_app.services.actor import Actor
from incubator_app.services.directory.listings import guess_mapping, row_values, write_records
from incubator_app.services.directory.runs import link_directory

# Actors in the first listing per scale (the second holds about 70 % of them, plus others).
DIRECTORY_SIZES = {"small": 200, "incubator": 1_000, "network": 3_000}

KINDS = (
    ("festival", "Festival {w}"),
    ("festival", "Festival des {p}"),
    ("venue", "Théâtre {w}"),
    ("venue", "La Friche {w}"),
    ("company", "Compagnie {w}"),
    ("association", "Association {w}"),
    ("library", "Médiathèque {w}"),
    ("museum", "Musée {w}"),
    ("third_place", "Tiers-lieu {w}"),
    ("school", "École de musique {w}"),
)
WORDS = (
    "du Levant",
    "des Oliviers",
    "Mistral",
    "de la Calanque",
    "des Cigales",
    "Lumière",
    "du Vieux Port",
    "Azur",
    "des Collines",
    "du Lavoir",
    "Sémaphore",
    "Garance",
    "Coquelicot",
    "du Ventoux",
    "des Salins",
    "Boréal",
    "Éclat",
    "des Lucioles",
    "Pierre Blanche",
    "L'Escale",
)
PLURALS = ("Nuits Blanches", "Arts de la Rue", "Voix du Sud", "Scènes d'Été", "Contes Nomades")
HEADER_A = [
    "Nom",
    "Type",
    "Commune",
    "Code postal",
    "Site internet",
    "Courriel",
    "Année de création",
]
HEADER_B = ["NOM DE LA STRUCTURE", "Ville", "CP", "Site web", "Téléphone"]


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def _variant(name: str, rng: Random) -> str:
    roll = rng.random()
    if roll < 0.3:
        return name.upper()
    if roll < 0.5:
        return _plain(name)
    if roll < 0.6 and not name.startswith("Association"):
        return f"Association {name}"
    if roll < 0.7:
        words = name.split()
        return " ".join(words[1:] + words[:1])
    return name


def _rows(scale: str, seed: int) -> tuple[list[list[str]], list[list[str]]]:
    size = DIRECTORY_SIZES.get(scale, DIRECTORY_SIZES["small"])
    rng = Random(f"directory-{scale}-{seed}")
    first: list[list[str]] = []
    second: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    while len(first) < size:
        kind, pattern = rng.choice(KINDS)
        postal, commune = rng.choice(ALL_COMMUNES)
        name = pattern.format(w=rng.choice(WORDS), p=rng.choice(PLURALS))
        if (name, commune) in seen:
            name = f"{name} {commune}"
        if (name, commune) in seen:
            continue
        seen.add((name, commune))
        slug = _plain(name).lower().replace(" ", "-").replace("'", "")
        site = f"https://www.{slug}.fr" if rng.random() < 0.6 else ""
        mail = f"contact@{slug}.fr" if rng.random() < 0.5 else ""
        year = str(rng.randint(1975, 2024)) if rng.random() < 0.7 else ""
        first.append([name, kind, commune, postal, site, mail, year])
        if rng.random() < 0.7:
            phone = f"04 9{rng.randint(0, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)} 00"
            second.append(
                [_variant(name, rng), commune.upper(), postal, site.replace("https://", ""), phone]
            )
    for _ in range(size // 5):  # members of the network the département does not list
        postal, commune = rng.choice(ALL_COMMUNES)
        second.append(
            [f"Collectif {rng.choice(WORDS)} {rng.randint(1, 999)}", commune, postal, "", ""]
        )
    rng.shuffle(second)
    return first, second


def fill_directory(
    conn: Connection, *, scale: str, seed: int, reference_date: date
) -> dict[str, int]:
    """Writes the two listings and links them; returns the rows written per table. Every
    timestamp is the reference date's morning (the wall clock never reaches the demo's rows)."""
    actor = Actor.system()
    first, second = _rows(scale, seed)
    session = Session(bind=conn)
    try:
        for source, name, header, rows in (
            ("Département – lieux et festivals", "departement-lieux.csv", HEADER_A, first),
            ("Réseau régional des arts", "reseau-regional.xlsx", HEADER_B, second),
        ):
            mapping = guess_mapping(tuple(header))
            records = []
            for number, row in enumerate(rows, start=1):
                raw = {h: v for h, v in zip(header, row, strict=True) if v}
                records.append((number, raw, row_values(raw, mapping, {})))
            listing = Listing(
                name=name,
                source=source,
                imported_on=reference_date,
                file_hash="0" * 64,
                column_mapping=mapping,
                value_mapping={},
                row_count=len(records),
            )
            session.add(listing)
            session.flush()
            write_records(session, listing.id, records, actor=actor)
        summary = link_directory(session, review_above=1.0, actor=actor)
        when = datetime.combine(reference_date - timedelta(days=30), time(9, 0), tzinfo=UTC)
        for table, columns in (
            (DirectoryActor, ("created_at", "updated_at")),
            (Listing, ("created_at", "updated_at")),
            (ActorSource, ("decided_at",)),
            (DirectoryMerge, ("at",)),
        ):
            session.execute(update(table).values({c: when for c in columns}))
        session.commit()
    finally:
        session.close()
    return {
        "directory_source_record": len(first) + len(second),
        "directory_merge": summary.merged,
        "directory_pair": summary.merged + summary.review,
    }
