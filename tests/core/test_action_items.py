"""Action items: creation (with or without a session), done/reopen, reassign, open lists."""

from __future__ import annotations

from datetime import date

import pytest
from factories import audit_actions, count, make_actor, make_coach, make_entrepreneur

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import ActionItem
from incubator_app.services.coaching.sessions import delete_coaching_session, log_coaching_session
from incubator_app.services.milestones.action_items import (
    create_action_item,
    delete_action_item,
    get_action_item,
    list_action_items,
    mark_action_item_done,
    reassign_action_item,
    reopen_action_item,
    update_action_item,
)

pytestmark = pytest.mark.core
TODAY = date(2026, 5, 15)


def _session_for(session, actor, coach_id, person_id):
    return log_coaching_session(
        session,
        session_date=date(2026, 5, 1),
        duration_minutes=60,
        coach_id=coach_id,
        participants=[person_id],
        actor=actor,
    )


def test_create_with_and_without_session(session, admin):
    coach = make_coach(session)
    person = make_entrepreneur(session)
    coaching = _session_for(session, admin, coach.id, person.id)
    linked = create_action_item(
        session,
        entrepreneur_id=person.id,
        session_id=coaching.id,
        assignee_coach_id=coach.id,
        text="  Envoyer le devis  ",
        due_on=date(2026, 5, 20),
        actor=admin,
    )
    assert linked.text == "Envoyer le devis"
    assert linked.session_id == coaching.id and not linked.done and linked.version_id == 1
    loose = create_action_item(
        session, entrepreneur_id=person.id, text="Ouvrir un compte", actor=admin
    )
    assert loose.session_id is None and loose.due_on is None
    assert audit_actions(session, "action_item") == ["create", "create"]


def test_create_validation_writes_nothing(session, admin):
    coach = make_coach(session)
    person, outsider = make_entrepreneur(session), make_entrepreneur(session)
    coaching = _session_for(session, admin, coach.id, person.id)
    with pytest.raises(ValidationError) as err:
        create_action_item(
            session, entrepreneur_id=person.id, text="  ", due_on="demain", actor=admin
        )
    assert set(err.value.field_errors) == {"text", "due_on"}
    with pytest.raises(ValidationError) as err:
        create_action_item(
            session,
            entrepreneur_id=outsider.id,
            session_id=coaching.id,
            assignee_coach_id=999,
            text="x",
            actor=admin,
        )
    # The entrepreneur was not in that session, and the coach does not exist.
    assert set(err.value.field_errors) == {"session_id", "assignee_coach_id"}
    assert count(session, ActionItem) == 0
    assert audit_actions(session, "action_item") == []


def test_done_needs_a_date_and_reopen_clears_it(session, admin):
    person = make_entrepreneur(session)
    item = create_action_item(session, entrepreneur_id=person.id, text="Devis", actor=admin)
    with pytest.raises(ValidationError) as err:
        mark_action_item_done(session, item.id, None, expected_version=1, actor=admin)
    assert set(err.value.field_errors) == {"done_on"}
    done = mark_action_item_done(
        session, item.id, date(2026, 5, 3), expected_version=1, actor=admin
    )
    assert done.done and done.done_on == date(2026, 5, 3) and done.version_id == 2
    reopened = reopen_action_item(session, item.id, expected_version=2, actor=admin)
    assert not reopened.done and reopened.done_on is None
    assert audit_actions(session, "action_item", item.id) == ["create", "done", "reopen"]


def test_update_text_and_due_and_stale_version(session, admin):
    person = make_entrepreneur(session)
    item = create_action_item(session, entrepreneur_id=person.id, text="Devis", actor=admin)
    changed = update_action_item(
        session, item.id, expected_version=1, actor=admin, text="Devis v2", due_on=date(2026, 6, 1)
    )
    assert (changed.text, changed.due_on, changed.version_id) == ("Devis v2", date(2026, 6, 1), 2)
    with pytest.raises(ConflictError):
        update_action_item(session, item.id, expected_version=1, actor=admin, text="perdu")
    with pytest.raises(ValidationError) as err:
        update_action_item(session, item.id, expected_version=2, actor=admin, done=True)
    assert set(err.value.field_errors) == {"done"}
    assert get_action_item(session, item.id, actor=admin).text == "Devis v2"
    assert audit_actions(session, "action_item", item.id) == ["create", "update"]


