"""The last place of an event under concurrency: 20 real processes, started together by a
barrier, register at the same moment for the one place left, round after round, on a real file
database (SQLite) or on the PostgreSQL server (INCUBATOR_TEST_DB_URL). Each round exactly one
gets the place; the 19 others are on the waiting list at positions 1…19, each told the position
the database holds, in the order the registrations were written.

50 rounds on SQLite; 10 on PostgreSQL unless INCUBATOR_EVENT_RACE_ROUNDS asks for more (50 is
the issue's figure: `INCUBATOR_EVENT_RACE_ROUNDS=50`), to keep CI's time modest."""

from __future__ import annotations

import multiprocessing
import os
from datetime import timedelta

import pytest
from event_helpers import new_event
from event_race import register_worker
from factories import make_entrepreneur
from sqlalchemy import select

from incubator_app.models import Registration
from incubator_app.models.vocabulary import RegistrationStatus as S
from incubator_app.services.events.registrations import register

pytestmark = pytest.mark.core

WORKERS = 20


def _rounds(db_url: str) -> int:
    default = 50 if not db_url.startswith("postgresql") else 10
    return int(os.environ.get("INCUBATOR_EVENT_RACE_ROUNDS", default))


def test_twenty_processes_race_for_the_last_place(db_url, session, admin):
    rounds = _rounds(db_url)
    people = [make_entrepreneur(session, f"Coureur{k}").id for k in range(WORKERS)]
    first = make_entrepreneur(session, "Premier").id
    warm_up = new_event(session, admin, capacity=WORKERS, starts_in=timedelta(days=3649))
    event_ids = []
    for n in range(rounds):
        # Far ahead: the workers run on the machine's clock, not the test's frozen one.
        ev = new_event(session, admin, capacity=2, starts_in=timedelta(days=3650 + n))
        register(session, ev, entrepreneur_id=first, actor=admin)  # one place left
        event_ids.append(ev)
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(WORKERS, timeout=300)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=register_worker,
            args=(db_url, admin, warm_up, event_ids, people[k], k, barrier, results),
        )
        for k in range(WORKERS)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=600) for _ in range(rounds * WORKERS)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert [o for o in outcomes if o[2] == "error"] == []
    session.expire_all()
    for n, event_id in enumerate(event_ids):
        this_round = [o for o in outcomes if o[0] == n]
        statuses = sorted(o[2] for o in this_round)
        assert statuses == ["registered"] + ["waitlisted"] * (WORKERS - 1), (n, statuses)
        told = {o[4]: o[5] for o in this_round if o[2] == "waitlisted"}
        assert sorted(told.values()) == list(range(1, WORKERS))
        rows = session.execute(
            select(Registration.id, Registration.status, Registration.queue_key)
            .where(Registration.event_id == event_id)
            .order_by(Registration.queue_key)
        ).all()
        held = [r for r in rows if r.status is S.REGISTERED]
        assert len(held) == 2  # the first person and the round's winner: never more
        waiting = [r for r in rows if r.status is S.WAITLISTED]
        # The waiting order is the order of writing (ids), and what each process was told.
        assert [r.id for r in waiting] == sorted(r.id for r in waiting)
        assert [told[r.id] for r in waiting] == list(range(1, WORKERS))
