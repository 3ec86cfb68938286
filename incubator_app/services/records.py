"""Shared mechanics of every mutation: one transaction, optimistic lock, audit row, plain views."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
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
    except IntegrityError as exc:
        session.rollback()
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP("Errors", "This would break a rule of the database: {reason}"),
                reason=str(exc.orig).splitlines()[0],
            )
        ) from exc
    except BaseException:
        session.rollback()
        raise


def get_or_raise(session: Session, model: type[M], record_id: int) -> M:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFound(
            msg(
                QT_TRANSLATE_NOOP("Errors", "No {entity} with id {id}."),
                entity=model.__tablename__,
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
