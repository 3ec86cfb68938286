"""Funders (financeurs), grants (subventions / conventions) and what they finance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned, str_enum
from incubator_app.models.vocabulary import FunderKind


class Funder(Versioned, Base):
    __tablename__ = "funder"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[FunderKind] = mapped_column(str_enum(FunderKind, "funder_kind"))
    contact_name: Mapped[str | None] = mapped_column(String(120))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(Text)


class Grant(Versioned, Base):
    __tablename__ = "grant_agreement"
    __table_args__ = (
        UniqueConstraint("funder_id", "reference"),
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
        CheckConstraint("period_end >= period_start", name="period_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    funder_id: Mapped[int] = mapped_column(ForeignKey("funder.id"), index=True)
    reference: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    amount_cents: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date]
    period_end: Mapped[date]
    # The other funders of the same action, as the agreement names them ("FSE+, Ville").
    co_funders: Mapped[str | None] = mapped_column(String(400))


class GrantDeadline(Versioned, Base):
    """A reporting deadline of a grant (bilan intermédiaire, bilan final, …)."""

    __tablename__ = "grant_deadline"

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(
        ForeignKey("grant_agreement.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date]
    submitted_on: Mapped[date | None]


class GrantIndicator(Versioned, Base):
    """A figure of the funder report the grant's agreement sets a target for (the key is one of
    services/reporting/indicators.py's catalogue; the target is in that indicator's unit)."""

    __tablename__ = "grant_indicator"
    __table_args__ = (
        UniqueConstraint("grant_id", "indicator"),
        CheckConstraint("target >= 0", name="target_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(
        ForeignKey("grant_agreement.id", ondelete="CASCADE"), index=True
    )
    indicator: Mapped[str] = mapped_column(String(40))
    target: Mapped[int] = mapped_column(Integer)


grant_beneficiary = Table(
    "grant_beneficiary",
    Base.metadata,
    Column("grant_id", ForeignKey("grant_agreement.id", ondelete="CASCADE"), primary_key=True),
    Column("entrepreneur_id", ForeignKey("entrepreneur.id"), primary_key=True, index=True),
)

grant_session = Table(
    "grant_session",
    Base.metadata,
    Column("grant_id", ForeignKey("grant_agreement.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "session_id",
        ForeignKey("coaching_session.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

__all__ = [
    "Funder",
    "FunderKind",
    "Grant",
    "GrantDeadline",
    "GrantIndicator",
    "grant_beneficiary",
    "grant_session",
]
