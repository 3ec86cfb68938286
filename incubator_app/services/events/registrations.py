"""Registering people to events, and what happens to a registration afterwards: cancel, accept
or decline an offer, a staff reorder of the waiting list (with a reason), attendance.

Each call is one transaction under the event's lock (lock.py): it recounts the places, makes
its change, runs the promotion step once (places.py) and writes the e-mails of the change to
the outbox before committing (notices.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, msg
from incubator_app.models import Entrepreneur, Event, Registration
from incubator_app.models.vocabulary import (
    ACTIVE_REGISTRATION_STATUSES,
    RegistrationSource,
    RegistrationStatus,
)
from incubator_app.services.actor import Actor, Permission
from incubator_app.services.contacts.records import find_or_add_contact
from incubator_app.services.events.lock import lock_event
from incubator_app.services.events.notices import queue_notices
from incubator_app.services.events.places import (
    Notice,
    as_utc,
    places_taken,
    promote_locked,
    set_status,
)
from incubator_app.services.events.records import require_manage
from incubator_app.services.events.waiting import waiting_position_of
from incubator_app.services.records import record_audit, unit_of_work
from incubator_app.services.sites.rights import require_on_site
from incubator_app.services.validation import Validator

MAX_PARTY = 50


@dataclass(frozen=True)
class RegistrationOutcome:
    id: int
    status: RegistrationStatus
    # 1 for the head of the waiting list; None when not waiting.
    waiting_position: int | None


def _refuse(text: tuple[str, str], **params: object) -> ConflictError:
    return ConflictError(msg(text, **params))


def _check_open(event: Event) -> None:
    now = clock.now_utc()
    if event.cancelled:
        raise _refuse(QT_TRANSLATE_NOOP("Events", "« {title} » is cancelled."), title=event.title)
    if now >= as_utc(event.starts_at):
        raise _refuse(
            QT_TRANSLATE_NOOP("Events", "« {title} » has already started."), title=event.title
        )
    opens, closes = event.registration_opens_at, event.registration_closes_at
    if opens is not None and now < as_utc(opens):
        raise _refuse(
            QT_TRANSLATE_NOOP("Events", "Registration to « {title} » is not open yet."),
            title=event.title,
        )
    if closes is not None and now >= as_utc(closes):
        raise _refuse(
            QT_TRANSLATE_NOOP("Events", "Registration to « {title} » is closed."),
            title=event.title,
        )


def register(
    session: Session,
    event_id: int,
    *,
    entrepreneur_id: int | None = None,
    email: str | None = None,
    name: str | None = None,
    contact_id: int | None = None,
    party_size: int = 1,
    source: RegistrationSource | str = RegistrationSource.STAFF,
    language: str = DEFAULT_LANGUAGE,
    actor: Actor,
) -> RegistrationOutcome:
    """Registers an entrepreneur, a contact, or a person by e-mail and name (found again or
    added as a contact, whose e-mails are then in `language`). Registered at once when places
    are free and nobody waits; otherwise on the waiting list, at its end."""
    require_manage(actor)
    v = Validator()
    people = sum(x is not None for x in (entrepreneur_id, contact_id, email))
    if people != 1:
        v.add(
            "person",
            msg(QT_TRANSLATE_NOOP("Events", "Choose one person: an entrepreneur or a contact.")),
        )
    if email is not None:
        v.email("email", email)
        v.required("name", name)
    if v.whole_number("party_size", party_size):
        v.int_range("party_size", party_size, 1, MAX_PARTY)
    try:
        source = RegistrationSource(source)
    except ValueError:
        v.add("source", msg(QT_TRANSLATE_NOOP("Events", "Unknown source of registration.")))
    v.raise_if_any()
    with unit_of_work(session):
        event = lock_event(session, event_id)
        reg, notices = register_locked(
            session,
            event,
            entrepreneur_id=entrepreneur_id,
            contact_id=contact_id,
            email=email,
            name=name,
            party_size=party_size,
            source=RegistrationSource(source),
            language=language,
            actor=actor,
        )
        queue_notices(session, notices)
        return RegistrationOutcome(reg.id, reg.status, waiting_position_of(session, reg))


def person_clause(entrepreneur_id: int | None, contact_id: int | None):
    if entrepreneur_id is not None:
        return Registration.entrepreneur_id == entrepreneur_id
    return Registration.contact_id == contact_id


def active_registration(
    session: Session, event_id: int, entrepreneur_id: int | None, contact_id: int | None
) -> Registration | None:
    return session.scalars(
        select(Registration).where(
            Registration.event_id == event_id,
            person_clause(entrepreneur_id, contact_id),
            Registration.status.in_(ACTIVE_REGISTRATION_STATUSES),
        )
    ).first()


def resolve_person(
    session: Session,
    *,
    entrepreneur_id: int | None,
    contact_id: int | None,
    email: str | None,
    name: str | None,
    actor: Actor,
    language: str = DEFAULT_LANGUAGE,
) -> tuple[int | None, int | None]:
    """(entrepreneur_id, contact_id) of an entrepreneur, a contact, or a person by e-mail (found
    again among the contacts or added)."""
    if entrepreneur_id is not None:
        if session.get(Entrepreneur, entrepreneur_id) is None:
            raise NotFound(
                msg(
                    QT_TRANSLATE_NOOP("Errors", "No {entity} with id {id}."),
                    entity="entrepreneur",
                    id=entrepreneur_id,
                )
            )
        return entrepreneur_id, None
    if email is not None:
        contact_id = find_or_add_contact(
            session, name=name or "", email=email, language=language, actor=actor
        ).id
    return None, contact_id


def register_locked(
    session: Session,
    event: Event,
    *,
    entrepreneur_id: int | None = None,
    contact_id: int | None = None,
    email: str | None = None,
    name: str | None = None,
    party_size: int = 1,
    source: RegistrationSource = RegistrationSource.STAFF,
    only_if_free: bool = False,
    promote: bool = True,
    language: str = DEFAULT_LANGUAGE,
    site_checked: bool = False,
    actor: Actor,
) -> tuple[Registration, list[Notice]]:
    """The registration itself, with the event already locked by the caller's transaction;
    returns it and the notices to queue. `only_if_free`: refuse rather than wait (a course
    enrolment needs a place in every module). `promote=False`: the caller runs the promotion
    step itself, once before and once after a batch under the same lock (the import): between
    them nothing expires and nobody may be offered a place, since each newcomer goes behind
    anyone waiting. `site_checked`: the caller has checked the actor's role on the event's
    site (services/sites/rights.py) once for a batch."""
    event_id = event.id
    if not site_checked:
        require_on_site(session, actor, Permission.MANAGE_EVENTS, event.site_id)
    _check_open(event)
    entrepreneur_id, contact_id = resolve_person(
        session,
        entrepreneur_id=entrepreneur_id,
        contact_id=contact_id,
        email=email,
        name=name,
        language=language,
        actor=actor,
    )
    already = active_registration(session, event_id, entrepreneur_id, contact_id)
    if already is not None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Events",
                "This person is already registered to « {title} » (registration {id}, {status}).",
            ),
            title=event.title,
            id=already.id,
            status=already.status.value,
        )
    # Expired offers first, so their places count as free for the newcomer's queue check.
    notices = promote_locked(session, event, by=actor.login) if promote else []
    someone_waits = session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.event_id == event_id,
            Registration.status == RegistrationStatus.WAITLISTED,
        )
    )
    free = event.capacity - places_taken(session, event_id)
    status = (
        RegistrationStatus.REGISTERED
        if not someone_waits and party_size <= free
        else RegistrationStatus.WAITLISTED
    )
    if only_if_free and status is RegistrationStatus.WAITLISTED:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Events",
                "« {title} » has {free} free place(s) and {waiting} people waiting: no place "
                "for {places}.",
            ),
            title=event.title,
            free=max(free, 0),
            waiting=someone_waits,
            places=party_size,
        )
    last_key = session.scalar(
        select(func.max(Registration.queue_key)).where(Registration.event_id == event_id)
    )
    reg = Registration(
        event_id=event_id,
        entrepreneur_id=entrepreneur_id,
        contact_id=contact_id,
        party_size=party_size,
        status=status,
        queue_key=(last_key or 0) + 1,
        source=source,
    )
    session.add(reg)
    session.flush()
    # Its first history row (None → status), and its places in the event's stored count.
    set_status(session, reg, status, by=actor.login, created=True)
    record_audit(
        session,
        actor,
        "registration",
        reg.id,
        "create",
        {"event": event_id, "status": status.value, "party_size": party_size},
    )
    notices.append(
        Notice("confirmed" if status is RegistrationStatus.REGISTERED else "waitlisted", reg.id)
    )
    if promote:
        notices += promote_locked(session, event, by=actor.login)
    session.flush()
    return reg, notices


def _load(session: Session, registration_id: int, actor: Actor) -> Registration:
    event_id = session.scalar(
        select(Registration.event_id).where(Registration.id == registration_id)
    )
    if event_id is None:
        raise NotFound(
            msg(QT_TRANSLATE_NOOP("Events", "No registration with id {id}."), id=registration_id)
        )
    event = lock_event(session, event_id)
    # In a network: the role on the event's site decides (an event of the whole network: a
    # role that manages events on one of one's sites).
    require_on_site(session, actor, Permission.MANAGE_EVENTS, event.site_id)
    reg = session.get(Registration, registration_id, populate_existing=True)
    assert reg is not None
    return reg


def _wrong_status(reg: Registration, wanted: str) -> ConflictError:
    return _refuse(
        QT_TRANSLATE_NOOP("Events", "Registration {id} is {status}: it cannot be {wanted} now."),
        id=reg.id,
        status=reg.status.value,
        wanted=wanted,
    )


def cancel_registration(
    session: Session, registration_id: int, *, actor: Actor, reason: str | None = None
) -> RegistrationOutcome:
    """The person withdraws (registered, waiting or offered): their places go to the waiting
    list, in one promotion step."""
    require_manage(actor)
    with unit_of_work(session):
        reg = _load(session, registration_id, actor)
        event = session.get(Event, reg.event_id)
        assert event is not None
        if reg.status not in (
            RegistrationStatus.REGISTERED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.OFFERED,
        ):
            raise _wrong_status(reg, "cancelled")
        set_status(session, reg, RegistrationStatus.CANCELLED, by=actor.login, reason=reason)
        record_audit(session, actor, "registration", reg.id, "cancel", {"reason": reason})
        session.flush()
        queue_notices(session, promote_locked(session, event, by=actor.login))
        outcome = RegistrationOutcome(reg.id, reg.status, None)
        course_id = event.course_id
    _promote_course_after(session, course_id, actor)
    return outcome


def _promote_course_after(session: Session, course_id: int | None, actor: Actor) -> None:
    """A module's place freed: the course's waiting list gets its promotion step too, in its
    own transaction (it locks every module in id order, which this event's lock could not)."""
    if course_id is None:
        return
    # Imported here: course_waiting builds on this module.
    from incubator_app.services.events.course_waiting import promote_course

    promote_course(session, course_id, actor=actor)


def accept_offer(session: Session, registration_id: int, *, actor: Actor) -> RegistrationOutcome:
    require_manage(actor)
    with unit_of_work(session):
        reg = _load(session, registration_id, actor)
        event = session.get(Event, reg.event_id)
        assert event is not None
        # An offer whose deadline has passed expires here, before it could be accepted.
        notices = promote_locked(session, event, by=actor.login)
        if reg.status is not RegistrationStatus.OFFERED:
            queue_notices(session, notices)
            session.commit()
            raise _wrong_status(reg, "accepted")
        set_status(session, reg, RegistrationStatus.REGISTERED, by=actor.login)
        record_audit(session, actor, "registration", reg.id, "accept")
        notices.append(Notice("confirmed", reg.id))
        session.flush()
        queue_notices(session, notices)
        return RegistrationOutcome(reg.id, reg.status, None)


def decline_offer(session: Session, registration_id: int, *, actor: Actor) -> RegistrationOutcome:
    require_manage(actor)
    with unit_of_work(session):
        reg = _load(session, registration_id, actor)
        event = session.get(Event, reg.event_id)
        assert event is not None
        if reg.status is not RegistrationStatus.OFFERED:
            raise _wrong_status(reg, "declined")
        set_status(session, reg, RegistrationStatus.DECLINED, by=actor.login)
        record_audit(session, actor, "registration", reg.id, "decline")
        session.flush()
        queue_notices(session, promote_locked(session, event, by=actor.login))
        outcome = RegistrationOutcome(reg.id, reg.status, None)
        course_id = event.course_id
    _promote_course_after(session, course_id, actor)
    return outcome


def move_in_waiting_list(
    session: Session, registration_id: int, position: int, *, reason: str, actor: Actor
) -> RegistrationOutcome:
    """Staff put a waiting registration at `position` (1 = head) of the waiting list. Only with
    a reason, kept in the registration's history and the audit trail."""
    require_manage(actor)
    v = Validator()
    if v.required("reason", reason):
        reason = reason.strip()
    if v.whole_number("position", position):
        v.int_range("position", position, 1, 1_000_000)
    v.raise_if_any()
    with unit_of_work(session):
        reg = _load(session, registration_id, actor)
        event = session.get(Event, reg.event_id)
        assert event is not None
        if reg.status is not RegistrationStatus.WAITLISTED:
            raise _wrong_status(reg, "moved")
        waiting = list(
            session.scalars(
                select(Registration)
                .where(
                    Registration.event_id == reg.event_id,
                    Registration.status == RegistrationStatus.WAITLISTED,
                    Registration.id != reg.id,
                )
                .order_by(Registration.queue_key)
            )
        )
        old_position = waiting_position_of(session, reg)
        index = min(position, len(waiting) + 1) - 1
        waiting.insert(index, reg)
        # The keys of the waiting registrations, reused in the new order: no key of a
        # registration that is not waiting changes, so nobody else's order moves.
        keys = sorted(r.queue_key for r in waiting)
        for r, key in zip(waiting, keys, strict=True):
            r.queue_key = key
        reg.reorder_reason = reason
        set_status(session, reg, RegistrationStatus.WAITLISTED, by=actor.login, reason=reason)
        record_audit(
            session,
            actor,
            "registration",
            reg.id,
            "reorder",
            {"position": [old_position, index + 1], "reason": reason},
        )
        session.flush()
        queue_notices(session, promote_locked(session, event, by=actor.login))
        return RegistrationOutcome(reg.id, reg.status, waiting_position_of(session, reg))


def mark_attendance(
    session: Session, registration_id: int, attended: bool, *, actor: Actor
) -> RegistrationOutcome:
    """Registered (or already marked) people become attended or absent; places do not change."""
    require_manage(actor)
    with unit_of_work(session):
        reg = _load(session, registration_id, actor)
        if reg.status not in (
            RegistrationStatus.REGISTERED,
            RegistrationStatus.ATTENDED,
            RegistrationStatus.ABSENT,
        ):
            raise _wrong_status(reg, "marked present or absent")
        status = RegistrationStatus.ATTENDED if attended else RegistrationStatus.ABSENT
        if reg.status is not status:
            set_status(session, reg, status, by=actor.login)
            record_audit(session, actor, "registration", reg.id, "attendance", {"to": status.value})
        return RegistrationOutcome(reg.id, status, None)
