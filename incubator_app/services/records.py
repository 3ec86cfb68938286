"""Shared mechanics of every mutation: one transaction, optimistic lock, audit row, plain views."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from incubator_app.errors import ConflictError, NotFound, PermissionDenied
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import AuditEntry, Base
from incubator_app.services.actor import Actor

M = TypeVar("M", bound=Base)
V = TypeVar("V")


@contextmanager
def unit_of_work(session: Session) -> Iterator[Session]:
    """One transaction per service call: commit on success, roll back everything on error."""
    try:
        yield session
        session.commit()
    except StaleDataError as exc:
        session.rollback()
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors", "Someone else changed this record meanwhile; reload it and try again."
                )
            )
        ) from exc
    except DBAPIError as exc:
        session.rollback()
        if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise server_refused(exc) from exc
        if not isinstance(exc, IntegrityError):
            raise
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP("Errors", "This would break a rule of the database: {reason}"),
                reason=str(exc.orig).splitlines()[0],
            )
        ) from exc
    except BaseException:
        session.rollback()
        raise


# PostgreSQL's SQLSTATE for a refused privilege or a row refused by a row-security policy.
INSUFFICIENT_PRIVILEGE = "42501"


def server_refused(exc: DBAPIError) -> PermissionDenied:
    """What a secured PostgreSQL server refused, as a permission error the UI and CLI show."""
    reason = str(exc.orig).splitlines()[0] if exc.orig is not None else ""
    return PermissionDenied(
        msg(
            QT_TRANSLATE_NOOP(
                "Errors", "The database server refused this: your account may not do it ({reason})."
            ),
            reason=reason,
        )
    )


# What users call each table, for messages such as "No entrepreneur with id 12".
ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "user_account": QT_TRANSLATE_NOOP("Entities", "user account"),
    "coach": QT_TRANSLATE_NOOP("Entities", "coach"),
    "incubator_profile": QT_TRANSLATE_NOOP("Entities", "incubator profile"),
    "cohort": QT_TRANSLATE_NOOP("Entities", "cohort"),
    "discipline": QT_TRANSLATE_NOOP("Entities", "discipline"),
    "coaching_topic": QT_TRANSLATE_NOOP("Entities", "coaching topic"),
    "entrepreneur": QT_TRANSLATE_NOOP("Entities", "entrepreneur"),
    "stage_change": QT_TRANSLATE_NOOP("Entities", "stage change"),
    "support_contract": QT_TRANSLATE_NOOP("Entities", "support contract"),
    "exit_outcome": QT_TRANSLATE_NOOP("Entities", "exit outcome"),
    "follow_up_checkpoint": QT_TRANSLATE_NOOP("Entities", "follow-up checkpoint"),
    "follow_up_contact": QT_TRANSLATE_NOOP("Entities", "follow-up e-mail or call"),
    "coaching_session": QT_TRANSLATE_NOOP("Entities", "coaching session"),
    "action_item": QT_TRANSLATE_NOOP("Entities", "action item"),
    "milestone_template": QT_TRANSLATE_NOOP("Entities", "milestone template"),
    "milestone": QT_TRANSLATE_NOOP("Entities", "milestone"),
    "shared_service": QT_TRANSLATE_NOOP("Entities", "shared service"),
    "service_usage": QT_TRANSLATE_NOOP("Entities", "service usage"),
    "booking": QT_TRANSLATE_NOOP("Entities", "booking"),
    "revenue": QT_TRANSLATE_NOOP("Entities", "revenue"),
    "funder": QT_TRANSLATE_NOOP("Entities", "funder"),
    "grant_agreement": QT_TRANSLATE_NOOP("Entities", "grant"),
    "grant_deadline": QT_TRANSLATE_NOOP("Entities", "reporting deadline"),
    "grant_indicator": QT_TRANSLATE_NOOP("Entities", "grant indicator"),
    "document": QT_TRANSLATE_NOOP("Entities", "document"),
    "import_value": QT_TRANSLATE_NOOP("Entities", "value chosen for an import"),
    "database": QT_TRANSLATE_NOOP("Entities", "database"),
    "outbox_message": QT_TRANSLATE_NOOP("Entities", "e-mail of the outbox"),
    "mail_settings": QT_TRANSLATE_NOOP("Entities", "e-mail settings"),
    "course": QT_TRANSLATE_NOOP("Entities", "course"),
    "course_enrolment": QT_TRANSLATE_NOOP("Entities", "course enrolment"),
    "cooperation_project": QT_TRANSLATE_NOOP("Entities", "project"),
}


def entity_label(table_name: str) -> Msg | str:
    key = ENTITY_LABELS.get(table_name)
    return msg(key) if key else table_name


def get_or_raise(session: Session, model: type[M], record_id: int) -> M:
    # populate_existing: a long-lived session must compare versions with the row as it is now.
    obj = session.get(model, record_id, populate_existing=True)
    if obj is None:
        raise NotFound(
            msg(
                QT_TRANSLATE_NOOP("Errors", "No {entity} with id {id}."),
                entity=entity_label(model.__tablename__),
                id=record_id,
            )
        )
    return obj


def check_version(obj: Any, expected_version: int | None) -> None:
    """Refuses to write over a version the user has not seen."""
    if expected_version is not None and obj.version_id != expected_version:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors", "Someone else changed this record meanwhile; reload it and try again."
                )
            )
        )


def load_for_update(
    session: Session, model: type[M], record_id: int, expected_version: int | None
) -> M:
    """The row to change, refused if it is not the version the user saw."""
    obj = get_or_raise(session, model, record_id)
    check_version(obj, expected_version)
    return obj


def update_with_audit(
    session: Session,
    actor: Actor,
    obj: Any,
    entity: str,
    changes: Mapping[str, Any],
    action: str = "update",
) -> dict[str, list[Any]]:
    """Applies the changes and audits them, if anything really changed."""
    diff = apply_changes(obj, changes)
    if diff:
        record_audit(session, actor, entity, obj.id, action, diff)
    return diff


def delete_with_audit(
    session: Session, actor: Actor, obj: Any, entity: str, fields: Iterable[str]
) -> None:
    """Deletes the row and keeps its last values in the audit trail."""
    values = snapshot(obj, list(fields))
    record_id = obj.id
    session.delete(obj)
    record_audit(session, actor, entity, record_id, "delete", values)


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def apply_changes(obj: Any, changes: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Sets attributes and returns {field: [old, new]} for those that really changed."""
    diff: dict[str, list[Any]] = {}
    for field, new in changes.items():
        old = getattr(obj, field)
        if old != new:
            setattr(obj, field, new)
            diff[field] = [_plain(old), _plain(new)]
    return diff


def snapshot(obj: Any, fields: list[str]) -> dict[str, Any]:
    return {f: _plain(getattr(obj, f)) for f in fields}


def record_audit(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: int | None,
    action: str,
    changes: Mapping[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            user_id=actor.user_id,
            user_login=actor.login,
            entity=entity,
            entity_id=entity_id,
            action=action,
            changes=dict(changes) if changes else None,
        )
    )


def to_view(obj: Any, view_cls: type[V], **extra: Any) -> V:
    """Builds a plain dataclass view from an ORM object by matching field names."""
    values = {
        f.name: getattr(obj, f.name)
        for f in dataclasses.fields(view_cls)  # type: ignore[arg-type]
        if f.name not in extra and hasattr(obj, f.name)
    }
    return view_cls(**values, **extra)
