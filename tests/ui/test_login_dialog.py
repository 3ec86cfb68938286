from __future__ import annotations

import pytest
from memory_keyring import MemoryKeyring, using_keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from incubator_app.ui.login_dialog import LoginDialog
from incubator_app.ui.startup import remembered_actor

pytestmark = pytest.mark.ui


@pytest.fixture
def dialog(qtbot, ops, settings, db, admin_actor) -> LoginDialog:
    dlg = LoginDialog(ops, settings, db.url.render_as_string(hide_password=True))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_wrong_password_is_refused_with_the_service_message(qtbot, dialog: LoginDialog) -> None:
    qtbot.keyClicks(dialog.login_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == "Wrong login or password."
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.ok_button.isEnabled()


def test_right_password_logs_in_and_can_be_remembered(
    qtbot, ops, settings, db, admin_actor
) -> None:
    key = db.url.render_as_string(hide_password=True)
    with using_keyring(MemoryKeyring()) as ring:
        dialog = LoginDialog(ops, settings, key)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.remember.isEnabled()
        qtbot.keyClicks(dialog.login_edit, "admin")
        qtbot.keyClicks(dialog.password_edit, "admin-password")
        dialog.remember.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        assert dialog.actor is not None and dialog.actor.display_name == "Camille Martin"
        # The keyring holds a random token, not the user id; the database only its hash.
        token = ring.entries[("incubator-app", key)]
        assert len(token) >= 40 and token != str(admin_actor.user_id)
        # Next start on this database skips the dialog for that user.
        actor = remembered_actor(db, settings)
        assert actor is not None and actor.user_id == dialog.actor.user_id


def test_without_a_keyring_remember_me_is_not_offered(qtbot, dialog: LoginDialog) -> None:
    """The suite's default keyring is the null one, as on a Linux without Secret Service."""
    assert not dialog.remember.isEnabled()
    assert "no password keyring" in dialog.remember.toolTip()
    qtbot.keyClicks(dialog.login_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert not dialog.remember.isEnabled()  # not re-enabled after the busy state


def test_repeated_failures_are_refused_with_the_wait(qtbot, dialog: LoginDialog) -> None:
    qtbot.keyClicks(dialog.login_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    for _ in range(3):
        dialog.error.clear_error()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.isVisible())
        assert dialog.error.text() == "Wrong login or password."
    dialog.password_edit.setText("admin-password")  # even the right one must wait
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "try again in" in dialog.error.text())
    assert dialog.error.text() == "Too many failed sign-ins: try again in 2 s."
    assert dialog.actor is None and dialog.isVisible()


def test_login_button_needs_login_and_password(qtbot, dialog: LoginDialog) -> None:
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.login_edit, "admin")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.password_edit, "x")
    assert dialog.ok_button.isEnabled()


def test_demo_hint_only_on_demo_databases(qtbot, ops, settings) -> None:
    demo = LoginDialog(ops, settings, "k", is_demo=True)
    plain = LoginDialog(ops, settings, "k", is_demo=False)
    for dlg in (demo, plain):
        qtbot.addWidget(dlg)
        dlg.show()
    assert demo.demo_hint.isVisible()
    assert demo.demo_hint.text() == "Demo database: log in as admin / demo-admin"
    assert not plain.demo_hint.isVisible()
