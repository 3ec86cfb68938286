"""Figures for funders and the neighbourhood: hours exchanged by category, by month and by
commune (or neighbourhood), active members and the average per active member, over a period.

Counted: transfers that were not reversed, and no reversals (a corrected exchange did not take
place). The hours of a transfer are its total (what changed hands); a commune is the one of the
member who gave the hours. The incubator's own account is never an active member and never in
an average (it seeds and rewards the exchange, it does not exchange)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, distinct, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from incubator_app.models import Entrepreneur
from incubator_app.models.exchange import (
    AccountKind,
    ExchangeAccount,
    ExchangeMovement,
    ExchangeTransfer,
    TransferKind,
)
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import require_view
from incubator_app.services.exchange.accounts import account_commune
from incubator_app.services.periods import DateRange, first_of_month

EMPTY = literal_column("''")


@dataclass(frozen=True)
class ExchangeFigures:
    period: DateRange
    transfers: int
    minutes_total: int
    by_category: tuple[tuple[str, int], ...]
    by_month: tuple[tuple[date, int], ...]
    by_commune: tuple[tuple[str, int], ...]
    active_members: int
    members: int
    # Minutes given + received per active member, divided by two: hours exchanged per member.
    average_minutes_per_active_member: int


def _counted(period: DateRange):
    reversal = aliased(ExchangeTransfer)
    return and_(
        ExchangeTransfer.kind == TransferKind.TRANSFER,
        ExchangeTransfer.done_on >= period.start,
        ExchangeTransfer.done_on < period.end,
        ~select(reversal.id).where(reversal.reverses_id == ExchangeTransfer.id).exists(),
    )


def exchange_figures(session: Session, period: DateRange, *, actor: Actor) -> ExchangeFigures:
    require_view(actor)
    counted = _counted(period)
    transfers, total = session.execute(
        select(func.count(), func.coalesce(func.sum(ExchangeTransfer.total_minutes), 0)).where(
            counted
        )
    ).one()
    # Literal '' (not a bound parameter): PostgreSQL must see the GROUP BY expression as the
    # selected one.
    category = func.coalesce(ExchangeTransfer.category, EMPTY)
    by_category = session.execute(
        select(category, func.sum(ExchangeTransfer.total_minutes))
        .where(counted)
        .group_by(category)
        .order_by(func.sum(ExchangeTransfer.total_minutes).desc())
    ).all()
    per_month: dict[date, int] = {}
    for day, minutes in session.execute(
        select(ExchangeTransfer.done_on, func.sum(ExchangeTransfer.total_minutes))
        .where(counted)
        .group_by(ExchangeTransfer.done_on)
    ):
        month = first_of_month(day)
        per_month[month] = per_month.get(month, 0) + minutes
    # The giver's side: positive movements, by the giver's commune (or neighbourhood).
    place = func.coalesce(ExchangeAccount.neighbourhood, account_commune(), EMPTY)
    by_commune = session.execute(
        select(place, func.sum(ExchangeMovement.minutes))
        .select_from(ExchangeMovement)
        .join(ExchangeTransfer, ExchangeTransfer.id == ExchangeMovement.transfer_id)
        .join(ExchangeAccount, ExchangeAccount.id == ExchangeMovement.account_id)
        .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
        .where(counted, ExchangeMovement.minutes > 0)
        .group_by(place)
        .order_by(func.sum(ExchangeMovement.minutes).desc())
    ).all()
    members_moved = (
        select(
            ExchangeMovement.account_id.label("aid"),
            func.sum(func.abs(ExchangeMovement.minutes)).label("gross"),
        )
        .join(ExchangeTransfer, ExchangeTransfer.id == ExchangeMovement.transfer_id)
        .join(ExchangeAccount, ExchangeAccount.id == ExchangeMovement.account_id)
        .where(counted, ExchangeAccount.kind != AccountKind.INCUBATOR)
        .group_by(ExchangeMovement.account_id)
        .subquery()
    )
    active, gross = session.execute(
        select(
            func.count(distinct(members_moved.c.aid)),
            func.coalesce(func.sum(members_moved.c.gross), 0),
        )
    ).one()
    members = session.scalar(
        select(func.count())
        .select_from(ExchangeAccount)
        .where(ExchangeAccount.kind != AccountKind.INCUBATOR, ExchangeAccount.active.is_(True))
    )
    return ExchangeFigures(
        period=period,
        transfers=transfers,
        minutes_total=total,
        by_category=tuple((c, m) for c, m in by_category),
        by_month=tuple(sorted(per_month.items())),
        by_commune=tuple((c, m) for c, m in by_commune),
        active_members=active,
        members=members or 0,
        average_minutes_per_active_member=round(gross / 2 / active) if active else 0,
    )
