"""Milestone templates, planning from templates (relativedelta), statuses and overdue flags."""

from __future__ import annotations

from datetime import date

import pytest
from factories import audit_actions, count, make_actor, make_entrepreneur

from incubator_app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from incubator_app.models import Milestone, MilestoneStatus, MilestoneTemplate
from incubator_app.services.milestones.records import (
    count_overdue_milestones,
    create_milestone,
    create_milestone_template,
    delete_milestone_template,
    due_date_for,
    get_milestone,
    list_milestone_templates,
    list_milestones,
    plan_milestones_from_templates,
    set_milestone_status,
    update_milestone,
    update_milestone_template,
)

pytestmark = pytest.mark.core


def _template(session, actor, title, months=0, days=0, programme="CAPE"):
    return create_milestone_template(
        session,
        programme=programme,
        title=title,
        offset_months=months,
        offset_days=days,
        actor=actor,
    )


def test_template_crud_uniqueness_and_validation(session, admin):
    tpl = _template(session, admin, "Premier devis", months=1, days=2)
    assert (tpl.offset_months, tpl.offset_days, tpl.version_id) == (1, 2, 1)
    with pytest.raises(ConflictError) as err:
        _template(session, admin, "Premier devis")
    assert "Premier devis" in str(err.value)
    _template(session, admin, "Premier devis", programme="Résidence")  # other programme: fine
    with pytest.raises(ValidationError) as err:
        create_milestone_template(
            session, programme=" ", title="", offset_months=-1, offset_days=1.5, actor=admin
        )
    assert set(err.value.field_errors) == {"programme", "title", "offset_months", "offset_days"}
    assert count(session, MilestoneTemplate) == 2

    renamed = update_milestone_template(
        session, tpl.id, expected_version=1, actor=admin, title="Premier devis signé"
    )
    assert renamed.title == "Premier devis signé" and renamed.version_id == 2
    with pytest.raises(ConflictError):
        update_milestone_template(session, tpl.id, expected_version=1, actor=admin, offset_days=9)
    other = _template(session, admin, "Bilan")
    with pytest.raises(ConflictError):
        update_milestone_template(
            session, other.id, expected_version=1, actor=admin, title="Premier devis signé"
        )
    assert [t.title for t in list_milestone_templates(session, actor=admin, programme="CAPE")] == [
        "Bilan",
        "Premier devis signé",
    ]
    delete_milestone_template(session, other.id, expected_version=1, actor=admin)
    assert audit_actions(session, "milestone_template", tpl.id) == ["create", "update"]
    assert audit_actions(session, "milestone_template", other.id) == ["create", "delete"]


def test_templates_need_settings_permission(session, admin):
    coach = make_actor(session, "coach")
    viewer = make_actor(session, "viewer")
    tpl = _template(session, admin, "Bilan")
    for actor in (coach, viewer):
        with pytest.raises(PermissionDenied):
            _template(session, actor, "Autre")
        with pytest.raises(PermissionDenied):
            update_milestone_template(session, tpl.id, expected_version=1, actor=actor, title="x")
        with pytest.raises(PermissionDenied):
            delete_milestone_template(session, tpl.id, expected_version=1, actor=actor)
    assert count(session, MilestoneTemplate) == 1


@pytest.mark.parametrize(
    ("start", "months", "days", "expected"),
    [
        (date(2027, 1, 31), 1, 0, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, 0, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, 0, date(2026, 4, 30)),
        (date(2026, 8, 31), 6, 0, date(2027, 2, 28)),
        (date(2026, 1, 31), 1, 1, date(2026, 3, 1)),  # months first, then days
        (date(2026, 12, 15), 0, 20, date(2027, 1, 4)),
        (date(2026, 2, 28), 12, 0, date(2027, 2, 28)),
    ],
)
def test_due_dates_use_relativedelta(start, months, days, expected):
    assert due_date_for(start, months, days) == expected


