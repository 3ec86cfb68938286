"""Bookings of rooms and equipment (réservations) with a capacity check.

Times must carry a time zone; they are stored in UTC so that SQLite (which keeps text without the
offset) and PostgreSQL (timestamptz) compare the same instants. Views return UTC datetimes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Booking, BookingStatus, Entrepreneur, SharedService
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    apply_changes,
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.validation import Validator

ENTITY = "booking"
_FIELDS = ["service_id", "entrepreneur_id", "starts_at", "ends_at", "units", "status", "notes"]


@dataclass(frozen=True)
class BookingView:
    id: int
    service_id: int
    entrepreneur_id: int | None
    starts_at: datetime
    ends_at: datetime
    units: int
    series_id: str | None
    status: BookingStatus
    notes: str | None
    version_id: int


def as_utc(value: datetime) -> datetime:
    """SQLite gives back naive UTC, PostgreSQL aware datetimes in the server's zone."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _view(b: Booking) -> BookingView:
    return BookingView(
        id=b.id,
        service_id=b.service_id,
        entrepreneur_id=b.entrepreneur_id,
        starts_at=as_utc(b.starts_at),
        ends_at=as_utc(b.ends_at),
        units=b.units,
        series_id=b.series_id,
        status=b.status,
        notes=b.notes,
        version_id=b.version_id,
    )


def _local(value: datetime) -> str:
    # Shown to the person at the desk, in the machine's zone.
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


def _validate_times(v: Validator, starts_at: Any, ends_at: Any) -> None:
    for field, value in (("starts_at", starts_at), ("ends_at", ends_at)):
        if not v.required(field, value):
            continue
        if not isinstance(value, datetime):
            v.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Not a date and time.")))
        elif value.tzinfo is None or value.utcoffset() is None:
            v.add(
                field,
                msg(QT_TRANSLATE_NOOP("Bookings", "The time has no time zone; say which one.")),
            )
    if "starts_at" not in v.errors and "ends_at" not in v.errors and ends_at <= starts_at:
        v.add("ends_at", msg(QT_TRANSLATE_NOOP("Bookings", "The end must come after the start.")))


def _validate_units(v: Validator, units: Any) -> None:
    if v.whole_number("units", units):
        v.positive("units", units)


def _bookable_service(session: Session, service_id: int, units: int) -> SharedService:
    v = Validator()
    service = session.get(SharedService, service_id)
    if service is None:
        v.add(
            "service_id",
            msg(QT_TRANSLATE_NOOP("Bookings", "No service with id {id}."), id=service_id),
        )
    elif not service.bookable or not service.active:
        v.add(
            "service_id",
            msg(
                QT_TRANSLATE_NOOP("Bookings", "The service “{name}” cannot be booked."),
                name=service.name,
            ),
        )
    elif units > service.capacity:
        v.add(
            "units",
            msg(
                QT_TRANSLATE_NOOP("Bookings", "At most {capacity} for “{name}”."),
                capacity=service.capacity,
                name=service.name,
            ),
        )
    v.raise_if_any()
    assert service is not None
    return service


def _check_capacity(
    session: Session,
    service: SharedService,
    starts_at: datetime,
    ends_at: datetime,
    units: int,
    exclude_id: int | None = None,
) -> None:
    """Refuses the slot if, at any instant of it, booked units would exceed the capacity.

    Two slots overlap when start < other.end and end > other.start (touching ends do not).
    The peak load can only rise at the start of a booking, so checking those instants suffices.
    """
    stmt = select(Booking).where(
        Booking.service_id == service.id,
        Booking.status != BookingStatus.CANCELLED,
        Booking.starts_at < ends_at,
        Booking.ends_at > starts_at,
    )
    if exclude_id is not None:
        stmt = stmt.where(Booking.id != exclude_id)
    others = [
        (as_utc(b.starts_at), as_utc(b.ends_at), b)
        for b in session.scalars(stmt.order_by(Booking.starts_at, Booking.id))
    ]
    instants = [starts_at] + [s for s, _, _ in others if s > starts_at]
    for instant in instants:
        present = [b for s, e, b in others if s <= instant < e]
        if units + sum(b.units for b in present) > service.capacity:
            clash = present[0]
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Bookings",
                        "“{service}” is fully booked: it is already taken from {start} to {end} "
                        "(booking {id}, capacity {capacity}).",
                    ),
                    service=service.name,
                    start=_local(as_utc(clash.starts_at)),
                    end=_local(as_utc(clash.ends_at)),
                    id=clash.id,
                    capacity=service.capacity,
                )
            )


