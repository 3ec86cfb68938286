"""Action items (actions à mener): usually decided in a coaching session, followed until done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import PermissionDenied
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    ActionItem,
    Coach,
    CoachingSession,
    Entrepreneur,
    Role,
    SessionParticipant,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    check_version,
    delete_with_audit,
    get_or_raise,
    record_audit,
    snapshot,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.sites.rights import require_for_person
from incubator_app.services.sites.scope import check_record_of_people
from incubator_app.services.validation import Validator

ENTITY = "action_item"
_FIELDS = [
    "session_id",
    "entrepreneur_id",
    "assignee_coach_id",
    "text",
    "due_on",
    "done",
    "done_on",
]


@dataclass(frozen=True)
class ActionItemView:
    id: int
    session_id: int | None
    entrepreneur_id: int
    assignee_coach_id: int | None
    text: str
    due_on: date | None
    done: bool
    done_on: date | None
    # Due before today and still open.
    overdue: bool
    version_id: int


def _view(item: ActionItem, today: date | None = None) -> ActionItemView:
    today = today or clock.today()
    return ActionItemView(
        id=item.id,
        session_id=item.session_id,
        entrepreneur_id=item.entrepreneur_id,
        assignee_coach_id=item.assignee_coach_id,
        text=item.text,
        due_on=item.due_on,
        done=item.done,
        done_on=item.done_on,
        overdue=bool(not item.done and item.due_on is not None and item.due_on < today),
        version_id=item.version_id,
    )


def _session_coach(session: Session, session_id: int | None) -> int | None:
    if session_id is None:
        return None
    return session.scalar(select(CoachingSession.coach_id).where(CoachingSession.id == session_id))


def _ensure_may_edit(session: Session, actor: Actor, item: ActionItem) -> None:
    """A coach handles the items assigned to them or decided in their own sessions; in a
    network, on the sites where their role logs coaching."""
    require_for_person(session, actor, Permission.LOG_COACHING, item.entrepreneur_id)
    if actor.role in (Role.ADMIN, Role.STAFF):
        return
    mine = actor.coach_id is not None and actor.coach_id in (
        item.assignee_coach_id,
        _session_coach(session, item.session_id),
    )
    if not mine:
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP(
                    "ActionItems",
                    "{login} may only change action items assigned to them or from their sessions.",
                ),
                login=actor.login,
            )
        )


def _validate_text(v: Validator, text: str | None) -> None:
    v.required("text", text)


def _validate_date(v: Validator, field: str, value: Any) -> None:
    if value is not None and not isinstance(value, date):
        v.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))


def _check_references(
    session: Session, entrepreneur_id: int, session_id: int | None, coach_id: int | None
) -> None:
    v = Validator()
    if session.get(Entrepreneur, entrepreneur_id) is None:
        v.add(
            "entrepreneur_id",
            msg(
                QT_TRANSLATE_NOOP("ActionItems", "No entrepreneur with id {id}."),
                id=entrepreneur_id,
            ),
        )
    if session_id is not None:
        if session.get(CoachingSession, session_id) is None:
            v.add(
                "session_id",
                msg(
                    QT_TRANSLATE_NOOP("ActionItems", "No coaching session with id {id}."),
                    id=session_id,
                ),
            )
        elif (
            session.get(
                SessionParticipant, {"session_id": session_id, "entrepreneur_id": entrepreneur_id}
            )
            is None
        ):
            v.add(
                "session_id",
                msg(
                    QT_TRANSLATE_NOOP(
                        "ActionItems", "The entrepreneur did not take part in that session."
                    )
                ),
            )
    if coach_id is not None and session.get(Coach, coach_id) is None:
        v.add(
            "assignee_coach_id",
            msg(QT_TRANSLATE_NOOP("ActionItems", "No coach with id {id}."), id=coach_id),
        )
    v.raise_if_any()


def create_action_item(
    session: Session,
    *,
    entrepreneur_id: int,
    text: str,
    session_id: int | None = None,
    assignee_coach_id: int | None = None,
    due_on: date | None = None,
    actor: Actor,
) -> ActionItemView:
    require(actor, Permission.LOG_COACHING)
    v = Validator()
    v.required("entrepreneur_id", entrepreneur_id)
    _validate_text(v, text)
    _validate_date(v, "due_on", due_on)
    v.raise_if_any()
    with unit_of_work(session):
        _check_references(session, entrepreneur_id, session_id, assignee_coach_id)
        item = ActionItem(
            session_id=session_id,
            entrepreneur_id=entrepreneur_id,
            assignee_coach_id=assignee_coach_id,
            text=text.strip(),
            due_on=due_on,
            done=False,
        )
        _ensure_may_edit(session, actor, item)
        session.add(item)
        session.flush()
        record_audit(session, actor, ENTITY, item.id, "create", snapshot(item, _FIELDS))
    return _view(item)


def _change(
    session: Session,
    item_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None,
    actor: Actor,
    action: str = "update",
) -> ActionItemView:
    with unit_of_work(session):
        item = get_or_raise(session, ActionItem, item_id)
        _ensure_may_edit(session, actor, item)
        check_version(item, expected_version)
        if "assignee_coach_id" in changes:
            _check_references(
                session, item.entrepreneur_id, item.session_id, changes["assignee_coach_id"]
            )
        update_with_audit(session, actor, item, ENTITY, changes, action)
    return _view(item)


def update_action_item(
    session: Session,
    item_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> ActionItemView:
    """Changes the text and/or the due date (None clears it)."""
    require(actor, Permission.LOG_COACHING)
    v = Validator()
    v.only_fields(changes, {"text", "due_on"})
    if "text" in changes:
        _validate_text(v, changes["text"])
    _validate_date(v, "due_on", changes.get("due_on"))
    v.raise_if_any()
    if "text" in changes:
        changes["text"] = changes["text"].strip()
    return _change(session, item_id, changes, expected_version=expected_version, actor=actor)


def mark_action_item_done(
    session: Session,
    item_id: int,
    done_on: date,
    *,
    expected_version: int | None,
    actor: Actor,
) -> ActionItemView:
    require(actor, Permission.LOG_COACHING)
    v = Validator()
    if v.required("done_on", done_on):
        _validate_date(v, "done_on", done_on)
    v.raise_if_any()
    return _change(
        session,
        item_id,
        {"done": True, "done_on": done_on},
        expected_version=expected_version,
        actor=actor,
        action="done",
    )


def reopen_action_item(
    session: Session, item_id: int, *, expected_version: int | None, actor: Actor
) -> ActionItemView:
    require(actor, Permission.LOG_COACHING)
    return _change(
        session,
        item_id,
        {"done": False, "done_on": None},
        expected_version=expected_version,
        actor=actor,
        action="reopen",
    )


def reassign_action_item(
    session: Session,
    item_id: int,
    coach_id: int | None,
    *,
    expected_version: int | None,
    actor: Actor,
) -> ActionItemView:
    """Gives the item to another coach (None: nobody in particular)."""
    require(actor, Permission.LOG_COACHING)
    return _change(
        session,
        item_id,
        {"assignee_coach_id": coach_id},
        expected_version=expected_version,
        actor=actor,
        action="reassign",
    )


def delete_action_item(
    session: Session, item_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    require(actor, Permission.LOG_COACHING)
    with unit_of_work(session):
        item = get_or_raise(session, ActionItem, item_id)
        _ensure_may_edit(session, actor, item)
        check_version(item, expected_version)
        delete_with_audit(session, actor, item, ENTITY, _FIELDS)


def get_action_item(
    session: Session, item_id: int, *, actor: Actor, today: date | None = None
) -> ActionItemView:
    require(actor, Permission.VIEW)
    item = get_or_raise(session, ActionItem, item_id)
    what = QT_TRANSLATE_NOOP("Sites", "Action item")
    check_record_of_people(session, actor, what, item.id, [item.entrepreneur_id])
    return _view(item, today)


def list_action_items(
    session: Session,
    *,
    actor: Actor,
    entrepreneur_id: int | None = None,
    coach_id: int | None = None,
    session_id: int | None = None,
    open_only: bool = True,
    overdue_only: bool = False,
    today: date | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[ActionItemView]:
    """Open items (by default) of an entrepreneur / assigned to a coach; soonest due first."""
    require(actor, Permission.VIEW)
    today = today or clock.today()
    stmt = select(ActionItem)
    if entrepreneur_id is not None:
        stmt = stmt.where(ActionItem.entrepreneur_id == entrepreneur_id)
    if coach_id is not None:
        stmt = stmt.where(ActionItem.assignee_coach_id == coach_id)
    if session_id is not None:
        stmt = stmt.where(ActionItem.session_id == session_id)
    if open_only or overdue_only:
        stmt = stmt.where(ActionItem.done.is_(False))
    if overdue_only:
        stmt = stmt.where(ActionItem.due_on < today)
    # Items without a due date come last on every backend (NULLS LAST is not portable).
    stmt = stmt.order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
    stmt = stmt.limit(limit).offset(offset)
    return [_view(item, today) for item in session.scalars(stmt)]
