"""The body of each competing process in the booking concurrency tests (a module of its own so
that `spawn` can import it): open a fresh engine, then, round after round, wait at the barrier
and try to book the round's slot at the same moment as the other processes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

BASE = datetime(2026, 9, 1, 6, 0, tzinfo=UTC)


def round_slot(n: int) -> tuple[datetime, datetime]:
    """Round n books [start, start + 1 h); rounds never touch each other's slots."""
    start = BASE + timedelta(hours=2 * n)
    return start, start + timedelta(hours=1)


def race_worker(
    url: str,
    actor: Any,
    service_id: int,
    entrepreneur_id: int,
    rounds: int,
    worker_no: int,
    barrier: Any,
    results: Any,
) -> None:
    from incubator_app.db.engine import make_engine, make_session_factory, resolve_url
    from incubator_app.errors import ConflictError
    from incubator_app.services.shared_services.bookings import create_booking

    engine = make_engine(resolve_url(url))
    sessions = make_session_factory(engine)
    try:
        for n in range(rounds):
            start, end = round_slot(n)
            with sessions() as session:
                # Connect before the barrier, so the race is about the booking, not the login.
                session.connection()
                barrier.wait()
                try:
                    booking = create_booking(
                        session,
                        service_id=service_id,
                        entrepreneur_id=entrepreneur_id,
                        starts_at=start,
                        ends_at=end,
                        units=1,
                        actor=actor,
                    )
                except ConflictError as exc:
                    results.put((n, worker_no, "conflict", str(exc)))
                except Exception as exc:  # noqa: BLE001 (reported to the test, which fails)
                    results.put((n, worker_no, "error", repr(exc)))
                else:
                    results.put((n, worker_no, "ok", booking.id))
    finally:
        engine.dispose()
