"""Monthly revenue (chiffre d'affaires) of each entrepreneur's test activity, per channel:
invoiced under the incubator's legal entity, or on the entrepreneur's own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Entrepreneur, Revenue, RevenueChannel
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.periods import first_of_month
from incubator_app.services.records import (
    check_version,
    delete_with_audit,
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.sites.scope import check_record_of_people
from incubator_app.services.validation import Validator

ENTITY = "revenue"
_FIELDS = ["entrepreneur_id", "month", "channel", "amount_cents"]


@dataclass(frozen=True)
class RevenueView:
    id: int
    entrepreneur_id: int
    month: date
    channel: RevenueChannel
    amount_cents: int
    version_id: int


@dataclass(frozen=True)
class RevenueTotal:
    incubator_cents: int
    own_cents: int
    total_cents: int


def _validate(v: Validator, month: Any, amount_cents: Any, channel: Any) -> Any:
    if v.required("month", month) and not isinstance(month, date):
        v.add("month", msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    if v.required("amount_cents", amount_cents):
        if v.whole_number("amount_cents", amount_cents):
            v.not_negative("amount_cents", amount_cents)
    v.required("channel", channel)
    return v.choice("channel", channel, RevenueChannel)


def record_revenue(
    session: Session,
    *,
    entrepreneur_id: int,
    month: date,
    amount_cents: int,
    channel: RevenueChannel | str = RevenueChannel.INCUBATOR,
    expected_version: int | None = None,
    actor: Actor,
) -> RevenueView:
    """Sets the revenue of a month (any day of it) and channel: creates the row or replaces its
    amount. `expected_version` guards the replacement against a concurrent edit."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    channel = _validate(v, month, amount_cents, channel)
    v.raise_if_any()
    month = first_of_month(month)
    with unit_of_work(session):
        if session.get(Entrepreneur, entrepreneur_id) is None:
            raise ValidationError(
                {
                    "entrepreneur_id": msg(
                        QT_TRANSLATE_NOOP("Revenue", "No entrepreneur with id {id}."),
                        id=entrepreneur_id,
                    )
                }
            )
        row = session.scalar(
            select(Revenue).where(
                Revenue.entrepreneur_id == entrepreneur_id,
                Revenue.month == month,
                Revenue.channel == channel,
            )
        )
        if row is None:
            # A concurrent insert of the same month hits the unique constraint: ConflictError.
            row = Revenue(
                entrepreneur_id=entrepreneur_id,
                month=month,
                channel=channel,
                amount_cents=amount_cents,
            )
            session.add(row)
            session.flush()
            record_audit(session, actor, ENTITY, row.id, "create", snapshot(row, _FIELDS))
        else:
            check_version(row, expected_version)
            update_with_audit(session, actor, row, ENTITY, {"amount_cents": amount_cents})
    return to_view(row, RevenueView)


def delete_revenue(
    session: Session, revenue_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        row = load_for_update(session, Revenue, revenue_id, expected_version)
        delete_with_audit(session, actor, row, ENTITY, _FIELDS)


def get_revenue(session: Session, revenue_id: int, *, actor: Actor) -> RevenueView:
    require(actor, Permission.VIEW)
    revenue = get_or_raise(session, Revenue, revenue_id)
    what = QT_TRANSLATE_NOOP("Sites", "Revenue")
    check_record_of_people(session, actor, what, revenue.id, [revenue.entrepreneur_id])
    return to_view(revenue, RevenueView)


def _period(stmt: Any, date_from: date | None, date_to: date | None) -> Any:
    # Months are stored as their first day: a period counts every month it touches.
    if date_from is not None:
        stmt = stmt.where(Revenue.month >= first_of_month(date_from))
    if date_to is not None:
        stmt = stmt.where(Revenue.month <= first_of_month(date_to))
    return stmt


def list_revenue(
    session: Session,
    entrepreneur_id: int,
    *,
    actor: Actor,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[RevenueView]:
    require(actor, Permission.VIEW)
    stmt = select(Revenue).where(Revenue.entrepreneur_id == entrepreneur_id)
    stmt = _period(stmt, date_from, date_to).order_by(Revenue.month, Revenue.channel)
    return [to_view(r, RevenueView) for r in session.scalars(stmt)]


def revenue_total(
    session: Session,
    *,
    actor: Actor,
    date_from: date | None = None,
    date_to: date | None = None,
    entrepreneur_id: int | None = None,
) -> RevenueTotal:
    """Sum per channel over the months of the period, for one entrepreneur or everyone."""
    require(actor, Permission.VIEW)
    stmt = select(Revenue.channel, func.coalesce(func.sum(Revenue.amount_cents), 0)).group_by(
        Revenue.channel
    )
    if entrepreneur_id is not None:
        stmt = stmt.where(Revenue.entrepreneur_id == entrepreneur_id)
    sums = {
        channel: int(total) for channel, total in session.execute(_period(stmt, date_from, date_to))
    }
    incubator = sums.get(RevenueChannel.INCUBATOR, 0)
    own = sums.get(RevenueChannel.OWN, 0)
    return RevenueTotal(incubator_cents=incubator, own_cents=own, total_cents=incubator + own)
