"""Audit trail: who changed what, and when. Append-only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        # The audit viewer's filters, each in the list's order (newest id first).
        Index("ix_audit_entry_entity_id_order", "entity", "id"),
        Index("ix_audit_entry_user_login_id", "user_login", "id"),
        Index("ix_audit_entry_action_id", "action", "id"),
        Index("ix_audit_entry_entity_action_at", "entity", "action", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    # Kept as text too, so the trail survives the account.
    user_login: Mapped[str | None] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    # {"field": [old, new], ...} for updates; the created values for creations.
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
