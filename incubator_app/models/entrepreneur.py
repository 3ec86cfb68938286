"""Entrepreneurs (porteur·ses de projet), their pathway history, contracts, exit and follow-up."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Timestamped, Versioned, str_enum
from incubator_app.models.vocabulary import EducationLevel, ExitType, Gender, PathwayStage


class Entrepreneur(Versioned, Base):
    __tablename__ = "entrepreneur"
    __table_args__ = (
        CheckConstraint(
            "birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2100)",
            name="birth_year_range",
        ),
        Index("ix_entrepreneur_name", "last_name", "first_name"),
        # The ids of the people not archived, read from the index: "active only" counts of the
        # entrepreneurs list and the milestones/actions lists (revision 0005).
        Index("ix_entrepreneur_archived", "archived", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    # The language of the e-mails they receive ("fr", "en", "it", "es").
    language: Mapped[str] = mapped_column(String(8), default="fr", server_default="fr")
    address: Mapped[str | None] = mapped_column(Text)
    # Text, never int: "06414" keeps its leading zero.
    postal_code: Mapped[str | None] = mapped_column(String(10))
    commune: Mapped[str | None] = mapped_column(String(120))

    discipline_id: Mapped[int | None] = mapped_column(ForeignKey("discipline.id"), index=True)
    #: The site (antenna, member incubator) that follows this person; None on a single site.
    #: No foreign key, as coaching_session.notes_author_id (revision 0013): SQLite could not
    #: drop the column again on a database `create_all` built. Sites are deactivated, never
    #: deleted, so the id stays valid.
    site_id: Mapped[int | None] = mapped_column(Integer, index=True)
    project_name: Mapped[str | None] = mapped_column(String(200))
    project_description: Mapped[str | None] = mapped_column(Text)
    target_legal_form: Mapped[str | None] = mapped_column(String(60))

    # Profile at entry, as funders ask for it.
    gender: Mapped[Gender | None] = mapped_column(str_enum(Gender, "gender"))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    job_seeker: Mapped[bool | None] = mapped_column(Boolean)
    social_minima: Mapped[bool | None] = mapped_column(Boolean)
    education_level: Mapped[EducationLevel | None] = mapped_column(
        str_enum(EducationLevel, "education_level")
    )
    priority_district: Mapped[bool | None] = mapped_column(Boolean)
    referrer: Mapped[str | None] = mapped_column(String(120))
    gdpr_consent_on: Mapped[date | None]

    stage: Mapped[PathwayStage] = mapped_column(
        str_enum(PathwayStage, "pathway_stage"), default=PathwayStage.CANDIDATE, index=True
    )
    entry_date: Mapped[date]
    referent_coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id"), index=True)
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"), index=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


# Duplicate checks (same e-mail, any case) and the list's e-mail sort compare lower(email).
Index("ix_entrepreneur_lower_email", func.lower(Entrepreneur.email))
# The list's default order (by name, any case): its first screen walks this index.
Index(
    "ix_entrepreneur_lower_name",
    func.lower(Entrepreneur.last_name),
    func.lower(Entrepreneur.first_name),
)


class StageChange(Timestamped, Base):
    """Append-only history of the pathway."""

    __tablename__ = "stage_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), index=True
    )
    from_stage: Mapped[PathwayStage | None] = mapped_column(str_enum(PathwayStage, "from_stage"))
    to_stage: Mapped[PathwayStage] = mapped_column(str_enum(PathwayStage, "to_stage"))
    changed_on: Mapped[date]
    reason: Mapped[str | None] = mapped_column(Text)
    changed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class SupportContract(Versioned, Base):
    """CAPE: contrat d'appui au projet d'entreprise, 12 months, renewable twice."""

    __tablename__ = "support_contract"
    __table_args__ = (
        CheckConstraint("end_date > start_date", name="end_after_start"),
        CheckConstraint("renewals >= 0 AND renewals <= 2", name="renewals_range"),
        CheckConstraint("months_per_term > 0", name="term_positive"),
        CheckConstraint(
            "revenue_share_bp >= 0 AND revenue_share_bp <= 10000", name="revenue_share_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date]
    end_date: Mapped[date]
    months_per_term: Mapped[int] = mapped_column(Integer, default=12)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    # Basis points: 1000 = 10.00 % of revenue paid to the incubator.
    revenue_share_bp: Mapped[int] = mapped_column(Integer, default=0)
    ended_on: Mapped[date | None]


class ExitOutcome(Versioned, Base):
    __tablename__ = "exit_outcome"

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), unique=True
    )
    exit_type: Mapped[ExitType] = mapped_column(str_enum(ExitType, "exit_type"))
    reason: Mapped[str] = mapped_column(Text)
    exit_date: Mapped[date]


class FollowUpCheckpoint(Versioned, Base):
    """Is the business still active 6/12/24/36 months after exit?"""

    __tablename__ = "follow_up_checkpoint"
    __table_args__ = (
        CheckConstraint("months_after_exit IN (6, 12, 24, 36)", name="months_allowed"),
        UniqueConstraint("entrepreneur_id", "months_after_exit"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), index=True
    )
    months_after_exit: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(index=True)
    checked_on: Mapped[date | None]
    business_active: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)
    # The answer of the follow-up campaign (revision 0035): codes of models/vocabulary.py
    # (LegalForm, RevenueBand, FollowUpSituation), checked by services/entrepreneurs/follow_up.
    legal_form: Mapped[str | None] = mapped_column(String(20))
    revenue_band: Mapped[str | None] = mapped_column(String(20))
    jobs_created: Mapped[int | None] = mapped_column(Integer)
    situation: Mapped[str | None] = mapped_column(String(20))


class FollowUpContact(Base):
    """One attempt to reach a person about a follow-up checkpoint (6/12/24/36 months) or an
    FSE+ questionnaire (exit, six months): an e-mail put in the outbox or a call logged.
    Reminders go to people whose last attempt is older than N days and who did not answer."""

    __tablename__ = "follow_up_contact"
    __table_args__ = (
        Index("ix_follow_up_contact_person_checkpoint", "entrepreneur_id", "checkpoint"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(ForeignKey("entrepreneur.id", ondelete="CASCADE"))
    # "m6", "m12", "m24", "m36", "fse_exit", "fse_six_months" (services/entrepreneurs/follow_up)
    checkpoint: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))
    contacted_at: Mapped[datetime]
    reminder: Mapped[bool] = mapped_column(Boolean, default=False)
    reached: Mapped[bool | None] = mapped_column(Boolean)  # a call: somebody answered
    outbox_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox_message.id", ondelete="SET NULL")
    )
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(String(64))
