"""Demo data of the cooperation: calls for volunteers with their pools, quotas and draws (one
drawn with answers and a replacement, one frozen waiting for its seed, one confirmed whose first
group became a project), and projects under way on the territory (a fresco in a
neighbourhood, a shared garden, a tour of villages…), each with a few entrepreneurs and contacts
of the incubator, dates around the reference date and the places where they happen.

`fill_projects(conn, scale=…, seed=…, reference_date=…)` is deterministic for its arguments;
every timestamp is the reference date's morning (the wall clock never reaches the demo's rows).
"""

from __future__ import annotations

import json
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


# --- calls for volunteers and their draws -------------------------------------------------------

#: (calls, people in each pool) per scale.
CALL_SIZES = {"small": (1, 30), "incubator": (2, 60), "network": (3, 120)}
CALLS: tuple[tuple[str, str, str, int, int], ...] = (
    ("Laboratoire des coopérations 2027", "Faire travailler ensemble des artistes, des "
     "habitant·es et des structures qui ne se croisent jamais, pour six mois.",
     "Métropole d'Aix-Marseille-Provence", 2, 4),
    ("Binômes artistes-agriculteurs", "Des binômes qui imaginent une action culturelle à la "
     "ferme.", "Haut-Var", 3, 2),
    ("Résidences croisées dans les villages", "Des équipes mêlées qui inventent une résidence "
     "dans un village sans lieu culturel.", "Luberon", 2, 5),
)  # fmt: skip
SEED_SOURCE = "Tirage de l’EuroMillions du vendredi précédant la réunion publique"


