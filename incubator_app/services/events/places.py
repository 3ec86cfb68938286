"""The one rule of places and the promotion step, both run under the event's lock (lock.py).

Invariant: the party sizes of the registrations that hold places (registered, offered,
attended, absent) never exceed the event's capacity.

Promotion (`promote_locked`), idempotent: first the offers whose deadline has passed expire;
then, while the head of the waiting list (lowest queue_key) fits in the free places, it is
offered them. A group that does not fit stops the walk: nobody behind it is offered anything
until places free up or staff move someone (with a reason, registrations.py). Offers stop at the
registration closing date and at the start of the event. An offer holds its places for the
event's `offer_hours`, counted from the moment of the offer, shortened to half the time left
before the start, so that a late offer still leaves time for the next person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import Event, Registration, RegistrationChange
from incubator_app.models.vocabulary import PLACE_HOLDING_STATUSES, RegistrationStatus

# Below this, an offer could not reasonably be answered: nobody is offered a place.
MIN_OFFER_HOLD = timedelta(minutes=10)


@dataclass(frozen=True)
class Notice:
    """Something a person must be told once the change commits (services/events/notices.py
    writes it to the outbox in the same transaction)."""

    kind: str  # confirmed | waitlisted | offered | cancelled_by_incubator | reminder
    registration_id: int


def as_utc(value: datetime) -> datetime:
    """Instants are stored in UTC; SQLite gives them back naive."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def places_taken(session: Session, event_id: int) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(Registration.party_size), 0)).where(
                Registration.event_id == event_id,
                Registration.status.in_(PLACE_HOLDING_STATUSES),
            )
        )
        or 0
    )


def offers_open(event: Event, now: datetime) -> bool:
    if event.cancelled or now >= as_utc(event.starts_at):
        return False
    closes = event.registration_closes_at
    return closes is None or now < as_utc(closes)


def offer_hold(event: Event, now: datetime) -> timedelta | None:
    """How long an offer made now holds its places; None when no offer can be made now."""
    if not offers_open(event, now):
        return None
    hold = min(timedelta(hours=event.offer_hours), (as_utc(event.starts_at) - now) / 2)
    closes = event.registration_closes_at
    if closes is not None:
        hold = min(hold, as_utc(closes) - now)
    return hold if hold >= MIN_OFFER_HOLD else None


def set_status(
    session: Session,
    reg: Registration,
    status: RegistrationStatus,
    *,
    by: str,
    reason: str | None = None,
    now: datetime | None = None,
    created: bool = False,
) -> None:
    """Changes the status and writes the change to the registration's history (`created`: the
    registration was just added with this status)."""
    old = None if created else reg.status
    delta = (status in PLACE_HOLDING_STATUSES) * reg.party_size - (
        old in PLACE_HOLDING_STATUSES
    ) * reg.party_size
    if delta:
        # Core UPDATE: the stored count is not an edit of the event (no version bump).
        events = Event.__table__
        session.execute(
            update(events)
            .where(events.c.id == reg.event_id)
            .values(places_taken=events.c.places_taken + delta)
        )
    reg.status = status
    if status is not RegistrationStatus.OFFERED:
        reg.offer_expires_at = None
    session.add(
        RegistrationChange(
            registration_id=reg.id,
            changed_at=now or clock.now_utc(),
            from_status=old.value if old is not None else None,
            to_status=status.value,
            by_login=by,
            reason=reason,
        )
    )


def expire_offers_locked(session: Session, event: Event, *, by: str) -> int:
    """Offers whose deadline has passed become `expired` (their places are free again)."""
    now = clock.now_utc()
    due = session.scalars(
        select(Registration)
        .where(
            Registration.event_id == event.id,
            Registration.status == RegistrationStatus.OFFERED,
            Registration.offer_expires_at <= now,
        )
        .order_by(Registration.queue_key)
    ).all()
    for reg in due:
        set_status(session, reg, RegistrationStatus.EXPIRED, by=by, now=now)
    return len(due)


def promote_locked(session: Session, event: Event, *, by: str) -> list[Notice]:
    """The promotion step (see the module's text). Call with the event locked; returns the
    offers made, to be told to their people."""
    expire_offers_locked(session, event, by=by)
    session.flush()
    now = clock.now_utc()
    hold = offer_hold(event, now)
    if hold is None:
        return []
    free = event.capacity - places_taken(session, event.id)
    if free <= 0:
        return []
    notices: list[Notice] = []
    waiting = session.scalars(
        select(Registration)
        .where(
            Registration.event_id == event.id,
            Registration.status == RegistrationStatus.WAITLISTED,
        )
        .order_by(Registration.queue_key)
    )
    for reg in waiting:
        if reg.party_size > free:
            break  # the group waits; nobody behind it jumps the queue
        set_status(session, reg, RegistrationStatus.OFFERED, by=by, now=now)
        reg.offered_at = now
        reg.offer_expires_at = now + hold
        free -= reg.party_size
        notices.append(Notice("offered", reg.id))
        if free == 0:
            break
    session.flush()
    return notices
