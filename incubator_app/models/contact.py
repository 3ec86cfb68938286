"""Contacts: people the incubator deals with who are not entrepreneurs (a workshop's participants,
partners, members of a territory's network). The directory links them to organisations later;
until then the organisation is plain text."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Index, String, false, func
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned


class Contact(Versioned, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    organisation: Mapped[str | None] = mapped_column(String(200))
    commune: Mapped[str | None] = mapped_column(String(120))
    # The language of the e-mails they receive ("fr", "en", …).
    language: Mapped[str] = mapped_column(String(8), default="fr", server_default="fr")
    # GDPR: they agreed to be kept on file (and when).
    consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    consent_on: Mapped[date | None]


# Finding a contact by e-mail (any case) when someone registers with an address.
Index("ix_contact_lower_email", func.lower(Contact.email))
