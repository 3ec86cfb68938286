"""Demo data of the directory: two listings of the territory's cultural actors (the
département's list of venues and festivals, a regional network's members) that describe many
of the same actors each their own way (capitals, accents dropped, word order, "Association"
added), crossed by the real link run: some merged, some waiting in the review queue.

Then links, as people would have typed them: networks and their members and partners among the
actors, the people working for some actors (the events' contacts), and the entrepreneurs'
companies and partner venues; about a third of the actors keep no link at all.

`fill_directory(conn, scale=…, seed=…)` is deterministic for a given scale and seed.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from random import Random

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from incubator_app.demo.places import ALL_COMMUNES
from incubator_app.models import (
    ActorContact,
    ActorEntrepreneur,
    ActorLink,
    ActorSource,
    Contact,
    DirectoryActor,
    DirectoryMerge,
    Entrepreneur,
    Listing,
    SourceRecord,
)
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
        links = _write_links(session, Random(f"directory-links-{scale}-{seed}"))
        when = datetime.combine(reference_date - timedelta(days=30), time(9, 0), tzinfo=UTC)
        for table, columns in (
            (DirectoryActor, ("created_at", "updated_at")),
            (Listing, ("created_at", "updated_at")),
            (ActorSource, ("decided_at",)),
            (DirectoryMerge, ("at",)),
            (SourceRecord, ("linked_at",)),  # every record: all crossed by the run above
        ):
            session.execute(update(table).values({c: when for c in columns}))
        session.commit()
    finally:
        session.close()
    return {
        "directory_source_record": len(first) + len(second),
        "directory_merge": summary.merged,
        "directory_pair": summary.merged + summary.review,
        **links,
    }


ROLES = ("direction", "programmation", "administration", "médiation", "communication", None)


def _write_links(session: Session, rng: Random) -> dict[str, int]:
    """Links between the live actors, to contacts and to entrepreneurs (ids read in order, so
    the same scale and seed give the same links)."""
    live = session.execute(
        select(DirectoryActor.id, DirectoryActor.kind)
        .where(DirectoryActor.merged_into_id.is_(None))
        .order_by(DirectoryActor.id)
    ).all()
    if len(live) < 4:
        return {}
    ids = [i for i, _k in live]
    by_kind: dict[str, list[int]] = {}
    for actor_id, kind in live:
        by_kind.setdefault(kind or "", []).append(actor_id)
    # Networks: some associations and festivals gather members; partners anywhere.
    hubs = rng.sample(by_kind.get("association") or ids, k=max(2, len(ids) // 60))
    pairs: set[tuple[int, int, str]] = set()
    for actor_id in ids:
        roll = rng.random()
        if roll < 0.25:
            hub = rng.choice(hubs)
            if hub != actor_id:
                pairs.add((actor_id, hub, "member_of"))
        if rng.random() < 0.08:
            other = rng.choice(ids)
            if other != actor_id and (other, actor_id, "partner_of") not in pairs:
                pairs.add((actor_id, other, "partner_of"))
    actor_links = [{"from_actor_id": a, "to_actor_id": b, "kind": k} for a, b, k in sorted(pairs)]
    contacts = list(session.scalars(select(Contact.id).order_by(Contact.id)))
    people: set[tuple[int, int]] = set()
    person_rows = []
    if contacts:
        for actor_id in ids:
            if rng.random() < 0.3:
                for contact_id in rng.sample(contacts, k=min(len(contacts), rng.randint(1, 2))):
                    if (actor_id, contact_id) not in people:
                        people.add((actor_id, contact_id))
                        person_rows.append(
                            {"actor_id": actor_id, "contact_id": contact_id,
                             "role": rng.choice(ROLES)}
                        )  # fmt: skip
    entrepreneurs = list(
        session.scalars(
            select(Entrepreneur.id)
            .where(Entrepreneur.archived.is_(False))
            .order_by(Entrepreneur.id)
        )
    )
    companies = by_kind.get("company") or ids
    venues = (by_kind.get("venue") or []) + (by_kind.get("third_place") or []) or ids
    entrepreneur_rows = []
    seen: set[tuple[int, int]] = set()
    for person in entrepreneurs:
        roll = rng.random()
        if roll < 0.15:
            choice = (rng.choice(companies), person, "company")
        elif roll < 0.35:
            choice = (rng.choice(venues), person, "partner_venue")
        else:
            continue
        if choice[:2] not in seen:
            seen.add(choice[:2])
            entrepreneur_rows.append(
                {"actor_id": choice[0], "entrepreneur_id": choice[1], "kind": choice[2]}
            )
    for table, rows in (
        (ActorLink, actor_links),
        (ActorContact, person_rows),
        (ActorEntrepreneur, entrepreneur_rows),
    ):
        if rows:
            session.execute(insert(table.__table__), rows)
    return {
        "directory_actor_link": len(actor_links),
        "directory_actor_contact": len(person_rows),
        "directory_actor_entrepreneur": len(entrepreneur_rows),
    }
