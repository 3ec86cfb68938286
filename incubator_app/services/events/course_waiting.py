"""A course's waiting list: an enrolment asked while the course is full waits its turn.

The course is full for a person (or a group of N, who move as one unit) when any module still
to come has fewer than N free places, or people wait for that module, or people already wait
for the course (first come, first served: a newcomer goes behind them).

The promotion step (`promote_course_locked`) runs with every module locked in id order (the
same order as enrolments, so no deadlock on PostgreSQL) and recounts each module's places under
those locks, as the events' own step does (places.py):
1. offers of the course past their deadline expire, with the module places they held;
2. while the head of the course's waiting list fits in every module still to come, it is offered
   them: one `offered` registration per module (so each module's rule of places counts it),
   held for the shortest hold of those modules (`offer_hold`, counted from the moment of the
   offer). A head that does not fit stops the walk: nobody behind it jumps the queue.

Accepting the offer makes the enrolment (its module registrations become `registered`); a
decline or an expiry frees the places, and the step runs again at once. The step runs after
every change of a course's places (enrol, cancel an enrolment, accept, decline), after a
cancellation in one of its modules and with `event tick`; run twice, it does nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    Contact,
    Course,
    CourseEnrolment,
    CourseWaiting,
    Entrepreneur,
    Event,
    Registration,
)
from incubator_app.models.vocabulary import (
    EnrolmentStatus,
    RegistrationSource,
    RegistrationStatus,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.events.lock import lock_event
from incubator_app.services.events.notices import queue_notices
from incubator_app.services.events.places import (
    Notice,
    as_utc,
    expire_offers_locked,
    offer_hold,
    places_taken,
    promote_locked,
    set_status,
)
from incubator_app.services.events.records import require_manage
from incubator_app.services.events.registrations import active_registration
from incubator_app.services.records import get_or_raise, record_audit, unit_of_work

WAITING_STATUSES = (RegistrationStatus.WAITLISTED, RegistrationStatus.OFFERED)


@dataclass(frozen=True)
class CourseWaitingEntry:
    id: int
    person: str
    status: RegistrationStatus
    party_size: int
    position: int | None
    offer_expires_at: datetime | None
    enrolment_id: int | None


def lock_modules(session: Session, course_id: int) -> list[Event]:
    """Every module locked, in id order; returned in date order."""
    ids = session.scalars(
        select(Event.id).where(Event.course_id == course_id).order_by(Event.id)
    ).all()
    events = [lock_event(session, event_id) for event_id in ids]
    return sorted(events, key=lambda e: (as_utc(e.starts_at), e.id))


def modules_to_come(modules: list[Event], now: datetime) -> list[Event]:
    return [e for e in modules if not e.cancelled and as_utc(e.starts_at) > now]


def _someone_waits_for(session: Session, event_id: int) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Registration)
            .where(
                Registration.event_id == event_id,
                Registration.status == RegistrationStatus.WAITLISTED,
            )
        )
    )


def course_queue_length(session: Session, course_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(CourseWaiting)
            .where(CourseWaiting.course_id == course_id, CourseWaiting.status.in_(WAITING_STATUSES))
        )
        or 0
    )


def course_has_room(
    session: Session, course_id: int, to_come: list[Event], party_size: int
) -> bool:
    """Under the modules' locks: nobody waits for the course and every module to come has
    `party_size` free places with nobody waiting for it."""
    if course_queue_length(session, course_id):
        return False
    return all(
        e.capacity - places_taken(session, e.id) >= party_size
        and not _someone_waits_for(session, e.id)
        for e in to_come
    )


def waiting_position(session: Session, entry: CourseWaiting) -> int | None:
    if entry.status is not RegistrationStatus.WAITLISTED:
        return None
    ahead = session.scalar(
        select(func.count())
        .select_from(CourseWaiting)
        .where(
            CourseWaiting.course_id == entry.course_id,
            CourseWaiting.status == RegistrationStatus.WAITLISTED,
            CourseWaiting.queue_key < entry.queue_key,
        )
    )
    return int(ahead or 0) + 1


def add_to_waiting_locked(
    session: Session,
    course: Course,
    *,
    entrepreneur_id: int | None,
    contact_id: int | None,
    party_size: int,
    source: RegistrationSource,
    actor: Actor,
) -> CourseWaiting:
    """With the modules locked: the person goes to the end of the course's waiting list."""
    who = (
        CourseWaiting.entrepreneur_id == entrepreneur_id
        if entrepreneur_id is not None
        else CourseWaiting.contact_id == contact_id
    )
    already = session.scalars(
        select(CourseWaiting).where(
            CourseWaiting.course_id == course.id, who, CourseWaiting.status.in_(WAITING_STATUSES)
        )
    ).first()
    if already is not None:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Events",
                    "This person is already on the waiting list of « {title} » (entry {id}).",
                ),
                title=course.title,
                id=already.id,
            )
        )
    last_key = session.scalar(
        select(func.max(CourseWaiting.queue_key)).where(CourseWaiting.course_id == course.id)
    )
    entry = CourseWaiting(
        course_id=course.id,
        entrepreneur_id=entrepreneur_id,
        contact_id=contact_id,
        party_size=party_size,
        status=RegistrationStatus.WAITLISTED,
        queue_key=(last_key or 0) + 1,
        source=source,
    )
    session.add(entry)
    session.flush()
    record_audit(
        session,
        actor,
        "course_waiting",
        entry.id,
        "create",
        {"course": course.id, "party_size": party_size},
    )
    return entry


