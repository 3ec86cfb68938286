"""The body of each competing process of the exchange concurrency test (a module of its own so
that `spawn` can import it): random transfers between a few members, each success appended to
the worker's own file (flushed and synced) *after* the service returned, so a transfer reported
there must be in the database even if the process is killed with SIGKILL right after."""

from __future__ import annotations

import os
import random
from typing import Any


def transfer_worker(
    url: str, actor: Any, account_ids: list[int], count: int, seed: int, report_path: str
) -> None:
    from incubator_app.db.engine import make_engine, make_session_factory, resolve_url
    from incubator_app.errors import ConflictError
    from incubator_app.services.exchange.ledger import record_transfer

    rng = random.Random(seed)
    engine = make_engine(resolve_url(url))
    sessions = make_session_factory(engine)
    with open(report_path, "a", encoding="utf-8") as report, sessions() as session:
        for _ in range(count):
            if rng.random() < 0.25:
                one, *many = rng.sample(account_ids, rng.randint(3, 5))
                from_ids, to_ids = ([one], many) if rng.random() < 0.5 else (many, [one])
            else:
                a, b = rng.sample(account_ids, 2)
                from_ids, to_ids = [a], [b]
            minutes = rng.choice((15, 30, 45, 60, 90, 120))
            try:
                view = record_transfer(
                    session, from_ids=from_ids, to_ids=to_ids, minutes=minutes, actor=actor
                )
            except ConflictError as exc:  # a limit (LimitExceeded) refuses it: that is fine
                report.write(f"refused {type(exc).__name__}\n")
            else:
                report.write(f"ok {view.id} {len(view.legs)}\n")
            report.flush()
            os.fsync(report.fileno())
        report.write("done\n")
        report.flush()
    engine.dispose()
