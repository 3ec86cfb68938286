"""Demo data of the cooperation: projects under way on the territory (a fresco in a
neighbourhood, a shared garden, a tour of villages…), each with a few entrepreneurs and contacts
of the incubator, dates around the reference date and the places where they happen.

`fill_projects(conn, scale=…, seed=…, reference_date=…)` is deterministic for its arguments;
every timestamp is the reference date's morning (the wall clock never reaches the demo's rows).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from random import Random

from sqlalchemy import Connection, insert, select

from incubator_app.demo.names import PLACES
from incubator_app.demo.places import ALL_COMMUNES
from incubator_app.models import (
    Contact,
    CooperationProject,
    CooperationProjectMember,
    Entrepreneur,
)

PROJECT_COUNTS = {"small": 4, "incubator": 12, "network": 30}

# (title pattern, disciplines, themes, places pattern); {p}: "du Panier", {c}: a commune.
IDEAS: tuple[tuple[str, str, str, str], ...] = (
    ("Fresque participative {p}", "arts visuels", "quartier, habitants, jeunesse",
     "Mur du gymnase {p}\nCentre social {p}"),
    ("Jardin partagé et scène ouverte {p}", "musique, spectacle vivant",
     "écologie, habitants", "Jardin {p}"),
    ("Tournée des villages autour de {c}", "spectacle vivant, arts de la rue",
     "ruralité, itinérance", "Salle des fêtes de {c}\nPlace du village"),
    ("Résidence croisée artistes-agriculteurs à {c}", "arts visuels, écriture",
     "ruralité, agriculture, rencontres", "Ferme pédagogique de {c}"),
    ("Balades sonores {p}", "musique, numérique", "patrimoine, mémoire",
     "Départ devant la médiathèque {p}"),
    ("Ateliers céramique en EHPAD à {c}", "métiers d'art", "seniors, transmission",
     "EHPAD de {c}"),
    ("Boutique éphémère de créateurs à {c}", "design, métiers d'art", "commerce, centre-ville",
     "Vitrine vacante, rue principale de {c}"),
    ("Web-série sur les métiers {p}", "audiovisuel", "emploi, jeunesse",
     "Studio {p}\nAteliers du quartier {p}"),
    ("Festival de contes {p}", "médiation, écriture", "enfance, lecture",
     "Bibliothèque {p}\nParc {p}"),
    ("Atelier de fabrication numérique à {c}", "numérique, design", "tiers-lieu, formation",
     "Tiers-lieu de {c}"),
)  # fmt: skip
ROLES = ("coordination", "artiste", "médiation", "accueil", "production", None, None)
# Status by position: most under way, some planned, a few done or stopped.
STATUSES = ("under_way", "under_way", "planned", "under_way", "done", "under_way", "stopped")


def fill_projects(conn: Connection, *, scale: str, seed: int, reference_date: date) -> int:
    """Writes the demo projects and their participants; returns how many projects."""
    rng = Random(f"projects-{seed}")
    entrepreneurs = conn.scalars(
        select(Entrepreneur.id).where(Entrepreneur.archived.is_(False)).order_by(Entrepreneur.id)
    ).all()
    contacts = conn.scalars(select(Contact.id).order_by(Contact.id)).all()
    if not entrepreneurs:
        return 0
    stamp = datetime.combine(reference_date, time(8, 0), tzinfo=UTC)
    count = PROJECT_COUNTS.get(scale, PROJECT_COUNTS["small"])
    for number in range(count):
        title, disciplines, themes, places = IDEAS[number % len(IDEAS)]
        place = PLACES[rng.randrange(len(PLACES))]
        commune = ALL_COMMUNES[rng.randrange(len(ALL_COMMUNES))][1]
        status = STATUSES[number % len(STATUSES)]
        start = reference_date + timedelta(days=rng.randint(-300, -20))
        if status == "planned":
            start = reference_date + timedelta(days=rng.randint(15, 120))
        end = start + timedelta(days=rng.choice((30, 90, 180, 270)))
        if status == "done":
            end = reference_date - timedelta(days=rng.randint(1, 15))
            start = min(start, end - timedelta(days=30))
        project_id = conn.execute(
            insert(CooperationProject).values(
                title=title.format(p=place, c=commune),
                description=None,
                status=status,
                territory=commune,
                places=places.format(p=place, c=commune),
                disciplines=disciplines,
                themes=themes,
                starts_on=start,
                ends_on=end,
                version_id=1,
                created_at=stamp,
                updated_at=stamp,
            )
        ).inserted_primary_key[0]
        people = rng.sample(list(entrepreneurs), min(len(entrepreneurs), rng.randint(2, 4)))
        guests = rng.sample(list(contacts), min(len(contacts), rng.randint(0, 3)))
        rows = [{"entrepreneur_id": e, "contact_id": None} for e in people] + [
            {"entrepreneur_id": None, "contact_id": c} for c in guests
        ]
        for row in rows:
            row.update(project_id=project_id, role=ROLES[rng.randrange(len(ROLES))])
        conn.execute(insert(CooperationProjectMember), rows)
    return count
