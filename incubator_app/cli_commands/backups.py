"""`incubator-app restore --db DB BACKUP`: puts a backup back (database and documents), after
checking it whole and backing up what it replaces; and the lines `backup` prints about what its
file holds (the command itself is in cli.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from incubator_app.db.backup import BackupMade


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    restore = sub.add_parser(
        "restore",
        help="replace the database and put back its documents from a backup (.zip, or an older"
        " .sqlite3 copy); what it replaces is backed up first",
    )
    common(restore)
    from incubator_app.cli_signin import add_user_option

    # Required when the database being replaced holds accounts (checked once it is open): an
    # administrator of that database signs in; restoring on a new computer needs none.
    add_user_option(restore, required=False)
    restore.add_argument("backup", metavar="BACKUP", help="the backup file")
    restore.set_defaults(handler=cmd_restore)


def describe_backup(made: BackupMade) -> list[str]:
    """What the backup holds, in the user's words (after "Backup written to …")."""
    from incubator_app.db.paths import documents_dir

    if not made.with_documents:
        return [
            str(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "The database (pg_dump, restored with psql), with the documents' and"
                        " toolbox files it keeps; files attached before it kept them are only in"
                        " {folder} of the computer that attached them: run “server"
                        " share-documents” there first.",
                    ),
                    folder=str(documents_dir()),
                )
            )
        ]
    lines = [
        str(
            msg(
                QT_TRANSLATE_NOOP("Cli", "It holds the database and {count} document(s)."),
                count=made.documents,
            )
        )
    ]
    if made.missing_documents:
        lines.append(
            str(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{count} document(s) named by the database were missing or damaged in"
                        " {folder} and are not in the backup.",
                    ),
                    count=len(made.missing_documents),
                    folder=str(documents_dir()),
                )
            )
        )
    return lines


def cmd_restore(args: argparse.Namespace) -> int:
    from incubator_app.cli import require_db
    from incubator_app.db.backup import restore_backup_file
    from incubator_app.db.engine import resolve_url
    from incubator_app.db.migrate import open_database
    from incubator_app.services.administration.backups import record_restore

    db = require_db(args)
    source = Path(args.backup)
    signed_in = []
    restored = restore_backup_file(
        resolve_url(db),
        source,
        before_replacing=lambda: signed_in.append(restore_actor(db, args.user)),
    )
    # Opening it upgrades an older backup (after its own backup), as the app does at start.
    database = open_database(db, create=False, upgrade=True)
    try:
        with database.session() as session:
            record_restore(session, restored, actor=signed_in[0])
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "Restored {db} from {backup} ({count} document(s) put back)."),
            db=db,
            backup=str(source),
            count=restored.documents_put_back,
        )
    )
    if restored.safety is not None:
        print(
            msg(
                QT_TRANSLATE_NOOP("Cli", "What it replaced is saved in {path}"),
                path=str(restored.safety),
            )
        )
    return 0


def restore_actor(db: str, login: str | None):
    """Who restores. A restore replaces everyone's data: when the database it replaces holds
    accounts, an administrator of that database signs in first (once the backup is checked,
    before anything is replaced). A database that does not exist yet (a new computer), has no
    account, or cannot be opened at all (the usual reason to restore) asks for none: whoever can
    write its file can replace it anyway, and the file is readable and writable by its owner
    only."""
    from incubator_app.cli_signin import sign_in
    from incubator_app.db.migrate import open_database
    from incubator_app.errors import StorageError
    from incubator_app.services.actor import Actor, Permission, require
    from incubator_app.services.administration.users import count_users

    if "://" in db or not Path(db).is_file():  # restore refuses a server database just after
        return Actor.system()
    try:
        database = open_database(db, create=False, upgrade=False)
    except StorageError:
        return Actor.system()
    try:
        with database.session() as session:
            if count_users(session) == 0:
                return Actor.system()
            actor = sign_in(session, login)
            require(actor, Permission.MANAGE_USERS)
            return actor
    finally:
        database.dispose()