def _module_registrations(
    session: Session, entry: CourseWaiting, modules: list[Event], statuses
) -> list[Registration]:
    regs = []
    for event in modules:
        reg = active_registration(session, event.id, entry.entrepreneur_id, entry.contact_id)
        if reg is not None and reg.status in statuses:
            regs.append(reg)
    return regs


def _release(
    session: Session,
    entry: CourseWaiting,
    modules: list[Event],
    status: RegistrationStatus,
    *,
    by: str,
) -> None:
    """The entry's offer ends (declined, expired, cancelled): its module places are freed."""
    for reg in _module_registrations(session, entry, modules, (RegistrationStatus.OFFERED,)):
        set_status(session, reg, status, by=by)
    entry.status = status
    entry.offer_expires_at = None


def promote_course_locked(
    session: Session, course_id: int, modules: list[Event], *, by: str
) -> list[Notice]:
    """The course's promotion step (see the module's text), with every module locked."""
    now = clock.now_utc()
    due = session.scalars(
        select(CourseWaiting)
        .where(
            CourseWaiting.course_id == course_id,
            CourseWaiting.status == RegistrationStatus.OFFERED,
            CourseWaiting.offer_expires_at <= now,
        )
        .order_by(CourseWaiting.queue_key)
    ).all()
    for entry in due:
        _release(session, entry, modules, RegistrationStatus.EXPIRED, by=by)
    # The modules' own offers past their deadline expire too, before places are counted.
    for event in modules:
        expire_offers_locked(session, event, by=by)
    session.flush()
    to_come = modules_to_come(modules, now)
    if not to_come:
        return []
    holds = [offer_hold(e, now) for e in to_come]
    if any(h is None for h in holds):
        return []
    hold = min(h for h in holds if h is not None)
    free = {e.id: e.capacity - places_taken(session, e.id) for e in to_come}
    notices: list[Notice] = []
    waiting = session.scalars(
        select(CourseWaiting)
        .where(
            CourseWaiting.course_id == course_id,
            CourseWaiting.status == RegistrationStatus.WAITLISTED,
        )
        .order_by(CourseWaiting.queue_key)
    ).all()
    for entry in waiting:
        if any(free[e.id] < entry.party_size for e in to_come):
            break  # the head waits; nobody behind it jumps the queue
        regs = []
        for event in to_come:
            existing = active_registration(
                session, event.id, entry.entrepreneur_id, entry.contact_id
            )
            if existing is not None:
                if existing.status is RegistrationStatus.WAITLISTED:
                    # Their own wait for this module alone gives way to the course's offer.
                    set_status(
                        session, existing, RegistrationStatus.CANCELLED, by=by,
                        reason="course offer",
                    )  # fmt: skip
                    session.flush()
                else:
                    continue  # already holds a place there
            last_key = session.scalar(
                select(func.max(Registration.queue_key)).where(Registration.event_id == event.id)
            )
            reg = Registration(
                event_id=event.id,
                entrepreneur_id=entry.entrepreneur_id,
                contact_id=entry.contact_id,
                party_size=entry.party_size,
                status=RegistrationStatus.OFFERED,
                queue_key=(last_key or 0) + 1,
                offered_at=now,
                offer_expires_at=now + hold,
                source=entry.source,
            )
            session.add(reg)
            session.flush()
            set_status(session, reg, RegistrationStatus.OFFERED, by=by, now=now, created=True)
            reg.offer_expires_at = now + hold
            regs.append(reg)
            free[event.id] -= entry.party_size
        entry.status = RegistrationStatus.OFFERED
        entry.offered_at = now
        entry.offer_expires_at = now + hold
        if regs:
            notices.append(Notice("offered", regs[0].id))
    session.flush()
    return notices


