from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from incubator_app.services.administration.setup import get_incubator_profile, is_initialised
from incubator_app.services.administration.users import authenticate
from incubator_app.ui.welcome_dialog import WelcomeDialog

pytestmark = pytest.mark.ui


@pytest.fixture
def dialog(qtbot, ops, tmp_path: Path) -> WelcomeDialog:
    dlg = WelcomeDialog(ops, tmp_path / "demo.sqlite3")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.create_choice, Qt.MouseButton.LeftButton)
    assert dlg.edits["name"].isVisible()
    return dlg


def fill(dlg: WelcomeDialog, **values: str) -> None:
    defaults = {
        "name": "Couveuse des Arts",
        "siret": "",
        "commune": "Marseille",
        "login": "direction",
        "display_name": "Camille Martin",
        "password": "un-long-secret",
        "confirm": "un-long-secret",
    }
    for key, text in {**defaults, **values}.items():
        dlg.edits[key].setText(text)


def test_create_button_waits_for_required_fields(dialog: WelcomeDialog) -> None:
    assert not dialog.ok_button.isEnabled()
    fill(dialog, display_name="")
    assert not dialog.ok_button.isEnabled()
    dialog.edits["display_name"].setText("Camille Martin")
    assert dialog.ok_button.isEnabled()


def test_creates_the_incubator_and_its_admin(qtbot, dialog: WelcomeDialog, db) -> None:
    fill(dialog, siret="12345678200010")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.actor is not None and dialog.actor.login == "direction"
    with db.session() as session:
        assert is_initialised(session)
        profile = get_incubator_profile(session)
        assert profile.name == "Couveuse des Arts"
        assert profile.siret == "12345678200010"
        assert profile.commune == "Marseille"
        assert authenticate(session, "direction", "un-long-secret").is_admin


def test_service_field_errors_show_next_to_their_fields(qtbot, dialog: WelcomeDialog, db) -> None:
    fill(dialog, siret="123")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["siret"].isVisible())
    assert dialog.errors["siret"].text() == "A SIRET has 14 digits."
    assert not dialog.errors["name"].isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    # Fixing it and a too-short password: the password error lands under the password.
    fill(dialog, password="court", confirm="court")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["password"].isVisible())
    assert dialog.errors["password"].text() == "At least 8 characters."
    assert not dialog.errors["siret"].isVisible()
    with db.session() as session:
        assert not is_initialised(session)


def test_password_confirmation_must_match(qtbot, dialog: WelcomeDialog, db) -> None:
    fill(dialog, confirm="autre-secret")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["confirm"].isVisible()
    assert dialog.errors["confirm"].text() == "The two passwords are different."
    with db.session() as session:
        assert not is_initialised(session)


def test_open_the_demo_generates_it_in_its_own_file(qtbot, ops, tmp_path: Path, db) -> None:
    from incubator_app.db.migrate import open_database

    target = tmp_path / "demo.sqlite3"
    dlg = WelcomeDialog(ops, target)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.demo_choice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    assert dlg.demo_path == target
    demo = open_database(str(target))
    try:
        with demo.session() as session:
            assert get_incubator_profile(session).is_demo
            assert authenticate(session, "admin", "demo-admin").is_admin
    finally:
        demo.dispose()
    with db.session() as session:  # the database the dialog was opened on is untouched
        assert not is_initialised(session)
