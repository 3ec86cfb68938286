"""Four processes record random transfers (one-to-one and one-to-many) between the same few
members at once, on a real SQLite file or on PostgreSQL (INCUBATOR_TEST_DB_URL), and some are
killed with SIGKILL at random moments and replaced. Afterwards the ledger check holds, every
transfer a process reported is there with all its movements, and no limit was broken (limits are
tight, so concurrent transfers race for the same headroom).

CI runs PER_PROCESS = 40 transfers per process; the issue's 500 per process run with
`INCUBATOR_EXCHANGE_RACE_N=500 pytest tests/core/test_exchange_concurrency.py`."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import pytest
from exchange_helpers import incubator, make_members
from exchange_race import transfer_worker
from sqlalchemy import func, select

from incubator_app.models.exchange import ExchangeBalance, ExchangeMovement
from incubator_app.services.exchange.check import check_ledger
from incubator_app.services.exchange.rules import update_exchange_rules

pytestmark = pytest.mark.core

WORKERS = 4
PER_PROCESS = int(os.environ.get("INCUBATOR_EXCHANGE_RACE_N", "40"))
KILLS = 3
LOW, HIGH = -3 * 60, 3 * 60


def _reported(path: Path) -> tuple[dict[int, int], int, bool]:
    """{transfer id: legs} reported ok, lines reported in all, and whether the worker finished."""
    ok, lines, done = {}, 0, False
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if parts[:1] == ["ok"] and len(parts) == 3:
                ok[int(parts[1])] = int(parts[2])
                lines += 1
            elif parts[:1] == ["refused"]:
                lines += 1
            elif parts == ["done"]:
                done = True
    return ok, lines, done


def test_concurrent_transfers_with_kills_keep_the_ledger_whole(db_url, session, admin, tmp_path):
    update_exchange_rules(
        session, {"default_min_minutes": LOW, "default_max_minutes": HIGH}, actor=admin
    )
    house = incubator(session, admin)
    ids = [house.id, *(m.id for m in make_members(session, admin, 6))]
    ctx = multiprocessing.get_context("spawn")
    rng = random.Random(1602)

    def start(slot: int, generation: int) -> multiprocessing.Process:
        report = tmp_path / f"worker{slot}.txt"
        _, lines, _ = _reported(report)
        proc = ctx.Process(
            target=transfer_worker,
            args=(db_url, admin, ids, PER_PROCESS - lines, 100 * slot + generation, str(report)),
        )
        proc.start()
        return proc

    procs = {slot: start(slot, 0) for slot in range(WORKERS)}
    kills = 0
    deadline = time.monotonic() + 600
    # Each kill hits a worker in the middle of its work: one that has some transfers left,
    # once it has reported a few more since it started (however fast the machine is), after a
    # random pause of a few milliseconds.
    while kills < KILLS and time.monotonic() < deadline:
        busy = [
            s
            for s, p in procs.items()
            if p.is_alive() and _reported(tmp_path / f"worker{s}.txt")[1] < PER_PROCESS - 5
        ]
        if not busy:
            break
        slot = rng.choice(busy)
        report = tmp_path / f"worker{slot}.txt"
        target = _reported(report)[1] + 2
        while (
            procs[slot].is_alive() and _reported(report)[1] < target and time.monotonic() < deadline
        ):
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.02))
        if not procs[slot].is_alive():
            continue
        os.kill(procs[slot].pid, signal.SIGKILL)
        procs[slot].join(timeout=30)
        kills += 1
        procs[slot] = start(slot, kills)
    for proc in procs.values():
        proc.join(timeout=60)
        assert proc.exitcode == 0
    assert kills == KILLS

    reported: dict[int, int] = {}
    for slot in range(WORKERS):
        ok, lines, done = _reported(tmp_path / f"worker{slot}.txt")
        # A replacement does what its killed predecessor had not reported (a transfer committed
        # just before a kill and never reported is in the ledger, unreported: that is allowed).
        assert done and lines == PER_PROCESS
        reported |= ok
    assert len(reported) > WORKERS * PER_PROCESS // 4  # the limits did not refuse everything

    session.expire_all()
    check = check_ledger(session, actor=admin)
    assert check.holds, check
    legs = dict(
        session.execute(
            select(ExchangeMovement.transfer_id, func.count())
            .where(ExchangeMovement.transfer_id.in_(list(reported)))
            .group_by(ExchangeMovement.transfer_id)
        ).all()
    )
    assert legs == reported
    balances = session.execute(
        select(ExchangeBalance.account_id, ExchangeBalance.minutes).where(
            ExchangeBalance.account_id.in_(ids[1:])
        )
    ).all()
    assert all(LOW <= minutes <= HIGH for _, minutes in balances), balances
