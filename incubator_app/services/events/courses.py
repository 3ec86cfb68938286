"""Courses (formations): a series of events, its modules, with one enrolment for the whole course.

Enrolling holds a place for the person in every module still to come, all or nothing, in one
transaction that locks the module events in id order (lock.py; the same order everywhere, so
two enrolments cannot deadlock on PostgreSQL): if any module has no free place (or people
already wait for it), nothing is written and the message names that module. Each module's place
is an ordinary registration, so the rule of places, the waiting lists and the e-mails of each
module hold as for any event. Cancelling the enrolment cancels its registrations to the modules
still to come, and each of those modules promotes its waiting list once.

Completion: the hours of the modules the person attended (registration marked `attended`) over
the hours of all the course's modules (cancelled modules do not count) reach the course's
`completion_percent`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, msg
from incubator_app.models import Contact, Course, CourseEnrolment, Entrepreneur, Event, Registration
from incubator_app.models.vocabulary import (
    EnrolmentStatus,
    RegistrationSource,
    RegistrationStatus,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.events.course_waiting import (
    add_to_waiting_locked,
    course_has_room,
    lock_modules,
    promote_course_locked,
    waiting_position,
)
from incubator_app.services.events.notices import queue_notices
from incubator_app.services.events.places import as_utc, promote_locked, set_status
from incubator_app.services.events.records import require_manage
from incubator_app.services.events.registrations import (
    MAX_PARTY,
    active_registration,
    register_locked,
    resolve_person,
)
from incubator_app.services.records import get_or_raise, record_audit, unit_of_work
from incubator_app.services.validation import Validator


class Completion(enum.StrEnum):
    COMPLETED = "completed"  # enough hours attended
    ONGOING = "ongoing"  # not yet, but the modules still to come can make it
    NOT_COMPLETED = "not_completed"  # can no longer reach the rule
    CANCELLED = "cancelled"  # the enrolment was cancelled


@dataclass(frozen=True)
class Module:
    event_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    minutes: int
    cancelled: bool


@dataclass(frozen=True)
class EnrolmentProgress:
    enrolment_id: int
    person: str
    email: str | None
    entrepreneur_id: int | None
    contact_id: int | None
    status: EnrolmentStatus
    enrolled_at: datetime
    attended_minutes: int
    absent_minutes: int
    # Minutes of the modules where the person still holds a place and is not yet marked.
    to_come_minutes: int
    # event_id → the registration's status in that module (absent key: no registration).
    modules: dict[int, RegistrationStatus]
    completion: Completion

    def percent(self, total_minutes: int) -> int:
        return round(100 * self.attended_minutes / total_minutes) if total_minutes else 0


@dataclass(frozen=True)
class CourseProgress:
    id: int
    title: str
    description: str | None
    completion_percent: int
    modules: tuple[Module, ...]
    enrolments: tuple[EnrolmentProgress, ...]

    @property
    def total_minutes(self) -> int:
        return sum(m.minutes for m in self.modules if not m.cancelled)


@dataclass(frozen=True)
class EnrolmentOutcome:
    """`id` of the enrolment, or None when the course was full: the person then waits on the
    course's waiting list (`waiting_id`, `waiting_position`, 1 = next to be offered)."""

    id: int | None
    registration_ids: tuple[int, ...]
    waiting_id: int | None = None
    waiting_position: int | None = None


def _check_course_fields(v: Validator, title: str | None, completion_percent: object) -> None:
    if title is not None:
        v.required("title", title)
        v.max_length("title", title.strip(), 200)
    if v.whole_number("completion_percent", completion_percent):
        v.int_range("completion_percent", completion_percent, 1, 100)


