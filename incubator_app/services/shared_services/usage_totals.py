"""Totals of service usage per entrepreneur and per month, computed in SQL with the rounding of
services/money.py (VAT per line, half up; a total is the sum of its lines)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, cast, func, select
from sqlalchemy.orm import Session

from incubator_app.models import Entrepreneur, ServiceUsage
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.periods import month_of


@dataclass(frozen=True)
class UsageTotal:
    """HT, VAT and TTC of a set of usage lines."""

    count: int
    amount_cents: int
    vat_cents: int

    @property
    def total_cents(self) -> int:
        return self.amount_cents + self.vat_cents


@dataclass(frozen=True)
class MonthUsageTotal:
    month: date  # first day
    total: UsageTotal


@dataclass(frozen=True)
class EntrepreneurUsageTotal:
    entrepreneur_id: int
    entrepreneur_name: str
    total: UsageTotal


def line_vat_sql() -> Any:
    """VAT of each row, as services/money.vat_for computes it (BigInteger: no int4 overflow)."""
    return (cast(ServiceUsage.amount_cents, BigInteger) * ServiceUsage.vat_rate_bp + 5000) // 10000


def _sums() -> tuple[Any, Any, Any]:
    return (
        func.count(ServiceUsage.id),
        func.coalesce(func.sum(ServiceUsage.amount_cents), 0),
        func.coalesce(func.sum(line_vat_sql()), 0),
    )


def usage_total_for_month(
    session: Session, entrepreneur_id: int, month: date, *, actor: Actor
) -> UsageTotal:
    """What one entrepreneur used in one month (any day of it)."""
    require(actor, Permission.VIEW)
    first, after = month_of(month)
    stmt = select(*_sums()).where(
        ServiceUsage.entrepreneur_id == entrepreneur_id,
        ServiceUsage.used_on >= first,
        ServiceUsage.used_on < after,
    )
    count, amount, vat = session.execute(stmt).one()
    return UsageTotal(int(count), int(amount), int(vat))


def usage_totals_by_month(
    session: Session,
    entrepreneur_id: int,
    *,
    actor: Actor,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[MonthUsageTotal]:
    """One entrepreneur's totals month by month (months with no usage are left out). Grouped by
    day in SQL, then by month here: no dialect-specific date function."""
    require(actor, Permission.VIEW)
    stmt = select(ServiceUsage.used_on, *_sums()).where(
        ServiceUsage.entrepreneur_id == entrepreneur_id
    )
    if date_from is not None:
        stmt = stmt.where(ServiceUsage.used_on >= date_from.replace(day=1))
    if date_to is not None:
        stmt = stmt.where(ServiceUsage.used_on < month_of(date_to)[1])
    stmt = stmt.group_by(ServiceUsage.used_on).order_by(ServiceUsage.used_on)
    months: dict[date, list[int]] = {}
    for day, count, amount, vat in session.execute(stmt):
        acc = months.setdefault(day.replace(day=1), [0, 0, 0])
        acc[0] += int(count)
        acc[1] += int(amount)
        acc[2] += int(vat)
    return [MonthUsageTotal(m, UsageTotal(*acc)) for m, acc in months.items()]


def usage_totals_by_entrepreneur(
    session: Session, month: date, *, actor: Actor
) -> list[EntrepreneurUsageTotal]:
    """Every entrepreneur's totals for one month, by name. Reads only the covering index
    ix_service_usage_month_totals, then joins the names of those who used something."""
    require(actor, Permission.VIEW)
    first, after = month_of(month)
    sums = (
        select(ServiceUsage.entrepreneur_id.label("eid"), *_sums())
        .where(ServiceUsage.used_on >= first, ServiceUsage.used_on < after)
        .group_by(ServiceUsage.entrepreneur_id)
        .subquery()
    )
    cols = list(sums.c)
    stmt = (
        select(Entrepreneur.id, Entrepreneur.last_name, Entrepreneur.first_name, *cols[1:])
        .join(sums, sums.c.eid == Entrepreneur.id)
        .order_by(Entrepreneur.last_name, Entrepreneur.first_name, Entrepreneur.id)
    )
    return [
        EntrepreneurUsageTotal(eid, f"{last} {first}", UsageTotal(int(c), int(a), int(v)))
        for eid, last, first, c, a, v in session.execute(stmt)
    ]


def grand_total(totals: list[EntrepreneurUsageTotal] | list[MonthUsageTotal]) -> UsageTotal:
    """The sum of several totals (lines add up, so totals add up)."""
    return UsageTotal(
        sum(t.total.count for t in totals),
        sum(t.total.amount_cents for t in totals),
        sum(t.total.vat_cents for t in totals),
    )
