"""Create and find contacts. A contact is found again by e-mail (any case), so that someone
registered to several events by address stays one person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP, SUPPORTED_LANGUAGES, msg
from incubator_app.models import Contact
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import get_or_raise, record_audit, unit_of_work
from incubator_app.services.validation import Validator


@dataclass(frozen=True)
class ContactView:
    id: int
    first_name: str | None
    last_name: str
    email: str | None
    phone: str | None
    organisation: str | None
    commune: str | None
    language: str
    consent: bool
    consent_on: date | None


def contact_view(contact: Contact) -> ContactView:
    return ContactView(
        id=contact.id,
        first_name=contact.first_name,
        last_name=contact.last_name,
        email=contact.email,
        phone=contact.phone,
        organisation=contact.organisation,
        commune=contact.commune,
        language=contact.language,
        consent=contact.consent,
        consent_on=contact.consent_on,
    )


def split_name(name: str) -> tuple[str | None, str]:
    """'Léa Martin' → ('Léa', 'Martin'); one word is a last name."""
    parts = name.strip().split()
    if len(parts) <= 1:
        return None, name.strip()
    return " ".join(parts[:-1]), parts[-1]


def find_contact_by_email(session: Session, email: str) -> Contact | None:
    return session.scalars(
        select(Contact)
        .where(func.lower(Contact.email) == email.strip().lower())
        .order_by(Contact.id)
        .limit(1)
    ).first()


def _check_language(v: Validator, language: str) -> None:
    if language not in SUPPORTED_LANGUAGES:
        v.add(
            "language",
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "Unknown value {value}; expected one of {allowed}."
                ),
                value=language,
                allowed=", ".join(SUPPORTED_LANGUAGES),
            ),
        )


def set_contact_language(
    session: Session, contact_id: int, language: str, *, actor: Actor
) -> ContactView:
    """The language of the e-mails the contact receives (fr, en, it or es)."""
    require(actor, Permission.MANAGE_EVENTS)
    v = Validator()
    _check_language(v, language)
    v.raise_if_any()
    with unit_of_work(session):
        contact = get_or_raise(session, Contact, contact_id)
        if contact.language != language:
            record_audit(
                session,
                actor,
                "contact",
                contact.id,
                "update",
                {"language": [contact.language, language]},
            )
            contact.language = language
        return contact_view(contact)


def add_contact(
    session: Session,
    *,
    name: str,
    email: str | None = None,
    phone: str | None = None,
    organisation: str | None = None,
    commune: str | None = None,
    language: str = "fr",
    consent: bool = False,
    actor: Actor,
) -> Contact:
    """Adds a contact inside the caller's transaction (no commit); ValidationError on bad
    input."""
    require(actor, Permission.MANAGE_EVENTS)
    v = Validator()
    v.required("name", name)
    v.max_length("name", name, 200)
    v.email("email", email)
    v.phone("phone", phone)
    v.max_length("organisation", organisation, 200)
    _check_language(v, language)
    v.raise_if_any()
    first, last = split_name(name)
    contact = Contact(
        first_name=first,
        last_name=last,
        email=email.strip() if email else None,
        phone=phone,
        organisation=organisation,
        commune=commune,
        language=language,
        consent=consent,
        consent_on=clock.today() if consent else None,
    )
    session.add(contact)
    session.flush()
    record_audit(session, actor, "contact", contact.id, "create", {"name": name, "email": email})
    return contact


def find_or_add_contact(
    session: Session, *, name: str, email: str, actor: Actor, language: str = "fr"
) -> Contact:
    return find_contact_by_email(session, email) or add_contact(
        session, name=name, email=email, language=language, actor=actor
    )