def create_course(
    session: Session,
    *,
    title: str,
    completion_percent: int = 80,
    description: str | None = None,
    event_ids: tuple[int, ...] | list[int] = (),
    actor: Actor,
) -> int:
    """A new course; `event_ids` become its modules."""
    require_manage(actor)
    v = Validator()
    _check_course_fields(v, title, completion_percent)
    v.raise_if_any()
    with unit_of_work(session):
        course = Course(
            title=title.strip(), description=description, completion_percent=completion_percent
        )
        session.add(course)
        session.flush()
        for event_id in sorted(set(event_ids)):
            event = get_or_raise(session, Event, event_id)
            event.course_id = course.id
        record_audit(
            session,
            actor,
            "course",
            course.id,
            "create",
            {
                "title": course.title,
                "completion_percent": completion_percent,
                "modules": sorted(set(event_ids)),
            },
        )
        return course.id


@dataclass(frozen=True)
class CourseSummary:
    id: int
    title: str
    modules: int
    enrolled: int


def list_courses(session: Session, *, actor: Actor) -> list[CourseSummary]:
    require(actor, Permission.VIEW)
    modules = (
        select(Event.course_id, func.count().label("n"))
        .where(Event.course_id.is_not(None))
        .group_by(Event.course_id)
        .subquery()
    )
    enrolled = (
        select(CourseEnrolment.course_id, func.count().label("n"))
        .where(CourseEnrolment.status == EnrolmentStatus.ENROLLED)
        .group_by(CourseEnrolment.course_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Course.id,
            Course.title,
            func.coalesce(modules.c.n, 0),
            func.coalesce(enrolled.c.n, 0),
        )
        .outerjoin(modules, modules.c.course_id == Course.id)
        .outerjoin(enrolled, enrolled.c.course_id == Course.id)
        .order_by(Course.title, Course.id)
    ).all()
    return [CourseSummary(*r) for r in rows]


def _modules(session: Session, course_id: int) -> list[Event]:
    return list(
        session.scalars(select(Event).where(Event.course_id == course_id).order_by(Event.id))
    )


_lock_modules = lock_modules


def enrol(
    session: Session,
    course_id: int,
    *,
    entrepreneur_id: int | None = None,
    contact_id: int | None = None,
    email: str | None = None,
    name: str | None = None,
    party_size: int = 1,
    source: RegistrationSource = RegistrationSource.STAFF,
    language: str = DEFAULT_LANGUAGE,
    actor: Actor,
) -> EnrolmentOutcome:
    """Enrols a person (or a group of `party_size`, one unit) in the whole course: a place in
    every module still to come (all or nothing). A module where the person already holds a
    registration keeps it. When the course is full (course_waiting.py), the person goes to the
    end of the course's waiting list instead, and nothing else is written."""
    require_manage(actor)
    v = Validator()
    if v.whole_number("party_size", party_size):
        v.int_range("party_size", party_size, 1, MAX_PARTY)
    if sum(x is not None for x in (entrepreneur_id, contact_id, email)) != 1:
        v.add(
            "person",
            msg(QT_TRANSLATE_NOOP("Events", "Choose one person: an entrepreneur or a contact.")),
        )
    if email is not None:
        v.email("email", email)
        v.required("name", name)
    v.raise_if_any()
    with unit_of_work(session):
        course = get_or_raise(session, Course, course_id)
        modules = _lock_modules(session, course_id)
        now = clock.now_utc()
        to_come = [e for e in modules if not e.cancelled and as_utc(e.starts_at) > now]
        if not to_come:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Events", "« {title} » has no module still to come: nobody can enrol."
                    ),
                    title=course.title,
                )
            )
        entrepreneur_id, contact_id = resolve_person(
            session,
            entrepreneur_id=entrepreneur_id,
            contact_id=contact_id,
            email=email,
            name=name,
            language=language,
            actor=actor,
        )
        who = (
            CourseEnrolment.entrepreneur_id == entrepreneur_id
            if entrepreneur_id is not None
            else CourseEnrolment.contact_id == contact_id
        )
        already = session.scalars(
            select(CourseEnrolment).where(
                CourseEnrolment.course_id == course_id,
                who,
                CourseEnrolment.status == EnrolmentStatus.ENROLLED,
            )
        ).first()
        if already is not None:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Events", "This person is already enrolled in « {title} » (enrolment {id})."
                    ),
                    title=course.title,
                    id=already.id,
                )
            )
        holding = [
            e
            for e in to_come
            if (r := active_registration(session, e.id, entrepreneur_id, contact_id)) is not None
            and r.status is not RegistrationStatus.WAITLISTED
        ]
        needed = [e for e in to_come if e not in holding]
        if needed and not course_has_room(session, course_id, needed, party_size):
            entry = add_to_waiting_locked(
                session,
                course,
                entrepreneur_id=entrepreneur_id,
                contact_id=contact_id,
                party_size=party_size,
                source=source,
                actor=actor,
            )
            queue_notices(
                session, promote_course_locked(session, course_id, modules, by=actor.login)
            )
            return EnrolmentOutcome(None, (), entry.id, waiting_position(session, entry))
        notices = []
        registration_ids = []
        for event in to_come:
            existing = active_registration(session, event.id, entrepreneur_id, contact_id)
            if existing is not None and existing.status is not RegistrationStatus.WAITLISTED:
                registration_ids.append(existing.id)
                continue
            if existing is not None:
                # Waiting for this module alone: the course enrolment needs the place now.
                raise ConflictError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Events",
                            "This person is on the waiting list of « {title} »: the course "
                            "enrolment needs a place in every module.",
                        ),
                        title=event.title,
                    )
                )
            reg, made = register_locked(
                session,
                event,
                entrepreneur_id=entrepreneur_id,
                contact_id=contact_id,
                party_size=party_size,
                source=source,
                only_if_free=True,
                actor=actor,
            )
            registration_ids.append(reg.id)
            notices += made
        enrolment = CourseEnrolment(
            course_id=course_id,
            entrepreneur_id=entrepreneur_id,
            contact_id=contact_id,
            status=EnrolmentStatus.ENROLLED,
            source=source,
        )
        session.add(enrolment)
        session.flush()
        record_audit(
            session,
            actor,
            "course_enrolment",
            enrolment.id,
            "create",
            {"course": course_id, "registrations": registration_ids},
        )
        queue_notices(session, notices)
        return EnrolmentOutcome(enrolment.id, tuple(registration_ids))


