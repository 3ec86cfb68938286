"""The .ics invitation attached to a confirmation (RFC 5545, built with icalendar): the event
with a stable UID per registration, so that a calendar updates it instead of duplicating it."""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar, vCalAddress, vText
from icalendar import Event as IcsEvent

from incubator_app import clock


def invitation_ics(
    uid: str,
    title: str,
    start: datetime,
    end: datetime,
    location: str | None,
    description: str | None,
    organizer: str | None,
    attendee: str | None,
) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//incubator_app//events//FR")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    ev = IcsEvent()
    ev.add("uid", uid)
    ev.add("dtstamp", clock.now_utc())
    ev.add("dtstart", start)
    ev.add("dtend", end)
    ev.add("summary", title)
    if location:
        ev.add("location", location)
    if description:
        ev.add("description", description)
    if organizer:
        ev["organizer"] = vCalAddress(f"mailto:{organizer}")
    if attendee:
        who = vCalAddress(f"mailto:{attendee}")
        who.params["role"] = vText("REQ-PARTICIPANT")
        ev.add("attendee", who, encode=0)
    cal.add_component(ev)
    return cal.to_ical()
