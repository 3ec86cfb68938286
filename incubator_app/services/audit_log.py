"""Reading the audit trail (who changed what, and when). Writing it is `records.record_audit`.

Reading needs MANAGE_SETTINGS (admin and staff): the trail holds the old and new values of
every field, which is more than a viewer or a coach sees elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.models import AuditEntry
from incubator_app.services.actor import Actor, Permission, require
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
