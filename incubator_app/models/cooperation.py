"""Cooperation: calls for volunteers, their pools and quotas, and the draws (tirage au sort).

A draw is never updated once drawn and never deleted: its frozen inputs (canonical JSON), their
SHA-256, the seed and the result stay as printed on the notice and the procès-verbal. A second
draw of the same call is a new row with a recorded reason; the first stays visible. Every step
after the draw (invitation, confirmation, decline, timeout, replacement, empty place) is a
`DrawStep` timed by the application's clock.

A volunteer is an entrepreneur of the incubator, a contact (the people of the directory's actors
are contacts linked to their organisation), or a person named in free text (an imported pool).
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Timestamped, Versioned, str_enum
from incubator_app.models.vocabulary import ProjectStatus


class QuotaScope(enum.StrEnum):
    DRAW = "draw"
    GROUP = "group"


class DrawStepKind(enum.StrEnum):
    INVITED = "invited"  # selected (or arriving as a replacement): the window starts
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    TIMED_OUT = "timed_out"  # silence until the deadline: counts as declining
    UNFILLED = "unfilled"  # nobody in the reserve keeps the quotas: the place stays empty


class CooperationCall(Versioned, Base):
    """A call for volunteers: who will work together, where, in how many groups, how long."""

    __tablename__ = "cooperation_call"
    __table_args__ = (
        CheckConstraint("group_count >= 1", name="group_count_positive"),
        CheckConstraint("group_size >= 1", name="group_size_positive"),
        CheckConstraint("confirm_days >= 1", name="confirm_days_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(Text)
    territory: Mapped[str | None] = mapped_column(String(200))
    group_count: Mapped[int] = mapped_column(Integer, default=1)
    group_size: Mapped[int] = mapped_column(Integer)
    duration_months: Mapped[int | None] = mapped_column(Integer)
    confirm_days: Mapped[int] = mapped_column(Integer, default=7)
    # The public source of the seed, fixed before the notice is printed.
    seed_source: Mapped[str | None] = mapped_column(Text)


class CooperationVolunteer(Versioned, Base):
    """A volunteer of a call's pool; `code` is their id in the pool (unique in the call)."""

    __tablename__ = "cooperation_volunteer"
    __table_args__ = (
        UniqueConstraint("call_id", "code"),
        UniqueConstraint("call_id", "entrepreneur_id"),
        CheckConstraint("entrepreneur_id IS NOT NULL OR name IS NOT NULL", name="who"),
        # Added by revision 0032 (an index: SQLite adds no constraint to an existing table).
        Index("uq_cooperation_volunteer_call_id_contact_id", "call_id", "contact_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(
        ForeignKey("cooperation_call.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(60))
    entrepreneur_id: Mapped[int | None] = mapped_column(ForeignKey("entrepreneur.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    organisation: Mapped[str | None] = mapped_column(String(200))
    # {category: value}, as JSON text (normalised by services/cooperation/draws/inputs.py).
    categories: Mapped[str] = mapped_column(Text, default="{}")


class CooperationQuota(Versioned, Base):
    __tablename__ = "cooperation_quota"
    __table_args__ = (
        UniqueConstraint("call_id", "scope", "category", "value"),
        CheckConstraint("minimum >= 0", name="minimum_not_negative"),
        CheckConstraint("maximum IS NULL OR maximum >= minimum", name="maximum_over_minimum"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(
        ForeignKey("cooperation_call.id", ondelete="CASCADE"), index=True
    )
    scope: Mapped[QuotaScope] = mapped_column(str_enum(QuotaScope, "quota_scope"))
    category: Mapped[str] = mapped_column(String(120))
    value: Mapped[str] = mapped_column(String(200))
    minimum: Mapped[int] = mapped_column(Integer, default=0)
    maximum: Mapped[int | None] = mapped_column(Integer)


class CooperationDraw(Timestamped, Base):
    """One freeze of a call's inputs and, once the seed is typed, its draw. Never deleted."""

    __tablename__ = "cooperation_draw"
    __table_args__ = (
        UniqueConstraint("call_id", "number"),
        CheckConstraint("number = 1 OR reason IS NOT NULL", name="second_draw_reason"),
        CheckConstraint("(seed IS NULL) = (drawn_at IS NULL)", name="seed_when_drawn"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("cooperation_call.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2 … within the call
    reason: Mapped[str | None] = mapped_column(Text)  # why a draw after the first
    frozen_inputs: Mapped[str] = mapped_column(Text)  # the canonical JSON document
    frozen_hash: Mapped[str] = mapped_column(String(64))
    app_version: Mapped[str] = mapped_column(String(40))
    algorithm: Mapped[str] = mapped_column(String(120))
    frozen_at: Mapped[datetime]
    frozen_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    seed_source: Mapped[str | None] = mapped_column(Text)
    seed: Mapped[str | None] = mapped_column(Text)
    drawn_at: Mapped[datetime | None]
    drawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    result_csv: Mapped[str | None] = mapped_column(Text)  # RESULT.csv, byte for byte (UTF-8)


class DrawStep(Base):
    """What happened to one place of a draw, in order (append-only)."""

    __tablename__ = "cooperation_draw_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("cooperation_draw.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(60))  # the volunteer (None: unfilled)
    kind: Mapped[DrawStepKind] = mapped_column(str_enum(DrawStepKind, "draw_step_kind"))
    group_number: Mapped[int] = mapped_column(Integer)
    # For an invitation that replaces someone: who left; for an unfilled place: who left.
    replaces: Mapped[str | None] = mapped_column(String(60))
    same_cell: Mapped[bool | None]
    deadline: Mapped[datetime | None]  # invitations: confirm before this instant
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class CooperationProject(Versioned, Base):
    """A project under way: often a confirmed group of a draw (`call_id`, `group_number`), or
    any working group of the territory. Shared in the toolbox, tagged by discipline, theme and
    territory; a toolbox sheet can be started from it."""

    __tablename__ = "cooperation_project"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on",
                        name="ends_after_start"),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ProjectStatus] = mapped_column(
        str_enum(ProjectStatus, "project_status"), default=ProjectStatus.UNDER_WAY
    )
    territory: Mapped[str | None] = mapped_column(String(200))
    # Places where it happens, one a line; tags "one, two" as typed (normalised by the service).
    places: Mapped[str | None] = mapped_column(Text)
    disciplines: Mapped[str | None] = mapped_column(Text)
    themes: Mapped[str | None] = mapped_column(Text)
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    call_id: Mapped[int | None] = mapped_column(
        ForeignKey("cooperation_call.id", ondelete="SET NULL"), index=True
    )
    group_number: Mapped[int | None] = mapped_column(Integer)


class CooperationProjectMember(Base):
    """A participant of a project: an entrepreneur or a contact (the people of the directory's
    actors are contacts, linked to their organisation by `directory_actor_contact`)."""

    __tablename__ = "cooperation_project_member"
    __table_args__ = (
        UniqueConstraint("project_id", "entrepreneur_id"),
        UniqueConstraint("project_id", "contact_id"),
        CheckConstraint("(entrepreneur_id IS NULL) <> (contact_id IS NULL)", name="one_person"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("cooperation_project.id", ondelete="CASCADE"), index=True
    )
    entrepreneur_id: Mapped[int | None] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(100))
