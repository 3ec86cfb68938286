"""Revenue month by month, and the contribution due to the incubator.

Contribution rule: for each month, the revenue-share rate of the support contract (CAPE) running
that month (`SupportContract.revenue_share_bp`; the latest-started one if two overlap, none → 0)
applies to the revenue invoiced under the incubator's number (channel "incubator"): revenue
invoiced on the entrepreneur's own entity owes nothing. Rounded half up to the cent per month
(services/money.py `share_of`); a period's contribution is the sum of its months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.models import Entrepreneur, Revenue, RevenueChannel, SupportContract
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.money import share_of
from incubator_app.services.periods import month_of
from incubator_app.services.records import get_or_raise


@dataclass(frozen=True)
class RevenueMonth:
    month: date  # first day
    incubator_cents: int
    own_cents: int
    share_bp: int
    contribution_cents: int

    @property
    def total_cents(self) -> int:
        return self.incubator_cents + self.own_cents


@dataclass(frozen=True)
class RevenueSeries:
    """An entrepreneur's revenue over the months of their contracts (zero-filled)."""

    entrepreneur_id: int
    start: date | None  # first month shown
    end: date | None  # last month shown
    months: tuple[RevenueMonth, ...]

    @property
    def total_cents(self) -> int:
        return sum(m.total_cents for m in self.months)

    @property
    def contribution_cents(self) -> int:
        return sum(m.contribution_cents for m in self.months)


@dataclass(frozen=True)
class EntrepreneurRevenue:
    entrepreneur_id: int
    entrepreneur_name: str
    revenue: RevenueMonth


def _contracts(session: Session, entrepreneur_id: int) -> list[tuple[date, date, int]]:
    stmt = (
        select(
            SupportContract.start_date,
            func.coalesce(SupportContract.ended_on, SupportContract.end_date),
            SupportContract.revenue_share_bp,
        )
        .where(SupportContract.entrepreneur_id == entrepreneur_id)
        .order_by(SupportContract.start_date)
    )
    return [(s, e, bp) for s, e, bp in session.execute(stmt)]


def _share_in(contracts: list[tuple[date, date, int]], month: date) -> int:
    """Rate of the latest-started contract running on some day of the month."""
    after = month + relativedelta(months=1)
    share = 0
    for start, end, bp in contracts:  # ordered by start: the last match wins
        if start < after and end >= month:
            share = bp
    return share


def _month(month: date, incubator: int, own: int, share_bp: int) -> RevenueMonth:
    return RevenueMonth(month, incubator, own, share_bp, share_of(incubator, share_bp))


def _amounts(
    session: Session, entrepreneur_id: int, first: date | None, last: date | None
) -> dict[date, dict[RevenueChannel, int]]:
    stmt = select(Revenue.month, Revenue.channel, Revenue.amount_cents).where(
        Revenue.entrepreneur_id == entrepreneur_id
    )
    if first is not None:
        stmt = stmt.where(Revenue.month >= first)
    if last is not None:
        stmt = stmt.where(Revenue.month <= last)
    out: dict[date, dict[RevenueChannel, int]] = {}
    for month, channel, amount in session.execute(stmt):
        out.setdefault(month, {})[channel] = int(amount)
    return out


def revenue_of_month(
    session: Session, entrepreneur_id: int, month: date, *, actor: Actor
) -> RevenueMonth:
    require(actor, Permission.VIEW)
    first = month.replace(day=1)
    amounts = _amounts(session, entrepreneur_id, first, first).get(first, {})
    return _month(
        first,
        amounts.get(RevenueChannel.INCUBATOR, 0),
        amounts.get(RevenueChannel.OWN, 0),
        _share_in(_contracts(session, entrepreneur_id), first),
    )


def revenue_over_contract(
    session: Session, entrepreneur_id: int, *, actor: Actor, until: date | None = None
) -> RevenueSeries:
    """Every month from the start of the first contract to the end of the last (or, with no
    contract, the months that have revenue), zeros included, so a chart has no gaps. `until`
    (e.g. today) cuts months that have not happened yet."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Entrepreneur, entrepreneur_id)
    contracts = _contracts(session, entrepreneur_id)
    amounts = _amounts(session, entrepreneur_id, None, None)
    bounds = [c[0].replace(day=1) for c in contracts] + [c[1].replace(day=1) for c in contracts]
    bounds += list(amounts)
    if not bounds:
        return RevenueSeries(entrepreneur_id, None, None, ())
    start, end = min(bounds), max(bounds)
    if until is not None:
        end = max(start, min(end, max([until.replace(day=1), *amounts])))
    months: list[RevenueMonth] = []
    month = start
    while month <= end:
        got = amounts.get(month, {})
        months.append(
            _month(
                month,
                got.get(RevenueChannel.INCUBATOR, 0),
                got.get(RevenueChannel.OWN, 0),
                _share_in(contracts, month),
            )
        )
        month += relativedelta(months=1)
    return RevenueSeries(entrepreneur_id, start, end, tuple(months))


def revenue_by_entrepreneur(
    session: Session, month: date, *, actor: Actor
) -> list[EntrepreneurRevenue]:
    """Everyone's revenue of one month with the contribution due, by name."""
    require(actor, Permission.VIEW)
    first, after = month_of(month)
    incubator = func.coalesce(
        func.sum(Revenue.amount_cents).filter(Revenue.channel == RevenueChannel.INCUBATOR), 0
    )
    own = func.coalesce(
        func.sum(Revenue.amount_cents).filter(Revenue.channel == RevenueChannel.OWN), 0
    )
    # The latest-started contract running during the month, as _share_in picks it.
    share = (
        select(SupportContract.revenue_share_bp)
        .where(
            SupportContract.entrepreneur_id == Entrepreneur.id,
            SupportContract.start_date < after,
            func.coalesce(SupportContract.ended_on, SupportContract.end_date) >= first,
        )
        .order_by(SupportContract.start_date.desc(), SupportContract.id.desc())
        .limit(1)
        .correlate(Entrepreneur)
        .scalar_subquery()
    )
    stmt = (
        select(
            Entrepreneur.id,
            Entrepreneur.last_name,
            Entrepreneur.first_name,
            incubator,
            own,
            func.coalesce(share, 0),
        )
        .join(Revenue, Revenue.entrepreneur_id == Entrepreneur.id)
        .where(Revenue.month == first)
        .group_by(Entrepreneur.id, Entrepreneur.last_name, Entrepreneur.first_name)
        .order_by(Entrepreneur.last_name, Entrepreneur.first_name, Entrepreneur.id)
    )
    return [
        EntrepreneurRevenue(eid, f"{last} {first_name}", _month(first, int(i), int(o), int(bp)))
        for eid, last, first_name, i, o, bp in session.execute(stmt)
    ]
