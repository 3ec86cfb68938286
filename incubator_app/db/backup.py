"""Backups. SQLite: one ZIP file with a copy of the database made by the online backup API (safe
while the app runs), the documents it references and a manifest (see backup_archive.py); the
copy made before an upgrade is the database file alone (an upgrade never touches documents).
PostgreSQL: pg_dump writes the database as SQL; the documents folder is not in it (the server
holds no documents) and is backed up with the files of the computer that stores them."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from incubator_app import clock
from incubator_app.db.engine import is_sqlite, sqlite_path
from incubator_app.errors import StorageError
from incubator_app.file_modes import (
    create_private_file,
    make_private,
    make_private_folder_tree,
    remove_dead_writers_files,
)
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

KEEP_BACKUPS = 10
#: The copy made before an upgrade: the database alone.
DATABASE_ONLY_REASONS = ("before-upgrade",)
#: What the backups folder lists and a restore accepts.
BACKUP_SUFFIXES = (".zip", ".sqlite3", ".sql")


@dataclass(frozen=True)
class BackupMade:
    path: Path
    documents: int  # documents copied into the archive
    missing_documents: tuple[str, ...]  # named by the database, absent from the folder
    with_documents: bool  # False: a database file alone (before an upgrade, PostgreSQL)


def default_backup_path(url: URL, *, reason: str = "backup") -> Path:
    stamp = clock.local_stamp()
    path = sqlite_path(url)
    if path is not None:
        suffix = ".sqlite3" if reason in DATABASE_ONLY_REASONS else ".zip"
        return path.parent / "backups" / f"{path.stem}-{reason}-{stamp}{suffix}"
    from incubator_app.db.paths import data_dir

    return data_dir() / "backups" / f"{url.database or 'postgresql'}-{reason}-{stamp}.sql"


def backup_database(url: URL, dest: Path | None = None, *, reason: str = "backup") -> Path:
    """Writes a consistent copy of the database to `dest` (or a timestamped, rotated file)."""
    return make_backup(url, dest, reason=reason).path


def make_backup(url: URL, dest: Path | None = None, *, reason: str = "backup") -> BackupMade:
    """A backup of the database: on SQLite a ZIP with its documents (the database alone before
    an upgrade), on PostgreSQL a pg_dump. Written to `dest` or a timestamped file in the
    backups folder (the last ten of each kind are kept), readable by the owner only."""
    rotate = dest is None
    dest = dest or default_backup_path(url, reason=reason)
    if not dest.parent.exists():
        if rotate:
            make_private_folder_tree(dest.parent, dest.parent)
        else:
            raise StorageError(
                msg(
                    QT_TRANSLATE_NOOP("Storage", "The folder {folder} does not exist."),
                    folder=str(dest.parent),
                )
            )
    if rotate:
        make_private(dest.parent, folder=True)
        remove_dead_writers_files(dest.parent)  # what a killed backup left in our folder
    else:
        remove_dead_writers_files(dest.parent, prefix=f".{dest.name}.")
    if not is_sqlite(url):
        _backup_postgresql(url, dest)
        made = BackupMade(dest, 0, (), with_documents=False)
    elif reason in DATABASE_ONLY_REASONS:
        _backup_sqlite(sqlite_path(url), dest)
        made = BackupMade(dest, 0, (), with_documents=False)
    else:
        made = _backup_sqlite_with_documents(sqlite_path(url), dest)
    make_private(dest)
    if rotate:
        _rotate(dest.parent, dest.name.split(f"-{reason}-")[0] + f"-{reason}-")
    return made


def _backup_sqlite_with_documents(source: Path | None, dest: Path) -> BackupMade:
    from incubator_app.db.backup_archive import referenced_documents, write_backup_archive

    work = Path(
        tempfile.mkdtemp(prefix=f".{dest.name}.{os.getpid()}.", suffix=".work", dir=dest.parent)
    )
    try:
        copy = work / "database.sqlite3"
        _backup_sqlite(source, copy)
        missing = write_backup_archive(copy, dest)
        documents = len(referenced_documents(copy)) - len(missing)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return BackupMade(dest, documents, tuple(missing), with_documents=True)


def _backup_sqlite(source: Path | None, dest: Path) -> None:
    if source is None:
        raise StorageError(
            msg(QT_TRANSLATE_NOOP("Storage", "An in-memory database has no backup."))
        )
    # Private from the start; the writer's id in the name: a killed run's leftover is removed
    # by the next backup (remove_dead_writers_files).
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{dest.name}.{os.getpid()}.", suffix=".part", dir=dest.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
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
    backups = sorted(
        p for p in folder.iterdir() if p.name.startswith(prefix) and p.suffix in BACKUP_SUFFIXES
    )
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def backups_folder(url: URL) -> Path:
    """Where `backup_database` puts its timestamped copies of this database."""
    return default_backup_path(url).parent


@dataclass(frozen=True)
class Restored:
    source: Path
    # The database (and its documents) as they were just before the restore: the way back
    # (None when there was no database to replace).
    safety: Path | None
    documents_put_back: int
    from_archive: bool


def restore_sqlite_backup(url: URL, source: Path) -> Path | None:
    """Restores `source` into the SQLite database at `url`; returns the way back."""
    return restore_backup_file(url, source).safety


def _safety_copy(url: URL, target: Path) -> Path | None:
    """The current database and its documents, before they are replaced; a missing or empty
    file has nothing to keep (a restore onto a new computer): it is created private."""
    if target.exists() and target.stat().st_size > 0:
        return backup_database(url, reason="before-restore")
    if not target.parent.is_dir():
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "The folder {folder} does not exist."),
                folder=str(target.parent),
            )
        )
    create_private_file(target)
    return None


def restore_backup_file(
    url: URL, source: Path, *, before_replacing: Callable[[], None] | None = None
) -> Restored:
    """Replaces the SQLite database at `url` (and puts back the documents it needs) with the
    backup `source`: a backup archive, or an older plain database file. Everything is checked
    first; then the current database and its documents are backed up (the way back), the
    documents put in place, and the database copied in through SQLite's backup API, page by
    page under a lock, so no half-written file is ever left in place. The caller reopens the
    database afterwards (an older backup is then upgraded like any older database).
    `before_replacing` runs once the backup is known good, before anything is touched (the
    command line signs in there, so a bad backup is refused before a password is asked)."""
    from incubator_app.db.backup_archive import (
        is_backup_archive,
        put_documents_back,
        unpack_backup_archive,
    )

    target = sqlite_path(url)
    if target is None:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "Only a SQLite database can be restored by the application; restore a"
                    " PostgreSQL dump with psql.",
                )
            )
        )
    from incubator_app.db.migrate import preflight_sqlite_file  # migrate imports us

    preflight_sqlite_file(target, create=True)  # a folder, another kind of file: refused
    source = Path(source)
    if not source.is_file():
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "The backup {path} does not exist."),
                path=str(source),
            )
        )
    if target.exists() and source.resolve() == target.resolve():
        raise StorageError(
            msg(QT_TRANSLATE_NOOP("Storage", "This is the database in use, not a backup."))
        )
    if not is_backup_archive(source):
        _check_backup_database(source, source)
        if before_replacing is not None:
            before_replacing()
        safety = _safety_copy(url, target)
        _copy_into(source, target, source)
        return Restored(source, safety, 0, from_archive=False)
    remove_dead_writers_files(target.parent, prefix=".restore.")  # a killed restore's
    unpacked = unpack_backup_archive(source, target.parent)
    try:
        _check_backup_database(unpacked.database, source)
        if before_replacing is not None:
            before_replacing()
        safety = _safety_copy(url, target)
        put = put_documents_back(unpacked)
        _copy_into(unpacked.database, target, source)
    finally:
        unpacked.cleanup()
    return Restored(source, safety, put, from_archive=True)


def _check_backup_database(database: Path, source: Path) -> None:
    """An incubator database, whole, not from a newer version."""
    from incubator_app.db.migrate import SchemaState, schema_state  # migrate imports us

    not_ours = msg(
        QT_TRANSLATE_NOOP("Storage", "{path} is not a backup of an incubator database."),
        path=str(source),
    )
    try:
        state, _revision = schema_state(database, writable=False)
    except StorageError:
        raise StorageError(not_ours) from None
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
        raise StorageError(not_ours)
    conn = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.Error as exc:
        result = [str(exc)]
    finally:
        conn.close()
    if result != ["ok"]:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Storage", "The database in {path} is damaged ({reason}): not restored."
                ),
                path=str(source),
                reason="; ".join(result[:3]),
            )
        )


def _copy_into(database: Path, target: Path, source: Path) -> None:
    src = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
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
