"""Demo data of the events: workshops, trainings, meetings, visits and collective coaching over
the demo's years, with contacts (participants who are not entrepreneurs) and registrations.

`fill_events(conn, scale=…, seed=…, reference_date=…)` is deterministic for a given scale,
seed and reference date. Past events have their attendance (attended, absent, cancelled);
coming events are filling up: registered people up to the places, then a waiting list in order,
and on some full events a place freed and offered to the head of the list. The rule of places
holds on every event (places held ≤ capacity). Rows go in bulk through demo/writer.py.

Training cycles (courses) too: each a series of four weekly modules with one enrolment for the
whole course; past modules have their attendance, one cycle is under way at the reference date
and the next one, still to come, is full with people on its waiting list.
"""

from __future__ import annotations

from datetime import date
from random import Random

from sqlalchemy import Connection, func, select

from incubator_app.demo.writer import BulkWriter
from incubator_app.models import (
    Contact,
    Course,
    CourseEnrolment,
    CourseWaiting,
    Entrepreneur,
    Event,
    Registration,
    RegistrationChange,
    Site,
)

# (events, registrations, contacts) per demo scale; the benchmark passes its own sizes.
EVENT_SIZES: dict[str, tuple[int, int, int]] = {
    "small": (60, 900, 150),
    "incubator": (2_000, 40_000, 3_000),
    "network": (20_000, 400_000, 20_000),
}

TITLES = {
    "workshop": (
        "Atelier devis et factures",
        "Atelier « Construire son budget prévisionnel »",
        "Atelier réseaux sociaux",
        "Atelier photo de ses œuvres",
        "Atelier droits d'auteur et contrats",
        "Atelier prise de parole en public",
    ),
    "training": (
        "Formation : gestion d'un projet culturel (module 1)",
        "Formation : gestion d'un projet culturel (module 2)",
        "Formation : diffuser un spectacle",
        "Formation : comptabilité de l'entreprise individuelle",
    ),
    "meeting": (
        "Rencontre des acteurs culturels du territoire",
        "Apéro réseau de la couveuse",
        "Rencontre avec les financeurs",
    ),
    "visit": ("Visite d'un tiers-lieu", "Visite du fablab", "Visite d'une salle de concert"),
    "collective_coaching": (
        "Accompagnement collectif : statut juridique",
        "Accompagnement collectif : trouver ses clients",
    ),
}
KINDS = ("workshop",) * 5 + ("training",) * 2 + ("meeting",) * 2 + ("visit", "collective_coaching")
CAPACITIES = (8, 10, 12, 12, 15, 20, 25, 30, 40)
FIRST = ("Nadia", "Paul", "Chloé", "Karim", "Élise", "Marc", "Sofia", "Yanis", "Laure", "Tom")
LAST = ("Benali", "Roux", "Garnier", "Meyer", "Lopez", "Chevalier", "Blanc", "Girard", "Perrin")
ORGS = ("Mairie", "Théâtre du quartier", "Association Art'Sud", "Médiathèque", None, None)
PLACES = ("Salle polyvalente, 12 rue des Arts", "Friche, salle 2", "Médiathèque centrale", None)

# Training cycles per demo scale: a few, each of four modules (their registrations are few
# next to the events').
COURSES = {"small": 3, "incubator": 20, "network": 120}
COURSE_TITLES = (
    "Cycle « Diriger un lieu culturel »",
    "Cycle « Entreprendre dans le spectacle vivant »",
    "Cycle « Gérer une structure culturelle »",
    "Cycle « Financer son projet artistique »",
)
MODULE_TITLES = (
    "Module 1 : le projet et son territoire",
    "Module 2 : budget et financements",
    "Module 3 : droit et contrats",
    "Module 4 : communication et publics",
)
COURSE_CAPACITY = 12


def _next_id(conn: Connection, column) -> int:
    return (conn.scalar(select(func.max(column))) or 0) + 1


