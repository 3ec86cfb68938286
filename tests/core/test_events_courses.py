"""Courses (formations): one enrolment holds a place in every module still to come, all or
nothing; cancelling it frees them (each module promotes its waiting list once); completion is
computed from the attendance of the modules' hours."""

from __future__ import annotations

from datetime import timedelta

import pytest
from event_helpers import new_event, outbox, taken
from factories import audit_actions, make_entrepreneur
from sqlalchemy import func, select

from incubator_app.errors import ConflictError, NotFound
from incubator_app.models import CourseEnrolment, Registration
from incubator_app.models.vocabulary import EnrolmentStatus
from incubator_app.models.vocabulary import RegistrationStatus as S
from incubator_app.services.events.courses import (
    Completion,
    cancel_enrolment,
    course_progress,
    create_course,
    enrol,
    list_courses,
)
from incubator_app.services.events.records import update_event
from incubator_app.services.events.registrations import mark_attendance, register

pytestmark = pytest.mark.core


def _course(session, admin, capacities=(3, 3, 3), hours=(2, 3, 5), percent=80):
    modules = [
        new_event(
            session,
            admin,
            capacity=c,
            hours=h,
            starts_in=timedelta(days=7 * (i + 1)),
            title=f"Module {i + 1}",
            kind="training",
        )
        for i, (c, h) in enumerate(zip(capacities, hours, strict=True))
    ]
    course = create_course(
        session,
        title="Gérer une structure culturelle",
        completion_percent=percent,
        event_ids=modules,
        actor=admin,
    )
    return course, modules


def _regs(session, event_id):
    session.expire_all()
    return list(
        session.scalars(
            select(Registration).where(Registration.event_id == event_id).order_by(Registration.id)
        )
    )


def test_enrolment_holds_a_place_in_every_module(session, admin):
    course, modules = _course(session, admin)
    outcome = enrol(session, course, email="lea@exemple.fr", name="Léa Martin", actor=admin)
    assert len(outcome.registration_ids) == 3
    contact_id = session.get(CourseEnrolment, outcome.id).contact_id
    for ev in modules:
        [reg] = _regs(session, ev)
        assert (reg.contact_id, reg.status) == (contact_id, S.REGISTERED)
        assert taken(session, ev) == 1
    assert "create" in audit_actions(session, "course_enrolment", outcome.id)
    # One confirmation per module (each with its own invitation).
    assert [m.to_address for m in outbox(session)] == ["lea@exemple.fr"] * 3
    [summary] = list_courses(session, actor=admin)
    assert (summary.modules, summary.enrolled) == (3, 1)


def test_enrolment_waits_when_a_module_is_full_and_nothing_else_is_written(session, admin):
    course, modules = _course(session, admin, capacities=(3, 1, 3))
    register(session, modules[1], email="a@exemple.fr", name="Anne Autre", actor=admin)
    person = make_entrepreneur(session)
    outcome = enrol(session, course, entrepreneur_id=person.id, actor=admin)
    assert (outcome.id, outcome.waiting_position) == (None, 1)
    # No module place: the course's waiting list holds the person, not the modules.
    assert _regs(session, modules[0]) == [] and _regs(session, modules[2]) == []
    assert session.scalar(select(func.count()).select_from(CourseEnrolment)) == 0
    assert taken(session, modules[1]) == 1


def test_enrolled_twice_is_refused_and_existing_module_place_is_kept(session, admin):
    course, modules = _course(session, admin)
    early = register(session, modules[0], email="lea@exemple.fr", name="Léa Martin", actor=admin).id
    outcome = enrol(session, course, email="LEA@exemple.fr", name="Léa Martin", actor=admin)
    assert outcome.registration_ids[0] == early
    assert len(_regs(session, modules[0])) == 1
    with pytest.raises(ConflictError):
        enrol(session, course, email="lea@exemple.fr", name="Léa Martin", actor=admin)


def test_cancel_enrolment_frees_each_module_once_and_promotes(session, admin):
    course, modules = _course(session, admin, capacities=(1, 1, 1))
    person = make_entrepreneur(session)
    enrolment = enrol(session, course, entrepreneur_id=person.id, actor=admin).id
    waiting = [
        register(session, ev, email=f"w{i}@exemple.fr", name=f"W {i}", actor=admin)
        for i, ev in enumerate(modules)
    ]
    second = register(session, modules[0], email="x@exemple.fr", name="X Y", actor=admin)
    assert all(w.status is S.WAITLISTED for w in waiting)
    assert cancel_enrolment(session, enrolment, reason="malade", actor=admin) == 3
    for ev, w in zip(modules, waiting, strict=True):
        statuses = {r.id: r.status for r in _regs(session, ev)}
        assert statuses[w.id] is S.OFFERED
        assert taken(session, ev) == 1
    # One place freed in module 1: the second person in its queue still waits.
    assert {r.id: r.status for r in _regs(session, modules[0])}[second.id] is S.WAITLISTED
    session.expire_all()
    assert session.get(CourseEnrolment, enrolment).status is EnrolmentStatus.CANCELLED
    with pytest.raises(ConflictError):
        cancel_enrolment(session, enrolment, actor=admin)
    with pytest.raises(NotFound):
        cancel_enrolment(session, 9999, actor=admin)


