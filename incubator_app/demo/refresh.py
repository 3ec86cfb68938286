"""Keeping a demo database fresh: rebuilt when its reference date is over a month old (no Qt).

`./dev.sh app` calls `incubator-app demo --if-stale` before opening the demo, so the quick start
never shows a dead incubator (no session this month, an empty calendar). Only a database marked
as a demo (the profile's `is_demo`) is ever rebuilt; a real incubator's is refused untouched.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from incubator_app import clock
from incubator_app.db.migrate import open_database
from incubator_app.demo.context import Progress
from incubator_app.demo.generator import DemoSummary, database_holds_data, generate_demo
from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import IncubatorProfile

#: A demo whose reference date is more than this many days before today is rebuilt.
STALE_AFTER_DAYS = 30


class RefreshAction(enum.Enum):
    CREATED = "created"  # no database, or an empty one
    REBUILT = "rebuilt"  # a demo over STALE_AFTER_DAYS old
    KEPT = "kept"  # a demo fresh enough


@dataclass(frozen=True)
class DemoRefresh:
    action: RefreshAction
    # The kept demo's reference date, or the old one of a rebuilt demo (None: unknown or new).
    previous_reference: date | None
    summary: DemoSummary | None  # None when kept


def is_stale(reference: date | None, today: date) -> bool:
    """A demo without a reference date predates it (made around 1 November 2026): stale."""
    return reference is None or (today - reference).days > STALE_AFTER_DAYS


def _current_demo(db: str | Path) -> tuple[bool, date | None] | None:
    """None for an empty database; else (is_demo, demo_reference_date). A database with data
    but no incubator profile is not a demo."""
    database = open_database(db)
    try:
        with database.session() as session:
            row = session.execute(
                select(IncubatorProfile.is_demo, IncubatorProfile.demo_reference_date).limit(1)
            ).first()
        if row is not None:
            return bool(row[0]), row[1]
        with database.engine.connect() as conn:
            return (False, None) if database_holds_data(conn) else None
    finally:
        database.dispose()


def refresh_demo_if_stale(
    db: str | Path,
    *,
    seed: int = 1,
    scale: str = "small",
    reference_date: date | None = None,
    progress: Progress | None = None,
) -> DemoRefresh:
    """Creates the demo when `db` is missing or empty, rebuilds it when its reference date is
    over STALE_AFTER_DAYS old, keeps it otherwise; refuses (ConflictError) a database that is
    not a demo, without changing it."""
    missing = "://" not in str(db) and not Path(db).exists()
    state = None if missing else _current_demo(db)
    if state is None:
        summary = generate_demo(
            db, seed=seed, scale=scale, reference_date=reference_date, progress=progress
        )
        return DemoRefresh(RefreshAction.CREATED, None, summary)
    is_demo, previous = state
    if not is_demo:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Demo",
                    "The database {path} is not a demo database; --if-stale never replaces it.",
                ),
                path=str(db),
            )
        )
    if not is_stale(previous, clock.today()):
        return DemoRefresh(RefreshAction.KEPT, previous, None)
    summary = generate_demo(
        db, seed=seed, scale=scale, force=True, reference_date=reference_date, progress=progress
    )
    return DemoRefresh(RefreshAction.REBUILT, previous, summary)
