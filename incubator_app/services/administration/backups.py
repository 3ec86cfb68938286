"""Backups from the Settings screen: who may back up and restore, and the audit of both."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from incubator_app.db.backup import (
    BACKUP_SUFFIXES,
    Restored,
    backup_database,
    backups_folder,
    restore_backup_file,
)

__all__ = ["BACKUP_SUFFIXES", "RestoreResult", "back_up_now", "backup_folder_of", "restore_backup"]
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import record_audit, unit_of_work


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    # The database as it was just before the restore: the way back.
    previous_saved_to: Path
    # Documents the backup held that the documents folder lacked.
    documents_put_back: int = 0


def backup_folder_of(url: URL, *, actor: Actor) -> Path:
    require(actor, Permission.VIEW)
    return backups_folder(url)


def back_up_now(session: Session, url: URL, *, actor: Actor) -> Path:
    """A timestamped backup (database and documents) in the backups folder (the last ten are
    kept)."""
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
    restored = restore_backup_file(url, Path(source))
    record_restore(session, restored, actor=actor)
    assert restored.safety is not None  # the database in use existed: it was backed up
    return RestoreResult(Path(source), restored.safety, restored.documents_put_back)


def record_restore(session: Session, restored: Restored, *, actor: Actor) -> None:
    """The audit row of a restore, written into the restored database. It may not know this
    account's id: the login names who did it."""
    require(actor, Permission.MANAGE_USERS)
    details = {
        "file": restored.source.name,
        "previous_saved_to": restored.safety.name if restored.safety else None,
        "documents_put_back": restored.documents_put_back,
    }
    with unit_of_work(session):
        record_audit(session, replace(actor, user_id=None), "database", None, "restore", details)
