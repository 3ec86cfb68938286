""" "Remember me" (issue 20 §3 item 4): only a token from the keyring that matches a valid one in
the database signs anyone in; the settings file never does, nor a revoked or expired token;
logging out, "ask for my password next time" and an administrator end it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from memory_keyring import MemoryKeyring, using_keyring
from PySide6.QtCore import QSettings
from sqlalchemy import select

from incubator_app.db.paths import data_dir
from incubator_app.errors import PermissionDenied
from incubator_app.models import RememberToken
from incubator_app.services.administration.remember import TOKEN_DAYS, issue_remember_token
from incubator_app.services.administration.users import (
    LOCK_AFTER,
    actor_for_user,
    authenticate,
    create_user,
    set_password,
    sign_in_delay,
)
from incubator_app.ui.administration.computer_tab import ComputerTab
from incubator_app.ui.pages.settings_page import SettingsPage
from incubator_app.ui.remembered_sign_in import SERVICE, forget_this_computer, stored_token
from incubator_app.ui.settings import AppSettings
from incubator_app.ui.startup import remembered_actor

pytestmark = pytest.mark.ui


def _key(db) -> str:
    return db.url.render_as_string(hide_password=True)


def _remember(db, actor, ring: MemoryKeyring) -> str:
    with db.session() as session:
        token = issue_remember_token(session, actor=actor)
    ring.set_password(SERVICE, _key(db), token)
    return token


def _revoked(db) -> list[bool]:
    with db.session() as session:
        return [r is not None for r in session.scalars(select(RememberToken.revoked_at))]


def test_a_forged_settings_file_signs_nobody_in(db, settings, admin_actor) -> None:
    """The old attack: `remembered_user/<db>=1` in the INI opened the app as the admin."""
    ini = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    for value in (str(admin_actor.user_id), "1"):
        ini.setValue(f"remembered_user/{_key(db)}", value)  # written by hand, as an attacker would
        ini.sync()
        forged = AppSettings()
        with using_keyring(MemoryKeyring()):
            assert remembered_actor(db, forged) is None
        assert remembered_actor(db, forged) is None  # no keyring at all
    # A made-up token in the keyring is no better, and is cleared from it.
    ring = MemoryKeyring()
    ring.set_password(SERVICE, _key(db), "made-up-token")
    with using_keyring(ring):
        assert remembered_actor(db, settings) is None
    assert ring.entries == {}


def test_a_real_token_signs_in_until_revoked_or_expired(
    db, settings, admin_actor, frozen_clock
) -> None:
    ring = MemoryKeyring()
    with using_keyring(ring):
        _remember(db, admin_actor, ring)
        assert remembered_actor(db, settings).login == "admin"
        frozen_clock.shift(timedelta(days=TOKEN_DAYS + 1))
        assert remembered_actor(db, settings) is None
        assert stored_token(_key(db)) is None  # an expired token leaves the keyring

        _remember(db, admin_actor, ring)
        with db.session() as session:
            set_password(session, admin_actor.user_id, "a-new-long-password", actor=admin_actor)
        assert remembered_actor(db, settings) is None  # a password change revokes it


def test_forgetting_this_computer_revokes_the_token(qtbot, db, settings, ops, admin_actor) -> None:
    ring = MemoryKeyring()
    with using_keyring(ring):
        token = _remember(db, admin_actor, ring)
        forget_this_computer(_key(db), ops)
        qtbot.waitUntil(lambda: _revoked(db) == [True])
        assert ring.entries == {}
        # Put back in the keyring by hand, the revoked token still signs nobody in.
        ring.set_password(SERVICE, _key(db), token)
        assert remembered_actor(db, settings) is None


def test_computer_tab_button_forgets_me(qtbot, context, db, admin_actor) -> None:
    ring = MemoryKeyring()
    with using_keyring(ring):
        _remember(db, admin_actor, ring)
        tab = ComputerTab(context)
        qtbot.addWidget(tab)
        assert tab.forget.isEnabled()
        tab.forget.click()
        qtbot.waitUntil(lambda: _revoked(db) == [True])
        assert not tab.forget.isEnabled() and ring.entries == {}


def test_accounts_tab_unlocks_and_ends_remembered_sign_ins(
    qtbot, context, db, admin_actor, frozen_clock
) -> None:
    with db.session() as session:
        lea = create_user(
            session,
            login="lea",
            display_name="Léa",
            role="staff",
            password="lea-long-password",
            actor=admin_actor,
        )
        issue_remember_token(session, actor=actor_for_user(session, lea.id))
    for _ in range(LOCK_AFTER):
        with db.session() as session, pytest.raises(PermissionDenied):
            authenticate(session, "lea", "wrong")
        frozen_clock.shift(timedelta(seconds=sign_in_delay(LOCK_AFTER) + 1))
    page = SettingsPage(context)
    qtbot.addWidget(page)
    tab = page.accounts
    tab.reload()
    tab.select_login("lea")
    assert tab.model.index(tab.table.currentIndex().row(), 3).data() == "locked (failed sign-ins)"
    assert tab.unlock_button.isEnabled()
    tab.forget_button.click()
    qtbot.waitUntil(lambda: "remembered sign-in(s) ended" in tab.status.text())
    assert tab.status.text() == "Léa: 1 remembered sign-in(s) ended."
    tab.unlock_button.click()
    qtbot.waitUntil(lambda: not tab.unlock_button.isEnabled())
    assert tab.status.text() == "Léa may sign in again."
    with db.session() as session:
        assert authenticate(session, "lea", "lea-long-password").login == "lea"
