"""Bookings of rooms and equipment (réservations) with a capacity check.

Times must carry a time zone; they are stored in UTC so that SQLite (which keeps text without the
offset) and PostgreSQL (timestamptz) compare the same instants. Views return UTC datetimes; people
read and type wall-clock time of the incubator's zone (clock.zone()).

No double booking: create and move take the resource's lock
(services/shared_services/booking_lock.py) before the capacity check, in the same transaction
as the write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import (
    Booking,
    BookingStatus,
    Entrepreneur,
    ServiceUsage,
    SharedService,
)
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
from incubator_app.services.shared_services.booking_lock import lock_for_booking
from incubator_app.services.sites.rights import require_for_person, require_on_site
from incubator_app.services.sites.scope import (
    check_record_of_people,
    check_record_on_site,
    shared_site_terms,
)
from incubator_app.services.validation import Validator

ENTITY = "booking"
# Longer needs are subscriptions (usages), not bookings; the bound keeps range queries indexed.
MAX_BOOKING_DAYS = 31
MAX_BOOKING_SPAN = timedelta(days=MAX_BOOKING_DAYS)
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


def local_text(value: datetime) -> str:
    """21/11/2026 14:00 in the incubator's wall-clock time."""
    return value.astimezone(clock.zone()).strftime("%d/%m/%Y %H:%M")


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
    if "starts_at" not in v.errors and "ends_at" not in v.errors:
        if ends_at <= starts_at:
            v.add(
                "ends_at", msg(QT_TRANSLATE_NOOP("Bookings", "The end must come after the start."))
            )
        elif ends_at - starts_at > MAX_BOOKING_SPAN:
            v.add(
                "ends_at",
                msg(
                    QT_TRANSLATE_NOOP("Bookings", "A booking lasts at most {days} days."),
                    days=MAX_BOOKING_DAYS,
                ),
            )


def charged_usage_id(session: Session, booking_id: int) -> int | None:
    """The usage that charged this booking, if any (a booking is charged at most once)."""
    return session.scalar(select(ServiceUsage.id).where(ServiceUsage.booking_id == booking_id))


def _validate_units(v: Validator, units: Any) -> None:
    if v.whole_number("units", units):
        v.positive("units", units)


def check_booker(session: Session, v: Validator, entrepreneur_id: int | None) -> None:
    """A booking is for nobody (the incubator's own use) or for an existing entrepreneur."""
    if entrepreneur_id is not None and session.get(Entrepreneur, entrepreneur_id) is None:
        v.add(
            "entrepreneur_id",
            msg(QT_TRANSLATE_NOOP("Bookings", "No entrepreneur with id {id}."), id=entrepreneur_id),
        )
        v.raise_if_any()


def _bookable_service(session: Session, service_id: int, units: int) -> SharedService:
    v = Validator()
    service = session.get(SharedService, service_id, populate_existing=True)
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


def find_conflict(
    session: Session,
    service: SharedService,
    starts_at: datetime,
    ends_at: datetime,
    units: int,
    exclude_ids: frozenset[int] = frozenset(),
    extra: list[tuple[datetime, datetime, int]] | None = None,
) -> Msg | None:
    """Why the slot cannot be booked (naming the resource and the time), or None if it can.

    Refused if, at any instant of the slot, booked units would exceed the capacity. Two slots
    overlap when start < other.end and end > other.start (touching ends do not). The peak load
    can only rise at the start of a booking, so checking those instants suffices. `extra` adds
    slots not saved yet (the other occurrences of a series). Columns, not ORM objects, are read:
    a long-lived session must not judge by stale copies.
    """
    holder = (Entrepreneur.first_name + literal(" ") + Entrepreneur.last_name).label("holder")
    stmt = (
        select(Booking.id, Booking.starts_at, Booking.ends_at, Booking.units, holder)
        .outerjoin(Entrepreneur, Entrepreneur.id == Booking.entrepreneur_id)
        .where(
            Booking.service_id == service.id,
            Booking.status != BookingStatus.CANCELLED,
            # The lower bound lets the (service_id, starts_at) index do the work.
            Booking.starts_at > starts_at - MAX_BOOKING_SPAN,
            Booking.starts_at < ends_at,
            Booking.ends_at > starts_at,
        )
    )
    others = [
        (as_utc(s), as_utc(e), u, bid, name)
        for bid, s, e, u, name in session.execute(stmt.order_by(Booking.starts_at, Booking.id))
        if bid not in exclude_ids
    ]
    for s, e, u in extra or ():
        if s < ends_at and e > starts_at:
            others.append((s, e, u, None, None))
    instants = [starts_at] + [o[0] for o in others if o[0] > starts_at]
    for instant in instants:
        present = [o for o in others if o[0] <= instant < o[1]]
        if units + sum(o[2] for o in present) > service.capacity:
            saved = [o for o in present if o[3] is not None]
            if service.capacity == 1 or not saved:
                clash = (saved or present)[0]
                return _taken_message(service, clash[0], clash[1], [clash[4]], bool(saved))
            busy_until = min(o[1] for o in present)
            return _taken_message(service, instant, busy_until, [o[4] for o in saved], True)
    return None


