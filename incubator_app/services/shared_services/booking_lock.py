"""One writer at a time per bookable resource, so that a capacity check and the insert that
follows it cannot interleave with another process doing the same (no double booking).

- SQLite: the whole file is the lock. pysqlite opens a *deferred* transaction only at the first
  INSERT/UPDATE, so two processes could both read "free" before either writes. We start the
  transaction ourselves with ``BEGIN IMMEDIATE``, which takes the write lock (waiting up to the
  busy timeout set in db/engine.py) before the capacity check reads anything. If the connection
  is already inside a transaction, that transaction has written, so it already holds the lock.
  Only this service's transactions change: every other one keeps pysqlite's default behaviour.
- PostgreSQL: ``SELECT … FOR NO KEY UPDATE`` on the resource's ``shared_service`` row. Booking
  transactions on the same resource queue behind each other, READ COMMITTED then lets the
  capacity check see what the previous one committed; other resources, and inserts that merely
  reference the row (usages), are not blocked.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.models import SharedService


def lock_for_booking(session: Session, service_id: int) -> None:
    """Call first thing inside the unit of work, before reading bookings of `service_id`."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        if not raw.in_transaction:  # type: ignore[union-attr]
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        return
    session.execute(
        select(SharedService.id)
        .where(SharedService.id == service_id)
        .with_for_update(key_share=True)
    )
