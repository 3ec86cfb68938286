""" "Add to calendar": one event as an .ics file anyone can open (services/calendars builds it;
the same UID every time, so importing it twice updates rather than duplicates)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from incubator_app.models import Event, SharedService
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.calendars.ics import uid
from incubator_app.services.calendars.invitation import published_event_ics
from incubator_app.services.events.places import as_utc
from incubator_app.services.records import get_or_raise


def event_ics(session: Session, event_id: int, *, actor: Actor) -> bytes:
    require(actor, Permission.VIEW)
    event = get_or_raise(session, Event, event_id)
    place = event.address
    if event.resource_id is not None:
        room = session.get(SharedService, event.resource_id)
        place = room.name if room is not None else place
    return published_event_ics(
        uid=uid("event", event.id),
        title=event.title,
        start=as_utc(event.starts_at),
        end=as_utc(event.ends_at),
        location=place,
        description=event.description,
    )
