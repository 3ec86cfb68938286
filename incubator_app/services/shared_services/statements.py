"""Monthly statement (relevé mensuel) of an entrepreneur: service usages, bookings, revenue and
the contribution due, with totals. Plain frozen data that the CSV writer
(services/shared_services/statement_csv.py) and a PDF builder (reports/statement.py) both consume.

Amounts follow services/money.py: each usage line carries its HT, VAT (per line, half up) and
TTC; the usage totals are the sums of the lines; the contribution (revenue share, no VAT) is
added to the usage TTC to give the amount due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import (
    Booking,
    BookingStatus,
    Entrepreneur,
    IncubatorProfile,
    RevenueChannel,
    ServiceUnit,
    ServiceUsage,
    SharedService,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.money import vat_for
from incubator_app.services.periods import month_of
from incubator_app.services.records import get_or_raise
from incubator_app.services.shared_services.revenue_summary import revenue_of_month


@dataclass(frozen=True)
class StatementUsageLine:
    used_on: date
    service_name: str
    unit: ServiceUnit
    quantity_hundredths: int
    unit_price_cents: int
    amount_cents: int  # HT
    vat_rate_bp: int
    vat_cents: int
    booking_id: int | None

    @property
    def total_cents(self) -> int:  # TTC
        return self.amount_cents + self.vat_cents


@dataclass(frozen=True)
class StatementBooking:
    booking_id: int
    service_name: str
    starts_at: datetime  # aware, UTC
    ends_at: datetime  # aware, UTC
    units: int
    status: BookingStatus
    charged: bool  # a usage was recorded for it


@dataclass(frozen=True)
class StatementRevenueLine:
    channel: RevenueChannel
    amount_cents: int


@dataclass(frozen=True)
class VatRateTotal:
    vat_rate_bp: int
    amount_cents: int
    vat_cents: int


@dataclass(frozen=True)
class StatementTotals:
    amount_cents: int  # HT
    vat_cents: int
    total_cents: int  # TTC


@dataclass(frozen=True)
class MonthlyStatement:
    incubator_name: str
    incubator_legal_name: str | None
    incubator_siret: str | None
    incubator_address: str | None  # address, postal code and commune on one line
    entrepreneur_id: int
    entrepreneur_name: str  # "First Last"
    project_name: str | None
    month: date  # first day
    usage_lines: tuple[StatementUsageLine, ...]
    bookings: tuple[StatementBooking, ...]
    revenue_lines: tuple[StatementRevenueLine, ...]
    revenue_total_cents: int
    revenue_share_bp: int
    contribution_cents: int  # due to the incubator, no VAT
    totals: StatementTotals  # of the usage lines
    vat_by_rate: tuple[VatRateTotal, ...]

    @property
    def amount_due_cents(self) -> int:
        """Usage TTC plus the contribution."""
        return self.totals.total_cents + self.contribution_cents


def _address(profile: IncubatorProfile | None) -> str | None:
    if profile is None:
        return None
    town = " ".join(p for p in (profile.postal_code, profile.commune) if p)
    parts = [p.replace("\n", ", ") for p in (profile.address, town) if p]
    return ", ".join(parts) or None


def _month_bounds_utc(first: date, after: date) -> tuple[datetime, datetime]:
    """Midnights of the month in the booking zone (the incubator's wall clock, whatever the
    computer's zone), as UTC instants: bookings are stored in UTC."""
    start = datetime.combine(first, time(), clock.zone()).astimezone(UTC)
    end = datetime.combine(after, time(), clock.zone()).astimezone(UTC)
    return start, end


def monthly_statement(
    session: Session, entrepreneur_id: int, month: date, *, actor: Actor
) -> MonthlyStatement:
    require(actor, Permission.VIEW)
    person = get_or_raise(session, Entrepreneur, entrepreneur_id)
    profile = session.scalar(select(IncubatorProfile).order_by(IncubatorProfile.id).limit(1))
    first, after = month_of(month)

    usage_rows = session.execute(
        select(ServiceUsage, SharedService.name, SharedService.unit)
        .join(SharedService, SharedService.id == ServiceUsage.service_id)
        .where(
            ServiceUsage.entrepreneur_id == entrepreneur_id,
            ServiceUsage.used_on >= first,
            ServiceUsage.used_on < after,
        )
        .order_by(ServiceUsage.used_on, SharedService.name, ServiceUsage.id)
    )
    lines = tuple(
        StatementUsageLine(
            used_on=u.used_on,
            service_name=name,
            unit=unit,
            quantity_hundredths=u.quantity_hundredths,
            unit_price_cents=u.unit_price_cents,
            amount_cents=u.amount_cents,
            vat_rate_bp=u.vat_rate_bp,
            vat_cents=vat_for(u.amount_cents, u.vat_rate_bp),
            booking_id=u.booking_id,
        )
        for u, name, unit in usage_rows
    )
    charged = {line.booking_id for line in lines if line.booking_id is not None}

    start_utc, end_utc = _month_bounds_utc(first, after)
    booking_rows = session.execute(
        select(Booking, SharedService.name)
        .join(SharedService, SharedService.id == Booking.service_id)
        .where(
            Booking.entrepreneur_id == entrepreneur_id,
            Booking.starts_at >= start_utc,
            Booking.starts_at < end_utc,
            Booking.status != BookingStatus.CANCELLED,
        )
        .order_by(Booking.starts_at, Booking.id)
    )
    bookings = tuple(
        StatementBooking(
            booking_id=b.id,
            service_name=name,
            starts_at=_utc(b.starts_at),
            ends_at=_utc(b.ends_at),
            units=b.units,
            status=b.status,
            charged=b.id in charged,
        )
        for b, name in booking_rows
    )

    revenue = revenue_of_month(session, entrepreneur_id, first, actor=actor)
    revenue_lines = tuple(
        StatementRevenueLine(channel, amount)
        for channel, amount in (
            (RevenueChannel.INCUBATOR, revenue.incubator_cents),
            (RevenueChannel.OWN, revenue.own_cents),
        )
        if amount
    )

    by_rate: dict[int, list[int]] = {}
    for line in lines:
        acc = by_rate.setdefault(line.vat_rate_bp, [0, 0])
        acc[0] += line.amount_cents
        acc[1] += line.vat_cents
    amount = sum(line.amount_cents for line in lines)
    vat = sum(line.vat_cents for line in lines)
    return MonthlyStatement(
        incubator_name=profile.name if profile else "",
        incubator_legal_name=profile.legal_name if profile else None,
        incubator_siret=profile.siret if profile else None,
        incubator_address=_address(profile),
        entrepreneur_id=person.id,
        entrepreneur_name=f"{person.first_name} {person.last_name}",
        project_name=person.project_name,
        month=first,
        usage_lines=lines,
        bookings=bookings,
        revenue_lines=revenue_lines,
        revenue_total_cents=revenue.total_cents,
        revenue_share_bp=revenue.share_bp,
        contribution_cents=revenue.contribution_cents,
        totals=StatementTotals(amount, vat, amount + vat),
        vat_by_rate=tuple(VatRateTotal(r, a, v) for r, (a, v) in sorted(by_rate.items())),
    )


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