def _taken_message(
    service: SharedService,
    start: datetime,
    end: datetime,
    holders: list[str | None],
    is_saved: bool,
) -> Msg:
    """Who holds the slot and when, in the incubator's wall-clock time."""
    zone = clock.zone()
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    end_text = (
        local_end.strftime("%H:%M")
        if local_end.date() == local_start.date()
        else local_end.strftime("%d/%m/%Y %H:%M")
    )
    times = {
        "service": service.name,
        "day": local_start.strftime("%d/%m/%Y"),
        "start": local_start.strftime("%H:%M"),
        "end": end_text,
        "capacity": service.capacity,
    }
    if not is_saved:
        text = QT_TRANSLATE_NOOP(
            "Bookings",
            "“{service}” would be booked twice by this series on {day} from {start} to {end}.",
        )
        return msg(text, **times)
    incubator = msg(QT_TRANSLATE_NOOP("Bookings", "the incubator"))
    names = sorted({h for h in holders if h})
    who: str | Msg = ", ".join(names) if names else incubator
    if service.capacity > 1:
        text = QT_TRANSLATE_NOOP(
            "Bookings",
            "“{service}” is fully booked on {day} from {start} to {end} ({capacity} places, "
            "taken by {holder}).",
        )
        if names and any(not h for h in holders):
            who = msg(QT_TRANSLATE_NOOP("Bookings", "{names} and the incubator"), names=who)
    else:
        text = QT_TRANSLATE_NOOP(
            "Bookings",
            "“{service}” is already booked by {holder} on {day} from {start} to {end}.",
        )
    return msg(text, holder=who, **times)


def _check_capacity(
    session: Session,
    service: SharedService,
    starts_at: datetime,
    ends_at: datetime,
    units: int,
    exclude_id: int | None = None,
) -> None:
    conflict = find_conflict(
        session,
        service,
        starts_at,
        ends_at,
        units,
        frozenset() if exclude_id is None else frozenset({exclude_id}),
    )
    if conflict is not None:
        raise ConflictError(conflict)


def require_booking_site(
    session: Session, actor: Actor, service: SharedService, entrepreneur_id: int | None
) -> None:
    """In a network, booking for a person needs a role that records service use on their site;
    a booking for no one, that role on the service's site (the network's: on any of one's)."""
    if entrepreneur_id is not None:
        require_for_person(session, actor, Permission.RECORD_SERVICE_USE, entrepreneur_id)
    else:
        require_on_site(session, actor, Permission.RECORD_SERVICE_USE, service.site_id)


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
        lock_for_booking(session, service_id)
        service = _bookable_service(session, service_id, units)
        check_booker(session, v, entrepreneur_id)
        require_booking_site(session, actor, service, entrepreneur_id)
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
        service_id = session.scalar(select(Booking.service_id).where(Booking.id == booking_id))
        if service_id is not None:
            lock_for_booking(session, service_id)
        booking = load_for_update(session, Booking, booking_id, expected_version)
        if booking.status is BookingStatus.CANCELLED:
            v.add(
                "status",
                msg(QT_TRANSLATE_NOOP("Bookings", "A cancelled booking cannot be moved.")),
            )
        elif charged_usage_id(session, booking.id) is not None:
            v.add(
                "status",
                msg(QT_TRANSLATE_NOOP("Bookings", "A booking already charged cannot be moved.")),
            )
        v.raise_if_any()
        units = booking.units if units is None else units
        service = _bookable_service(session, booking.service_id, units)
        require_booking_site(session, actor, service, booking.entrepreneur_id)
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
        service = session.get(SharedService, booking.service_id)
        assert service is not None
        require_booking_site(session, actor, service, booking.entrepreneur_id)
        if booking.status is BookingStatus.CANCELLED:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP("Bookings", "Booking {id} is already cancelled."),
                    id=booking_id,
                )
            )
        if charged_usage_id(session, booking.id) is not None:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Bookings",
                        "Booking {id} took place and was charged; it cannot be cancelled.",
                    ),
                    id=booking_id,
                )
            )
        diff = apply_changes(booking, {"status": BookingStatus.CANCELLED})
        record_audit(session, actor, ENTITY, booking.id, "cancel", diff)
    return _view(booking)