def cancel_enrolment(
    session: Session, enrolment_id: int, *, reason: str | None = None, actor: Actor
) -> int:
    """Cancels the enrolment and its places in the modules still to come (each module then
    promotes its waiting list once). Returns how many module registrations were cancelled."""
    require_manage(actor)
    with unit_of_work(session):
        course_id = session.scalar(
            select(CourseEnrolment.course_id).where(CourseEnrolment.id == enrolment_id)
        )
        if course_id is None:
            raise NotFound(
                msg(QT_TRANSLATE_NOOP("Events", "No enrolment with id {id}."), id=enrolment_id)
            )
        modules = _lock_modules(session, course_id)
        enrolment = get_or_raise(session, CourseEnrolment, enrolment_id)
        if enrolment.status is EnrolmentStatus.CANCELLED:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP("Events", "Enrolment {id} is already cancelled."),
                    id=enrolment_id,
                )
            )
        enrolment.status = EnrolmentStatus.CANCELLED
        now = clock.now_utc()
        cancelled = 0
        notices = []
        for event in modules:
            if as_utc(event.starts_at) <= now:
                continue
            reg = active_registration(
                session, event.id, enrolment.entrepreneur_id, enrolment.contact_id
            )
            if reg is None or reg.status not in (
                RegistrationStatus.REGISTERED,
                RegistrationStatus.OFFERED,
                RegistrationStatus.WAITLISTED,
            ):
                continue
            set_status(session, reg, RegistrationStatus.CANCELLED, by=actor.login, reason=reason)
            cancelled += 1
        session.flush()
        # The freed places: the course's waiting list first (it wants every module), then
        # each module's own list, one step each.
        notices += promote_course_locked(session, course_id, modules, by=actor.login)
        for event in modules:
            notices += promote_locked(session, event, by=actor.login)
        record_audit(
            session,
            actor,
            "course_enrolment",
            enrolment_id,
            "cancel",
            {"reason": reason, "registrations_cancelled": cancelled},
        )
        queue_notices(session, notices)
        return cancelled


