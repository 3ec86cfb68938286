"""Backups: SQLite by the online backup API (safe while the app runs), PostgreSQL by pg_dump."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from incubator_app import clock
from incubator_app.db.engine import is_sqlite, sqlite_path
from incubator_app.errors import StorageError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

KEEP_BACKUPS = 10


def default_backup_path(url: URL, *, reason: str = "backup") -> Path:
    stamp = clock.local_stamp()
    path = sqlite_path(url)
    if path is not None:
        return path.parent / "backups" / f"{path.stem}-{reason}-{stamp}.sqlite3"
    from incubator_app.db.paths import data_dir

    return data_dir() / "backups" / f"{url.database or 'postgresql'}-{reason}-{stamp}.sql"


def backup_database(url: URL, dest: Path | None = None, *, reason: str = "backup") -> Path:
    """Writes a consistent copy of the database to `dest` (or a timestamped, rotated file)."""
    rotate = dest is None
    dest = dest or default_backup_path(url, reason=reason)
    if not dest.parent.exists():
        if rotate:
            dest.parent.mkdir(parents=True, exist_ok=True)
        else:
            raise StorageError(
                msg(
                    QT_TRANSLATE_NOOP("Storage", "The folder {folder} does not exist."),
                    folder=str(dest.parent),
                )
            )
    if is_sqlite(url):
        _backup_sqlite(sqlite_path(url), dest)
    else:
        _backup_postgresql(url, dest)
    if rotate:
        _rotate(dest.parent, dest.name.split(f"-{reason}-")[0] + f"-{reason}-")
    return dest


def _backup_sqlite(source: Path | None, dest: Path) -> None:
    if source is None:
        raise StorageError(
            msg(QT_TRANSLATE_NOOP("Storage", "An in-memory database has no backup."))
        )
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "Backup of {path} failed: {reason}"),
                path=str(source),
                reason=str(exc),
            )
        ) from exc
    finally:
        src.close()
    os.replace(tmp, dest)


def _backup_postgresql(url: URL, dest: Path) -> None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise StorageError(
            msg(QT_TRANSLATE_NOOP("Storage", "pg_dump is needed to back up a PostgreSQL database."))
        )
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = [pg_dump, "--no-owner", "-f", str(dest)]
    if url.host:
        args += ["-h", url.host]
    if url.port:
        args += ["-p", str(url.port)]
    if url.username:
        args += ["-U", url.username]
    args.append(url.database or "")
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "Backup of {path} failed: {reason}"),
                path=url.render_as_string(hide_password=True),
                reason=done.stderr.strip(),
            )
        )


def _rotate(folder: Path, prefix: str) -> None:
    backups = sorted(p for p in folder.iterdir() if p.name.startswith(prefix))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def backups_folder(url: URL) -> Path:
    """Where `backup_database` puts its timestamped copies of this database."""
    return default_backup_path(url).parent


def restore_sqlite_backup(url: URL, source: Path) -> Path:
    """Replaces the SQLite database at `url` with the backup `source`, after backing the current
    one up (returned: the way back). The copy goes through SQLite's backup API, page by page
    under a lock, so no half-written file is ever left in place. The caller reopens the
    database afterwards (an older backup is then upgraded like any older database)."""
    from incubator_app.db.migrate import SchemaState, schema_state  # migrate imports us

    target = sqlite_path(url)
    if target is None:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "Only a SQLite database can be restored from the app; restore a PostgreSQL"
                    " dump with psql.",
                )
            )
        )
    source = Path(source)
    if not source.is_file():
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "The database {path} does not exist."),
                path=str(source),
            )
        )
    if source.resolve() == target.resolve():
        raise StorageError(
            msg(QT_TRANSLATE_NOOP("Storage", "This is the database in use, not a backup."))
        )
    state, _revision = schema_state(source, writable=False)
    if state is SchemaState.NEWER:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Storage", "{path} was written by a newer version of the application."
                ),
                path=str(source),
            )
        )
    if state in (SchemaState.EMPTY, SchemaState.FOREIGN):
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "{path} is not a backup of an incubator database."),
                path=str(source),
            )
        )
    safety = backup_database(url, reason="before-restore")
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Storage", "Restoring {path} failed: {reason} (the database is unchanged)."
                ),
                path=str(source),
                reason=str(exc),
            )
        ) from exc
    finally:
        src.close()
    return safety