def get_booking(session: Session, booking_id: int, *, actor: Actor) -> BookingView:
    require(actor, Permission.VIEW)
    booking = get_or_raise(session, Booking, booking_id)
    what = QT_TRANSLATE_NOOP("Sites", "Booking")
    if booking.entrepreneur_id is not None:
        check_record_of_people(session, actor, what, booking.id, [booking.entrepreneur_id])
    else:
        service = session.get(SharedService, booking.service_id)
        site_id = service.site_id if service is not None else None
        check_record_on_site(session, actor, what, booking.id, site_id)
    return _view(booking)


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


@dataclass(frozen=True)
class BookableResource:
    id: int
    name: str
    category: str
    capacity: int


@dataclass(frozen=True)
class BookingBlock:
    """One booking as the calendar draws it."""

    id: int
    service_id: int
    entrepreneur_id: int | None
    entrepreneur_name: str
    starts_at: datetime
    ends_at: datetime
    units: int
    series_id: str | None
    status: BookingStatus
    notes: str | None
    version_id: int
    charged: bool


def list_bookable_resources(session: Session, *, actor: Actor) -> list[BookableResource]:
    """Active bookable services of the person's sites and the network's, by name."""
    require(actor, Permission.VIEW)
    stmt = (
        select(SharedService.id, SharedService.name, SharedService.category, SharedService.capacity)
        .where(SharedService.bookable.is_(True), SharedService.active.is_(True))
        .where(*shared_site_terms(session, actor, SharedService.site_id))
        .order_by(SharedService.name, SharedService.id)
    )
    return [BookableResource(*row) for row in session.execute(stmt)]


def busiest_resource(
    session: Session, start: datetime, end: datetime, *, actor: Actor
) -> int | None:
    """The active bookable resource with the most bookings starting in [start, end), ties to
    the first by name; None when nothing is booked. A calendar with no resource to come back
    to opens on it rather than on an empty week of the first resource by name."""
    require(actor, Permission.VIEW)
    v = Validator()
    _validate_times(v, start, end)
    v.raise_if_any()
    start, end = as_utc(start), as_utc(end)
    booked = func.count(Booking.id)
    stmt = (
        select(Booking.service_id)
        .join(SharedService, SharedService.id == Booking.service_id)
        .where(
            SharedService.bookable.is_(True),
            SharedService.active.is_(True),
            *shared_site_terms(session, actor, SharedService.site_id),
            Booking.status != BookingStatus.CANCELLED,
            Booking.starts_at >= start,
            Booking.starts_at < end,
        )
        .group_by(Booking.service_id, SharedService.name)
        .order_by(booked.desc(), SharedService.name, Booking.service_id)
        .limit(1)
    )
    return session.scalar(stmt)


def bookings_in_range(
    session: Session, service_id: int, start: datetime, end: datetime, *, actor: Actor
) -> list[BookingBlock]:
    """Bookings of one resource overlapping [start, end) (a day or week view), not cancelled,
    with the entrepreneur's name and whether the booking was already charged. One indexed
    query: the start of a booking lies within MAX_BOOKING_SPAN before the window."""
    require(actor, Permission.VIEW)
    v = Validator()
    _validate_times(v, start, end)
    v.raise_if_any()
    start, end = as_utc(start), as_utc(end)
    stmt = (
        select(
            Booking,
            Entrepreneur.first_name,
            Entrepreneur.last_name,
            ServiceUsage.id,
        )
        .outerjoin(Entrepreneur, Entrepreneur.id == Booking.entrepreneur_id)
        .outerjoin(ServiceUsage, ServiceUsage.booking_id == Booking.id)
        .where(
            Booking.service_id == service_id,
            Booking.status != BookingStatus.CANCELLED,
            Booking.starts_at > start - MAX_BOOKING_SPAN,
            Booking.starts_at < end,
            Booking.ends_at > start,
        )
        .order_by(Booking.starts_at, Booking.id)
    )
    blocks = []
    for b, first, last, usage_id in session.execute(stmt):
        blocks.append(
            BookingBlock(
                id=b.id,
                service_id=b.service_id,
                entrepreneur_id=b.entrepreneur_id,
                entrepreneur_name=f"{first} {last}" if first is not None else "",
                starts_at=as_utc(b.starts_at),
                ends_at=as_utc(b.ends_at),
                units=b.units,
                series_id=b.series_id,
                status=b.status,
                notes=b.notes,
                version_id=b.version_id,
                charged=usage_id is not None,
            )
        )
    return blocks