def _minutes(event: Event) -> int:
    return int((as_utc(event.ends_at) - as_utc(event.starts_at)).total_seconds() // 60)


def course_progress(session: Session, course_id: int, *, actor: Actor) -> CourseProgress:
    """The course, its modules and, for each enrolment, the hours attended and the completion."""
    require(actor, Permission.VIEW)
    course = get_or_raise(session, Course, course_id)
    events = sorted(_modules(session, course_id), key=lambda e: (as_utc(e.starts_at), e.id))
    modules = tuple(
        Module(e.id, e.title, as_utc(e.starts_at), as_utc(e.ends_at), _minutes(e), e.cancelled)
        for e in events
    )
    minutes = {m.event_id: m.minutes for m in modules if not m.cancelled}
    total = sum(minutes.values())
    person = func.coalesce(
        Entrepreneur.first_name + " " + Entrepreneur.last_name,
        func.coalesce(Contact.first_name + " ", "") + Contact.last_name,
    )
    enrolments = session.execute(
        select(
            CourseEnrolment.id,
            person,
            func.coalesce(Entrepreneur.email, Contact.email),
            CourseEnrolment.entrepreneur_id,
            CourseEnrolment.contact_id,
            CourseEnrolment.status,
            CourseEnrolment.created_at,
        )
        .outerjoin(Entrepreneur, Entrepreneur.id == CourseEnrolment.entrepreneur_id)
        .outerjoin(Contact, Contact.id == CourseEnrolment.contact_id)
        .where(CourseEnrolment.course_id == course_id)
        .order_by(person, CourseEnrolment.id)
    ).all()
    # The latest registration of each person in each module (a cancelled one may precede it).
    statuses: dict[tuple[str, int], dict[int, RegistrationStatus]] = {}
    if minutes:
        for event_id, e_id, c_id, status in session.execute(
            select(
                Registration.event_id,
                Registration.entrepreneur_id,
                Registration.contact_id,
                Registration.status,
            )
            .where(Registration.event_id.in_(list(minutes)))
            .order_by(Registration.id)
        ):
            key = ("e", e_id) if e_id is not None else ("c", c_id)
            statuses.setdefault(key, {})[event_id] = status
    needed = course.completion_percent * total
    rows = []
    for r in enrolments:
        key = ("e", r[3]) if r[3] is not None else ("c", r[4])
        per_module = statuses.get(key, {})
        attended = sum(
            minutes[e] for e, s in per_module.items() if s is RegistrationStatus.ATTENDED
        )
        absent = sum(minutes[e] for e, s in per_module.items() if s is RegistrationStatus.ABSENT)
        to_come = sum(
            minutes[e]
            for e, s in per_module.items()
            if s in (RegistrationStatus.REGISTERED, RegistrationStatus.OFFERED)
        )
        if total and attended * 100 >= needed:
            completion = Completion.COMPLETED
        elif r[5] is EnrolmentStatus.CANCELLED:
            completion = Completion.CANCELLED
        elif total and (attended + to_come) * 100 >= needed:
            completion = Completion.ONGOING
        else:
            completion = Completion.NOT_COMPLETED
        rows.append(
            EnrolmentProgress(
                enrolment_id=r[0],
                person=r[1],
                email=r[2],
                entrepreneur_id=r[3],
                contact_id=r[4],
                status=r[5],
                enrolled_at=as_utc(r[6]),
                attended_minutes=attended,
                absent_minutes=absent,
                to_come_minutes=to_come,
                modules=dict(per_module),
                completion=completion,
            )
        )
    return CourseProgress(
        id=course.id,
        title=course.title,
        description=course.description,
        completion_percent=course.completion_percent,
        modules=modules,
        enrolments=tuple(rows),
    )


def course_of_event(session: Session, event_id: int) -> int | None:
    return session.scalar(select(Event.course_id).where(Event.id == event_id))


__all__ = [
    "Completion",
    "CourseProgress",
    "EnrolmentOutcome",
    "EnrolmentProgress",
    "cancel_enrolment",
    "course_of_event",
    "course_progress",
    "create_course",
    "enrol",
    "list_courses",
]
