"""Projects under way: participants from the entrepreneurs, the contacts and the people of the
directory's actors; checked input; audited changes; a project from a confirmed group of a draw;
a toolbox sheet started from a project (participants, dates and places filled in)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from incubator_app.errors import ConflictError, NotFound, ValidationError
from incubator_app.models import ActorContact, AuditEntry, DirectoryActor
from incubator_app.models.vocabulary import ProjectStatus
from incubator_app.services.contacts.records import add_contact
from incubator_app.services.cooperation import projects
from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.services.toolbox import sheets

pytestmark = pytest.mark.core


def _people(session, admin):
    e = create_entrepreneur(
        session, first_name="Hélène", last_name="Durand", email="helene@exemple.fr", actor=admin
    )
    contact = add_contact(session, name="Paul Martin", email="paul@exemple.fr", actor=admin)
    theatre = DirectoryActor(name="Théâtre du Merlan")
    session.add(theatre)
    session.flush()
    session.add(ActorContact(actor_id=theatre.id, contact_id=contact.id, role="programmation"))
    session.commit()
    return e.id, contact.id


def test_a_project_with_its_participants_dates_and_places(session, admin):
    e, c = _people(session, admin)
    project = projects.create_project(
        session,
        {
            "title": "  Fresque du quartier ",
            "territory": "Marseille 13e",
            "places": "Médiathèque\n\n  Place du marché ",
            "disciplines": "arts visuels; Arts visuels, médiation",
            "themes": "jeunesse",
            "starts_on": date(2026, 3, 1),
            "ends_on": date(2026, 9, 30),
        },
        members=[("entrepreneur", e, "porteuse"), ("contact", c), ("contact", c)],
        actor=admin,
    )
    assert project.title == "Fresque du quartier"
    assert project.status is ProjectStatus.UNDER_WAY
    assert project.places == "Médiathèque\nPlace du marché"
    assert project.disciplines == "arts visuels, médiation"
    assert [(m.kind, m.name, m.organisation, m.role) for m in project.members] == [
        ("entrepreneur", "Hélène Durand", None, "porteuse"),
        ("contact", "Paul Martin", "Théâtre du Merlan", None),
    ]
    assert projects.list_projects(session, text="MÉDIATHÈQUE", actor=admin)[0].id == project.id
    assert projects.list_projects(session, text="fresque rural", actor=admin) == []
    assert projects.list_projects(session, statuses=["done"], actor=admin) == []

    changed = projects.update_project(
        session, project.id, {"status": "done"}, members=[("contact", c)],
        expected_version=project.version_id, actor=admin,
    )  # fmt: skip
    assert changed.status is ProjectStatus.DONE and [m.kind for m in changed.members] == ["contact"]
    actions = session.scalars(
        select(AuditEntry.action)
        .where(AuditEntry.entity == "cooperation_project", AuditEntry.entity_id == project.id)
        .order_by(AuditEntry.id)
    ).all()
    assert actions == ["create", "update", "set_members"]
    with pytest.raises(ConflictError):
        projects.update_project(
            session, project.id, {"title": "x"}, expected_version=project.version_id, actor=admin
        )


def test_bad_input_names_the_field_and_writes_nothing(session, admin):
    e, _c = _people(session, admin)
    with pytest.raises(ValidationError) as caught:
        projects.create_project(
            session,
            {"title": " ", "starts_on": date(2026, 5, 1), "ends_on": date(2026, 4, 1),
             "status": "finished"},
            actor=admin,
        )  # fmt: skip
    assert {"title", "ends_on", "status"} <= set(caught.value.field_errors)
    with pytest.raises(NotFound):
        projects.create_project(
            session, {"title": "Ok"}, members=[("entrepreneur", e), ("contact", 999)], actor=admin
        )
    with pytest.raises(ValidationError):
        projects.create_project(session, {"title": "Ok"}, members=[("user", 1)], actor=admin)
    assert projects.list_projects(session, actor=admin) == []


def test_find_people_reaches_contacts_by_their_directory_actor(session, admin):
    e, c = _people(session, admin)
    assert [p.key for p in projects.find_people(session, "merlan", actor=admin)] == [("contact", c)]
    assert {p.key for p in projects.find_people(session, "", actor=admin)} == {
        ("entrepreneur", e), ("contact", c),
    }  # fmt: skip


def test_a_sheet_starts_from_a_project(session, admin):
    e, c = _people(session, admin)
    project = projects.create_project(
        session,
        {"title": "Fresque", "territory": "Marseille 13e", "places": "Médiathèque\nLe marché",
         "starts_on": date(2026, 3, 1), "ends_on": date(2026, 9, 30),
         "disciplines": "arts visuels", "themes": "jeunesse"},
        members=[("entrepreneur", e), ("contact", c, "programmation")],
        actor=admin,
    )  # fmt: skip
    values = sheets.sheet_values_from_project(session, project.id, actor=admin)
    sheet = sheets.create_sheet(session, values, actor=admin)
    assert sheet.project_id == project.id and sheet.territory == "Marseille 13e"
    assert sheet.context.splitlines()[:2] == ["01/03/2026 – 30/09/2026", "Médiathèque, Le marché"]
    assert sheet.partners.splitlines() == [
        "Hélène Durand", "Paul Martin (Théâtre du Merlan) (programmation)",
    ]  # fmt: skip
    assert (sheet.disciplines, sheet.tags) == ("arts visuels", "jeunesse")
    with pytest.raises(ValidationError):
        sheets.create_sheet(session, {**values, "project_id": 999}, actor=admin)


def test_a_participants_role_is_changed_alone_and_audited(session, admin):
    e, c = _people(session, admin)
    project = projects.create_project(
        session, {"title": "Fresque"}, members=[("entrepreneur", e), ("contact", c, "hôte")],
        actor=admin,
    )  # fmt: skip
    changed = projects.set_member_role(
        session, project.id, ("entrepreneur", e), "  coordinatrice ", actor=admin
    )
    assert {m.key: m.role for m in changed.members} == {
        ("entrepreneur", e): "coordinatrice", ("contact", c): "hôte",
    }  # fmt: skip
    cleared = projects.set_member_role(session, project.id, ("contact", c), "", actor=admin)
    assert {m.key: m.role for m in cleared.members}[("contact", c)] is None
    roles = session.scalars(
        select(AuditEntry.changes)
        .where(AuditEntry.entity == "cooperation_project", AuditEntry.action == "set_role")
        .order_by(AuditEntry.id)
    ).all()
    assert len(roles) == 2 and "coordinatrice" in str(roles[0])
    with pytest.raises(ValidationError):
        projects.set_member_role(session, project.id, ("contact", c), "x" * 101, actor=admin)
    with pytest.raises(NotFound):
        projects.set_member_role(session, project.id, ("contact", c + 99), "x", actor=admin)


def test_deleting_a_project_checks_the_version_and_permission_and_is_audited(session, admin):
    from incubator_app.errors import PermissionDenied
    from incubator_app.services.actor import Actor
    from incubator_app.services.administration.users import actor_for_user, create_user

    e, c = _people(session, admin)
    project = projects.create_project(
        session, {"title": "Fresque"}, members=[("entrepreneur", e), ("contact", c, "hôte")],
        actor=admin,
    )  # fmt: skip
    sheet = sheets.create_sheet(
        session, sheets.sheet_values_from_project(session, project.id, actor=admin), actor=admin
    )
    viewer: Actor = actor_for_user(
        session,
        create_user(
            session, login="viewer", display_name="V", role="viewer", password="viewer-password",
            actor=admin,
        ).id,
    )  # fmt: skip
    with pytest.raises(PermissionDenied):
        projects.delete_project(
            session, project.id, expected_version=project.version_id, actor=viewer
        )
    with pytest.raises(ConflictError):
        projects.delete_project(
            session, project.id, expected_version=project.version_id + 1, actor=admin
        )
    projects.delete_project(session, project.id, expected_version=project.version_id, actor=admin)
    with pytest.raises(NotFound):
        projects.get_project(session, project.id, actor=admin)
    assert projects.list_projects(session, actor=admin) == []
    kept = sheets.get_sheet(session, sheet.id, actor=admin)
    assert kept.project_id is None and kept.title == "Fresque"
    (audit,) = session.scalars(
        select(AuditEntry).where(
            AuditEntry.entity == "cooperation_project", AuditEntry.action == "delete"
        )
    ).all()
    assert audit.entity_id == project.id and "hôte" in str(audit.changes)
