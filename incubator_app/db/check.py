"""`incubator-app check`: schema revision, integrity check and row counts, without writing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text

from incubator_app.db.engine import make_engine, resolve_url, sqlite_path
from incubator_app.db.migrate import (
    SchemaState,
    head_revision,
    preflight_sqlite_file,
    schema_state,
)
from incubator_app.errors import StorageError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Base


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