def promote_course(session: Session, course_id: int, *, actor: Actor) -> int:
    """The course's promotion step in its own transaction (after a module's change, at tick);
    returns how many offers it made."""
    with unit_of_work(session):
        modules = lock_modules(session, course_id)
        notices = promote_course_locked(session, course_id, modules, by=actor.login)
        # Places the course's step left free go to each module's own waiting list.
        for event in modules:
            notices += promote_locked(session, event, by=actor.login)
        queue_notices(session, notices)
        return len(notices)


def courses_to_promote(session: Session) -> list[int]:
    """Courses whose step may do something now: an offer past its deadline, or someone waiting
    while every module still to come has a free place (read from the modules' stored counts,
    without locks: the step itself decides under the locks). A course whose list cannot move
    is not locked at every tick."""
    now = clock.now_utc()
    due = set(
        session.scalars(
            select(CourseWaiting.course_id).where(
                CourseWaiting.status == RegistrationStatus.OFFERED,
                CourseWaiting.offer_expires_at <= now,
            )
        )
    )
    waiting = set(
        session.scalars(
            select(CourseWaiting.course_id).where(
                CourseWaiting.status == RegistrationStatus.WAITLISTED
            )
        )
    )
    if waiting:
        rows = session.execute(
            select(Event.course_id, Event.capacity - Event.places_taken).where(
                Event.course_id.in_(waiting),
                Event.cancelled.is_(False),
                Event.starts_at > now,
            )
        ).all()
        least: dict[int, int] = {}
        for course_id, free in rows:
            least[course_id] = min(least.get(course_id, free), free)
        due |= {c for c, free in least.items() if free > 0}
    return sorted(due)


def _load(session: Session, entry_id: int) -> tuple[CourseWaiting, list[Event]]:
    course_id = session.scalar(select(CourseWaiting.course_id).where(CourseWaiting.id == entry_id))
    if course_id is None:
        raise NotFound(
            msg(
                QT_TRANSLATE_NOOP("Events", "No course waiting-list entry with id {id}."),
                id=entry_id,
            )
        )
    modules = lock_modules(session, course_id)
    entry = session.get(CourseWaiting, entry_id, populate_existing=True)
    assert entry is not None
    return entry, modules


def _wrong(entry: CourseWaiting, wanted: str) -> ConflictError:
    return ConflictError(
        msg(
            QT_TRANSLATE_NOOP(
                "Events", "Course waiting-list entry {id} is {status}: it cannot be {wanted} now."
            ),
            id=entry.id,
            status=entry.status.value,
            wanted=wanted,
        )
    )


def _person(session: Session, entry: CourseWaiting) -> str:
    if entry.entrepreneur_id is not None:
        e = session.get(Entrepreneur, entry.entrepreneur_id)
        return f"{e.first_name} {e.last_name}" if e else ""
    c = session.get(Contact, entry.contact_id)
    if c is None:
        return ""
    return f"{c.first_name} {c.last_name}" if c.first_name else c.last_name