def test_completion_from_attended_hours(session, admin, frozen_clock):
    # 2 h + 3 h + 5 h = 10 h; 80 % = 8 h.
    course, modules = _course(session, admin)
    people = [make_entrepreneur(session) for _ in range(3)]
    for p in people:
        enrol(session, course, entrepreneur_id=p.id, actor=admin)
    progress = course_progress(session, course, actor=admin)
    assert progress.total_minutes == 600
    assert {e.completion for e in progress.enrolments} == {Completion.ONGOING}
    frozen_clock.shift(timedelta(days=30))
    regs = {ev: {r.entrepreneur_id: r.id for r in _regs(session, ev)} for ev in modules}
    marks = {  # person → attended modules 1, 2, 3
        people[0].id: (False, True, True),  # 8 h: completed (exactly 80 %)
        people[1].id: (True, True, False),  # 5 h: not completed
        people[2].id: (True, False, None),  # 2 h so far, 5 h to come: can still make 7 h < 8
    }
    for pid, marked in marks.items():
        for ev, present in zip(modules, marked, strict=True):
            if present is not None:
                mark_attendance(session, regs[ev][pid], present, actor=admin)
    progress = course_progress(session, course, actor=admin)
    by_person = {e.entrepreneur_id: e for e in progress.enrolments}
    assert by_person[people[0].id].completion is Completion.COMPLETED
    assert by_person[people[0].id].attended_minutes == 480
    assert by_person[people[0].id].percent(progress.total_minutes) == 80
    assert by_person[people[1].id].completion is Completion.NOT_COMPLETED
    assert by_person[people[1].id].absent_minutes == 300
    assert by_person[people[2].id].completion is Completion.NOT_COMPLETED
    assert by_person[people[2].id].to_come_minutes == 300


def test_cancelled_module_does_not_count_and_links_are_checked(session, admin, frozen_clock):
    course, modules = _course(session, admin, hours=(2, 2, 6), percent=50)
    person = make_entrepreneur(session)
    enrol(session, course, entrepreneur_id=person.id, actor=admin)
    from incubator_app.services.events.records import cancel_event

    cancel_event(session, modules[2], reason=None, actor=admin)
    frozen_clock.shift(timedelta(days=30))
    for ev in modules[:2]:
        [reg] = _regs(session, ev)
        mark_attendance(session, reg.id, ev == modules[0], actor=admin)
    progress = course_progress(session, course, actor=admin)
    assert progress.total_minutes == 240
    assert progress.enrolments[0].completion is Completion.COMPLETED
    with pytest.raises(NotFound):
        update_event(session, modules[0], {"course_id": 4242}, actor=admin)


def test_no_module_to_come_is_refused(session, admin, frozen_clock):
    course, _ = _course(session, admin)
    frozen_clock.shift(timedelta(days=60))
    with pytest.raises(ConflictError):
        enrol(session, course, entrepreneur_id=make_entrepreneur(session).id, actor=admin)


def test_events_list_filters_by_programme_and_cohort(session, admin):
    from datetime import date

    from incubator_app.models import Cohort
    from incubator_app.services.events.list import EventFilter, EventListSource
    from incubator_app.services.paging import SortOrder

    cape = Cohort(name="CAPE 2026", programme="CAPE", start_date=date(2026, 1, 5))
    cape_b = Cohort(name="CAPE 2027", programme="CAPE", start_date=date(2027, 1, 5))
    other = Cohort(name="Fabrique", programme="Pépinière", start_date=date(2026, 3, 1))
    session.add_all([cape, cape_b, other])
    session.commit()
    ids = {
        name: new_event(session, admin, title=name, cohort_id=cohort)
        for name, cohort in (("a", cape.id), ("b", cape_b.id), ("c", other.id), ("d", None))
    }

    def titles(flt):
        source = EventListSource(admin, flt)
        rows = source.fetch(session, SortOrder(), 0, 50)
        assert source.count(session) == len(rows)
        return sorted(r.title for r in rows)

    assert titles(EventFilter(programme="CAPE")) == ["a", "b"]
    assert titles(EventFilter(cohort_id=cape_b.id)) == ["b"]
    assert titles(EventFilter(programme="Pépinière")) == ["c"]
    assert titles(EventFilter()) == sorted(ids)