def _pool(session, rng: Random, count: int) -> list[tuple[str, int, dict[str, str], str, str]]:
    """(kind, id, categories, organisation, name) of `count` people of the demo, half entrepreneurs
    half contacts (as many as there are), their categories from what the app knows."""
    from incubator_app.services.cooperation.categories import (
        contact_actor,
        contact_categories,
        entrepreneur_categories,
    )

    entrepreneurs = list(
        session.scalars(
            select(Entrepreneur.id)
            .where(Entrepreneur.archived.is_(False))
            .order_by(Entrepreneur.id)
        )
    )
    contacts = list(session.scalars(select(Contact.id).order_by(Contact.id)))
    n_contacts = min(len(contacts), count // 2)
    n_entrepreneurs = min(len(entrepreneurs), count - n_contacts)
    out = []
    for e in sorted(rng.sample(entrepreneurs, n_entrepreneurs)):
        out.append(("entrepreneur", e, entrepreneur_categories(session, e), "", ""))
    for c in sorted(rng.sample(contacts, n_contacts)):
        actor = contact_actor(session, c)
        contact = session.get(Contact, c)
        organisation = actor.name if actor else (contact.organisation or "")
        categories = contact_categories(session, c)
        # A few inhabitants are elected officials (the app cannot know it: typed by staff).
        if categories.get("role") == "habitant" and rng.random() < 0.15:
            categories["role"] = "élu"
        name = " ".join(p for p in (contact.first_name, contact.last_name) if p)
        out.append(("contact", c, categories, organisation, name))
    return out


def _quotas(people, groups: int, size: int):
    from incubator_app.services.cooperation.draws.inputs import Quota

    counts: dict[tuple[str, str], int] = {}
    for person in people:
        for pair in person.values:
            counts[pair] = counts.get(pair, 0) + 1
    quotas = []
    if counts.get(("milieu", "rural"), 0) >= 2 * groups:
        quotas.append(Quota("milieu", "rural", 1, None, "group"))
    if counts.get(("role", "artiste"), 0) >= size:
        quotas.append(Quota("role", "artiste", 1, max(1, size * 2 // 3), "draw"))
    if counts.get(("role", "habitant"), 0) >= 2:
        quotas.append(Quota("role", "habitant", 1, None, "draw"))
    return quotas


def fill_calls(conn: Connection, *, scale: str, seed: int, reference_date: date) -> int:
    """Writes the demo calls for volunteers: their pools (entrepreneurs and contacts with their
    categories), quotas, and the draws — the first call drawn three weeks ago with answers
    and a replacement, the second frozen and waiting for its seed, the third drawn and
    confirmed, its first group a project under way. Deterministic: the draws are computed
    from their frozen inputs and seeds, every instant derives from the reference date."""
    from sqlalchemy.orm import Session

    from incubator_app import __version__
    from incubator_app.models.cooperation import (
        CooperationCall,
        CooperationDraw,
        CooperationQuota,
        CooperationVolunteer,
        DrawStep,
    )
    from incubator_app.services.cooperation.draws.freeze import (
        ALGORITHM,
        canonical_bytes,
        frozen_document,
        frozen_hash,
        solver_version,
    )
    from incubator_app.services.cooperation.draws.inputs import Person, make_inputs
    from incubator_app.services.cooperation.draws.panels import InfeasibleQuotas
    from incubator_app.services.cooperation.draws.replacement import find_replacement
    from incubator_app.services.cooperation.draws.selection import run_draw

    rng = Random(f"calls-{seed}")
    n_calls, pool_size = CALL_SIZES.get(scale, CALL_SIZES["small"])
    morning = datetime.combine(reference_date, time(9, 0), tzinfo=UTC)
    session = Session(bind=conn)
    try:
        pools = [_pool(session, rng, pool_size) for _ in range(n_calls)]
    finally:
        session.close()
    written = 0
    for number, pool in enumerate(pools):
        title, purpose, territory, groups, size = CALLS[number % len(CALLS)]
        if len(pool) < groups * size * 2:
            continue
        created = morning - timedelta(days=40 - number)
        call_id = conn.execute(
            insert(CooperationCall).values(
                title=title, purpose=purpose, territory=territory, group_count=groups,
                group_size=size, duration_months=6, confirm_days=7, seed_source=SEED_SOURCE,
                version_id=1, created_at=created, updated_at=created,
            )
        ).inserted_primary_key[0]  # fmt: skip
        people = []
        for kind, person_id, categories, organisation, name in pool:
            code = f"{kind[0]}{person_id}"
            org = organisation.strip().lower()
            conn.execute(
                insert(CooperationVolunteer).values(
                    call_id=call_id, code=code,
                    entrepreneur_id=person_id if kind == "entrepreneur" else None,
                    contact_id=person_id if kind == "contact" else None,
                    name=name or None,
                    organisation=org or None,
                    categories=json.dumps(categories, ensure_ascii=False, sort_keys=True),
                    version_id=1, created_at=created, updated_at=created,
                )
            )  # fmt: skip
            people.append(Person(code, org, tuple(sorted(categories.items()))))
        quotas = _quotas(people, groups, size * groups)
        inputs = make_inputs(people, quotas, size * groups, groups)
        draw_seed = " ".join(str(rng.randint(1, 50)) for _ in range(5))
        try:
            result = run_draw(inputs, draw_seed) if number != 1 else None
        except InfeasibleQuotas:
            quotas = []
            inputs = make_inputs(people, quotas, size * groups, groups)
            result = run_draw(inputs, draw_seed)
        for q in quotas:
            conn.execute(
                insert(CooperationQuota).values(
                    call_id=call_id, scope=q.scope, category=q.category, value=q.value,
                    minimum=q.minimum, maximum=q.maximum, version_id=1, created_at=created,
                    updated_at=created,
                )
            )  # fmt: skip
        frozen_at = created + timedelta(days=10)
        drawn_at = frozen_at + timedelta(days=7) if result is not None else None
        draw_id = conn.execute(
            insert(CooperationDraw).values(
                call_id=call_id, number=1,
                frozen_inputs=canonical_bytes(frozen_document(inputs)).decode("utf-8"),
                frozen_hash=frozen_hash(inputs), app_version=__version__,
                algorithm=f"{ALGORITHM}, {solver_version()}", frozen_at=frozen_at,
                seed_source=SEED_SOURCE, seed=draw_seed if result is not None else None,
                drawn_at=drawn_at,
                result_csv=result.csv_bytes().decode("utf-8") if result is not None else None,
                created_at=frozen_at, updated_at=drawn_at or frozen_at,
            )
        ).inserted_primary_key[0]  # fmt: skip
        written += 1
        if result is None or drawn_at is None:
            continue
        deadline = drawn_at + timedelta(days=7)
        steps = []
        panel = {p.id: p.group or 1 for p in result.selected}
        for p in sorted(result.selected, key=lambda p: (p.group or 0, p.id)):
            steps.append(dict(code=p.id, kind="invited", group_number=p.group or 1,
                              deadline=deadline, at=drawn_at))  # fmt: skip
        codes = sorted(panel)
        answers = codes if number == 2 else codes[: max(1, len(codes) * 2 // 3)]
        gone: set[str] = set()
        for i, code in enumerate(answers):
            at = drawn_at + timedelta(days=1 + i % 5, hours=i % 7)
            if number == 0 and i == 1:  # one declines: the next of the reserve is invited
                steps.append(dict(code=code, kind="declined", group_number=panel[code], at=at))
                gone.add(code)
                swap = find_replacement(inputs, result.placements, panel, code, set(gone))
                group = panel.pop(code)
                if swap.arriving is None:
                    steps.append(dict(code=None, kind="unfilled", group_number=group,
                                      replaces=code, at=at))  # fmt: skip
                else:
                    panel[swap.arriving] = group
                    steps.append(dict(code=swap.arriving, kind="invited", group_number=group,
                                      replaces=code, same_cell=swap.same_cell,
                                      deadline=at + timedelta(days=7), at=at))  # fmt: skip
                continue
            steps.append(dict(code=code, kind="confirmed", group_number=panel[code], at=at))
        for step in steps:
            step.setdefault("replaces", None)
            step.setdefault("same_cell", None)
            step.setdefault("deadline", None)
        conn.execute(insert(DrawStep), [dict(draw_id=draw_id, user_id=None, **s) for s in steps])
        if number == 2:
            _project_of_group(conn, call_id, title, territory, panel, drawn_at)
    return written


def _project_of_group(conn, call_id, title, territory, panel, drawn_at) -> None:
    members = sorted(code for code, group in panel.items() if group == 1)
    start = (drawn_at + timedelta(days=14)).date()
    project_id = conn.execute(
        insert(CooperationProject).values(
            title=f"{title} — 1", description="Le premier groupe tiré au sort.",
            status="under_way", territory=territory, places="Salle des fêtes\nFerme pédagogique",
            disciplines="spectacle vivant, arts visuels", themes="ruralité, rencontres",
            starts_on=start, ends_on=start + timedelta(days=180), call_id=call_id,
            group_number=1, version_id=1, created_at=drawn_at, updated_at=drawn_at,
        )
    ).inserted_primary_key[0]  # fmt: skip
    rows = [
        {"project_id": project_id, "role": None,
         "entrepreneur_id": int(c[1:]) if c[0] == "e" else None,
         "contact_id": int(c[1:]) if c[0] == "c" else None}
        for c in members
    ]  # fmt: skip
    if rows:
        conn.execute(insert(CooperationProjectMember), rows)
