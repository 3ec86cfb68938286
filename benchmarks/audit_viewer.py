"""Audit viewer at a million rows (issue 17): the first screen (count + first page of 200, as
the WindowedTableModel asks) under each filter, and the grant indicators' window.

    PYTHONPATH=. .venv/bin/python benchmarks/audit_viewer.py --db /tmp/audit-bench.sqlite3 \
        [--rows 1000000] [--samples 7] [--pg postgresql+psycopg://…]

The audit table is filled with generated rows (bulk inserts: 40 users, 30 kinds of record, the
usual actions, spread over three years, changes as the services write them, a few coaching
sessions' masked notes). Every timing goes through the service the page calls, with a fresh
session each time, as the UI does. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select

from incubator_app.db.migrate import open_database
from incubator_app.models import AuditEntry, Role, User
from incubator_app.services.actor import Actor
from incubator_app.services.administration.audit_viewer import (
    COUNT_CAP,
    AuditFilter,
    AuditListSource,
)
from incubator_app.services.paging import SortOrder

KINDS = [
    "entrepreneur", "coaching_session", "milestone", "action_item", "booking", "service_usage",
    "stage_change", "support_contract", "document", "revenue", "cohort", "event",
    "registration", "exchange_transfer", "grant_agreement", "grant_deadline", "funder",
    "user_account", "coach", "discipline", "exit_outcome", "follow_up_checkpoint",
    "milestone_template", "shared_service", "outbox_message", "grant_indicator", "contact",
    "cooperation_call", "cooperation_draw", "incubator_profile",
]  # fmt: skip
ACTIONS = ["create"] * 5 + ["update"] * 8 + ["delete", "cancel", "attribute", "charge"]


def fill(db, rows: int) -> None:
    with db.session() as s:
        have = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        if have >= rows:
            return
        if not s.scalar(select(func.count()).select_from(User)):
            for i in range(40):
                s.add(User(login=f"user{i}", display_name=f"User {i}", role=Role.STAFF,
                           password_hash="x"))  # fmt: skip
            s.commit()
        rng = random.Random(17)
        start = datetime(2024, 1, 1, tzinfo=UTC)
        span = 3 * 365 * 24 * 3600
        batch = []
        for n in range(have, rows):
            kind = rng.choice(KINDS)
            action = rng.choice(ACTIONS)
            user = rng.randrange(40)
            changes = {"name": [f"old {n}", f"new {n}"], "commune": [None, "Marseille"]}
            if kind == "coaching_session":
                changes = {"confidential_notes": ["<confidential>", "<confidential>"],
                           "summary": [None, f"séance {n}"]}  # fmt: skip
            batch.append(
                {
                    "at": start + timedelta(seconds=span * n // rows),
                    "user_id": user + 1,
                    "user_login": f"user{user}",
                    "entity": kind,
                    "entity_id": rng.randrange(1, 50_000),
                    "action": action,
                    "changes": changes,
                }
            )
            if len(batch) == 50_000:
                s.execute(insert(AuditEntry), batch)
                s.commit()
                batch.clear()
                print(f"  {n + 1} rows", file=sys.stderr)
        if batch:
            s.execute(insert(AuditEntry), batch)
            s.commit()


def first_screen(db, actor, filters: AuditFilter, cap: int | None = COUNT_CAP) -> tuple[float, str]:
    """`cap` None: the exact count (the viewer before the cap); else the count the viewer now
    makes, shown as « > cap » when more rows match."""
    t0 = time.perf_counter()
    with db.session() as s:
        source = AuditListSource(actor, filters, count_cap=cap)
        total = source.count(s)
        rows = source.fetch(s, SortOrder(), 0, 200)
    assert len(rows) == min(200, total)
    shown = f"> {cap:,}" if source.more_than(total) else f"{total:,}"
    return (time.perf_counter() - t0) * 1000, shown


def scroll(db, actor, offset: int) -> float:
    t0 = time.perf_counter()
    with db.session() as s:
        AuditListSource(actor).fetch(s, SortOrder(), offset, 200)
    return (time.perf_counter() - t0) * 1000


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True, help="SQLite file or SQLAlchemy URL")
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--samples", type=int, default=7)
    args = p.parse_args()
    db = open_database(args.db, create=True)
    t0 = time.perf_counter()
    fill(db, args.rows)
    print(f"filled in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    actor = Actor(user_id=None, login="bench", role=Role.ADMIN, display_name="bench")
    scenarios = [
        ("no filter (newest first)", AuditFilter()),
        ("who: one of 40 accounts", AuditFilter(user_login="user7")),
        ("kind: entrepreneur", AuditFilter(entity="entrepreneur")),
        ("action: delete", AuditFilter(action="delete")),
        ("period: one month", AuditFilter(start=date(2025, 6, 1), end=date(2025, 6, 30))),
        ("kind + action + period", AuditFilter(entity="booking", action="update",
                                                start=date(2025, 1, 1), end=date(2025, 12, 31))),
    ]  # fmt: skip
    # Exact count (as before the cap) and capped count (now), measured interleaved.
    print(f"| scenario ({args.rows:,} audit rows) | matching rows | exact count: median (ms) | "
          "worst | count shown now | capped count: median (ms) | worst |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, f in scenarios:
        exact, capped, total, shown = [], [], "", ""
        for _ in range(args.samples):
            ms, total = first_screen(db, actor, f, cap=None)
            exact.append(ms)
            ms, shown = first_screen(db, actor, f)
            capped.append(ms)
        print(f"| first screen, {name} | {total} | {statistics.median(exact):.1f} | "
              f"{max(exact):.1f} | {shown} | {statistics.median(capped):.1f} | "
              f"{max(capped):.1f} |")  # fmt: skip
    for offset in (10_000, 500_000):
        times = [scroll(db, actor, offset) for _ in range(args.samples)]
        print(f"| scroll to row {offset:,} (one page) | — | {statistics.median(times):.1f} | "
              f"{max(times):.1f} |")  # fmt: skip
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
