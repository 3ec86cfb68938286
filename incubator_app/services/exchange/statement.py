"""A member's statement: the movements of a period with their counterparts, the opening and
closing balances, and the balance day by day for the chart. Private unless the actor is staff
or the member opted in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
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


@dataclass(frozen=True)
class StatementLine:
    movement_id: int
    transfer_id: int
    done_on: date
    minutes: int
    balance_after: int
    kind: TransferKind
    category: str | None
    note: str | None
    # "Léa Fabre", or "Léa Fabre +7" for a one-to-many transfer.
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
    stmt = (
        # Plain columns, not ORM objects: the incubator's statement has thousands of lines.
        select(
            ExchangeMovement.id,
            ExchangeMovement.transfer_id,
            ExchangeMovement.done_on,
            ExchangeMovement.minutes,
            ExchangeTransfer.kind,
            ExchangeTransfer.category,
            ExchangeTransfer.note,
            ExchangeTransfer.reverses_id,
            ExchangeTransfer.flagged,
        )
        .join(ExchangeTransfer, ExchangeTransfer.id == ExchangeMovement.transfer_id)
        .where(ExchangeMovement.account_id == account_id)
    )
    opening = 0
    if period is not None:
        stmt = stmt.where(
            ExchangeMovement.done_on >= period.start, ExchangeMovement.done_on < period.end
        )
        opening = (
            session.scalar(
                select(func.coalesce(func.sum(ExchangeMovement.minutes), 0)).where(
                    ExchangeMovement.account_id == account_id,
                    ExchangeMovement.done_on < period.start,
                )
            )
            or 0
        )
    rows = session.execute(stmt.order_by(ExchangeMovement.done_on, ExchangeMovement.id)).all()
    # The other members of each transfer, with their names, in one query walking the
    # transfers of this account (never a long IN list: the incubator has thousands).
    mine = aliased(ExchangeMovement)
    other = aliased(ExchangeMovement)
    others_stmt = (
        select(other.transfer_id, account_label())
        .select_from(mine)
        .join(other, other.transfer_id == mine.transfer_id)
        .join(ExchangeAccount, ExchangeAccount.id == other.account_id)
        .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
        .where(mine.account_id == account_id, other.account_id != account_id)
        .order_by(other.id)
    )
    if period is not None:
        others_stmt = others_stmt.where(mine.done_on >= period.start, mine.done_on < period.end)
    others: dict[int, list[str]] = {}
    for tid, label in session.execute(others_stmt):
        others.setdefault(tid, []).append(label)
    lines, series = [], []
    balance = opening
    for movement in rows:
        balance += movement.minutes
        names = others.get(movement.transfer_id, [])
        counterpart = names[0] if names else ""
        if len(names) > 1:
            counterpart = f"{counterpart} +{len(names) - 1}"
        lines.append(
            StatementLine(
                movement_id=movement.id,
                transfer_id=movement.transfer_id,
                done_on=movement.done_on,
                minutes=movement.minutes,
                balance_after=balance,
                kind=movement.kind,
                category=movement.category,
                note=movement.note,
                counterpart=counterpart,
                reverses_id=movement.reverses_id,
                flagged=movement.flagged,
            )
        )
        if series and series[-1][0] == movement.done_on:
            series[-1] = (movement.done_on, balance)
        else:
            series.append((movement.done_on, balance))
    return MemberStatement(
        account=account,
        period=period,
        opening_minutes=opening,
        closing_minutes=balance,
        minutes_in=sum(line.minutes for line in lines if line.minutes > 0),
        minutes_out=-sum(line.minutes for line in lines if line.minutes < 0),
        lines=tuple(lines),
        series=tuple(series),
    )


def member_ids_with_accounts(session: Session) -> list[int]:
    return list(session.scalars(select(ExchangeAccount.id).order_by(ExchangeAccount.id)))
