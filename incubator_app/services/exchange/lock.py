"""One writer at a time per account, so that a limit check, the movements and the stored
balances it updates cannot interleave with another transfer (same idea as
services/shared_services/booking_lock.py).

- SQLite: ``BEGIN IMMEDIATE`` takes the database's write lock before anything is read.
- PostgreSQL: ``SELECT … FOR UPDATE`` on the accounts' ``exchange_balance`` rows, always in
  account-id order so that two transfers touching the same accounts never deadlock. The rows
  come back with the balances as the previous holder committed them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.models import Entrepreneur
from incubator_app.models.exchange import AccountKind, ExchangeAccount, ExchangeBalance
from incubator_app.services.exchange.accounts import account_label


def _begin_immediate(session: Session) -> bool:
    """On SQLite, takes the write lock now; True when the dialect is SQLite."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return False
    raw = conn.connection.driver_connection
    if not raw.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    return True


@dataclass(frozen=True)
class LockedMember:
    """What a transfer needs of an account, read under the lock."""

    id: int
    kind: AccountKind
    label: str
    active: bool
    min_minutes: int | None
    max_minutes: int | None
    balance: int
    movement_count: int
    last_movement_on: date | None


def lock_members(session: Session, account_ids: Iterable[int]) -> dict[int, LockedMember]:
    """Locks the accounts' balances (see above) and returns them with what a transfer checks,
    in one query."""
    ids = sorted(set(account_ids))
    stmt = (
        select(
            ExchangeAccount.id,
            ExchangeAccount.kind,
            account_label(),
            ExchangeAccount.active,
            ExchangeAccount.min_minutes,
            ExchangeAccount.max_minutes,
            ExchangeBalance.minutes,
            ExchangeBalance.movement_count,
            ExchangeBalance.last_movement_on,
        )
        .join(ExchangeBalance, ExchangeBalance.account_id == ExchangeAccount.id)
        .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
        .where(ExchangeAccount.id.in_(ids))
        .order_by(ExchangeAccount.id)
    )
    if not _begin_immediate(session):
        stmt = stmt.with_for_update(of=ExchangeBalance)
    return {row[0]: LockedMember(*row) for row in session.execute(stmt)}


def lock_balances(session: Session, account_ids: Iterable[int]) -> dict[int, int]:
    """Call first thing in the unit of work; returns {account_id: stored balance} read under the
    lock (an account without a balance row is missing from the result)."""
    ids = sorted(set(account_ids))
    stmt = select(ExchangeBalance.account_id, ExchangeBalance.minutes).where(
        ExchangeBalance.account_id.in_(ids)
    )
    if not _begin_immediate(session):
        stmt = stmt.order_by(ExchangeBalance.account_id).with_for_update()
    return {account_id: minutes for account_id, minutes in session.execute(stmt)}