def _entry(session: Session, entry: CourseWaiting) -> CourseWaitingEntry:
    return CourseWaitingEntry(
        entry.id,
        _person(session, entry),
        entry.status,
        entry.party_size,
        waiting_position(session, entry),
        as_utc(entry.offer_expires_at) if entry.offer_expires_at else None,
        entry.enrolment_id,
    )


def accept_course_offer(session: Session, entry_id: int, *, actor: Actor) -> CourseWaitingEntry:
    """The offered person takes the course: the enrolment is made, its module places are
    registered. An offer past its deadline has expired and cannot be accepted."""
    require_manage(actor)
    with unit_of_work(session):
        entry, modules = _load(session, entry_id)
        notices = promote_course_locked(session, entry.course_id, modules, by=actor.login)
        if entry.status is not RegistrationStatus.OFFERED:
            for event in modules:
                notices += promote_locked(session, event, by=actor.login)
            queue_notices(session, notices)
            session.commit()
            raise _wrong(entry, "accepted")
        for reg in _module_registrations(session, entry, modules, (RegistrationStatus.OFFERED,)):
            set_status(session, reg, RegistrationStatus.REGISTERED, by=actor.login)
            notices.append(Notice("confirmed", reg.id))
        enrolment = CourseEnrolment(
            course_id=entry.course_id,
            entrepreneur_id=entry.entrepreneur_id,
            contact_id=entry.contact_id,
            status=EnrolmentStatus.ENROLLED,
            source=entry.source,
        )
        session.add(enrolment)
        session.flush()
        entry.status = RegistrationStatus.REGISTERED
        entry.offer_expires_at = None
        entry.enrolment_id = enrolment.id
        record_audit(
            session, actor, "course_waiting", entry.id, "accept", {"enrolment": enrolment.id}
        )
        record_audit(
            session, actor, "course_enrolment", enrolment.id, "create",
            {"course": entry.course_id, "from_waiting_list": entry.id},
        )  # fmt: skip
        session.flush()
        queue_notices(session, notices)
        return _entry(session, entry)


def _end(
    session: Session,
    entry_id: int,
    status: RegistrationStatus,
    allowed: tuple[RegistrationStatus, ...],
    wanted: str,
    reason: str | None,
    actor: Actor,
) -> CourseWaitingEntry:
    require_manage(actor)
    with unit_of_work(session):
        entry, modules = _load(session, entry_id)
        if entry.status not in allowed:
            raise _wrong(entry, wanted)
        _release(session, entry, modules, status, by=actor.login)
        record_audit(session, actor, "course_waiting", entry.id, wanted, {"reason": reason})
        session.flush()
        # One freed place, one promotion step: the course's list first, then each module's.
        notices = promote_course_locked(session, entry.course_id, modules, by=actor.login)
        for event in modules:
            notices += promote_locked(session, event, by=actor.login)
        queue_notices(session, notices)
        return _entry(session, entry)


def decline_course_offer(session: Session, entry_id: int, *, actor: Actor) -> CourseWaitingEntry:
    return _end(
        session, entry_id, RegistrationStatus.DECLINED, (RegistrationStatus.OFFERED,),
        "declined", None, actor,
    )  # fmt: skip


def leave_course_waiting(
    session: Session, entry_id: int, *, reason: str | None = None, actor: Actor
) -> CourseWaitingEntry:
    """The person no longer waits (or lets an offer go): cancelled."""
    return _end(
        session, entry_id, RegistrationStatus.CANCELLED, WAITING_STATUSES, "cancelled", reason,
        actor,
    )  # fmt: skip


def course_waiting_list(
    session: Session, course_id: int, *, actor: Actor
) -> list[CourseWaitingEntry]:
    """Who waits for the course (and the open offers), in order."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Course, course_id)
    entries = session.scalars(
        select(CourseWaiting)
        .where(CourseWaiting.course_id == course_id, CourseWaiting.status.in_(WAITING_STATUSES))
        .order_by(CourseWaiting.queue_key)
    ).all()
    return [_entry(session, e) for e in entries]


__all__ = [
    "CourseWaitingEntry",
    "accept_course_offer",
    "course_waiting_list",
    "courses_to_promote",
    "decline_course_offer",
    "leave_course_waiting",
    "lock_modules",
    "promote_course",
    "promote_course_locked",
]
