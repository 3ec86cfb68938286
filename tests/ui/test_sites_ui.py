"""Sites in the UI: the site filter and the record's site field are hidden on a single-site
install and shown from two sites on; the Settings tab adds a site and a member."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from incubator_app.models import AuditEntry
from incubator_app.models.vocabulary import Role
from incubator_app.services.entrepreneurs.records import create_entrepreneur, get_entrepreneur
from incubator_app.services.sites.moves import move_entrepreneur
from incubator_app.services.sites.records import create_site
from incubator_app.ui.changes import SITE
from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor
from incubator_app.ui.entrepreneurs.history_fields import change_text
from incubator_app.ui.pages.entrepreneurs import EntrepreneursPage
from incubator_app.ui.pages.settings_page import SettingsPage


def names(page) -> list[str]:
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def people(context):
    with context.db.session() as s:
        return {
            last: create_entrepreneur(s, first_name="A", last_name=last, actor=context.actor).id
            for last in ("Durand", "Martin")
        }


def test_site_filter_hidden_on_one_site_shown_on_two(context, people, qtbot, bus):
    page = EntrepreneursPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.site_combo.isHidden()
    with context.db.session() as s:
        mrs = create_site(s, name="Marseille", code="MRS", actor=context.actor)
    page.reload()
    assert page.site_combo.isHidden()  # one site is still a single office
    with context.db.session() as s:
        avi = create_site(s, name="Avignon", code="AVI", actor=context.actor)
        move_entrepreneur(s, people["Durand"], mrs.id, actor=context.actor)
        move_entrepreneur(s, people["Martin"], avi.id, actor=context.actor)
    bus.notify({SITE})
    qtbot.waitUntil(lambda: page.site_combo.isVisible())
    combo = page.site_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All sites",
        "Avignon",
        "Marseille",
    ]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    combo.setFocus()
    combo.set_value(avi.id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Martin" in names(page)[0]


def test_record_window_site_field_and_move(context, people, qtbot):
    editor = EntrepreneurEditor(context, people["Durand"])
    qtbot.addWidget(editor)
    assert editor.profile.site is None
    editor.close()
    with context.db.session() as s:
        mrs = create_site(s, name="Marseille", code="MRS", actor=context.actor)
        create_site(s, name="Avignon", code="AVI", actor=context.actor)
    editor = EntrepreneurEditor(context, people["Durand"])
    qtbot.addWidget(editor)
    editor.show()
    assert editor.profile.site is not None and editor.profile.site.value() is None
    editor.profile.site.set_value(mrs.id)
    assert editor.save_button.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: not editor.dirty)
    with context.db.session() as s:
        assert get_entrepreneur(s, people["Durand"], actor=context.actor).site_id == mrs.id
        move = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "move_site").order_by(AuditEntry.id)
        ).one()
    # The History tab reads the move with the sites' names, never their ids.
    assert change_text("entrepreneur", move.changes, {}) == "Site: — → Marseille"
    editor.close()


def test_settings_sites_tab_adds_a_site_and_a_member(context, qtbot):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    tab = page.sites
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    tab.name.setText("Marseille")
    tab.code.setText("mrs")
    tab.commune.setText("Marseille")
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row_at(0).code == "MRS"
    tab.select_site(tab.model.row_at(0).id)
    assert tab.person.count() == 1  # the administrator
    tab.person.setCurrentIndex(0)
    tab.role.setCurrentIndex(tab.role.findData(Role.STAFF.value))
    tab.add_member_button.click()
    qtbot.waitUntil(lambda: tab.members_model.rowCount() == 1)
    assert tab.members_model.row_at(0).role is Role.STAFF
    # The same code again: a message, nothing added.
    tab.name.setText("Marseille Nord")
    tab.add_button.click()
    qtbot.waitUntil(lambda: "already" in tab.status.text())
    assert tab.model.rowCount() == 1
