"""A booking that took place becomes a service usage, at the price of its day.

Quantity charged, by the service's unit (times in the incubator's wall-clock zone):
- hour: the booked duration in hours (hundredths, rounded up to the minute's share) × units;
- half_day: per day touched, one half-day up to 5 hours, two beyond, × units;
- day: the number of days touched × units;
- month, item: one × units.
A booking is charged at most once (service_usage.booking_id is unique): charging it again is a
clear conflict, and the monthly action skips what is already charged. The booking's status
becomes "done".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Booking, BookingStatus, ServiceUnit, ServiceUsage, SharedService
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.money import amount_for
from incubator_app.services.periods import month_of
from incubator_app.services.records import (
    apply_changes,
    get_or_raise,
    record_audit,
    snapshot,
    unit_of_work,
)
from incubator_app.services.shared_services.booking_lock import lock_for_booking
from incubator_app.services.shared_services.bookings import as_utc, charged_usage_id
from incubator_app.services.shared_services.catalogue import price_on
from incubator_app.services.shared_services.usage import _FIELDS as USAGE_FIELDS
from incubator_app.services.shared_services.usage import ServiceUsageView
from incubator_app.services.shared_services.usage import _view as usage_view
from incubator_app.services.validation import Validator

HALF_DAY_MINUTES = 300


def _day_segments(starts_at: datetime, ends_at: datetime) -> list[int]:
    """Minutes booked on each local day the booking touches."""
    start, end = starts_at.astimezone(clock.zone()), ends_at.astimezone(clock.zone())
    minutes = []
    day = start.date()
    while True:
        next_midnight = datetime.combine(day + timedelta(days=1), datetime.min.time(), clock.zone())
        seg_end = min(end, next_midnight)
        seg_start = max(start, datetime.combine(day, datetime.min.time(), clock.zone()))
        if seg_end > seg_start:
            minutes.append(int((seg_end - seg_start).total_seconds() // 60))
        if end <= next_midnight:
            return minutes
        day += timedelta(days=1)


def quantity_for_booking(
    unit: ServiceUnit, starts_at: datetime, ends_at: datetime, units: int
) -> int:
    """Hundredths of the service's unit that the booking consumed (see the module's rules)."""
    unit = ServiceUnit(unit)
    if unit is ServiceUnit.HOUR:
        minutes = int((as_utc(ends_at) - as_utc(starts_at)).total_seconds() // 60)
        return (minutes * 100 + 59) // 60 * units
    segments = _day_segments(as_utc(starts_at), as_utc(ends_at))
    if unit is ServiceUnit.HALF_DAY:
        return sum(1 if m <= HALF_DAY_MINUTES else 2 for m in segments) * 100 * units
    if unit is ServiceUnit.DAY:
        return len(segments) * 100 * units
    return 100 * units


def _already_charged(booking_id: int, usage_id: int | None) -> ConflictError:
    return ConflictError(
        msg(
            QT_TRANSLATE_NOOP(
                "Bookings",
                "Booking {booking} is already charged (usage {usage}); it is never charged twice.",
            ),
            booking=booking_id,
            usage=usage_id if usage_id is not None else "—",
        )
    )


def _charge(
    session: Session, actor: Actor, booking: Booking, service: SharedService
) -> ServiceUsage:
    starts_at = as_utc(booking.starts_at)
    used_on = starts_at.astimezone(clock.zone()).date()
    price = price_on(session, service.id, used_on)
    quantity = quantity_for_booking(service.unit, starts_at, as_utc(booking.ends_at), booking.units)
    assert booking.entrepreneur_id is not None
    usage = ServiceUsage(
        service_id=service.id,
        entrepreneur_id=booking.entrepreneur_id,
        used_on=used_on,
        quantity_hundredths=quantity,
        unit_price_cents=price.unit_price_cents,
        vat_rate_bp=price.vat_rate_bp,
        amount_cents=amount_for(price.unit_price_cents, quantity),
        booking_id=booking.id,
    )
    session.add(usage)
    try:
        session.flush()
    except IntegrityError:  # charged meanwhile elsewhere; the unit of work rolls back
        raise _already_charged(booking.id, None) from None
    record_audit(session, actor, "service_usage", usage.id, "create", snapshot(usage, USAGE_FIELDS))
    diff = apply_changes(booking, {"status": BookingStatus.DONE})
    if diff:
        record_audit(session, actor, "booking", booking.id, "charge", diff)
    return usage


def _lock_all_bookable(session: Session) -> None:
    # In id order, so that two monthly runs never wait on each other crosswise.
    ids = session.scalars(
        select(SharedService.id).where(SharedService.bookable.is_(True)).order_by(SharedService.id)
    ).all()
    for sid in ids:
        lock_for_booking(session, sid)


def charge_booking(
    session: Session, booking_id: int, *, actor: Actor, now: datetime | None = None
) -> ServiceUsageView:
    """The usage for one booking that has ended."""
    require(actor, Permission.RECORD_SERVICE_USE)
    now = as_utc(now or clock.now_utc())
    v = Validator()
    with unit_of_work(session):
        service_id = session.scalar(select(Booking.service_id).where(Booking.id == booking_id))
        if service_id is not None:
            lock_for_booking(session, service_id)
        booking = get_or_raise(session, Booking, booking_id)
        taken = charged_usage_id(session, booking_id)
        if taken is not None:
            raise _already_charged(booking_id, taken)
        if booking.status is BookingStatus.CANCELLED:
            v.add(
                "status",
                msg(QT_TRANSLATE_NOOP("Bookings", "A cancelled booking is not charged.")),
            )
        elif as_utc(booking.ends_at) > now:
            v.add(
                "ends_at",
                msg(QT_TRANSLATE_NOOP("Bookings", "The booking has not taken place yet.")),
            )
        if booking.entrepreneur_id is None:
            v.add(
                "entrepreneur_id",
                msg(QT_TRANSLATE_NOOP("Bookings", "The booking is for nobody: say who to charge.")),
            )
        v.raise_if_any()
        service = session.get(SharedService, booking.service_id)
        assert service is not None
        usage = _charge(session, actor, booking, service)
    return usage_view(usage)


@dataclass(frozen=True)
class MonthCharges:
    month: date
    usage_ids: list[int] = field(default_factory=list)
    amount_cents: int = 0
    already_charged: int = 0
    without_entrepreneur: int = 0


def charge_past_bookings_of_month(
    session: Session,
    month: date,
    *,
    service_id: int | None = None,
    actor: Actor,
    now: datetime | None = None,
) -> MonthCharges:
    """Charges every booking of `month` (local start date) that has ended and is not charged
    yet, in one transaction. Running it twice charges nothing the second time."""
    require(actor, Permission.RECORD_SERVICE_USE)
    now = as_utc(now or clock.now_utc())
    first, after = month_of(month)
    start = datetime.combine(first, datetime.min.time(), clock.zone())
    end = datetime.combine(after, datetime.min.time(), clock.zone())
    stmt = (
        select(Booking, ServiceUsage.id)
        .outerjoin(ServiceUsage, ServiceUsage.booking_id == Booking.id)
        .where(
            Booking.status != BookingStatus.CANCELLED,
            Booking.starts_at >= as_utc(start),
            Booking.starts_at < as_utc(end),
            Booking.ends_at <= now,
        )
        .order_by(Booking.starts_at, Booking.id)
    )
    if service_id is not None:
        stmt = stmt.where(Booking.service_id == service_id)
    usage_ids: list[int] = []
    amount = already = nobody = 0
    with unit_of_work(session):
        if service_id is not None:
            lock_for_booking(session, service_id)
        else:
            _lock_all_bookable(session)
        services: dict[int, SharedService] = {}
        for booking, usage_id in session.execute(stmt).all():
            if usage_id is not None:
                already += 1
                continue
            if booking.entrepreneur_id is None:
                nobody += 1
                continue
            if booking.service_id not in services:
                services[booking.service_id] = session.get(SharedService, booking.service_id)
            usage = _charge(session, actor, booking, services[booking.service_id])
            usage_ids.append(usage.id)
            amount += usage.amount_cents
    return MonthCharges(first, usage_ids, amount, already, nobody)
