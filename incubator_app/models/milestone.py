"""Milestones (jalons) per entrepreneur, planned from per-programme templates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned, str_enum
from incubator_app.models.vocabulary import MilestoneStatus

_OPEN_STATUSES = "status IN ('planned', 'in_progress')"


class MilestoneTemplate(Versioned, Base):
    __tablename__ = "milestone_template"
    __table_args__ = (
        UniqueConstraint("programme", "title"),
        CheckConstraint("offset_months >= 0 AND offset_days >= 0", name="offset_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(60))
    offset_months: Mapped[int] = mapped_column(Integer, default=0)
    offset_days: Mapped[int] = mapped_column(Integer, default=0)


class Milestone(Versioned, Base):
    __tablename__ = "milestone"
    __table_args__ = (
        CheckConstraint(
            "status <> 'achieved' OR achieved_on IS NOT NULL", name="achieved_has_date"
        ),
        Index("ix_milestone_due_status", "due_on", "status"),
        # Overdue / open milestones: WHERE status IN (open) AND due_on < today, and the open
        # list's count and first window read from this index alone (entrepreneur_id is what the
        # "not archived" test needs).
        Index("ix_milestone_status_due", "status", "due_on", "entrepreneur_id"),
        # PostgreSQL: the open milestones (5 % of the rows) in due order, so that the overdue
        # list's first window is read in order and stops after 200 rows (issue 12).
        Index(
            "ix_milestone_open_due",
            "due_on",
            "id",
            postgresql_include=["entrepreneur_id"],
            postgresql_where=text(_OPEN_STATUSES),
            sqlite_where=text(_OPEN_STATUSES),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), index=True
    )
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestone_template.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(60))
    due_on: Mapped[date]
    status: Mapped[MilestoneStatus] = mapped_column(
        str_enum(MilestoneStatus, "milestone_status"), default=MilestoneStatus.PLANNED
    )
    achieved_on: Mapped[date | None]
    evidence: Mapped[str | None] = mapped_column(Text)
