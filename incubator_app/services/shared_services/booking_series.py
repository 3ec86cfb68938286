"""Recurring bookings (every Tuesday 14:00–17:00 for 10 weeks).

Occurrences are computed with `dateutil.rrule` in the incubator's wall-clock time (clock.zone()),
then stored in UTC: 14:00 stays 14:00 in Paris across a daylight-saving change, so the UTC hour
moves. `preview_booking_series` lists every occurrence with its conflict, before anything is
saved; the person at the desk chooses to skip the conflicting ones or to give up; then
`create_booking_series` saves the chosen occurrences in one transaction — all or none — under
one series id.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time

from dateutil import rrule
from dateutil import tz as dateutil_tz
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import Booking, BookingStatus
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import record_audit, snapshot, unit_of_work
from incubator_app.services.shared_services.booking_lock import lock_for_booking
from incubator_app.services.shared_services.bookings import (
    _FIELDS,
    ENTITY,
    BookingView,
    _bookable_service,
    _validate_units,
    _view,
    as_utc,
    check_booker,
    find_conflict,
    local_text,
    require_booking_site,
)
from incubator_app.services.validation import Validator

MAX_OCCURRENCES = 200


class Frequency(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


_RRULE_FREQ = {Frequency.DAILY: rrule.DAILY, Frequency.WEEKLY: rrule.WEEKLY}


@dataclass(frozen=True)
class Recurrence:
    """From `first_day`, every `interval` days or weeks, `count` times or until `until`
    (inclusive), from `start_time` to `end_time` (wall-clock, same day)."""

    first_day: date
    start_time: time
    end_time: time
    frequency: Frequency = Frequency.WEEKLY
    interval: int = 1
    count: int | None = None
    until: date | None = None


@dataclass(frozen=True)
class OccurrencePreview:
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    conflict: Msg | None

    @property
    def free(self) -> bool:
        return self.conflict is None


def _validate(v: Validator, rec: Recurrence) -> None:
    if rec.end_time <= rec.start_time:
        v.add("end_time", msg(QT_TRANSLATE_NOOP("Bookings", "The end must come after the start.")))
    if not isinstance(rec.interval, int) or not 1 <= rec.interval <= 52:
        v.add("interval", msg(QT_TRANSLATE_NOOP("Bookings", "Repeat every 1 to 52 days or weeks.")))
    if (rec.count is None) == (rec.until is None):
        v.add(
            "count",
            msg(QT_TRANSLATE_NOOP("Bookings", "Say how many times, or until which day.")),
        )
    elif rec.count is not None and not 1 <= rec.count <= MAX_OCCURRENCES:
        v.add(
            "count",
            msg(
                QT_TRANSLATE_NOOP("Bookings", "Between 1 and {max} occurrences."),
                max=MAX_OCCURRENCES,
            ),
        )
    elif rec.until is not None and rec.until < rec.first_day:
        v.add("until", msg(QT_TRANSLATE_NOOP("Bookings", "The last day comes before the first.")))


def _wall(day: date, at: time) -> datetime:
    """Wall-clock time in the incubator's zone; a time skipped by the spring change moves on."""
    return dateutil_tz.resolve_imaginary(datetime.combine(day, at, tzinfo=clock.zone()))


def occurrences(rec: Recurrence) -> list[tuple[datetime, datetime]]:
    """The (start, end) of every occurrence, in UTC. Raises ValidationError on a bad rule."""
    v = Validator()
    _validate(v, rec)
    v.raise_if_any()
    rule = rrule.rrule(
        _RRULE_FREQ[Frequency(rec.frequency)],
        dtstart=datetime.combine(rec.first_day, rec.start_time),
        interval=rec.interval,
        count=rec.count,
        until=datetime.combine(rec.until, rec.start_time) if rec.until else None,
    )
    result = []
    for n, naive in enumerate(rule):
        if n >= MAX_OCCURRENCES:
            v.add(
                "until",
                msg(
                    QT_TRANSLATE_NOOP("Bookings", "Between 1 and {max} occurrences."),
                    max=MAX_OCCURRENCES,
                ),
            )
            v.raise_if_any()
        day = naive.date()
        start, end = _wall(day, rec.start_time), _wall(day, rec.end_time)
        result.append((as_utc(start), as_utc(end)))
    return result


def preview_booking_series(
    session: Session, *, service_id: int, recurrence: Recurrence, units: int = 1, actor: Actor
) -> list[OccurrencePreview]:
    """Every occurrence with the reason it cannot be booked (None when free). Writes nothing."""
    require(actor, Permission.VIEW)
    v = Validator()
    v.required("service_id", service_id)
    _validate_units(v, units)
    v.raise_if_any()
    slots = occurrences(recurrence)
    service = _bookable_service(session, service_id, units)
    return [OccurrencePreview(s, e, find_conflict(session, service, s, e, units)) for s, e in slots]


def create_booking_series(
    session: Session,
    *,
    service_id: int,
    recurrence: Recurrence,
    entrepreneur_id: int | None = None,
    units: int = 1,
    notes: str | None = None,
    skip: Collection[datetime] = (),
    actor: Actor,
) -> list[BookingView]:
    """Books every occurrence except those starting at a time in `skip` (the conflicts the user
    chose to skip), all in one transaction. An occurrence that conflicts and was not skipped
    (someone booked it since the preview) refuses the whole series, naming it."""
    require(actor, Permission.RECORD_SERVICE_USE)
    v = Validator()
    v.required("service_id", service_id)
    _validate_units(v, units)
    v.raise_if_any()
    skipped = {as_utc(s) for s in skip}
    chosen = [(s, e) for s, e in occurrences(recurrence) if s not in skipped]
    if not chosen:
        v.add(
            "skip",
            msg(QT_TRANSLATE_NOOP("Bookings", "Nothing to book: every occurrence is skipped.")),
        )
        v.raise_if_any()
    series_id = str(uuid.uuid4())
    with unit_of_work(session):
        lock_for_booking(session, service_id)
        service = _bookable_service(session, service_id, units)
        check_booker(session, v, entrepreneur_id)
        require_booking_site(session, actor, service, entrepreneur_id)
        bookings = []
        for start, end in chosen:
            conflict = find_conflict(session, service, start, end, units)
            if conflict is not None:
                raise ConflictError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Bookings",
                            "Nothing was booked: the occurrence of {when} is no longer free. "
                            "{reason}",
                        ),
                        when=local_text(start),
                        reason=conflict,
                    )
                )
            booking = Booking(
                service_id=service_id,
                entrepreneur_id=entrepreneur_id,
                starts_at=start,
                ends_at=end,
                units=units,
                series_id=series_id,
                status=BookingStatus.CONFIRMED,
                notes=notes or None,
            )
            session.add(booking)
            bookings.append(booking)
        session.flush()
        for booking in bookings:
            values = snapshot(booking, _FIELDS) | {"series_id": series_id}
            record_audit(session, actor, ENTITY, booking.id, "create", values)
    return [_view(b) for b in bookings]