def test_plan_from_templates_is_idempotent(session, admin):
    person = make_entrepreneur(session)
    _template(session, admin, "Bilan à un mois", months=1)
    _template(session, admin, "Bilan à six mois", months=6)
    _template(session, admin, "Autre programme", programme="Résidence")
    planned = plan_milestones_from_templates(
        session, person.id, "CAPE", date(2027, 1, 31), actor=admin
    )
    assert [(m.title, m.due_on) for m in planned] == [
        ("Bilan à un mois", date(2027, 2, 28)),
        ("Bilan à six mois", date(2027, 7, 31)),
    ]
    assert all(m.status is MilestoneStatus.PLANNED and m.template_id for m in planned)
    assert (
        plan_milestones_from_templates(session, person.id, "CAPE", date(2027, 1, 31), actor=admin)
        == []
    )
    late = _template(session, admin, "Bilan final", months=12)
    again = plan_milestones_from_templates(
        session, person.id, "CAPE", date(2027, 1, 31), actor=admin
    )
    assert [(m.template_id, m.due_on) for m in again] == [(late.id, date(2028, 1, 31))]
    assert count(session, Milestone) == 3
    assert audit_actions(session, "milestone") == ["create"] * 3
    with pytest.raises(ValidationError) as err:
        plan_milestones_from_templates(session, 9999, "CAPE", date(2027, 1, 1), actor=admin)
    assert set(err.value.field_errors) == {"entrepreneur_id"}


def test_status_changes_and_overdue(session, admin):
    person = make_entrepreneur(session)
    m = create_milestone(
        session, entrepreneur_id=person.id, title="Site web", due_on=date(2026, 3, 1), actor=admin
    )
    today = date(2026, 3, 2)
    assert get_milestone(session, m.id, actor=admin, today=today).overdue is True
    assert count_overdue_milestones(session, actor=admin, today=today) == 1
    with pytest.raises(ValidationError) as err:
        set_milestone_status(session, m.id, "achieved", expected_version=1, actor=admin)
    assert set(err.value.field_errors) == {"achieved_on"}
    with pytest.raises(ValidationError) as err:
        set_milestone_status(session, m.id, "finished", expected_version=1, actor=admin)
    assert set(err.value.field_errors) == {"status"}
    progress = set_milestone_status(session, m.id, "in_progress", expected_version=1, actor=admin)
    assert progress.status is MilestoneStatus.IN_PROGRESS
    achieved = set_milestone_status(
        session,
        m.id,
        MilestoneStatus.ACHIEVED,
        achieved_on=date(2026, 3, 5),
        evidence="https://exemple.fr",
        expected_version=2,
        actor=admin,
    )
    assert (achieved.achieved_on, achieved.evidence) == (date(2026, 3, 5), "https://exemple.fr")
    assert get_milestone(session, m.id, actor=admin, today=today).overdue is False
    missed = set_milestone_status(session, m.id, "missed", expected_version=3, actor=admin)
    assert missed.achieved_on is None and missed.overdue is False
    with pytest.raises(ConflictError):
        set_milestone_status(session, m.id, "cancelled", expected_version=3, actor=admin)
    assert audit_actions(session, "milestone", m.id) == ["create", "status", "status", "status"]


def test_milestone_update_list_and_permissions(session, admin):
    coach = make_actor(session, "coach")
    viewer = make_actor(session, "viewer")
    a, b = make_entrepreneur(session), make_entrepreneur(session)
    first = create_milestone(
        session, entrepreneur_id=a.id, title="B", due_on=date(2026, 6, 1), actor=coach
    )
    second = create_milestone(
        session, entrepreneur_id=a.id, title="A", due_on=date(2026, 5, 1), actor=coach
    )
    create_milestone(session, entrepreneur_id=b.id, title="C", due_on=date(2026, 1, 1), actor=admin)
    with pytest.raises(ValidationError) as err:
        create_milestone(session, entrepreneur_id=a.id, title="", due_on=None, actor=coach)
    assert set(err.value.field_errors) == {"title", "due_on"}
    moved = update_milestone(
        session, first.id, expected_version=1, actor=coach, due_on=date(2026, 4, 1)
    )
    assert moved.due_on == date(2026, 4, 1)
    with pytest.raises(ValidationError) as err:
        update_milestone(session, first.id, expected_version=2, actor=coach, status="achieved")
    assert set(err.value.field_errors) == {"status"}
    assert [m.id for m in list_milestones(session, a.id, actor=viewer)] == [first.id, second.id]
    assert list_milestones(session, a.id, actor=viewer, status="achieved") == []
    for call in (
        lambda: create_milestone(
            session, entrepreneur_id=a.id, title="x", due_on=date(2026, 1, 1), actor=viewer
        ),
        lambda: update_milestone(session, first.id, expected_version=2, actor=viewer, title="y"),
        lambda: set_milestone_status(session, first.id, "missed", expected_version=2, actor=viewer),
        lambda: plan_milestones_from_templates(
            session, a.id, "CAPE", date(2026, 1, 1), actor=viewer
        ),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert count(session, Milestone) == 3
    with pytest.raises(NotFound):
        get_milestone(session, 4242, actor=viewer)
