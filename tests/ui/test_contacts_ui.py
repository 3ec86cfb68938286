"""The contacts' tab of the Directory page and a contact's window: search, open by keyboard,
details with consents and participations, the language of e-mails, and for administrators only
the access export and the erasure (the same services as `gdpr export|erase --contact`)."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from activation import make_active
from PySide6.QtCore import Qt

from incubator_app import clock
from incubator_app.models import ConsentRecord, Role
from incubator_app.services.contacts.details import get_contact_details
from incubator_app.services.contacts.records import add_contact
from incubator_app.services.events.records import create_event
from incubator_app.services.events.registrations import register
from incubator_app.services.privacy.access import JSON_NAME, PDF_NAME
from incubator_app.services.privacy.policy import ANONYMISED
from incubator_app.ui.app import install_translators
from incubator_app.ui.contacts.contacts_view import ContactsView
from incubator_app.ui.pages.directory import DirectoryPage

pytestmark = pytest.mark.ui
SHOTS = os.environ.get("CONTACT_SHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def contact_id(context) -> int:
    from datetime import timedelta

    actor = context.actor
    with context.db.session() as s:
        c = add_contact(
            s, name="Ottilie Brandwijk", email="ottilie@example.org", phone="06 12 34 56 78",
            organisation="Théâtre du Quai", consent=True, actor=actor,
        )  # fmt: skip
        add_contact(s, name="Bérénice Aubrac", email="berenice@example.org", actor=actor)
        s.add(
            ConsentRecord(
                contact_id=c.id,
                purpose="newsletter",
                given=True,
                given_on=date(2026, 3, 2),
                source="registration web form",
                text_version="2026-01 v1",
            )  # fmt: skip
        )
        s.commit()
        starts = clock.now_utc().replace(microsecond=0) + timedelta(days=7)
        event_id = create_event(
            s, title="Atelier budget", starts_at=starts, ends_at=starts + timedelta(hours=3),
            capacity=5, offer_hours=48, actor=actor,
        )  # fmt: skip
        register(s, event_id, contact_id=c.id, actor=actor)
        s.commit()
        return c.id


def _view(context, qtbot) -> ContactsView:
    view = ContactsView(context)
    qtbot.addWidget(view)
    view.resize(1000, 560)
    view.show()
    qtbot.waitExposed(view)
    return view


def _idle(qtbot, context):
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=20_000)


def test_the_directory_page_has_a_contacts_tab(context, contact_id, qtbot):
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Contacts" in tabs
    assert page.contacts.model.total == 2


def test_search_then_enter_opens_the_window(context, contact_id, qtbot):
    view = _view(context, qtbot)
    qtbot.keyClicks(view.search, "brandw")
    view.debounce.flush()
    assert view.model.total == 1 and view.count.text() == "1 contact(s)"
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    make_active(qtbot, view)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    window = view.window_
    assert window is not None and window.contact_id == contact_id
    qtbot.waitExposed(window)
    assert window.name.text() == "Ottilie Brandwijk"
    assert window.email.text() == "ottilie@example.org"
    assert window.consents.rowCount() == 1
    assert window.consents.item(0, 0).text() == "Receive the incubator's newsletter"
    assert window.consents.item(0, 4).text() == "2026-01 v1"
    assert window.participations.rowCount() == 1
    assert window.participations.item(0, 1).text() == "Atelier budget"
    assert window.participations.item(0, 3).text().lower() == "registered"
    # The language of e-mails: changed from the window, audited by the service.
    window.language.setCurrentIndex(window.language.findData("en"))
    with context.db.session() as s:
        assert get_contact_details(s, contact_id, actor=context.actor).contact.language == "en"
    window.close()


def test_an_administrator_exports_then_erases_a_contact(context, contact_id, qtbot, tmp_path):
    view = _view(context, qtbot)
    window = view.open_contact(contact_id)
    qtbot.waitExposed(window)
    assert window.export_data_button.isEnabled() and window.erase_button.isEnabled()
    actions = window.privacy_actions()
    exports = tmp_path / "exports"
    exports.mkdir()
    actions.export_to(exports)
    _idle(qtbot, context)
    (folder,) = exports.iterdir()
    assert folder.name.startswith(f"personal-data-contact-{contact_id}-")
    assert (folder / PDF_NAME).exists() and (folder / JSON_NAME).exists()

    actions = window.privacy_actions()
    box = actions.confirm_erase()
    assert "Ottilie Brandwijk" in box.text()
    box.findChild(type(window.erase_button), "eraseForGood").click()
    _idle(qtbot, context)
    with context.db.session() as s:
        assert get_contact_details(s, contact_id, actor=context.actor).name == ANONYMISED
    assert actions.box is not None and actions.box.objectName() == "erasureReportBox"
    assert window.erase_button.isHidden()
    # The erased contact leaves the list (the anonymised row stays for the funders' counts).
    qtbot.waitUntil(lambda: view.model.total == 1)
    view.search.setText("brandwijk")
    view.debounce.flush()
    assert view.model.total == 0
    actions.box.accept()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_other_roles_see_no_gdpr_button_and_a_viewer_cannot_change_the_language(
    context, contact_id, qtbot
):
    for role in (Role.STAFF, Role.COACH, Role.VIEWER):
        other = replace(context, actor=replace(context.actor, role=role))
        window = _view(other, qtbot).open_contact(contact_id)
        assert window.export_data_button is None and window.erase_button is None
        assert window.language.isEnabled() is (role is Role.STAFF)
        window.close()


def test_the_window_in_french(context, contact_id, qtbot, qapp):
    install_translators(qapp, "fr")
    view = _view(context, qtbot)
    _shot(view, "contacts-list-fr")
    window = view.open_contact(contact_id)
    qtbot.waitExposed(window)
    _shot(window, "contact-window-fr")
    assert window.windowTitle().startswith("Contact")
    assert window.consents.item(0, 0).text() != "Receive the incubator's newsletter"