def create_booking(
    session: Session,
    *,
    service_id: int,
    starts_at: datetime,
    ends_at: datetime,
    entrepreneur_id: int | None = None,
    units: int = 1,
    notes: str | None = None,
    actor: Actor,
) -> BookingView:
    require(actor, Permission.RECORD_SERVICE_USE)
    v = Validator()
    v.required("service_id", service_id)
    _validate_times(v, starts_at, ends_at)
    _validate_units(v, units)
    v.raise_if_any()
    starts_at, ends_at = as_utc(starts_at), as_utc(ends_at)
    with unit_of_work(session):
        service = _bookable_service(session, service_id, units)
        if entrepreneur_id is not None and session.get(Entrepreneur, entrepreneur_id) is None:
            v.add(
                "entrepreneur_id",
                msg(
                    QT_TRANSLATE_NOOP("Bookings", "No entrepreneur with id {id}."),
                    id=entrepreneur_id,
                ),
            )
            v.raise_if_any()
        _check_capacity(session, service, starts_at, ends_at, units)
        booking = Booking(
            service_id=service_id,
            entrepreneur_id=entrepreneur_id,
            starts_at=starts_at,
            ends_at=ends_at,
            units=units,
            status=BookingStatus.CONFIRMED,
            notes=notes or None,
        )
        session.add(booking)
        session.flush()
        record_audit(session, actor, ENTITY, booking.id, "create", snapshot(booking, _FIELDS))
    return _view(booking)


def move_booking(
    session: Session,
    booking_id: int,
    *,
    starts_at: datetime,
    ends_at: datetime,
    units: int | None = None,
    expected_version: int | None,
    actor: Actor,
) -> BookingView:
    """New times (and optionally units); the slot is checked again without the booking itself."""
    require(actor, Permission.RECORD_SERVICE_USE)
    v = Validator()
    _validate_times(v, starts_at, ends_at)
    if units is not None:
        _validate_units(v, units)
    v.raise_if_any()
    starts_at, ends_at = as_utc(starts_at), as_utc(ends_at)
    with unit_of_work(session):
        booking = load_for_update(session, Booking, booking_id, expected_version)
        if booking.status is BookingStatus.CANCELLED:
            v.add(
                "status",
                msg(QT_TRANSLATE_NOOP("Bookings", "A cancelled booking cannot be moved.")),
            )
            v.raise_if_any()
        units = booking.units if units is None else units
        service = _bookable_service(session, booking.service_id, units)
        _check_capacity(session, service, starts_at, ends_at, units, exclude_id=booking.id)
        # Compare as UTC: on SQLite the loaded values are naive.
        current = {
            "starts_at": as_utc(booking.starts_at),
            "ends_at": as_utc(booking.ends_at),
            "units": booking.units,
        }
        wanted = {"starts_at": starts_at, "ends_at": ends_at, "units": units}
        changes = {k: val for k, val in wanted.items() if current[k] != val}
        update_with_audit(session, actor, booking, ENTITY, changes, "move")
    return _view(booking)


def cancel_booking(
    session: Session, booking_id: int, *, expected_version: int | None, actor: Actor
) -> BookingView:
    """Kept for the record with status cancelled; it no longer takes capacity."""
    require(actor, Permission.RECORD_SERVICE_USE)
    with unit_of_work(session):
        booking = load_for_update(session, Booking, booking_id, expected_version)
        if booking.status is BookingStatus.CANCELLED:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP("Bookings", "Booking {id} is already cancelled."),
                    id=booking_id,
                )
            )
        diff = apply_changes(booking, {"status": BookingStatus.CANCELLED})
        record_audit(session, actor, ENTITY, booking.id, "cancel", diff)
    return _view(booking)


def get_booking(session: Session, booking_id: int, *, actor: Actor) -> BookingView:
    require(actor, Permission.VIEW)
    return _view(get_or_raise(session, Booking, booking_id))


def list_bookings(
    session: Session,
    *,
    actor: Actor,
    service_id: int | None = None,
    entrepreneur_id: int | None = None,
    window_start: datetime | None = None,
    window_end: datetime | None = None,
    include_cancelled: bool = False,
    limit: int = 500,
    offset: int = 0,
) -> list[BookingView]:
    """Bookings overlapping [window_start, window_end), by start time."""
    require(actor, Permission.VIEW)
    v = Validator()
    for field, value in (("window_start", window_start), ("window_end", window_end)):
        if value is not None and value.tzinfo is None:
            v.add(
                field,
                msg(QT_TRANSLATE_NOOP("Bookings", "The time has no time zone; say which one.")),
            )
    v.raise_if_any()
    stmt = select(Booking)
    if service_id is not None:
        stmt = stmt.where(Booking.service_id == service_id)
    if entrepreneur_id is not None:
        stmt = stmt.where(Booking.entrepreneur_id == entrepreneur_id)
    if window_start is not None:
        stmt = stmt.where(Booking.ends_at > as_utc(window_start))
    if window_end is not None:
        stmt = stmt.where(Booking.starts_at < as_utc(window_end))
    if not include_cancelled:
        stmt = stmt.where(Booking.status != BookingStatus.CANCELLED)
    stmt = stmt.order_by(Booking.starts_at, Booking.id).limit(limit).offset(offset)
    return [_view(b) for b in session.scalars(stmt)]
