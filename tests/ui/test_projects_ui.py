"""The toolbox's Projects under way tab: the projects with their participants; a new project
with a contact found by their directory actor's name; a sheet started from a project opens
the new-sheet dialog with participants, dates and places filled in and saves it linked."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import QDate

from incubator_app.models import ActorContact, DirectoryActor
from incubator_app.services.contacts.records import add_contact
from incubator_app.services.cooperation import projects
from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.services.toolbox.search import SheetQuery, search_sheets
from incubator_app.ui.pages.toolbox import ToolboxPage

pytestmark = pytest.mark.ui


@pytest.fixture
def people(context):
    actor = context.actor
    with context.db.session() as s:
        e = create_entrepreneur(s, first_name="Hélène", last_name="Durand", actor=actor)
        c = add_contact(s, name="Paul Martin", email="paul@exemple.fr", actor=actor)
        theatre = DirectoryActor(name="Théâtre du Merlan")
        s.add(theatre)
        s.flush()
        s.add(ActorContact(actor_id=theatre.id, contact_id=c.id, role="programmation"))
        s.commit()
        projects.create_project(
            s,
            {"title": "Fresque du quartier", "territory": "Marseille 13e",
             "places": "Médiathèque\nPlace du marché", "disciplines": "arts visuels",
             "themes": "jeunesse", "starts_on": date(2026, 3, 1), "ends_on": date(2026, 9, 30)},
            members=[("entrepreneur", e.id, "porteuse")],
            actor=actor,
        )  # fmt: skip
        return e.id, c.id


def test_projects_tab_new_project_and_sheet_from_it(qtbot, qapp, context, people) -> None:
    if os.environ.get("PROJECTS_SCREENSHOT_LANG") == "fr":
        from incubator_app.ui.app import install_translators

        install_translators(qapp, "fr")
    page = ToolboxPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    page.tabs.setCurrentWidget(page.projects)
    view = page.projects
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: view.project is not None, timeout=30_000)
    text = view.details.toPlainText()
    assert "Hélène Durand" in text and "Place du marché" in text and "porteuse" in text
    if os.environ.get("PROJECTS_SCREENSHOT"):
        page.grab().save(os.environ["PROJECTS_SCREENSHOT"] + "-tab.png")

    dialog = view.new_project()
    dialog.title.setText("Jardin partagé")
    dialog.starts.setDate(QDate(2026, 4, 1))
    dialog.places.setPlainText("Friche de la Belle de Mai")
    dialog.find.setText("merlan")
    qtbot.waitUntil(lambda: dialog.found.count() == 1, timeout=30_000)
    dialog.add_chosen()
    assert dialog.members() == [("contact", people[1], None)]
    if os.environ.get("PROJECTS_SCREENSHOT"):
        dialog.grab().save(os.environ["PROJECTS_SCREENSHOT"] + "-dialog.png")
    dialog.accept()
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=30_000)
    qtbot.waitUntil(
        lambda: view.project is not None and view.project.title == "Jardin partagé",
        timeout=30_000,
    )
    assert [m.name for m in view.project.members] == ["Paul Martin"]

    view.search.setText("fresque")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: view.project.title == "Fresque du quartier", timeout=30_000)
    view.start_sheet.click()
    qtbot.waitUntil(lambda: getattr(page, "last_sheet_dialog", None) is not None, timeout=30_000)
    sheet_dialog = page.last_sheet_dialog
    assert page.tabs.currentWidget() is page.view
    assert sheet_dialog.title.text() == "Fresque du quartier"
    context_text = sheet_dialog.texts["context"].toPlainText()
    assert "01/03/2026 – 30/09/2026" in context_text and "Médiathèque" in context_text
    assert "Hélène Durand" in sheet_dialog.texts["partners"].toPlainText()
    sheet_dialog.accept()
    qtbot.waitUntil(
        lambda: page.view.sheet is not None and page.view.sheet.title == "Fresque du quartier",
        timeout=30_000,
    )
    with context.db.session() as s:
        hits = search_sheets(s, SheetQuery(text="Médiathèque"), actor=context.actor).hits
    assert len(hits) == 1
    assert page.view.sheet.project_id == view.project.id


def test_a_role_is_edited_in_the_dialog_and_a_project_deleted_after_a_question(
    qtbot, qapp, context, people
) -> None:
    from PySide6.QtWidgets import QMessageBox

    if os.environ.get("PROJECTS_SCREENSHOT_LANG") == "fr":
        from incubator_app.ui.app import install_translators

        install_translators(qapp, "fr")
    page = ToolboxPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    page.tabs.setCurrentWidget(page.projects)
    view = page.projects
    qtbot.waitUntil(lambda: view.project is not None, timeout=30_000)
    dialog = view.edit_project()
    assert dialog.member_list.currentRow() == 0 and dialog.role.text() == "porteuse"
    dialog.role.setFocus()
    dialog.role.selectAll()
    qtbot.keyClicks(dialog.role, "coordinatrice")
    assert dialog.member_list.item(0).text().endswith("— coordinatrice")
    assert dialog.members() == [("entrepreneur", people[0], "coordinatrice")]
    if os.environ.get("PROJECTS_SCREENSHOT"):
        dialog.grab().save(os.environ["PROJECTS_SCREENSHOT"] + "-role.png")
    dialog.accept()
    qtbot.waitUntil(lambda: "coordinatrice" in view.details.toPlainText(), timeout=30_000)
    assert [m.role for m in view.project.members] == ["coordinatrice"]

    box = view.delete_project()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    if os.environ.get("PROJECTS_SCREENSHOT"):
        box.grab().save(os.environ["PROJECTS_SCREENSHOT"] + "-delete.png")
    box.button(QMessageBox.StandardButton.No).click()
    assert view.project is not None
    box = view.delete_project()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=30_000)
    assert view.project is None and not view.delete.isEnabled()
    with context.db.session() as s:
        assert projects.list_projects(s, actor=context.actor) == []
