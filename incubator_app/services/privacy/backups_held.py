"""Which backups still hold a person after their erasure, and until when.

Backups are rotated by number (`db/backup.py` keeps the last KEEP_BACKUPS of each kind), not by
date: a backup made before the erasure leaves the folder once KEEP_BACKUPS newer ones of its
kind exist. The date is an estimate from the usual interval between backups of that kind."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import URL

from incubator_app import clock
from incubator_app.db.backup import BACKUP_SUFFIXES, KEEP_BACKUPS
from incubator_app.services.actor import Actor
from incubator_app.services.administration.backups import backup_folder_of


@dataclass(frozen=True)
class BackupsHolding:
    folder: Path
    files: tuple[str, ...]
    # Backups of the same kind still to be made before the last of these leaves the folder.
    backups_until_gone: int
    # When that should happen at the usual pace (None: no usual pace to go by).
    expected_gone_on: date | None


def _kind(path: Path) -> str:
    # "<db>-<reason>-<stamp>.<ext>": the kind is everything before the stamp.
    return path.stem.rsplit("-", 2)[0] if path.stem.count("-") >= 2 else path.stem


def backups_holding(url: URL, since: datetime | None, *, actor: Actor) -> BackupsHolding:
    folder = backup_folder_of(url, actor=actor)
    if not folder.is_dir():
        return BackupsHolding(folder, (), 0, None)
    backups = sorted(
        (p for p in folder.iterdir() if p.suffix in BACKUP_SUFFIXES),
        key=lambda p: p.stat().st_mtime,
    )
    threshold = since.timestamp() if since is not None else 0.0
    holding = [p for p in backups if p.stat().st_mtime >= threshold]
    if not holding:
        return BackupsHolding(folder, (), 0, None)
    until_gone = 0
    gone_on: date | None = None
    for kind in {_kind(p) for p in holding}:
        same = [p for p in backups if _kind(p) == kind]
        newest_holding = max(i for i, p in enumerate(same) if p in holding)
        # It leaves when KEEP_BACKUPS backups newer than it exist.
        left = KEEP_BACKUPS - (len(same) - 1 - newest_holding)
        until_gone = max(until_gone, left)
        times = [p.stat().st_mtime for p in same]
        if len(times) >= 2:
            pace = statistics.median(b - a for a, b in zip(times, times[1:], strict=False))
            estimate = (clock.now() + timedelta(seconds=pace * left)).date()
            gone_on = estimate if gone_on is None else max(gone_on, estimate)
    return BackupsHolding(folder, tuple(p.name for p in holding), until_gone, gone_on)
