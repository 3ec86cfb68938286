"""A course's waiting list: an enrolment asked while the course is full waits; a freed place is
offered to the head of the list in every module at once (an offer with its deadline counted from
the moment of the offer), a group moves as one unit and is not jumped, one cancellation
promotes once, and the rule of places holds in every module."""

from __future__ import annotations

from datetime import timedelta

import pytest
from event_helpers import new_event, outbox, taken
from factories import audit_actions, make_entrepreneur
from sqlalchemy import select

from incubator_app import clock
from incubator_app.errors import ConflictError
from incubator_app.models import CourseEnrolment, CourseWaiting, Registration
from incubator_app.models.vocabulary import EnrolmentStatus
from incubator_app.models.vocabulary import RegistrationStatus as S
from incubator_app.services.events.course_waiting import (
    accept_course_offer,
    course_waiting_list,
    decline_course_offer,
    leave_course_waiting,
)
from incubator_app.services.events.courses import cancel_enrolment, create_course, enrol
from incubator_app.services.events.places import as_utc
from incubator_app.services.events.registrations import cancel_registration, register
from incubator_app.services.events.tick import tick

pytestmark = pytest.mark.core


def _course(session, admin, capacity=2, count=3):
    modules = [
        new_event(
            session,
            admin,
            capacity=capacity,
            starts_in=timedelta(days=10 * (i + 1)),
            title=f"Module {i + 1}",
            kind="training",
        )
        for i in range(count)
    ]
    course = create_course(
        session, title="Diriger un lieu culturel", event_ids=modules, actor=admin
    )
    return course, modules


def _people(session, n):
    return [make_entrepreneur(session, f"Personne{k}").id for k in range(n)]


def _entry(session, entry_id) -> CourseWaiting:
    session.expire_all()
    return session.get(CourseWaiting, entry_id)


def _module_status(session, event_id, person):
    session.expire_all()
    return session.scalars(
        select(Registration.status)
        .where(Registration.event_id == event_id, Registration.entrepreneur_id == person)
        .order_by(Registration.id.desc())
    ).first()


def _assert_rule(session, modules, capacity):
    for ev in modules:
        assert taken(session, ev) <= capacity


def test_full_course_waits_in_order_and_a_cancellation_offers_every_module_once(
    session, admin, frozen_clock
):
    course, modules = _course(session, admin, capacity=1)
    a, b, c = _people(session, 3)
    first = enrol(session, course, entrepreneur_id=a, actor=admin)
    wait_b = enrol(session, course, entrepreneur_id=b, actor=admin)
    wait_c = enrol(session, course, entrepreneur_id=c, actor=admin)
    assert (wait_b.id, wait_b.waiting_position) == (None, 1)
    assert wait_c.waiting_position == 2
    assert [_module_status(session, ev, b) for ev in modules] == [None] * 3
    with pytest.raises(ConflictError):
        enrol(session, course, entrepreneur_id=b, actor=admin)

    frozen_clock.shift(timedelta(hours=5))
    cancel_enrolment(session, first.id, reason="empêchée", actor=admin)
    offer = _entry(session, wait_b.waiting_id)
    assert offer.status is S.OFFERED
    # 48 h counted from the moment of the offer, not from the waiting-list entry.
    held = as_utc(offer.offer_expires_at) - clock.now_utc()
    assert timedelta(hours=47, minutes=59) < held <= timedelta(hours=48)
    assert [_module_status(session, ev, b) for ev in modules] == [S.OFFERED] * 3
    assert _entry(session, wait_c.waiting_id).status is S.WAITLISTED
    _assert_rule(session, modules, 1)
    # Promoting again (tick, any client) changes nothing: the freed place was offered once.
    before = len(outbox(session))
    assert tick(session, actor=admin).offers == 0
    assert len(outbox(session)) == before
    assert [e.id for e in course_waiting_list(session, course, actor=admin)] == [
        wait_b.waiting_id,
        wait_c.waiting_id,
    ]

    accepted = accept_course_offer(session, wait_b.waiting_id, actor=admin)
    assert accepted.status is S.REGISTERED and accepted.enrolment_id is not None
    enrolment = session.get(CourseEnrolment, accepted.enrolment_id)
    assert (enrolment.entrepreneur_id, enrolment.status) == (b, EnrolmentStatus.ENROLLED)
    assert [_module_status(session, ev, b) for ev in modules] == [S.REGISTERED] * 3
    assert "accept" in audit_actions(session, "course_waiting", wait_b.waiting_id)
    _assert_rule(session, modules, 1)


