"""One event as staff see it: its details, places, and every registration with its place on
the waiting list and the time left on its offer (the CLI's `event show`, the event window)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.models import (
    Contact,
    Course,
    Entrepreneur,
    Event,
    EventEvaluation,
    Registration,
    SharedService,
)
from incubator_app.models.outbox import OutboxMessage
from incubator_app.models.vocabulary import EventKind, RegistrationStatus
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.events.notices import RELATED_KIND
from incubator_app.services.events.places import as_utc, places_taken
from incubator_app.services.records import get_or_raise
from incubator_app.services.sites.scope import check_record_on_site


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    person: str
    email: str | None
    entrepreneur_id: int | None
    contact_id: int | None
    party_size: int
    status: RegistrationStatus
    waiting_position: int | None
    offer_expires_at: datetime | None
    registered_at: datetime
    # The participant's evaluation (services/events/evaluations.py), when they gave one.
    satisfaction: int | None = None
    comment: str | None = None


@dataclass(frozen=True)
class EventDetail:
    id: int
    version_id: int
    kind: EventKind
    title: str
    description: str | None
    place: str | None
    starts_at: datetime
    ends_at: datetime
    capacity: int
    taken: int
    offer_hours: int
    registration_opens_at: datetime | None
    registration_closes_at: datetime | None
    cancelled: bool
    registrations: tuple[RegistrationRow, ...]
    course_id: int | None = None
    course_title: str | None = None

    @property
    def waiting(self) -> tuple[RegistrationRow, ...]:
        return tuple(
            sorted(
                (r for r in self.registrations if r.waiting_position is not None),
                key=lambda r: r.waiting_position or 0,
            )
        )

    @property
    def answers(self) -> int:
        """How many participants evaluated the event."""
        return sum(r.satisfaction is not None for r in self.registrations)

    @property
    def average_satisfaction(self) -> float | None:
        scores = [r.satisfaction for r in self.registrations if r.satisfaction is not None]
        return sum(scores) / len(scores) if scores else None


_STATUS_ORDER = case(
    (Registration.status == RegistrationStatus.REGISTERED, 0),
    (Registration.status == RegistrationStatus.ATTENDED, 0),
    (Registration.status == RegistrationStatus.ABSENT, 0),
    (Registration.status == RegistrationStatus.OFFERED, 1),
    (Registration.status == RegistrationStatus.WAITLISTED, 2),
    else_=3,
)


def event_detail(session: Session, event_id: int, *, actor: Actor) -> EventDetail:
    require(actor, Permission.VIEW)
    event = get_or_raise(session, Event, event_id)
    check_record_on_site(
        session, actor, QT_TRANSLATE_NOOP("Sites", "Event"), event.id, event.site_id
    )
    place = event.address
    if event.resource_id is not None:
        room = session.get(SharedService, event.resource_id)
        place = room.name if room is not None else place
    person = func.coalesce(
        Entrepreneur.first_name + " " + Entrepreneur.last_name,
        func.coalesce(Contact.first_name + " ", "") + Contact.last_name,
    )
    rows = session.execute(
        select(
            Registration.id,
            person,
            func.coalesce(Entrepreneur.email, Contact.email),
            Registration.entrepreneur_id,
            Registration.contact_id,
            Registration.party_size,
            Registration.status,
            Registration.offer_expires_at,
            Registration.created_at,
            EventEvaluation.satisfaction,
            EventEvaluation.comment,
        )
        .outerjoin(Entrepreneur, Entrepreneur.id == Registration.entrepreneur_id)
        .outerjoin(Contact, Contact.id == Registration.contact_id)
        .outerjoin(EventEvaluation, EventEvaluation.registration_id == Registration.id)
        .where(Registration.event_id == event_id)
        .order_by(_STATUS_ORDER, Registration.queue_key)
    ).all()
    position = 0
    regs = []
    for r in rows:
        waiting = r[6] is RegistrationStatus.WAITLISTED
        position += waiting
        regs.append(
            RegistrationRow(
                id=r[0],
                person=r[1],
                email=r[2],
                entrepreneur_id=r[3],
                contact_id=r[4],
                party_size=r[5],
                status=r[6],
                waiting_position=position if waiting else None,
                offer_expires_at=as_utc(r[7]) if r[7] else None,
                registered_at=as_utc(r[8]),
                satisfaction=r[9],
                comment=r[10],
            )
        )
    return EventDetail(
        id=event.id,
        version_id=event.version_id,
        kind=event.kind,
        title=event.title,
        description=event.description,
        place=place,
        starts_at=as_utc(event.starts_at),
        ends_at=as_utc(event.ends_at),
        capacity=event.capacity,
        taken=places_taken(session, event_id),
        offer_hours=event.offer_hours,
        registration_opens_at=as_utc(event.registration_opens_at)
        if event.registration_opens_at
        else None,
        registration_closes_at=as_utc(event.registration_closes_at)
        if event.registration_closes_at
        else None,
        cancelled=event.cancelled,
        registrations=tuple(regs),
        course_id=event.course_id,
        course_title=session.get(Course, event.course_id).title if event.course_id else None,
    )


def offer_time_left(row: RegistrationRow) -> float | None:
    """Seconds left on an open offer (None when not offered)."""
    if row.offer_expires_at is None:
        return None
    return max(0.0, (row.offer_expires_at - clock.now_utc()).total_seconds())


@dataclass(frozen=True)
class SentMail:
    id: int
    registration_id: int
    created_at: datetime
    to_address: str
    subject: str
    status: str


def event_mails(session: Session, event_id: int, *, actor: Actor) -> list[SentMail]:
    """The e-mails written for the event's registrations (the outbox's rows), newest first."""
    require(actor, Permission.VIEW)
    rows = session.execute(
        select(
            OutboxMessage.id,
            OutboxMessage.related_id,
            OutboxMessage.created_at,
            OutboxMessage.to_address,
            OutboxMessage.subject,
            OutboxMessage.status,
        )
        .join(Registration, Registration.id == OutboxMessage.related_id)
        .where(
            OutboxMessage.related_kind.like(f"{RELATED_KIND}:%"),
            Registration.event_id == event_id,
        )
        .order_by(OutboxMessage.id.desc())
    ).all()
    return [
        SentMail(r[0], r[1], as_utc(r[2]), r[3], r[4], getattr(r[5], "value", str(r[5])))
        for r in rows
    ]
