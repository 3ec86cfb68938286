"""What every calendar file of the app shares: times in the incubator's zone with its
VTIMEZONE, a PRODID, stable UIDs (a subscribed calendar updates an event rather than adding a
copy when its UID is unchanged), SEQUENCE and LAST-MODIFIED from the row's version."""

from __future__ import annotations

from datetime import UTC, date, datetime

from icalendar import Calendar, Event

from incubator_app import clock

PRODID = "-//Incubator app//Calendrier//FR"
#: The right-hand side of every UID: fixed, so that renaming the incubator or changing its
#: sender address never duplicates the events of a subscribed calendar.
UID_DOMAIN = "incubator-app.invalid"


def uid(kind: str, record_id: int | str) -> str:
    """`coaching-session-12@incubator-app.invalid`: the same for a record forever."""
    return f"{kind}-{record_id}@{UID_DOMAIN}"


def local(value: datetime) -> datetime:
    """An instant in the incubator's zone (naive values are UTC, as SQLite returns them)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(clock.zone())


def new_calendar(*, name: str | None = None, method: str | None = None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    if name:
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", clock.zone_name())
    return cal


def new_event(
    *,
    event_uid: str,
    title: str,
    start: datetime,
    end: datetime,
    stamp: datetime,
    location: str | None = None,
    description: str | None = None,
    sequence: int = 0,
) -> Event:
    event = Event()
    event.add("uid", event_uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("last-modified", stamp.astimezone(UTC))
    event.add("sequence", sequence)
    event.add("summary", title)
    event.add("dtstart", local(start))
    event.add("dtend", local(end))
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    return event


def finish(cal: Calendar, first: date, last: date) -> bytes:
    """Adds the VTIMEZONE of the zone used, with its transitions over [first - 1 year,
    last + 1 year] (enough for every client, far smaller than 1970–2038)."""
    cal.add_missing_timezones(
        first_date=date(first.year - 1, 1, 1), last_date=date(last.year + 2, 1, 1)
    )
    return cal.to_ical()
