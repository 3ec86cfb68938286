"""Signing in to a shared PostgreSQL server as oneself: the dialog, the password in the
keyring (never in the settings file), and on a secured server the app connected as the person,
signed in without a second password."""

from __future__ import annotations

import os
import uuid

import pytest
from memory_keyring import MemoryKeyring, using_keyring
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from incubator_app.db.paths import data_dir
from incubator_app.models import Role
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import create_user
from incubator_app.services.server.setup import add_server_user, setup_server
from incubator_app.ui.server_credentials import (
    forget_password,
    store_password,
    stored_password,
)
from incubator_app.ui.server_sign_in_dialog import ServerSignInDialog
from incubator_app.ui.startup import AppController


def test_the_dialog_needs_a_login_and_a_password(qtbot) -> None:
    dialog = ServerSignInDialog("db.example.org:5432/couveuse", "camille")
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()  # no keyring in tests unless one is given
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0 and dialog.error.text() == "Type your login and your password."
    dialog.password.setText("secret")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1


def test_the_password_goes_to_the_keyring_never_to_the_settings(settings) -> None:
    with using_keyring(MemoryKeyring()) as ring:
        assert store_password("srv:5432/db", "camille", "très-secret")
        assert stored_password("srv:5432/db", "camille") == "très-secret"
        assert stored_password("srv:5432/db", "other") is None
        settings.set_server_login("srv:5432/db", "camille")
        settings._s.sync()
        files = [p for p in data_dir().rglob("*") if p.is_file()]
        assert all(b"tr\xc3\xa8s-secret" not in p.read_bytes() for p in files)
        forget_password("srv:5432/db", "camille")
        assert ring.entries == {}
    assert settings.server_login("srv:5432/db") == "camille"


@pytest.mark.skipif(not os.environ.get("INCUBATOR_TEST_DB_URL"), reason="needs a PostgreSQL server")
def test_on_a_secured_server_the_app_connects_as_the_person(qapp, db_url, db, settings) -> None:
    tag = uuid.uuid4().hex[:8]
    prefix, login = f"ui{tag}", f"camille_{tag}"
    with db.session() as session:
        create_user(
            session,
            login=login,
            display_name="Camille",
            role="coach",
            password="long-enough-password",
            actor=Actor.system(),
        )
        setup_server(session, prefix=prefix)
        add_server_user(session, login, "long-enough-password", actor=Actor.system())
    db.dispose()
    # The shared database as the settings name it: no user, no password.
    shared = make_url(db_url)._replace(username=None, password=None)
    server = f"{shared.host}:{shared.port}/{shared.database}"
    startup = AppController(qapp, settings)
    try:
        with using_keyring(MemoryKeyring()):
            settings.set_server_login(server, login)
            store_password(server, login, "long-enough-password")
            opened = startup._open_as_person(shared.render_as_string(hide_password=False))
            assert opened is not None
            try:
                actor = startup._server_person(opened)
                assert actor is not None and actor.login == login and actor.role is Role.COACH
                with opened.engine.connect() as conn:
                    assert conn.execute(text("SELECT current_user")).scalar() == login
            finally:
                opened.dispose()
    finally:
        admin = create_engine(
            make_url(db_url).set(database="postgres"), isolation_level="AUTOCOMMIT"
        )
        with admin.connect() as conn:
            conn.execute(
                text(f'DROP DATABASE IF EXISTS "{make_url(db_url).database}" WITH (FORCE)')
            )
            for role in [login, *(f"{prefix}_{g}" for g in ("admin", "staff", "coach", "viewer"))]:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{prefix}_owner"'))
        admin.dispose()


def test_the_connection_dialog_builds_the_url_and_tests_it(qtbot) -> None:
    from incubator_app.ui.server_connection_dialog import ServerConnectionDialog

    dialog = ServerConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.test_connection()
    assert dialog.status.text() == "Name the server and the database."
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.database.setText("couveuse")
    dialog.user.setText("camille")
    assert dialog.url_text() == "postgresql+psycopg://127.0.0.1:1/couveuse?sslmode=require"
    assert dialog.server_key() == "127.0.0.1:1/couveuse"
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    dialog.test_connection()
    assert dialog.status.text().startswith("Cannot connect:")
    url = os.environ.get("INCUBATOR_TEST_DB_URL")
    if url:
        server = make_url(url)
        dialog.port.setValue(server.port)
        dialog.database.setText(server.database)
        dialog.user.setText(server.username)
        dialog.test_connection()
        assert dialog.status.text().startswith("Connected: PostgreSQL")