def test_reassign_and_lists_with_overdue(session, admin):
    c1, c2 = make_coach(session), make_coach(session)
    a, b = make_entrepreneur(session), make_entrepreneur(session)
    late = create_action_item(
        session, entrepreneur_id=a.id, assignee_coach_id=c1.id, text="late",
        due_on=date(2026, 5, 1), actor=admin,
    )  # fmt: skip
    soon = create_action_item(
        session, entrepreneur_id=a.id, assignee_coach_id=c1.id, text="soon",
        due_on=date(2026, 6, 1), actor=admin,
    )  # fmt: skip
    undated = create_action_item(session, entrepreneur_id=a.id, text="undated", actor=admin)
    finished = create_action_item(
        session, entrepreneur_id=b.id, assignee_coach_id=c1.id, text="done",
        due_on=date(2026, 4, 1), actor=admin,
    )  # fmt: skip
    mark_action_item_done(session, finished.id, date(2026, 4, 2), expected_version=1, actor=admin)

    open_a = list_action_items(session, actor=admin, entrepreneur_id=a.id, today=TODAY)
    assert [(i.id, i.overdue) for i in open_a] == [
        (late.id, True),
        (soon.id, False),
        (undated.id, False),
    ]
    by_coach = list_action_items(session, actor=admin, coach_id=c1.id, today=TODAY)
    assert [i.id for i in by_coach] == [late.id, soon.id]  # the done one is not open
    overdue = list_action_items(session, actor=admin, overdue_only=True, today=TODAY)
    assert [i.id for i in overdue] == [late.id]
    everything = list_action_items(
        session, actor=admin, coach_id=c1.id, open_only=False, today=TODAY
    )
    assert {i.id: i.overdue for i in everything}[finished.id] is False

    moved = reassign_action_item(session, late.id, c2.id, expected_version=1, actor=admin)
    assert moved.assignee_coach_id == c2.id
    assert [i.id for i in list_action_items(session, actor=admin, coach_id=c2.id)] == [late.id]
    with pytest.raises(ValidationError):
        reassign_action_item(session, late.id, 4242, expected_version=2, actor=admin)
    assert audit_actions(session, "action_item", late.id) == ["create", "reassign"]


def test_coach_handles_only_own_items_and_viewer_nothing(session, admin):
    coach_actor = make_actor(session, "coach")
    other = make_coach(session)
    viewer = make_actor(session, "viewer")
    person = make_entrepreneur(session)
    mine = _session_for(session, coach_actor, coach_actor.coach_id, person.id)
    item = create_action_item(
        session, entrepreneur_id=person.id, session_id=mine.id, text="Mine", actor=coach_actor
    )
    theirs = create_action_item(
        session, entrepreneur_id=person.id, assignee_coach_id=other.id, text="B", actor=admin
    )
    done = mark_action_item_done(session, item.id, TODAY, expected_version=1, actor=coach_actor)
    assert done.done
    with pytest.raises(PermissionDenied):
        mark_action_item_done(session, theirs.id, TODAY, expected_version=1, actor=coach_actor)
    with pytest.raises(PermissionDenied):
        create_action_item(
            session, entrepreneur_id=person.id, assignee_coach_id=other.id, text="x",
            actor=coach_actor,
        )  # fmt: skip
    for call in (
        lambda: create_action_item(session, entrepreneur_id=person.id, text="x", actor=viewer),
        lambda: update_action_item(session, item.id, expected_version=2, actor=viewer, text="y"),
        lambda: mark_action_item_done(session, item.id, TODAY, expected_version=2, actor=viewer),
        lambda: reopen_action_item(session, item.id, expected_version=2, actor=viewer),
        lambda: reassign_action_item(session, item.id, None, expected_version=2, actor=viewer),
        lambda: delete_action_item(session, item.id, expected_version=2, actor=viewer),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert count(session, ActionItem) == 2


def test_deleting_the_session_keeps_the_item(session, admin):
    coach = make_coach(session)
    person = make_entrepreneur(session)
    coaching = _session_for(session, admin, coach.id, person.id)
    item = create_action_item(
        session, entrepreneur_id=person.id, session_id=coaching.id, text="x", actor=admin
    )
    delete_coaching_session(session, coaching.id, expected_version=1, actor=admin)
    session.expire_all()
    assert get_action_item(session, item.id, actor=admin).session_id is None
    delete_action_item(session, item.id, expected_version=1, actor=admin)
    assert count(session, ActionItem) == 0
    assert audit_actions(session, "action_item", item.id) == ["create", "delete"]
