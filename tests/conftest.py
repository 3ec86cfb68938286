"""Shared fixtures: a fresh real database per test (SQLite file, or PostgreSQL when
INCUBATOR_TEST_DB_URL points at a server: one database per test, cloned from a template)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from incubator_app import clock
from incubator_app.db.migrate import Database, open_database
from incubator_app.i18n import set_core_language
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import create_user

PG_URL = os.environ.get("INCUBATOR_TEST_DB_URL")
# One template per test run, so that runs from several checkouts can share a server.
_TEMPLATE = f"incubator_test_template_{os.getpid()}"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data dir or settings."""
    monkeypatch.setenv("INCUBATOR_APP_DATA_DIR", str(tmp_path / "data"))


# The instant every test runs at unless it picks its own: a Wednesday in the middle of a month,
# morning in Paris, close to the data the tests build (2026). Never the machine's date.
DEFAULT_INSTANT = "2026-11-18 10:00"


@pytest.fixture(autouse=True)
def _core_language_back() -> Iterator[None]:
    """A command run in-process (`cli.main`, the selftest) sets the language of the core's
    messages for the process; each test starts again in the source language (English)."""
    set_core_language("en")
    yield
    set_core_language("en")


def wall_instant(when: str | datetime, zone: str = clock.DEFAULT_ZONE) -> datetime:
    """`when` as an aware instant: an ISO text or naive datetime is wall-clock time in `zone`."""
    moment = datetime.fromisoformat(when) if isinstance(when, str) else when
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment


class FrozenClock:
    """The test's clock (time-machine), ticking from a chosen instant so that waits and
    timeouts still run. `travel_to("2027-03-31 23:30")` reads the text as Paris wall time
    (or `zone=`'s); an aware datetime is taken as is."""

    def __init__(self) -> None:
        self._traveller: time_machine.travel | None = None
        self._moved: time_machine.Traveller | None = None

    def travel_to(self, when: str | datetime, *, zone: str = clock.DEFAULT_ZONE) -> datetime:
        instant = wall_instant(when, zone)
        # A POSIX timestamp, not a zoned datetime: time-machine would otherwise set the
        # process's TZ to that zone, and the suite must hold whatever zone the machine has.
        stamp = instant.timestamp()
        if self._moved is None:
            self._traveller = time_machine.travel(stamp, tick=True)
            self._moved = self._traveller.start()
        else:
            self._moved.move_to(stamp, tick=True)
        return instant

    def shift(self, delta: timedelta) -> None:
        assert self._moved is not None
        self._moved.shift(delta)

    def stop(self) -> None:
        if self._traveller is not None:
            self._traveller.stop()
            self._traveller = self._moved = None


@pytest.fixture(autouse=True)
def frozen_clock(request: pytest.FixtureRequest) -> Iterator[FrozenClock]:
    """Every test runs at DEFAULT_INSTANT (Paris), the incubator in Europe/Paris.

    A test picks its own instant with `@pytest.mark.clock("2027-03-31 23:30")` (Paris wall
    time; `zone="Asia/Tokyo"` reads it there) or by asking for this fixture and calling
    `frozen_clock.travel_to(...)` / `.shift(timedelta(...))`."""
    marker = request.node.get_closest_marker("clock")
    when, kwargs = (marker.args[0], marker.kwargs) if marker else (DEFAULT_INSTANT, {})
    clock.set_zone(clock.DEFAULT_ZONE)
    frozen = FrozenClock()
    frozen.travel_to(when, **kwargs)
    try:
        yield frozen
    finally:
        frozen.stop()
        clock.set_zone(clock.DEFAULT_ZONE)


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
