"""Consent records (GDPR): what a person agreed to, when, how, and to which wording."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Timestamped


class ConsentRecord(Timestamped, Base):
    """One consent (or its withdrawal) of an entrepreneur or a contact, for one purpose.
    Append-only: a withdrawal is a new row with `given = false`, so the history stays."""

    __tablename__ = "consent_record"
    __table_args__ = (
        CheckConstraint("(entrepreneur_id IS NULL) <> (contact_id IS NULL)", name="one_person"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int | None] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    # A key of services/privacy/legal_basis.py PURPOSES ("newsletter", "photos", "fse_survey"…).
    purpose: Mapped[str] = mapped_column(String(40))
    given: Mapped[bool] = mapped_column(default=True)
    given_on: Mapped[date]
    # How it was collected: "paper form", "registration web form", "e-mail"…
    source: Mapped[str] = mapped_column(String(80))
    # The version of the wording the person agreed to ("2026-09 v2").
    text_version: Mapped[str] = mapped_column(String(40))
    recorded_by: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)
