"""The record's history: the audit entries of the entrepreneur and of the rows that belong to
them (stage changes, contract, milestones, action items, coaching sessions, deleted rows too),
selected in SQL, newest first, none of another entrepreneur's."""

from __future__ import annotations

from datetime import date

import pytest
from helpers_people import make_actor, make_entrepreneur

from incubator_app.errors import PermissionDenied
from incubator_app.models import Role
from incubator_app.services.administration.audit_log import entrepreneur_history
from incubator_app.services.coaching.coaches import create_coach
from incubator_app.services.coaching.sessions import log_coaching_session
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import update_entrepreneur
from incubator_app.services.milestones.action_items import create_action_item
from incubator_app.services.milestones.records import create_milestone, delete_milestone

pytestmark = pytest.mark.core


@pytest.fixture
def two_people(session, admin):
    a = make_entrepreneur(session, admin, "Hélène", "Durand", entry_date=date(2026, 1, 5))
    b = make_entrepreneur(session, admin, "Paul", "Blanc", entry_date=date(2026, 1, 5))
    coach = create_coach(session, display_name="Zoé Coach", actor=admin)
    update_entrepreneur(session, a.id, commune="Arles", expected_version=a.version_id, actor=admin)
    change_stage(session, a.id, "admitted", on=date(2026, 2, 1), expected_version=None, actor=admin)
    change_stage(
        session, a.id, "incubated", on=date(2026, 3, 1), expected_version=None, actor=admin
    )
    kept = create_milestone(
        session, entrepreneur_id=a.id, title="Business plan", due_on=date(2026, 6, 1), actor=admin
    )
    gone = create_milestone(
        session, entrepreneur_id=a.id, title="Old idea", due_on=date(2026, 7, 1), actor=admin
    )
    delete_milestone(session, gone.id, expected_version=gone.version_id, actor=admin)
    create_action_item(session, entrepreneur_id=a.id, text="Call the bank", actor=admin)
    log_coaching_session(
        session,
        session_date=date(2026, 4, 2),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[a.id],
        actor=admin,
    )
    # Someone else's rows must not show.
    create_milestone(
        session, entrepreneur_id=b.id, title="Not hers", due_on=date(2026, 6, 1), actor=admin
    )
    log_coaching_session(
        session,
        session_date=date(2026, 4, 3),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[b.id],
        actor=admin,
    )
    return a, b, kept


def test_history_covers_the_rows_of_the_record(session, admin, two_people) -> None:
    a, _b, kept = two_people
    entries = entrepreneur_history(session, a.id, actor=admin)
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    about = {(e.entity, e.action, e.subject) for e in entries}
    assert ("entrepreneur", "create", None) in about
    assert ("entrepreneur", "update", None) in about
    assert {"stage_change", "support_contract"} <= {e.entity for e in entries}
    assert ("milestone", "create", "Business plan") in about
    assert ("milestone", "delete", "Old idea") in about  # the row is gone: named by its entry
    assert ("action_item", "create", "Call the bank") in about
    assert ("coaching_session", "create", "02/04/2026") in about
    subjects = {e.subject for e in entries}
    assert "Not hers" not in subjects and "03/04/2026" not in subjects
    assert entrepreneur_history(session, a.id, limit=3, actor=admin) == entries[:3]
    assert any(e.entity_id == kept.id and e.entity == "milestone" for e in entries)


def test_a_reused_id_does_not_bring_someone_elses_entries(session, admin, two_people) -> None:
    """SQLite may give a deleted row's id to the next row: "Not hers" can take the id of the
    deleted "Old idea"; each history keeps its own entries all the same."""
    a, b, _kept = two_people
    theirs = {(e.entity, e.subject) for e in entrepreneur_history(session, b.id, actor=admin)}
    assert ("milestone", "Not hers") in theirs
    assert ("milestone", "Old idea") not in theirs
    mine = [e for e in entrepreneur_history(session, a.id, actor=admin) if e.entity == "milestone"]
    assert sorted((e.action, e.subject) for e in mine) == [
        ("create", "Business plan"),
        ("create", "Old idea"),
        ("delete", "Old idea"),
    ]


def test_history_is_for_admins_and_staff(session, admin, two_people) -> None:
    viewer = make_actor(session, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        entrepreneur_history(session, two_people[0].id, actor=viewer)
