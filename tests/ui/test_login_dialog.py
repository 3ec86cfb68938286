from __future__ import annotations

import pytest
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
    qtbot, dialog: LoginDialog, settings, db
) -> None:
    qtbot.keyClicks(dialog.login_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "admin-password")
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.actor is not None and dialog.actor.display_name == "Camille Martin"
    # Next start on this database skips the dialog for that user.
    actor = remembered_actor(db, settings)
    assert actor is not None and actor.user_id == dialog.actor.user_id


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
