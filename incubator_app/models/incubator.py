"""The incubator itself, its cohorts, and the configurable reference lists."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, Integer, LargeBinary, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned


class IncubatorProfile(Versioned, Base):
    """One row: the organisation that runs the app (printed on reports)."""

    __tablename__ = "incubator_profile"
    __table_args__ = (CheckConstraint("siret IS NULL OR length(siret) = 14", name="siret_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    legal_name: Mapped[str | None] = mapped_column(String(200))
    siret: Mapped[str | None] = mapped_column(String(14))
    address: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(String(10))
    commune: Mapped[str | None] = mapped_column(String(120))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    locale: Mapped[str] = mapped_column(String(10), default="fr_FR")
    # The incubator's time zone: "today", month edges and wall-clock times (incubator_app.clock).
    time_zone: Mapped[str] = mapped_column(
        String(64), default="Europe/Paris", server_default="Europe/Paris"
    )
    # Demo databases show their demo credentials on the login dialog.
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # The day a demo was built around (its data is relative to it); None for a real incubator.
    demo_reference_date: Mapped[date | None] = mapped_column(Date)


class Cohort(Versioned, Base):
    """A promotion / programme intake."""

    __tablename__ = "cohort"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    programme: Mapped[str] = mapped_column(String(120), default="CAPE")
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    # A retired cohort stays on its members' records and leaves the pickers (revision 0011).
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Discipline(Versioned, Base):
    """Configurable list of artistic disciplines (musique, spectacle vivant, …)."""

    __tablename__ = "discipline"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CoachingTopic(Versioned, Base):
    """Configurable list of coaching topics (modèle économique, juridique, …)."""

    __tablename__ = "coaching_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
