"""UI fixtures: real widgets on a real temp database; English (the source language) unless a
test installs French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from incubator_app.db.migrate import Database
from incubator_app.services.actor import Actor
from incubator_app.services.administration.setup import create_incubator, get_incubator_profile
from incubator_app.ui.app import install_translators
from incubator_app.ui.changes import ChangeBus
from incubator_app.ui.context import AppContext
from incubator_app.ui.ops import Operations
from incubator_app.ui.settings import AppSettings

ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "admin-password"
ADMIN_NAME = "Camille Martin"


@pytest.fixture(autouse=True)
def _english(qapp) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _no_system_keyring() -> Iterator[None]:
    """No test reads or writes the machine's real keyring: none by default ("remember me" is
    then not offered); tests/ui/memory_keyring.py gives a test one of its own."""
    from keyring.backends import null
    from memory_keyring import using_keyring

    with using_keyring(null.Keyring()):
        yield


@pytest.fixture
def settings() -> AppSettings:
    # INCUBATOR_APP_DATA_DIR points at the test's tmp dir (tests/conftest.py): an INI there.
    return AppSettings()


@pytest.fixture
def bus(qapp) -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def ops(db: Database, bus: ChangeBus) -> Iterator[Operations]:
    operations = Operations(db.sessions, bus)
    yield operations
    assert operations.shutdown(), "the worker thread did not stop"


def create_test_incubator(db: Database, *, is_demo: bool = False) -> Actor:
    with db.session() as session:
        return create_incubator(
            session,
            name="Couveuse des Arts",
            admin_login=ADMIN_LOGIN,
            admin_display_name=ADMIN_NAME,
            admin_password=ADMIN_PASSWORD,
            is_demo=is_demo,
        )


@pytest.fixture
def make_incubator():
    """Call it to create the incubator (profile + admin) in a database; returns the admin."""
    return create_test_incubator


@pytest.fixture
def admin_actor(db: Database) -> Actor:
    return create_test_incubator(db)


@pytest.fixture
def context(db: Database, admin_actor: Actor, settings, ops, bus) -> AppContext:
    with db.session() as session:
        profile = get_incubator_profile(session)
    return AppContext(db, admin_actor, profile, settings, ops, bus)
