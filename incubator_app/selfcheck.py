"""The core half of `incubator-app selftest` (no Qt): what an installed or frozen build must be
able to do besides showing windows. Each check raises AssertionError with the reason."""

from __future__ import annotations

import warnings
from pathlib import Path

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg, set_core_language


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def check_migrations(folder: Path) -> str:
    """An empty SQLite file upgraded through every Alembic script (loaded from the files shipped
    with the build) ends at the schema head with exactly the tables the models describe.
    Returns the head revision."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from incubator_app.db.engine import make_engine, resolve_url
    from incubator_app.db.migrate import (
        SchemaState,
        alembic_config,
        head_revision,
        schema_comparison_options,
        schema_state,
    )
    from incubator_app.models import Base

    path = folder / "selftest-migrated.sqlite3"
    engine = make_engine(resolve_url(path), transactional_ddl=True)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        with engine.connect() as conn, warnings.catch_warnings():
            # SQLite cannot reflect the expression indexes (lower(name)): known, not a diff.
            warnings.simplefilter("ignore")
            opts = schema_comparison_options()
            diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    finally:
        engine.dispose()
    _check(not diff, f"the migrations do not build the models' schema: {diff[:3]}")
    state, revision = schema_state(path)
    _check(state is SchemaState.CURRENT, f"migrated database is {state.value} at {revision}")
    return head_revision()


def check_core_translations() -> None:
    """The CLI's French comes from the .ts catalogue shipped with the build."""
    from incubator_app import i18n

    saved = dict(i18n._catalog)  # the language the caller chose, given back afterwards
    set_core_language("fr")
    try:
        text = str(msg(QT_TRANSLATE_NOOP("Cli", "--db is required for this command.")))
        _check(text != "--db is required for this command.", "the CLI French catalogue is missing")
    finally:
        i18n._catalog.clear()
        i18n._catalog.update(saved)


def write_report_pdf(db, actor, folder: Path) -> Path | None:
    """A progress report (reportlab, the bundled DejaVu fonts) of the first entrepreneur of the
    database, as the Reports page writes it; None when the database has nobody yet. `db` is an
    open `Database`."""
    from sqlalchemy import select

    from incubator_app.models import Entrepreneur
    from incubator_app.reports.entrepreneur_report import build_entrepreneur_report
    from incubator_app.services.reporting.entrepreneur_report import entrepreneur_report_data

    with db.session() as session:
        first = session.scalar(select(Entrepreneur.id).order_by(Entrepreneur.id).limit(1))
        if first is None:
            return None
        data = entrepreneur_report_data(session, first, actor=actor)
        path = build_entrepreneur_report(data, folder / "selftest-report.pdf", locale="fr")
    content = path.read_bytes()
    _check(content.startswith(b"%PDF-"), f"{path} is not a PDF")
    _check(b"DejaVuSans" in content, f"{path} does not embed the DejaVu fonts")
    return path
