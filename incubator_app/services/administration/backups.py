"""Backups from the Settings screen: who may back up and restore, and the audit of both."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from incubator_app.db.backup import backup_database, backups_folder, restore_sqlite_backup
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import record_audit, unit_of_work


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    # The database as it was just before the restore: the way back.
    previous_saved_to: Path


def backup_folder_of(url: URL, *, actor: Actor) -> Path:
    require(actor, Permission.VIEW)
    return backups_folder(url)


def back_up_now(session: Session, url: URL, *, actor: Actor) -> Path:
    """A timestamped copy in the backups folder (the last ten are kept)."""
    require(actor, Permission.MANAGE_SETTINGS)
    path = backup_database(url)
    with unit_of_work(session):
        record_audit(session, actor, "database", None, "backup", {"file": path.name})
    return path


def restore_backup(session: Session, url: URL, source: Path, *, actor: Actor) -> RestoreResult:
    """Replaces the whole database (accounts included) with a backup: administrators only.
    The audit row is written into the restored database, so it says who brought it back."""
    require(actor, Permission.MANAGE_SETTINGS)
    require(actor, Permission.MANAGE_USERS)
    session.close()  # no connection of ours holds the file while it is replaced
    previous = restore_sqlite_backup(url, Path(source))
    # The restored database may not know this account's id: the login names who did it.
    with unit_of_work(session):
        record_audit(
            session,
            replace(actor, user_id=None),
            "database",
            None,
            "restore",
            {"file": Path(source).name, "previous_saved_to": previous.name},
        )
    return RestoreResult(Path(source), previous)
