"""`incubator-app check`: schema revision, integrity check and row counts, without writing;
with `full`, also every table, index, trigger and virtual table the schema needs, and the quick
search index and the toolbox's search index against their tables. `repair_database` rebuilds
what can be rebuilt from the data."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from incubator_app.db.directory_index import create_directory_index
from incubator_app.db.engine import make_engine, resolve_url, sqlite_path
from incubator_app.db.migrate import (
    SchemaState,
    head_revision,
    open_database,
    preflight_sqlite_file,
    schema_state,
)
from incubator_app.db.search_index import FTS_TABLE, create_search_index
from incubator_app.db.toolbox_index import FILES_FTS_TABLE as TOOLBOX_FILES_FTS_TABLE
from incubator_app.db.toolbox_index import FILES_TABLE as TOOLBOX_FILES_TABLE
from incubator_app.db.toolbox_index import FTS_TABLE as TOOLBOX_FTS_TABLE
from incubator_app.db.toolbox_index import create_toolbox_index
from incubator_app.errors import StorageError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Base
from incubator_app.models.entrepreneur_activity import (
    create_activity_triggers,
    drop_activity_triggers,
    refill_activity,
)


@dataclass
class CheckReport:
    database: str
    revision: str | None
    head: str
    state: SchemaState
    integrity: list[str] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.state is SchemaState.CURRENT and self.integrity == ["ok"]


def check_database(db: str | Path | None, *, full: bool = False) -> CheckReport:
    """`full` runs SQLite's integrity_check (slow on big files) instead of quick_check."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        preflight_sqlite_file(path, create=False, writable=False)
    state, revision = schema_state(db, writable=False)
    if state is SchemaState.NEWER:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database {path} was written by a newer version of incubator_app "
                    "(schema {revision}); install that version to open it.",
                ),
                path=str(path or url.render_as_string(hide_password=True)),
                revision=revision,
            )
        )
    if state is SchemaState.FOREIGN:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Storage", "{path} holds another application's data, not incubator_app's."
                ),
                path=str(path or url.render_as_string(hide_password=True)),
            )
        )
    report = CheckReport(
        database=str(path or url.render_as_string(hide_password=True)),
        revision=revision,
        head=head_revision(),
        state=state,
    )
    tables = sorted(Base.metadata.tables)
    if path is not None:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            pragma = "integrity_check" if full else "quick_check"
            report.integrity = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
            if full and state is SchemaState.CURRENT:
                problems = schema_problems(conn)
                if problems:
                    report.integrity = [p for p in report.integrity if p != "ok"] + problems
            existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            for name in tables:
                if name in existing:
                    report.row_counts[name] = conn.execute(
                        f'SELECT count(*) FROM "{name}"'
                    ).fetchone()[0]
        finally:
            conn.close()
        return report
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            report.integrity = ["ok"]
            for name in tables:
                if state is SchemaState.EMPTY:
                    break
                table = Base.metadata.tables[name]
                report.row_counts[name] = conn.scalar(select(func.count()).select_from(table))
    finally:
        engine.dispose()
    return report


# The kinds of schema objects as sqlite_master names them, for messages.
_KINDS = {
    "table": QT_TRANSLATE_NOOP("Storage", "table"),
    "index": QT_TRANSLATE_NOOP("Storage", "index"),
    "trigger": QT_TRANSLATE_NOOP("Storage", "trigger"),
    "view": QT_TRANSLATE_NOOP("Storage", "view"),
}


_REBUILT = QT_TRANSLATE_NOOP("Storage", "rebuilt {kind} {name}")


def _kind(kind: str) -> str:
    return str(msg(_KINDS[kind])) if kind in _KINDS else kind


def expected_schema_objects() -> set[tuple[str, str]]:
    """(type, name) of every table, index, trigger and virtual table a current SQLite database
    holds: those of a schema created in memory exactly as a new database is."""
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            create_search_index(conn)
            create_toolbox_index(conn)
            create_directory_index(conn)
            return set(_objects(conn.connection.dbapi_connection))  # type: ignore[arg-type]
    finally:
        engine.dispose()


def _objects(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return [
        (kind, name)
        for kind, name in conn.execute("SELECT type, name FROM sqlite_master")
        if not name.startswith("sqlite_") and name != "alembic_version"
    ]


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """What `integrity_check` cannot see: a missing index, trigger or table (a bulk rebuild
    killed half-way), and a quick-search index that does not hold exactly the entrepreneurs or a
    toolbox search index that does not hold exactly the sheets."""
    present = set(_objects(conn))
    problems = [
        str(msg(QT_TRANSLATE_NOOP("Storage", "missing {kind} {name}"), kind=_kind(kind), name=name))
        for kind, name in sorted(expected_schema_objects() - present)
    ]
    out_of_step = (
        (
            FTS_TABLE,
            "entrepreneur",
            "id",
            QT_TRANSLATE_NOOP(
                "Storage",
                "the quick-search index is out of step with the entrepreneurs "
                "({missing} missing, {stray} stray): run check --repair",
            ),
        ),
        (
            TOOLBOX_FTS_TABLE,
            "toolbox_sheet",
            "id",
            QT_TRANSLATE_NOOP(
                "Storage",
                "the toolbox search index is out of step with the sheets "
                "({missing} missing, {stray} stray): run check --repair",
            ),
        ),
        (
            TOOLBOX_FILES_FTS_TABLE,
            TOOLBOX_FILES_TABLE,
            "sheet_id",
            QT_TRANSLATE_NOOP(
                "Storage",
                "the toolbox files' search index is out of step with their text "
                "({missing} missing, {stray} stray): run check --repair",
            ),
        ),
    )
    for index, table, key, message in out_of_step:
        docsize = f"{index}_docsize"
        if ("table", docsize) not in present:
            continue
        stray = conn.execute(
            f"SELECT count(*) FROM (SELECT id FROM {docsize} EXCEPT SELECT {key} FROM {table})"
        ).fetchone()[0]
        missing = conn.execute(
            f"SELECT count(*) FROM (SELECT {key} FROM {table} EXCEPT SELECT id FROM {docsize})"
        ).fetchone()[0]
        if stray or missing:
            problems.append(str(msg(message, missing=missing, stray=stray)))
    return problems


def repair_database(db: str | Path | None) -> list[str]:
    """Rebuilds from the data what a SQLite database may have lost (missing indexes and
    triggers, the quick-search index); returns what was done. PostgreSQL needs none of it."""
    database = open_database(db, create=False)
    done: list[str] = []
    try:
        if database.engine.dialect.name != "sqlite":
            return done
        with database.engine.begin() as conn:
            raw = conn.connection.dbapi_connection
            missing = expected_schema_objects() - set(_objects(raw))  # type: ignore[arg-type]
            names = {name for _kind, name in missing}
            for table in Base.metadata.sorted_tables:
                table.create(conn, checkfirst=True)  # table events only, not the metadata's
                for index in table.indexes:
                    if index.name in names:
                        index.create(conn)
            # The activity summary (last session, next milestone) and the quick-search index
            # are derived data: their triggers are put back and their rows recomputed.
            drop_activity_triggers(conn)
            create_activity_triggers(conn)
            refill_activity(conn)
            create_search_index(conn)
            create_toolbox_index(conn)  # the toolbox's search index too, from the sheets
            create_directory_index(conn)  # the directory's name order and search, from the actors
            done = [str(msg(_REBUILT, kind=_kind(k), name=n)) for k, n in sorted(missing)]
            done.append(
                str(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Storage", "activity summary and quick-search index recomputed"
                        )
                    )
                )
            )
    finally:
        database.dispose()
    return done