def test_an_offer_expires_and_goes_to_the_next_with_its_own_deadline(session, admin, frozen_clock):
    course, modules = _course(session, admin, capacity=1)
    a, b, c = _people(session, 3)
    first = enrol(session, course, entrepreneur_id=a, actor=admin)
    wb = enrol(session, course, entrepreneur_id=b, actor=admin).waiting_id
    wc = enrol(session, course, entrepreneur_id=c, actor=admin).waiting_id
    cancel_enrolment(session, first.id, actor=admin)
    frozen_clock.shift(timedelta(hours=47))
    tick(session, actor=admin)
    assert _entry(session, wb).status is S.OFFERED  # not yet
    frozen_clock.shift(timedelta(hours=2))
    tick(session, actor=admin)
    assert _entry(session, wb).status is S.EXPIRED
    assert [_module_status(session, ev, b) for ev in modules] == [S.EXPIRED] * 3
    nxt = _entry(session, wc)
    assert nxt.status is S.OFFERED
    held = as_utc(nxt.offer_expires_at) - clock.now_utc()
    assert timedelta(hours=47, minutes=59) < held <= timedelta(hours=48)
    with pytest.raises(ConflictError):
        accept_course_offer(session, wb, actor=admin)
    _assert_rule(session, modules, 1)


def test_a_group_moves_as_one_unit_and_is_not_jumped(session, admin):
    course, modules = _course(session, admin, capacity=3)
    a, b, c, d = _people(session, 4)
    one = enrol(session, course, entrepreneur_id=a, actor=admin)
    two = enrol(session, course, entrepreneur_id=b, party_size=2, actor=admin)
    assert one.id and two.id
    group = enrol(session, course, entrepreneur_id=c, party_size=2, actor=admin)
    single = enrol(session, course, entrepreneur_id=d, actor=admin)
    assert (group.waiting_position, single.waiting_position) == (1, 2)
    cancel_enrolment(session, one.id, actor=admin)
    # One place free in each module: the group of two waits, the single behind it is not
    # offered that place.
    assert _entry(session, group.waiting_id).status is S.WAITLISTED
    assert _entry(session, single.waiting_id).status is S.WAITLISTED
    cancel_enrolment(session, two.id, actor=admin)
    assert _entry(session, group.waiting_id).status is S.OFFERED
    assert _entry(session, single.waiting_id).status is S.OFFERED
    for ev in modules:
        assert taken(session, ev) == 3
    decline_course_offer(session, group.waiting_id, actor=admin)
    assert _entry(session, group.waiting_id).status is S.DECLINED
    for ev in modules:
        assert taken(session, ev) == 1


def test_module_waiting_list_and_leaving(session, admin):
    course, modules = _course(session, admin, capacity=1)
    a, b = _people(session, 2)
    # Someone outside the course holds module 2's only place.
    outsider = register(session, modules[1], email="o@exemple.fr", name="O Utsider", actor=admin)
    waiting = enrol(session, course, entrepreneur_id=a, actor=admin)
    behind = enrol(session, course, entrepreneur_id=b, actor=admin)
    assert waiting.id is None
    # The outsider's place frees: the course's head is offered every module.
    cancel_registration(session, outsider.id, actor=admin)
    assert _entry(session, waiting.waiting_id).status is S.OFFERED
    leave_course_waiting(session, waiting.waiting_id, reason="autre formation", actor=admin)
    assert _entry(session, waiting.waiting_id).status is S.CANCELLED
    assert _entry(session, behind.waiting_id).status is S.OFFERED
    _assert_rule(session, modules, 1)
    with pytest.raises(ConflictError):
        leave_course_waiting(session, waiting.waiting_id, actor=admin)


def test_tick_only_visits_courses_whose_list_can_move(session, admin, frozen_clock):
    from incubator_app.services.events.course_waiting import courses_to_promote

    course, modules = _course(session, admin, capacity=1)
    a, b = _people(session, 2)
    first = enrol(session, course, entrepreneur_id=a, actor=admin)
    waiting = enrol(session, course, entrepreneur_id=b, actor=admin)
    assert courses_to_promote(session) == []  # full: nothing to lock at each tick
    cancel_enrolment(session, first.id, actor=admin)
    assert _entry(session, waiting.waiting_id).status is S.OFFERED
    assert courses_to_promote(session) == []  # the offer holds until its deadline
    frozen_clock.shift(timedelta(hours=49))
    assert courses_to_promote(session) == [course]
    assert tick(session, actor=admin).offers == 0  # expired; nobody else waits
    assert _entry(session, waiting.waiting_id).status is S.EXPIRED
    assert courses_to_promote(session) == []
    for ev in modules:
        assert taken(session, ev) == 0
