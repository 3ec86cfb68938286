"""The .ics invitation of one event, attached to a confirmation e-mail (METHOD:REQUEST, so mail
programs show "Accept / Decline" and add it to the recipient's calendar); the same UID with a
higher SEQUENCE updates it, METHOD:CANCEL removes it."""

from __future__ import annotations

from datetime import datetime

from icalendar import vCalAddress, vText

from incubator_app import clock
from incubator_app.services.calendars.ics import finish, new_calendar, new_event

Person = tuple[str, str] | str  # (name, address) or an address


def _address(person: Person, role: str) -> vCalAddress:
    name, address = person if isinstance(person, tuple) else ("", person)
    value = vCalAddress(f"mailto:{address}")
    if name:
        value.params["cn"] = vText(name)
    if role == "attendee":
        value.params["role"] = vText("REQ-PARTICIPANT")
        value.params["partstat"] = vText("NEEDS-ACTION")
        value.params["rsvp"] = vText("FALSE")
    return value


def invitation_ics(
    uid: str,
    title: str,
    start: datetime,
    end: datetime,
    location: str | None,
    description: str | None,
    organizer: Person,
    attendee: Person,
    *,
    sequence: int = 0,
    cancel: bool = False,
) -> bytes:
    """An invitation (or, with `cancel`, its cancellation) for one attendee. `start` and `end`
    are aware instants (or naive UTC); the file gives them in the incubator's zone with its
    VTIMEZONE. Keep `uid` the same for one registration and raise `sequence` at each change."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be aware datetimes")
    if end <= start:
        raise ValueError("the end must come after the start")
    method = "CANCEL" if cancel else "REQUEST"
    cal = new_calendar(method=method)
    event = new_event(
        event_uid=uid,
        title=title,
        start=start,
        end=end,
        stamp=clock.now_utc(),
        location=location,
        description=description,
        sequence=sequence,
    )
    event.add("organizer", _address(organizer, "organizer"))
    event.add("attendee", _address(attendee, "attendee"))
    event.add("status", "CANCELLED" if cancel else "CONFIRMED")
    event.add("transp", "OPAQUE")
    cal.add_component(event)
    return finish(cal, start.date(), end.date())


def published_event_ics(
    uid: str,
    title: str,
    start: datetime,
    end: datetime,
    location: str | None,
    description: str | None,
) -> bytes:
    """One event to add to a calendar ("Add to calendar", METHOD:PUBLISH: no organiser nor
    attendee, so no mail program asks to answer it). Same zone rules as `invitation_ics`."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be aware datetimes")
    if end <= start:
        raise ValueError("the end must come after the start")
    cal = new_calendar(method="PUBLISH")
    event = new_event(
        event_uid=uid,
        title=title,
        start=start,
        end=end,
        stamp=clock.now_utc(),
        location=location,
        description=description,
    )
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    cal.add_component(event)
    return finish(cal, start.date(), end.date())