def fill_events(
    conn: Connection,
    *,
    scale: str,
    seed: int,
    reference_date: date,
    events: int | None = None,
    registrations: int | None = None,
) -> dict[str, int]:
    """Fills the (empty) events tables; returns the rows written per table. Commits."""
    n_events, n_regs, n_contacts = EVENT_SIZES.get(scale, EVENT_SIZES["small"])
    n_events = events if events is not None else n_events
    n_regs = registrations if registrations is not None else n_regs
    rng = Random(f"events-{scale}-{seed}")
    ref = reference_date.toordinal()
    w = BulkWriter(conn)
    w.next_ids["contact"] = _next_id(conn, Contact.id)
    w.next_ids["event"] = _next_id(conn, Event.id)
    w.next_ids["registration"] = _next_id(conn, Registration.id)
    w.next_ids["registration_change"] = _next_id(conn, RegistrationChange.id)
    w.declare(
        "contact",
        "id first_name last_name email phone organisation commune language consent consent_on",
        versioned=True,
    )
    w.next_ids["course"] = _next_id(conn, Course.id)
    w.next_ids["course_enrolment"] = _next_id(conn, CourseEnrolment.id)
    w.next_ids["course_waiting"] = _next_id(conn, CourseWaiting.id)
    w.declare("course", "id title description completion_percent", versioned=True)
    w.declare(
        "event",
        "id kind title description resource_id address starts_at ends_at capacity "
        "registration_required registration_opens_at registration_closes_at offer_hours "
        "organiser_user_id organiser_coach_id cohort_id course_id places_taken cancelled "
        "site_id",
        versioned=True,
    )
    w.declare(
        "registration",
        "id event_id entrepreneur_id contact_id party_size status queue_key offered_at "
        "offer_expires_at source reorder_reason",
        versioned=True,
    )
    w.declare(
        "registration_change",
        "id registration_id changed_at from_status to_status by_login reason",
    )
    w.declare(
        "course_enrolment", "id course_id entrepreneur_id contact_id status source", versioned=True
    )
    w.declare(
        "course_waiting",
        "id course_id entrepreneur_id contact_id party_size status queue_key offered_at "
        "offer_expires_at source enrolment_id",
        versioned=True,
    )
    start = ref - 3 * 365
    first_stamp = w.stamp(start)
    contacts = []
    for k in range(n_contacts):
        cid = w.take_id("contact")
        contacts.append(cid)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        w.add(
            "contact",
            (
                cid, first, last, f"{first.lower()}.{last.lower()}{k}@exemple.fr", None,
                rng.choice(ORGS), "Marseille", "fr", True, w.day(start), 1, first_stamp,
                first_stamp,
            ),
        )  # fmt: skip
    people = list(conn.scalars(select(Entrepreneur.id).order_by(Entrepreneur.id)))
    # In a network (two active sites or more), each event is one site's, for that site's
    # people (and the contacts), and one in ten is the whole network's, open to everyone.
    # Drawn from their own generator: the small and incubator demos do not change.
    sites = list(conn.execute(select(Site.id, Site.commune).where(Site.active).order_by(Site.id)))
    site_rng = Random(f"event-sites-{scale}-{seed}")
    people_of: dict[int, list[int]] = {}
    if len(sites) >= 2:  # services/sites/records.py MULTI_SITE
        for person_id, site_id in conn.execute(
            select(Entrepreneur.id, Entrepreneur.site_id).order_by(Entrepreneur.id)
        ):
            people_of.setdefault(site_id, []).append(person_id)
    per_event = max(1, n_regs // max(1, n_events))
    # Ten per cent of the events are still to come (within 90 days of the reference day).
    coming = n_events // 10
    for n in range(n_events):
        future = n >= n_events - coming
        day = (
            ref + 1 + int(rng.random() * 90)
            if future
            else start + int(rng.random() * (ref - start))
        )
        minute = rng.choice((570, 600, 840, 870, 1080))
        kind = rng.choice(KINDS)
        capacity = rng.choice(CAPACITIES)
        eid = w.take_id("event")
        created = w.stamp(day - 30)
        event_row = [
            eid, kind, rng.choice(TITLES[kind]), None, None, rng.choice(PLACES),
            w.local_stamp(day, minute), w.local_stamp(day, minute + rng.choice((120, 180))),
            capacity, True, None, None, 48, None, None, None, None, 0, False, None, 1, created,
            created,
        ]  # fmt: skip
        invited = people
        if people_of and site_rng.random() >= 0.1:
            site_id, commune = sites[int(site_rng.random() * len(sites))]
            event_row[19] = site_id
            invited = people_of.get(site_id, [])
            if event_row[5] is not None and commune:
                event_row[5] = f"{event_row[5]}, {commune}"
        held = 0
        regs: list[tuple] = []
        changes: list[tuple] = []
        wanted = max(1, int(per_event * (0.5 + rng.random())))
        pool_size = len(invited) + len(contacts)
        picks = rng.sample(range(pool_size), min(wanted, pool_size))
        taken = 0
        for key, pick in enumerate(picks, start=1):
            entrepreneur_id = invited[pick] if pick < len(invited) else None
            contact_id = None if pick < len(invited) else contacts[pick - len(invited)]
            party = 2 if rng.random() < 0.05 else 1
            fits = taken + party <= capacity
            if not future:
                if not fits:
                    status = "expired" if rng.random() < 0.5 else "cancelled"
                else:
                    roll = rng.random()
                    status = "cancelled" if roll < 0.08 else "absent" if roll < 0.22 else "attended"
            else:
                status = "registered" if fits else "waitlisted"
            if status in ("registered", "attended", "absent"):
                taken += party
                held += party
            elif status == "waitlisted" and taken < capacity:
                taken = capacity  # a group that does not fit waits; so do those behind it
            rid = w.take_id("registration")
            stamp = w.stamp(day - 20 + min(key // 3, 19))
            regs.append(
                (
                    rid, eid, entrepreneur_id, contact_id, party, status, key, None, None,
                    "staff", None, 1, stamp, stamp,
                ),
            )  # fmt: skip
            changes.append(
                (w.take_id("registration_change"), rid, stamp, None, status, "demo", None),
            )
        event_row[17] = held
        w.add("event", tuple(event_row))
        w.extend("registration", regs)
        w.extend("registration_change", changes)
    _fill_courses(w, rng, scale=scale, start=start, ref=ref, people=people, contacts=contacts)
    w.flush()
    conn.commit()
    return dict(w.counts)


def _fill_courses(
    w: BulkWriter,
    rng: Random,
    *,
    scale: str,
    start: int,
    ref: int,
    people: list[int],
    contacts: list[int],
) -> None:
    """Training cycles: the last one starts three weeks after the reference day and is full
    (three people wait on its list), the one before is under way (two modules done), the
    others are spread over the past."""
    n = COURSES.get(scale, COURSES["small"])
    pool = [(p, None) for p in people] + [(None, c) for c in contacts]
    if n == 0 or len(pool) < COURSE_CAPACITY + 3:
        return
    for k in range(n):
        if k == n - 1:
            first_day = ref + 21
        elif k == n - 2:
            first_day = ref - 15
        else:
            first_day = start + (k + 1) * (ref - 60 - start) // n
        course_id = w.take_id("course")
        created = w.stamp(first_day - 45)
        title = COURSE_TITLES[k % len(COURSE_TITLES)]
        w.add("course", (course_id, title, None, 80, 1, created, created))
        full = k == n - 1
        size = COURSE_CAPACITY if full else rng.randint(6, COURSE_CAPACITY)
        chosen = rng.sample(pool, size + (3 if full else 0))
        enrolled, waiting = chosen[:size], chosen[size:]
        for entrepreneur_id, contact_id in enrolled:
            stamp = w.stamp(first_day - 30 + rng.randint(0, 20))
            w.add(
                "course_enrolment",
                (
                    w.take_id("course_enrolment"), course_id, entrepreneur_id, contact_id,
                    "enrolled", "staff", 1, stamp, stamp,
                ),
            )  # fmt: skip
        for key, (entrepreneur_id, contact_id) in enumerate(waiting, start=1):
            stamp = w.stamp(first_day - 10 + key)
            w.add(
                "course_waiting",
                (
                    w.take_id("course_waiting"), course_id, entrepreneur_id, contact_id, 1,
                    "waitlisted", key, None, None, "staff", None, 1, stamp, stamp,
                ),
            )  # fmt: skip
        for m, module_title in enumerate(MODULE_TITLES):
            day = first_day + 7 * m
            minute, length = 570, rng.choice((180, 360))
            eid = w.take_id("event")
            past = day < ref
            # Every enrolled person holds a place (registered, then attended or absent). A
            # course is the whole network's (no site): its people come from every site.
            w.add(
                "event",
                (
                    eid, "training", f"{title} — {module_title}", None, None, PLACES[0],
                    w.local_stamp(day, minute), w.local_stamp(day, minute + length),
                    COURSE_CAPACITY, True, None, None, 48, None, None, None, course_id,
                    len(enrolled), False, None, 1, created, created,
                ),
            )  # fmt: skip
            for key, (entrepreneur_id, contact_id) in enumerate(enrolled, start=1):
                status = ("absent" if rng.random() < 0.12 else "attended") if past else "registered"
                rid = w.take_id("registration")
                stamp = w.stamp(first_day - 30 + min(key, 25))
                w.add(
                    "registration",
                    (
                        rid, eid, entrepreneur_id, contact_id, 1, status, key, None, None,
                        "staff", None, 1, stamp, stamp,
                    ),
                )  # fmt: skip
                w.add(
                    "registration_change",
                    (w.take_id("registration_change"), rid, stamp, None, status, "demo", None),
                )
