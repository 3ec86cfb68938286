"""Coaching sessions and hours per month, topic and coach, and totals for a filter."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from factories import make_coach, make_entrepreneur, make_topic

from incubator_app.models import SessionKind, SessionMode
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.coaching.list import SessionListSource
from incubator_app.services.coaching.sessions import Participant, log_coaching_session
from incubator_app.services.coaching.stats import (
    CoachingTotals,
    MonthHours,
    coaching_totals,
    hours_per_coach,
    hours_per_month,
    hours_per_topic,
    totals_for_filter,
)
from incubator_app.services.periods import Period

pytestmark = pytest.mark.core


@pytest.fixture
def world(session, admin):
    ana, bob = make_coach(session, "Ana"), make_coach(session, "Bob")
    p1, p2, p3 = (make_entrepreneur(session) for _ in range(3))
    prix, droit = make_topic(session, "Prix"), make_topic(session, "Juridique")

    def log(day, minutes, coach, people, topics=(), kind="individual"):
        return log_coaching_session(
            session,
            session_date=day,
            duration_minutes=minutes,
            coach_id=coach.id,
            participants=people,
            topic_ids=[t.id for t in topics],
            kind=kind,
            actor=admin,
        )

    log(date(2026, 1, 5), 60, ana, [p1.id], [prix])
    log(date(2026, 1, 31), 30, ana, [p2.id], [prix, droit])
    log(date(2026, 3, 2), 90, bob, [p1.id])
    log(
        date(2026, 3, 3),
        120,
        bob,
        [Participant(p1.id), Participant(p2.id), Participant(p3.id, False)],
        [droit],
        kind="collective",
    )
    log(date(2025, 12, 31), 45, ana, [p3.id])
    return {"ana": ana, "bob": bob, "p1": p1, "p2": p2, "p3": p3, "prix": prix, "droit": droit}


def test_hours_per_month_lists_every_month_with_zeros(session, admin, world):
    months = hours_per_month(session, date(2026, 1, 1), date(2026, 4, 30), actor=admin)
    assert months == [
        MonthHours(date(2026, 1, 1), 2, 90),
        MonthHours(date(2026, 2, 1), 0, 0),
        MonthHours(date(2026, 3, 1), 2, 210),
        MonthHours(date(2026, 4, 1), 0, 0),
    ]


def test_hours_per_month_for_a_coach_and_an_entrepreneur(session, admin, world):
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    by_bob = hours_per_month(session, start, end, actor=admin, coach_id=world["bob"].id)
    assert [(m.sessions, m.minutes) for m in by_bob] == [(0, 0), (0, 0), (2, 210)]
    by_p2 = hours_per_month(session, start, end, actor=admin, entrepreneur_id=world["p2"].id)
    assert [(m.sessions, m.minutes) for m in by_p2] == [(1, 30), (0, 0), (1, 120)]


def test_totals_count_each_entrepreneur_once(session, admin, world):
    assert coaching_totals(session, date(2026, 1, 1), date(2026, 12, 31), actor=admin) == (
        CoachingTotals(sessions=4, minutes=300, entrepreneurs=3)
    )
    everything = totals_for_filter(session, CoachingFilter(), actor=admin)
    assert everything == CoachingTotals(5, 345, 3)
    assert everything.hours == pytest.approx(5.75)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ({"coach_id": "ana"}, (3, 135, 3)),
        ({"topic_id": "droit"}, (2, 150, 3)),
        ({"entrepreneur_id": "p1"}, (3, 270, 1)),
        ({"entrepreneur_id": "p1", "coach_id": "ana", "date_to": date(2025, 1, 1)}, (0, 0, 0)),
        ({"kind": "collective"}, (1, 120, 3)),
        ({"mode": "phone"}, (0, 0, 0)),
    ],
)
def test_totals_for_each_filter(session, admin, world, keys, expected):
    resolved = {k: (world[v].id if v in world else v) for k, v in keys.items()}
    totals = totals_for_filter(session, CoachingFilter.from_keys(**resolved), actor=admin)
    assert (totals.sessions, totals.minutes, totals.entrepreneurs) == expected


def test_hours_per_topic_and_per_coach(session, admin, world):
    filters = CoachingFilter(date_from=date(2026, 1, 1))
    topics = hours_per_topic(session, filters, actor=admin)
    assert [(t.label, t.sessions, t.minutes) for t in topics] == [
        ("Juridique", 2, 150),
        ("Prix", 2, 90),
    ]
    coaches = hours_per_coach(session, filters, actor=admin)
    assert [(c.name, c.sessions, c.minutes) for c in coaches] == [("Bob", 2, 210), ("Ana", 2, 90)]


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period.THIS_MONTH, (date(2026, 2, 1), date(2026, 2, 28))),
        (Period.LAST_MONTH, (date(2026, 1, 1), date(2026, 1, 31))),
        (Period.THIS_WEEK, (date(2026, 2, 9), date(2026, 2, 15))),
        (Period.THIS_YEAR, (date(2026, 1, 1), date(2026, 12, 31))),
        (Period.LAST_YEAR, (date(2025, 1, 1), date(2025, 12, 31))),
        (Period.LAST_12_MONTHS, (date(2025, 2, 15), date(2026, 2, 14))),
        (Period.ALL, (None, None)),
    ],
)
def test_period_quick_picks_set_the_filter_inclusive_dates(period, expected):
    picked = CoachingFilter.from_keys(today=date(2026, 2, 14), period=period)
    assert (picked.date_from, picked.date_to) == expected


def test_totals_match_a_plain_count_for_random_filters(session, admin):
    """Both ways of counting entrepreneurs (from the sessions for narrow filters, from the
    entrepreneurs for broad ones) and the topic-only shortcuts agree with Python."""
    rnd = random.Random(4)
    coaches = [make_coach(session, f"C{i}") for i in range(3)]
    people = [make_entrepreneur(session) for _ in range(8)]
    topics = [make_topic(session, f"T{i}") for i in range(3)]
    logged = []
    for _ in range(40):
        members = rnd.sample(people, rnd.choice([1, 1, 2, 3]))
        chosen = rnd.sample(topics, rnd.randint(0, 2))
        row = {
            "date": date(2025, 1, 1) + timedelta(days=rnd.randint(0, 700)),
            "minutes": rnd.choice([30, 45, 60, 90]),
            "coach": rnd.choice(coaches).id,
            "people": {p.id for p in members},
            "topics": {t.id for t in chosen},
            "kind": "collective" if len(members) > 1 else "individual",
            "mode": rnd.choice(["in_person", "phone", "video"]),
        }
        log_coaching_session(
            session,
            session_date=row["date"],
            duration_minutes=row["minutes"],
            coach_id=row["coach"],
            participants=[p.id for p in members],
            topic_ids=sorted(row["topics"]),
            kind=row["kind"],
            mode=row["mode"],
            actor=admin,
        )
        logged.append(row)
    for _ in range(60):
        f = CoachingFilter(
            coach_id=rnd.choice([None, None, coaches[0].id]),
            entrepreneur_id=rnd.choice([None, None, None, people[0].id]),
            date_from=rnd.choice([None, date(2025, 6, 1)]),
            date_to=rnd.choice([None, date(2026, 6, 30)]),
            topic_id=rnd.choice([None, topics[0].id, topics[1].id]),
            kind=rnd.choice([None, SessionKind.INDIVIDUAL, SessionKind.COLLECTIVE]),
            mode=rnd.choice([None, SessionMode.IN_PERSON, SessionMode.VIDEO]),
        )
        hits = [
            r
            for r in logged
            if (f.coach_id is None or r["coach"] == f.coach_id)
            and (f.entrepreneur_id is None or f.entrepreneur_id in r["people"])
            and (f.date_from is None or r["date"] >= f.date_from)
            and (f.date_to is None or r["date"] <= f.date_to)
            and (f.topic_id is None or f.topic_id in r["topics"])
            and (f.kind is None or r["kind"] == f.kind)
            and (f.mode is None or r["mode"] == f.mode)
        ]
        expected = CoachingTotals(
            len(hits),
            sum(r["minutes"] for r in hits),
            len(set().union(*(r["people"] for r in hits))),
        )
        if f.entrepreneur_id is not None:
            # The page counts only the chosen entrepreneur then (see test_totals_for_each_filter).
            expected = CoachingTotals(expected.sessions, expected.minutes, min(len(hits), 1))
        assert totals_for_filter(session, f, actor=admin) == expected, f
        assert SessionListSource(f, actor=admin).count(session) == len(hits), f
