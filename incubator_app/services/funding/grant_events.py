"""The events a grant finances (workshops, trainings…): attached by selection here, by rule in
rules.py; through the same `_attribute` as people and sessions (the same checks, one audit row
per change). Only events that start during the grant's period."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.models import Event, Grant, grant_event
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.funding.grants import _attribute, _linked, _unattribute
from incubator_app.services.records import get_or_raise


def grant_period_instants(start: date, end: date) -> tuple[datetime, datetime]:
    """[start, end] (days in the incubator's zone) as instants [low, high) for `starts_at`."""
    return (
        datetime.combine(start, time.min, tzinfo=clock.zone()),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=clock.zone()),
    )


def _events_outside(grant: Grant) -> tuple[Any, tuple[str, str]]:
    low, high = grant_period_instants(grant.period_start, grant.period_end)
    return (
        (Event.starts_at < low) | (Event.starts_at >= high),
        QT_TRANSLATE_NOOP("Funding", "Events outside the grant's period: {ids}"),
    )


_EVENTS = (grant_event, "event_id", Event, "event_ids", _events_outside)


def attribute_events(
    session: Session, grant_id: int, event_ids: Iterable[int], *, actor: Actor
) -> list[int]:
    """Attaches events that start during the grant's period; returns the ids actually added
    (idempotent, one audit row)."""
    return _attribute(session, grant_id, event_ids, _EVENTS, actor)


def unattribute_events(
    session: Session, grant_id: int, event_ids: Iterable[int], *, actor: Actor
) -> list[int]:
    return _unattribute(session, grant_id, event_ids, _EVENTS, actor)


def list_grant_events(session: Session, grant_id: int, *, actor: Actor) -> list[int]:
    """Event ids attributed to the grant."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Grant, grant_id)
    return sorted(_linked(session, grant_event, "event_id", grant_id))
