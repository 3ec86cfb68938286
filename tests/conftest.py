"""Shared fixtures: a fresh real database per test (SQLite file, or PostgreSQL when
INCUBATOR_TEST_DB_URL points at a server: one database per test, cloned from a template)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from incubator_app.db.migrate import Database, open_database
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import create_user

PG_URL = os.environ.get("INCUBATOR_TEST_DB_URL")
# One template per test run, so that runs from several checkouts can share a server.
_TEMPLATE = f"incubator_test_template_{os.getpid()}"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data dir or settings."""
    monkeypatch.setenv("INCUBATOR_APP_DATA_DIR", str(tmp_path / "data"))


def _pg_admin_engine():
    return create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str | None]:
    if not PG_URL:
        yield None
        return
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}"'))
        conn.execute(text(f'CREATE DATABASE "{_TEMPLATE}"'))
    open_database(str(make_url(PG_URL).set(database=_TEMPLATE).render_as_string(False))).dispose()
    yield _TEMPLATE
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db_url(tmp_path: Path, _pg_template: str | None) -> Iterator[str]:
    """URL (or file path) of a fresh, empty-of-data, migrated database."""
    if _pg_template is None:
        yield str(tmp_path / "test.sqlite3")
        return
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_pg_template}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database):
    with db.session() as s:
        yield s


@pytest.fixture
def system() -> Actor:
    return Actor.system()


@pytest.fixture
def admin(session, system) -> Actor:
    from incubator_app.services.administration.users import actor_for_user

    user = create_user(
        session,
        login="admin",
        display_name="Admin Istrateur",
        role="admin",
        password="admin-password",
        actor=system,
    )
    return actor_for_user(session, user.id)
