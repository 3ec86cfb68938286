"""Course enrolments under concurrency: 10 real processes enrol at the same moment in a course
whose three modules have one place each, round after round, on SQLite or on the PostgreSQL
server (INCUBATOR_TEST_DB_URL). Each round exactly one is enrolled, holding the one place of
every module; the others go to the course's waiting list (no module place of theirs), in one
consistent order (queue keys 1…9, no gap, no duplicate), and no module is over its capacity.
Then the winner cancels: exactly the head of the course's list is offered every module's
place, once. The modules are locked in id order, so no deadlock on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

import pytest
from event_helpers import new_event, taken
from event_race import enrol_worker
from factories import make_entrepreneur
from sqlalchemy import select

from incubator_app.models import CourseEnrolment, CourseWaiting, Registration
from incubator_app.models.vocabulary import RegistrationStatus
from incubator_app.services.events.courses import cancel_enrolment, create_course
from incubator_app.services.events.tick import tick

pytestmark = pytest.mark.core

WORKERS = 10
ROUNDS = 5


def test_ten_processes_race_for_the_last_course_place(db_url, session, admin):
    people = [make_entrepreneur(session, f"Stagiaire{k}").id for k in range(WORKERS)]
    course_ids, modules = [], {}
    for n in range(ROUNDS):
        # Far ahead: the workers run on the machine's clock, not the test's frozen one.
        events = [
            new_event(session, admin, capacity=1, starts_in=timedelta(days=3650 + 10 * n + m))
            for m in range(3)
        ]
        course = create_course(session, title=f"Cours {n}", event_ids=events, actor=admin)
        course_ids.append(course)
        modules[course] = events
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(WORKERS, timeout=300)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=enrol_worker,
            args=(db_url, admin, course_ids, people[k], k, barrier, results),
        )
        for k in range(WORKERS)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=600) for _ in range(ROUNDS * WORKERS)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert [o for o in outcomes if o[2].startswith("error")] == []
    session.expire_all()
    for n, course in enumerate(course_ids):
        this_round = sorted(o[2].split()[0] for o in outcomes if o[0] == n)
        assert this_round == ["enrolled"] + ["waitlisted"] * (WORKERS - 1), (n, this_round)
        [(enrolment, winner)] = session.execute(
            select(CourseEnrolment.id, CourseEnrolment.entrepreneur_id).where(
                CourseEnrolment.course_id == course
            )
        ).all()
        for ev in modules[course]:
            assert taken(session, ev) == 1
            holders = session.scalars(
                select(Registration.entrepreneur_id).where(Registration.event_id == ev)
            ).all()
            assert holders == [winner]
        queue = session.execute(
            select(CourseWaiting.queue_key, CourseWaiting.entrepreneur_id)
            .where(CourseWaiting.course_id == course)
            .order_by(CourseWaiting.queue_key)
        ).all()
        assert [k for k, _ in queue] == list(range(1, WORKERS))
        assert winner not in {p for _, p in queue}
        # The winner leaves: the head of the course's list, and only it, is offered every module.
        cancel_enrolment(session, enrolment, actor=admin)
        tick(session, actor=admin)  # a second step changes nothing
        session.expire_all()
        offered = session.scalars(
            select(CourseWaiting.entrepreneur_id).where(
                CourseWaiting.course_id == course,
                CourseWaiting.status == RegistrationStatus.OFFERED,
            )
        ).all()
        assert offered == [queue[0][1]]
        for ev in modules[course]:
            assert taken(session, ev) == 1
