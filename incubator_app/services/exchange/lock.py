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

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.models.exchange import ExchangeBalance


def lock_balances(session: Session, account_ids: Iterable[int]) -> dict[int, int]:
    """Call first thing in the unit of work; returns {account_id: stored balance} read under the
    lock (an account without a balance row is missing from the result)."""
    ids = sorted(set(account_ids))
    conn = session.connection()
    stmt = select(ExchangeBalance.account_id, ExchangeBalance.minutes).where(
        ExchangeBalance.account_id.in_(ids)
    )
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        if not raw.in_transaction:  # type: ignore[union-attr]
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        stmt = stmt.order_by(ExchangeBalance.account_id).with_for_update()
    return {account_id: minutes for account_id, minutes in session.execute(stmt)}
