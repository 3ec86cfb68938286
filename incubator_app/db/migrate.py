"""Open a database safely: create and stamp a new one, back up then upgrade an older one,
refuse one that is newer than the app, not ours, or not a database at all."""

from __future__ import annotations

import enum
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from incubator_app import clock
from incubator_app.db import server_security
from incubator_app.db.backup import backup_database
from incubator_app.db.directory_index import create_directory_index
from incubator_app.db.engine import (
    is_sqlite,
    make_engine,
    make_session_factory,
    resolve_url,
    sqlite_path,
)
from incubator_app.db.notifications import install_change_triggers
from incubator_app.db.schema_version import SCHEMA_HEAD
from incubator_app.db.search_index import create_search_index
from incubator_app.db.toolbox_index import create_toolbox_index
from incubator_app.errors import StorageError
from incubator_app.file_modes import (
    create_private_file,
    make_private,
    report_tightened,
    tighten_sqlite_files,
)
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Base, IncubatorProfile

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported inside the functions that need it: an up-to-date database never does.
ALEMBIC_DIR = Path(__file__).parent / "alembic"
SQLITE_HEADER = b"SQLite format 3\x00"


class SchemaState(enum.Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"
    FOREIGN = "foreign"


@dataclass
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    backup_made: Path | None = None

    @property
    def display_name(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    return config


def head_revision() -> str:
    return SCHEMA_HEAD


def scripts_head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _state_of(revision: str | None, table_names: list[str]) -> SchemaState:
    if revision is None:
        return SchemaState.EMPTY if not table_names else SchemaState.FOREIGN
    if revision == SCHEMA_HEAD:
        return SchemaState.CURRENT
    if revision in known_revisions():
        return SchemaState.OLDER
    return SchemaState.NEWER


def _storage_error(key: tuple[str, str], **params: object) -> StorageError:
    return StorageError(msg(key, **params))


def preflight_sqlite_file(path: Path, *, create: bool, writable: bool = True) -> None:
    """Checks a SQLite file without writing anything to it."""
    if not path.parent.is_dir():
        raise _storage_error(
            QT_TRANSLATE_NOOP("Storage", "The folder {folder} does not exist."),
            folder=str(path.parent),
        )
    if not path.exists():
        if not create:
            raise _storage_error(
                QT_TRANSLATE_NOOP("Storage", "The database {path} does not exist."), path=str(path)
            )
        return
    if path.is_dir():
        raise _storage_error(
            QT_TRANSLATE_NOOP("Storage", "{path} is a folder, not a database file."),
            path=str(path),
        )
    # Permission bits, not os.access: root may write anywhere, but a 0444 file is meant read-only.
    if writable and not path.stat().st_mode & stat.S_IWUSR:
        raise _storage_error(
            QT_TRANSLATE_NOOP("Storage", "The database {path} is read-only."), path=str(path)
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise _storage_error(
            QT_TRANSLATE_NOOP("Storage", "{path} is not a database (not a SQLite file)."),
            path=str(path),
        )


def _needs_recovery(exc: sqlite3.DatabaseError) -> bool:
    """A read-only connection cannot roll back the journal a killed writer left (hot WAL)."""
    return "readonly" in str(exc).replace("-", "").replace(" ", "").lower()


def _recover(path: Path) -> None:
    """Lets SQLite finish what a killed writer left: committed transactions stay, the rest goes
    (the first read-write connection does it); the data is not otherwise changed."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _inspect_sqlite_file(path: Path, *, recover: bool = True) -> tuple[str | None, list[str]]:
    """Reads the revision and table list read-only; a corrupt file raises a clear error. With
    `recover`, a file a killed process left with a hot journal is recovered first."""
    if not path.exists() or path.stat().st_size == 0:
        return None, []
    try:
        return _read_schema(path)
    except sqlite3.DatabaseError as exc:
        if not _needs_recovery(exc):
            raise _damaged(path, exc) from exc
        if not recover:
            raise _storage_error(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "{path} was left open by a program that stopped: open it once with "
                    "'incubator-app migrate' or the application to recover it.",
                ),
                path=str(path),
            ) from exc
    try:
        _recover(path)
        return _read_schema(path)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from exc


def _damaged(path: Path, exc: sqlite3.DatabaseError) -> StorageError:
    return _storage_error(
        QT_TRANSLATE_NOOP("Storage", "{path} is damaged or not a database: {reason}"),
        path=str(path),
        reason=str(exc),
    )


def _read_schema(path: Path) -> tuple[str | None, list[str]]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        conn.close()
    return revision, [t for t in tables if t != "alembic_version"]


def _inspect_engine(engine: Engine) -> tuple[str | None, list[str]]:
    try:
        with engine.connect() as conn:
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
            revision = None
            if inspect(conn).has_table("alembic_version"):
                revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError as exc:
        raise _storage_error(
            QT_TRANSLATE_NOOP("Storage", "Cannot open the database {path}: {reason}"),
            path=engine.url.render_as_string(hide_password=True),
            reason=" ".join(str(exc.orig).split()),  # the driver's lines, as one line
        ) from exc
    return revision, tables


def schema_state(db: str | Path | None, *, writable: bool = True) -> tuple[SchemaState, str | None]:
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        preflight_sqlite_file(path, create=True, writable=writable)
        revision, tables = _inspect_sqlite_file(path, recover=writable)
    else:
        engine = make_engine(url)
        try:
            revision, tables = _inspect_engine(engine)
        finally:
            engine.dispose()
    return _state_of(revision, tables), revision


def _schema_engine(engine: Engine) -> Engine:
    """The engine schema changes run on: on a SQLite file, a separate one whose transactions
    cover DDL too (create, upgrade: all or nothing); PostgreSQL's DDL is transactional already."""
    if is_sqlite(engine.url) and sqlite_path(engine.url) is not None:
        return make_engine(engine.url, transactional_ddl=True)
    return engine


def _create_schema(engine: Engine) -> None:
    from alembic import command

    ddl = _schema_engine(engine)
    try:
        with ddl.begin() as conn:
            Base.metadata.create_all(conn)
            create_search_index(conn)  # dialect-specific: the models cannot describe it
            create_toolbox_index(conn)
            create_directory_index(conn)
            install_change_triggers(conn)  # PostgreSQL: colleagues' saves are announced
            config = alembic_config()
            config.attributes["connection"] = conn
            command.stamp(config, "head")
    finally:
        if ddl is not engine:
            ddl.dispose()


def _upgrade_schema(engine: Engine) -> None:
    from alembic import command

    ddl = _schema_engine(engine)
    try:
        with ddl.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            if server_security.connected_person(conn) is not None:
                raise _storage_error(
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "The shared database needs an upgrade, which only the server's "
                        "administrator can run: ask them to run 'incubator-app migrate'.",
                    )
                )
            command.upgrade(config, "head")
            install_change_triggers(conn)  # new tables are announced too
            # A secured server: new tables get their owner, grants and policies at once.
            server_security.apply_grants(conn)
    finally:
        if ddl is not engine:
            ddl.dispose()


def apply_profile_zone(engine: Engine) -> None:
    """Sets the clock to the incubator profile's time zone (default Europe/Paris when there is
    no profile yet, or its zone is unknown on this machine)."""
    with engine.connect() as conn:
        name = conn.execute(
            select(IncubatorProfile.time_zone).order_by(IncubatorProfile.id).limit(1)
        ).scalar()
    clock.set_zone(name if name and clock.is_valid_zone(name) else clock.DEFAULT_ZONE)


def _private_data_folder(database: Path) -> list[Path]:
    """The user data folder (when the database is in it) and its documents folder: created,
    or tightened, readable by the owner only. Returns what was tightened."""
    from incubator_app.db.paths import data_dir, documents_dir

    home = data_dir()
    if database.parent.resolve() != home.resolve():
        return []
    tightened = [home] if make_private(home, folder=True) else []
    if make_private(documents_dir(), folder=True):
        tightened.append(documents_dir())
    return tightened


def open_database(db: str | Path | None, *, create: bool = True, upgrade: bool = True) -> Database:
    """Opens (and if needed creates or upgrades) the database; raises StorageError otherwise."""
    url = resolve_url(db)
    path = sqlite_path(url)
    tightened: list[Path] = []
    if path is not None:
        preflight_sqlite_file(path, create=create)
        # Readable by its owner only from the start; SQLite gives its journals the same mode.
        # The data folder a first start has just made is tightened without a word.
        try:
            new = create_private_file(path)
        except OSError as exc:
            raise _storage_error(
                QT_TRANSLATE_NOOP("Storage", "The database {path} cannot be created: {reason}"),
                path=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
        tightened += [] if new else _private_data_folder(path)
        if new:
            _private_data_folder(path)
        revision, tables = _inspect_sqlite_file(path)
        engine = make_engine(url)
    else:
        engine = make_engine(url)
        revision, tables = _inspect_engine(engine)
    state = _state_of(revision, tables)
    backup_made = None
    try:
        if state is SchemaState.NEWER:
            raise _storage_error(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database {path} was written by a newer version of incubator_app "
                    "(schema {revision}); install that version to open it.",
                ),
                path=str(path or url.render_as_string(hide_password=True)),
                revision=revision,
            )
        if state is SchemaState.FOREIGN:
            raise _storage_error(
                QT_TRANSLATE_NOOP(
                    "Storage", "{path} holds another application's data, not incubator_app's."
                ),
                path=str(path or url.render_as_string(hide_password=True)),
            )
        if state is SchemaState.EMPTY:
            if not create:
                raise _storage_error(
                    QT_TRANSLATE_NOOP("Storage", "The database {path} is empty."),
                    path=str(path or url.render_as_string(hide_password=True)),
                )
            _create_schema(engine)
        elif state is SchemaState.OLDER:
            if not upgrade:
                raise _storage_error(
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "The database {path} needs an upgrade: run 'incubator-app migrate'.",
                    ),
                    path=str(path or url.render_as_string(hide_password=True)),
                )
            if path is not None or not is_sqlite(url):
                backup_made = backup_database(url, reason="before-upgrade")
            _upgrade_schema(engine)
        apply_profile_zone(engine)
        if path is not None:
            tightened += tighten_sqlite_files(path)
            report_tightened(tightened)
    except BaseException:
        engine.dispose()
        raise
    return Database(
        url=url, engine=engine, sessions=make_session_factory(engine), backup_made=backup_made
    )


def _compare_column_types(
    context, inspected_column, metadata_column, inspected_type, metadata_type
):
    """Alembic's type comparison, but for the length of a text column on SQLite: SQLite stores
    the declared VARCHAR(n) and ignores n, so widening one (0045: the actor's sectors) changes
    nothing there and is done on PostgreSQL only (a table copy would be the only way)."""
    from sqlalchemy import String

    if (
        context.dialect.name == "sqlite"
        and isinstance(inspected_type, String)
        and isinstance(metadata_type, String)
        and inspected_type.length is not None
        and metadata_type.length is not None
        and type(inspected_type).__visit_name__ in ("VARCHAR", "string")
    ):
        return False
    return None  # Alembic's own comparison


def schema_comparison_options() -> dict:
    """The options comparing a migrated database with the models (the selftest, the tests)."""
    from incubator_app.db import search_index

    return {"compare_type": _compare_column_types, "include_name": search_index.include_name}
