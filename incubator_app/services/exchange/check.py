"""The ledger's invariants, checked from the rows themselves: every transfer has its movements
(at least two, summing to zero, their positive part equal to the transfer's total), every stored
balance equals the sum of its account's movements, and all balances sum to zero."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.models.exchange import ExchangeBalance, ExchangeMovement, ExchangeTransfer
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import require_view


@dataclass(frozen=True)
class LedgerCheck:
    transfers: int
    movements: int
    accounts: int
    # Transfer ids with fewer than two movements, or movements not summing to zero / the total.
    broken_transfers: tuple[int, ...]
    # (account id, stored balance, sum of movements) where they differ, and stored counts too.
    wrong_balances: tuple[tuple[int, int, int], ...]
    total_minutes: int
    movements_total: int

    @property
    def holds(self) -> bool:
        return (
            not self.broken_transfers
            and not self.wrong_balances
            and self.total_minutes == 0
            and self.movements_total == 0
        )


def check_ledger(session: Session, *, actor: Actor) -> LedgerCheck:
    require_view(actor)
    per_transfer = (
        select(
            ExchangeMovement.transfer_id.label("tid"),
            func.count().label("n"),
            func.sum(ExchangeMovement.minutes).label("net"),
            func.sum(func.abs(ExchangeMovement.minutes)).label("gross"),
        )
        .group_by(ExchangeMovement.transfer_id)
        .subquery()
    )
    broken = session.scalars(
        select(ExchangeTransfer.id)
        .outerjoin(per_transfer, per_transfer.c.tid == ExchangeTransfer.id)
        .where(
            (per_transfer.c.n.is_(None))
            | (per_transfer.c.n < 2)
            | (per_transfer.c.net != 0)
            | (per_transfer.c.gross != 2 * ExchangeTransfer.total_minutes)
        )
        .order_by(ExchangeTransfer.id)
    ).all()
    # Movements pointing at no transfer cannot exist (foreign key), so only balances remain.
    per_account = (
        select(
            ExchangeMovement.account_id.label("aid"),
            func.sum(ExchangeMovement.minutes).label("net"),
            func.count().label("n"),
        )
        .group_by(ExchangeMovement.account_id)
        .subquery()
    )
    net = func.coalesce(per_account.c.net, 0)
    count = func.coalesce(per_account.c.n, 0)
    wrong = session.execute(
        select(ExchangeBalance.account_id, ExchangeBalance.minutes, net)
        .outerjoin(per_account, per_account.c.aid == ExchangeBalance.account_id)
        .where((ExchangeBalance.minutes != net) | (ExchangeBalance.movement_count != count))
        .order_by(ExchangeBalance.account_id)
    ).all()
    orphans = session.execute(
        select(per_account.c.aid, 0, per_account.c.net)
        .outerjoin(ExchangeBalance, ExchangeBalance.account_id == per_account.c.aid)
        .where(ExchangeBalance.account_id.is_(None))
    ).all()
    return LedgerCheck(
        transfers=session.scalar(select(func.count()).select_from(ExchangeTransfer)) or 0,
        movements=session.scalar(select(func.count()).select_from(ExchangeMovement)) or 0,
        accounts=session.scalar(select(func.count()).select_from(ExchangeBalance)) or 0,
        broken_transfers=tuple(broken),
        wrong_balances=tuple((a, s, n) for a, s, n in [*wrong, *orphans]),
        total_minutes=session.scalar(select(func.coalesce(func.sum(ExchangeBalance.minutes), 0)))
        or 0,
        movements_total=session.scalar(select(func.coalesce(func.sum(ExchangeMovement.minutes), 0)))
        or 0,
    )
