"""Helpers for the events tests: an event starting in a week, people to register."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import Event, Registration
from incubator_app.models.outbox import OutboxMessage
from incubator_app.models.vocabulary import PLACE_HOLDING_STATUSES
from incubator_app.services.events.records import create_event


def new_event(
    session: Session,
    actor,
    *,
    capacity: int = 2,
    starts_in: timedelta = timedelta(days=7),
    hours: int = 3,
    offer_hours: int = 48,
    **fields,
) -> int:
    starts = clock.now_utc().replace(microsecond=0) + starts_in
    return create_event(
        session,
        title=fields.pop("title", "Atelier « Café & Cie »"),
        starts_at=starts,
        ends_at=starts + timedelta(hours=hours),
        capacity=capacity,
        offer_hours=offer_hours,
        actor=actor,
        **fields,
    )


def taken(session: Session, event_id: int) -> int:
    """The places held, recounted; asserts the event's stored copy agrees."""
    session.expire_all()
    counted = sum(
        session.scalars(
            select(Registration.party_size).where(
                Registration.event_id == event_id,
                Registration.status.in_(PLACE_HOLDING_STATUSES),
            )
        )
    )
    assert session.get(Event, event_id).places_taken == counted
    return counted


def outbox(session: Session) -> list[OutboxMessage]:
    session.expire_all()
    return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)
