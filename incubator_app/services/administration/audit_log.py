"""Reading the audit trail (who changed what, and when). Writing it is `records.record_audit`.

Reading needs MANAGE_SETTINGS (admin and staff): the trail holds the old and new values of
every field, which is more than a viewer or a coach sees elsewhere.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from incubator_app.models import (
    ActionItem,
    AuditEntry,
    Booking,
    Coach,
    CoachingSession,
    CoachingTopic,
    Cohort,
    Discipline,
    Document,
    Entrepreneur,
    ExitOutcome,
    FollowUpCheckpoint,
    FollowUpContact,
    Milestone,
    MilestoneTemplate,
    Revenue,
    ServiceUsage,
    SessionParticipant,
    SharedService,
    StageChange,
    SupportContract,
    User,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.document_names import safe_display_name
from incubator_app.services.records import to_view
from incubator_app.services.validation import Validator

MAX_AUDIT_LIMIT = 10_000


@dataclass(frozen=True)
class AuditEntryView:
    id: int
    at: datetime
    user_id: int | None
    user_login: str | None
    entity: str
    entity_id: int | None
    action: str
    changes: dict[str, Any] | None


def list_audit(
    session: Session,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    user_login: str | None = None,
    limit: int = 200,
    actor: Actor,
) -> list[AuditEntryView]:
    """Newest first. Ordered by id, not by time: ids follow the order rows were written,
    whereas `at` comes from each PC's clock, which may be off on a shared database."""
    require(actor, Permission.MANAGE_SETTINGS)
    v = Validator()
    if isinstance(limit, bool) or not isinstance(limit, int):
        v.required("limit", None)
    else:
        v.int_range("limit", limit, 1, MAX_AUDIT_LIMIT)
    v.raise_if_any()
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if user_login is not None:
        query = query.where(AuditEntry.user_login == user_login)
    return [to_view(row, AuditEntryView) for row in session.scalars(query)]


# One entrepreneur's history ---------------------------------------------------------------

#: Tables whose rows belong to one entrepreneur (an `entrepreneur_id` column).
_OWNED: dict[str, Any] = {
    "stage_change": StageChange,
    "support_contract": SupportContract,
    "exit_outcome": ExitOutcome,
    "follow_up_checkpoint": FollowUpCheckpoint,
    "follow_up_contact": FollowUpContact,
    "milestone": Milestone,
    "action_item": ActionItem,
    "document": Document,
    "service_usage": ServiceUsage,
    "booking": Booking,
    "revenue": Revenue,
}
#: Where a row's short description comes from: the live row's column, else the same key in
#: the audit snapshot (a deleted row).
_SUBJECT_COLUMNS: dict[str, Any] = {
    "milestone": Milestone.title,
    "action_item": ActionItem.text,
    "document": Document.original_name,
    "coaching_session": CoachingSession.session_date,
}
_SUBJECT_KEYS = {
    "milestone": "title",
    "action_item": "text",
    "document": "original_name",
    "coaching_session": "session_date",
}


#: Fields of the trail that hold ids of other rows, and the kind of row (a key of `names`).
#: `participants` holds [entrepreneur_id, attended] pairs, `topic_ids` a list of ids.
REFERENCE_FIELDS: dict[str, str] = {
    "referent_coach_id": "coach",
    "coach_id": "coach",
    "assignee_coach_id": "coach",
    "cohort_id": "cohort",
    "discipline_id": "discipline",
    "service_id": "service",
    "template_id": "milestone_template",
    "changed_by_id": "user",
    "uploaded_by_id": "user",
    "topic_ids": "topic",
    "participants": "entrepreneur",
}
_NAME_COLUMNS: dict[str, tuple[Any, ...]] = {
    "coach": (Coach.id, Coach.display_name),
    "cohort": (Cohort.id, Cohort.name),
    "discipline": (Discipline.id, Discipline.label),
    "service": (SharedService.id, SharedService.name),
    "milestone_template": (MilestoneTemplate.id, MilestoneTemplate.title),
    "user": (User.id, User.display_name),
    "topic": (CoachingTopic.id, CoachingTopic.label),
    "entrepreneur": (Entrepreneur.id, Entrepreneur.first_name, Entrepreneur.last_name),
}


@dataclass(frozen=True)
class HistoryEntryView:
    """An audit entry of the record or of a row that belongs to it. `entity` says what it is
    about (the table name); `subject` names that row when it has a name (a milestone's title,
    a document's file name, a session's date). `user_name` is the author's display name (the
    login when the account is gone); `names[kind][id]` names the rows the changes refer to by
    id (see REFERENCE_FIELDS), so that the history shows people and things, not numbers."""

    id: int
    at: datetime
    user_login: str | None
    entity: str
    entity_id: int | None
    action: str
    changes: dict[str, Any] | None
    subject: str | None
    user_name: str | None = None
    # Lookups shared by the entries of one call: not part of what an entry is.
    names: Mapping[str, Mapping[int, str]] = field(default_factory=dict, compare=False)


def _ids(value: Any) -> Iterator[int]:
    """Every id in a value of the trail: an id, [old, new], a list, [id, attended] pairs."""
    if isinstance(value, bool):  # `attended`, not an id
        return
    if isinstance(value, int):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _ids(item)


