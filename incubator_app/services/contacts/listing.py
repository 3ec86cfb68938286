"""The contacts' windowed list (services/paging.py): people who are not entrepreneurs (event
registrants, the people of the directory's actors, pool volunteers), searched by name, e-mail
or organisation (their index, text_index.py); counted and paged in SQL. The erased (anonymised
rows kept for the funders' counts) are hidden unless asked for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from incubator_app.models import Contact, Registration
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.contacts.text_index import contact_text_condition
from incubator_app.services.erased import not_erased
from incubator_app.services.paging import SortOrder, apply_sort, window


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    #: Only those who agreed to be kept on file (True), only those who did not (False).
    consent: bool | None = None
    #: Erased contacts (anonymised rows kept for the funders' counts) are hidden unless asked.
    include_erased: bool = False


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    email: str | None
    phone: str | None
    organisation: str | None
    language: str
    consent: bool
    registrations: int


def contact_name(first_name: str | None, last_name: str) -> str:
    return f"{first_name} {last_name}" if first_name else last_name


class ContactListSource:
    """Sort keys: name, email, organisation, language, registrations."""

    def __init__(self, actor: Actor, contact_filter: ContactFilter | None = None) -> None:
        require(actor, Permission.VIEW)
        self.filter = contact_filter or ContactFilter()

    def _where(self, stmt: Select, dialect: str) -> Select:
        f = self.filter
        if f.consent is not None:
            stmt = stmt.where(Contact.consent.is_(f.consent))
        if not f.include_erased:
            stmt = stmt.where(not_erased(Contact.last_name))
        matching = contact_text_condition(f.text, dialect)
        if matching is not None:
            stmt = stmt.where(matching)
        return stmt

    def count(self, session: Session) -> int:
        dialect = session.get_bind().dialect.name
        return session.scalar(self._where(select(func.count(Contact.id)), dialect)) or 0

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> Sequence[ContactRow]:
        dialect = session.get_bind().dialect.name
        registrations = (
            select(func.count(Registration.id))
            .where(Registration.contact_id == Contact.id)
            .correlate(Contact)
            .scalar_subquery()
        )
        stmt = select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Contact.phone,
            Contact.organisation,
            Contact.language,
            Contact.consent,
            registrations,
        )
        stmt = apply_sort(
            self._where(stmt, dialect),
            sort,
            {
                "name": [Contact.last_name, Contact.first_name],
                "email": Contact.email,
                "organisation": Contact.organisation,
                "language": Contact.language,
                "registrations": registrations,
            },
            default=[Contact.last_name, Contact.first_name],
            tiebreak=Contact.id,
            never_empty=("language", "registrations"),
        )
        return [
            ContactRow(
                id=row[0],
                name=contact_name(row[1], row[2]),
                email=row[3],
                phone=row[4],
                organisation=row[5],
                language=row[6],
                consent=bool(row[7]),
                registrations=row[8] or 0,
            )
            for row in session.execute(window(stmt, offset, limit))
        ]
