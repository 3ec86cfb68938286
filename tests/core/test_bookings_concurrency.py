"""No double booking under concurrency: real separate processes, started together by a barrier,
book the last free unit of the same slot, round after round, on a real file database (SQLite) or
on the PostgreSQL server (INCUBATOR_TEST_DB_URL). Exactly one wins each round; every other gets a
ConflictError naming the resource and the time."""

from __future__ import annotations

import multiprocessing

import pytest
from booking_race import race_worker, round_slot
from factories import make_entrepreneur
from sqlalchemy import select

from incubator_app.models import Booking, BookingStatus
from incubator_app.services.shared_services.bookings import create_booking, local_text
from incubator_app.services.shared_services.catalogue import create_shared_service

pytestmark = pytest.mark.core

ROUNDS = 25
WORKERS = 3


def _race(db_url, session, admin, *, capacity: int):
    name = "Studio son" if capacity == 1 else "Enregistreurs Zoom H5"
    service = create_shared_service(
        session,
        name=name,
        category="Équipement",
        unit="hour",
        unit_price_cents=1500,
        bookable=True,
        capacity=capacity,
        actor=admin,
    )
    person = make_entrepreneur(session)
    # Multi-unit resource: all units but one are already taken in every round's slot.
    for n in range(ROUNDS):
        if capacity > 1:
            start, end = round_slot(n)
            create_booking(
                session,
                service_id=service.id,
                starts_at=start,
                ends_at=end,
                units=capacity - 1,
                actor=admin,
            )
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(WORKERS, timeout=120)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=race_worker,
            args=(db_url, admin, service.id, person.id, ROUNDS, k, barrier, results),
        )
        for k in range(WORKERS)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=300) for _ in range(ROUNDS * WORKERS)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return service, person, outcomes


@pytest.mark.parametrize("capacity", [1, 4])
def test_racing_processes_never_double_book(db_url, session, admin, capacity):
    service, person, outcomes = _race(db_url, session, admin, capacity=capacity)
    errors = [o for o in outcomes if o[2] == "error"]
    assert errors == []
    for n in range(ROUNDS):
        this_round = [o for o in outcomes if o[0] == n]
        assert sorted(o[2] for o in this_round) == ["conflict"] * (WORKERS - 1) + ["ok"], n
        start, end = round_slot(n)
        for _, _, _, text in (o for o in this_round if o[2] == "conflict"):
            # « Studio son » is already booked by … on 01/09/2026 from 08:00 to 09:00.
            day, starts = local_text(start).split()
            ends = local_text(end).split()[1]
            assert all(part in text for part in (service.name, day, starts, ends)), text
    # The database agrees: per slot, the units booked equal the capacity, never more.
    session.expire_all()
    rows = session.execute(
        select(Booking.starts_at, Booking.units, Booking.entrepreneur_id).where(
            Booking.service_id == service.id, Booking.status == BookingStatus.CONFIRMED
        )
    ).all()
    per_slot: dict[str, int] = {}
    for starts_at, units, _ in rows:
        key = starts_at.isoformat()
        per_slot[key] = per_slot.get(key, 0) + units
    assert len(per_slot) == ROUNDS
    assert set(per_slot.values()) == {capacity}
    assert sum(1 for r in rows if r.entrepreneur_id == person.id) == ROUNDS
