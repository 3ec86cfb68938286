"""One writer at a time per event, so that counting the places taken and the change that
follows cannot interleave with another process doing the same (same idea as
services/shared_services/booking_lock.py and services/exchange/lock.py).

- SQLite: ``BEGIN IMMEDIATE`` takes the database's write lock before anything is read.
- PostgreSQL: ``SELECT … FOR NO KEY UPDATE`` on the ``event`` row: changes of the same event
  queue behind each other and, in READ COMMITTED, each then counts what the previous one
  committed; other events are not blocked.

The event is read *after* the lock with populate_existing, and every count that follows is a
fresh query: nothing read before the lock is trusted.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.errors import NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Event


def lock_event(session: Session, event_id: int) -> Event:
    """Call first thing inside the unit of work; returns the event as committed now."""
    conn = session.connection()
    stmt = select(Event).where(Event.id == event_id).execution_options(populate_existing=True)
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        if not raw.in_transaction:  # type: ignore[union-attr]
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        stmt = stmt.with_for_update(key_share=True)
    event = session.scalars(stmt).first()
    if event is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Events", "No event with id {id}."), id=event_id))
    return event