def _reference_names(session: Session, entries: list[AuditEntry]) -> dict[str, dict[int, str]]:
    """The names of the rows the entries' changes refer to, one query per kind of row."""
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        changes = entry.changes if isinstance(entry.changes, dict) else {}
        for name, value in changes.items():
            kind = REFERENCE_FIELDS.get(name)
            if kind is not None:
                wanted.setdefault(kind, set()).update(_ids(value))
        if entry.user_id is not None:
            wanted.setdefault("user", set()).add(entry.user_id)
    names: dict[str, dict[int, str]] = {}
    for kind, ids in wanted.items():
        id_column, *columns = _NAME_COLUMNS[kind]
        rows = session.execute(select(id_column, *columns).where(id_column.in_(sorted(ids))))
        names[kind] = {row[0]: " ".join(str(v) for v in row[1:] if v) for row in rows}
    return names


def _history_condition(entrepreneur_id: int) -> ColumnElement[bool]:
    entity, entity_id = AuditEntry.entity, AuditEntry.entity_id
    terms: list[ColumnElement[bool]] = [
        and_(entity == "entrepreneur", entity_id == entrepreneur_id),
        and_(
            entity == "coaching_session",
            entity_id.in_(
                select(SessionParticipant.session_id).where(
                    SessionParticipant.entrepreneur_id == entrepreneur_id
                )
            ),
        ),
    ]
    # Creations and deletions keep the row's values, entrepreneur_id included: that is what
    # they are matched on (the row may be gone, and SQLite may have given its id to a new row
    # of someone else). Other entries (updates) are matched on the row as it is now.
    recorded = AuditEntry.changes["entrepreneur_id"].as_string()
    for name, model in _OWNED.items():
        owned = select(model.id).where(model.entrepreneur_id == entrepreneur_id)
        terms.append(
            and_(
                entity == name,
                entity_id.in_(owned),
                or_(recorded.is_(None), recorded == str(entrepreneur_id)),
            )
        )
    terms.append(
        and_(
            entity.in_(list(_OWNED)),
            AuditEntry.action.in_(("create", "delete")),
            recorded == str(entrepreneur_id),
        )
    )
    return or_(*terms)


def _subjects(session: Session, entries: list[AuditEntry]) -> dict[tuple[str, int], str]:
    """Short descriptions of the live rows the entries are about, one query per kind (for the
    entries that do not carry one, such as updates)."""
    found: dict[tuple[str, int], str] = {}
    for name, column in _SUBJECT_COLUMNS.items():
        ids = {
            e.entity_id
            for e in entries
            if e.entity == name and e.entity_id is not None and _snapshot_subject(e) is None
        }
        if not ids:
            continue
        model = column.class_
        for row_id, value in session.execute(select(model.id, column).where(model.id.in_(ids))):
            found[(name, row_id)] = _safe_subject(name, _plain_subject(value))
    return found


def _plain_subject(value: Any) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _snapshot_subject(entry: AuditEntry) -> str | None:
    key = _SUBJECT_KEYS.get(entry.entity)
    value = (entry.changes or {}).get(key) if key and isinstance(entry.changes, dict) else None
    if isinstance(value, list) and len(value) == 2:  # an update: [old, new]
        value = value[1]
    if value in (None, ""):
        return None
    if key == "session_date" and isinstance(value, str):
        with contextlib.suppress(ValueError):
            return _plain_subject(date.fromisoformat(value))
    return _safe_subject(entry.entity, str(value))


def _safe_subject(entity: str, text: str) -> str:
    """A document's name as every screen shows it (controls and bidi characters escaped)."""
    return safe_display_name(text) if entity == "document" else text


def entrepreneur_history(
    session: Session, entrepreneur_id: int, *, limit: int = 500, actor: Actor
) -> list[HistoryEntryView]:
    """The audit entries of the entrepreneur's record and of the rows that belong to it
    (stage changes, contract, exit, follow-ups, milestones, action items, documents, coaching
    sessions they took part in, services, bookings, revenue), newest first, filtered in SQL.
    Ordered by id: the order the entries were written (see `list_audit`)."""
    require(actor, Permission.MANAGE_SETTINGS)
    v = Validator()
    if isinstance(limit, bool) or not isinstance(limit, int):
        v.required("limit", None)
    else:
        v.int_range("limit", limit, 1, MAX_AUDIT_LIMIT)
    v.raise_if_any()
    query = (
        select(AuditEntry)
        .where(_history_condition(entrepreneur_id))
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    entries = list(session.scalars(query))
    subjects = _subjects(session, entries)
    names = _reference_names(session, entries)
    users = names.get("user", {})
    return [
        HistoryEntryView(
            id=e.id,
            at=e.at,
            user_login=e.user_login,
            entity=e.entity,
            entity_id=e.entity_id,
            action=e.action,
            changes=e.changes if isinstance(e.changes, dict) else None,
            subject=_snapshot_subject(e) or subjects.get((e.entity, e.entity_id)),
            user_name=users.get(e.user_id) if e.user_id is not None else None,
            names=names,
        )
        for e in entries
    ]
