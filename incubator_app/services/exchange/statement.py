"""A member's statement: the movements of a period with their counterparts, the opening and
closing balances, and the balance day by day for the chart. Private unless the actor is staff
or the member opted in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import NamedTuple

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from incubator_app.errors import PermissionDenied
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Entrepreneur
from incubator_app.models.exchange import (
    ExchangeAccount,
    ExchangeMovement,
    ExchangeTransfer,
    TransferKind,
)
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import may_see_balance, require_view
from incubator_app.services.exchange.accounts import AccountView, account_label, get_account
from incubator_app.services.periods import DateRange


class StatementLine(NamedTuple):
    """A named tuple, not a dataclass: the incubator's statement has thousands of lines and a
    tuple is built several times faster."""

    movement_id: int
    transfer_id: int
    done_on: date
    minutes: int
    balance_after: int
    kind: TransferKind
    category: str | None
    note: str | None
    # The other side: "Léa Fabre", or "Léa Fabre +7" for the giver of a workshop for 8.
    counterpart: str
    reverses_id: int | None
    flagged: bool


@dataclass(frozen=True)
class MemberStatement:
    account: AccountView
    period: DateRange | None
    opening_minutes: int
    closing_minutes: int
    minutes_in: int
    minutes_out: int
    lines: tuple[StatementLine, ...]
    # (day, balance at the end of that day), one point per day with movements.
    series: tuple[tuple[date, int], ...]


@cache
def _lines_query(with_period: bool) -> Select:
    """One query: each movement of the account with its transfer and the members on the other
    side of that transfer (one row per counterpart, a movement's rows together), walking the
    account's movements by index and the covering index (transfer_id, account_id, minutes) for
    the counterparts. Built once (bound parameters): building it costs as much as running it
    for a small account."""
    mine = aliased(ExchangeMovement)
    other = aliased(ExchangeMovement)
    account_id = bindparam("account_id")
    stmt = (
        select(
            mine.id,
            mine.transfer_id,
            mine.done_on,
            mine.minutes,
            ExchangeTransfer.kind,
            ExchangeTransfer.category,
            ExchangeTransfer.note,
            ExchangeTransfer.reverses_id,
            ExchangeTransfer.flagged,
            account_label(),
        )
        .select_from(mine)
        .join(ExchangeTransfer, ExchangeTransfer.id == mine.transfer_id)
        # Outer joins: a movement left without counterpart (a tampered ledger) still shows.
        .outerjoin(
            other,
            # The other side: a learner of a workshop sees its giver, not the other learners.
            (other.transfer_id == mine.transfer_id)
            & (other.account_id != account_id)
            & ((other.minutes > 0) != (mine.minutes > 0)),
        )
        .outerjoin(ExchangeAccount, ExchangeAccount.id == other.account_id)
        .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
        .where(mine.account_id == account_id)
    )
    if with_period:
        stmt = stmt.where(mine.done_on >= bindparam("start"), mine.done_on < bindparam("end"))
    # Counterparts in account order: the covering index gives them so, no extra sort key.
    return stmt.order_by(mine.done_on, mine.id, other.account_id)


def member_statement(
    session: Session, account_id: int, *, period: DateRange | None = None, actor: Actor
) -> MemberStatement:
    require_view(actor)
    account = get_account(session, account_id, actor=actor)
    if not may_see_balance(actor, account.balance_public):
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP("Exchange", "The statement of {member} is private (staff only)."),
                member=account.label,
            )
        )
    opening = 0
    params: dict[str, object] = {"account_id": account_id}
    if period is not None:
        params |= {"start": period.start, "end": period.end}
        opening = (
            session.scalar(
                select(func.coalesce(func.sum(ExchangeMovement.minutes), 0)).where(
                    ExchangeMovement.account_id == account_id,
                    ExchangeMovement.done_on < period.start,
                )
            )
            or 0
        )
    # Core rows on the session's connection, not ORM rows: the incubator's account has
    # thousands of lines.
    rows = session.connection().execute(_lines_query(period is not None), params).all()
    lines: list[StatementLine] = []
    series: list[tuple[date, int]] = []
    balance = opening
    minutes_in = minutes_out = 0
    last_id, names, first = None, 0, ""
    for mid, tid, done_on, minutes, kind, category, note, reverses_id, flagged, label in rows:
        if mid == last_id:
            # Another counterpart of the same movement (a workshop for several members).
            names += 1
            lines[-1] = lines[-1]._replace(counterpart=f"{first} +{names - 1}")
            continue
        last_id, names, first = mid, 1, label
        balance += minutes
        if minutes > 0:
            minutes_in += minutes
        else:
            minutes_out -= minutes
        lines.append(
            StatementLine(
                mid, tid, done_on, minutes, balance, kind, category, note, label, reverses_id,
                flagged,
            )
        )  # fmt: skip
        if series and series[-1][0] == done_on:
            series[-1] = (done_on, balance)
        else:
            series.append((done_on, balance))
    return MemberStatement(
        account=account,
        period=period,
        opening_minutes=opening,
        closing_minutes=balance,
        minutes_in=minutes_in,
        minutes_out=minutes_out,
        lines=tuple(lines),
        series=tuple(series),
    )


def member_ids_with_accounts(session: Session) -> list[int]:
    return list(session.scalars(select(ExchangeAccount.id).order_by(ExchangeAccount.id)))
