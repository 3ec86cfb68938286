"""Registrations imported from a CSV/XLSX export of an online form (the same reader as the
entrepreneurs' import: services/tabular_files.py).

Each row is a person: matched to an entrepreneur, then to a contact, by e-mail (case and
surrounding spaces ignored); anyone else becomes a contact. The whole file is one transaction
under the event's lock, in file order: the rule of places holds as for any registration, so once
the places are taken the next rows go to the waiting list in the order of the file. A row with
a problem (no e-mail, a bad e-mail, no name, a bad number of places, the same e-mail twice)
rejects the whole file with the row's number; nothing is written. A person already registered
to the event is left as they are (counted, not an error). `dry_run` runs everything and rolls
back, so its counts are exactly what the import would do.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import Entrepreneur
from incubator_app.models.vocabulary import RegistrationSource, RegistrationStatus
from incubator_app.services.actor import Actor, Permission
from incubator_app.services.contacts.records import add_contact, find_contact_by_email
from incubator_app.services.events.lock import lock_event
from incubator_app.services.events.notices import queue_notices
from incubator_app.services.events.places import promote_locked
from incubator_app.services.events.records import require_manage
from incubator_app.services.events.registrations import (
    MAX_PARTY,
    active_registration,
    register_locked,
)
from incubator_app.services.sites.rights import require_on_site
from incubator_app.services.tabular_files import TabularData, read_table
from incubator_app.services.validation import EMAIL_RE

# Header words (accents, case and punctuation ignored) → field.
HEADERS: dict[str, tuple[str, ...]] = {
    "email": ("email", "e mail", "courriel", "mail", "adresse e mail", "adresse electronique"),
    "name": ("nom complet", "name", "full name", "nom et prenom", "participant"),
    # "Nom" alone: a last name beside a "Prénom" column, else the whole name.
    "last_name": ("last name", "nom de famille", "nom"),
    "first_name": ("prenom", "first name"),
    "places": ("places", "nombre de places", "nb de places", "party size", "personnes"),
    "phone": ("telephone", "phone", "tel", "portable"),
    "organisation": ("organisation", "structure", "organisme", "organization", "entreprise"),
    "commune": ("commune", "ville", "city"),
}


def _key(text: Any) -> str:
    flat = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join("".join(c if c.isalnum() else " " for c in flat.lower()).split())


def guess_columns(header: tuple[str, ...]) -> dict[str, int]:
    """Field → column index, the first header that names each field."""
    found: dict[str, int] = {}
    keys = [_key(h) for h in header]
    for field_name, words in HEADERS.items():
        for word in words:
            if field_name in found:
                break
            for index, key in enumerate(keys):
                if key == word and index not in found.values():
                    found[field_name] = index
                    break
    return found


@dataclass
class ImportResult:
    rows: int = 0
    registered: int = 0
    waitlisted: int = 0
    already: int = 0
    entrepreneurs: int = 0  # rows matched to an entrepreneur
    contacts_found: int = 0
    contacts_added: int = 0
    registration_ids: list[int] = field(default_factory=list)
    dry_run: bool = False


@dataclass(frozen=True)
class _Row:
    number: int
    email: str
    name: str
    places: int
    phone: str | None
    organisation: str | None
    commune: str | None


def _row_error(number: int, text: tuple[str, str] | Msg, **params: Any) -> ValidationError:
    problem = text if isinstance(text, Msg) else msg(text, **params)
    return ValidationError(
        {
            "file": msg(
                QT_TRANSLATE_NOOP("Events", "Row {row}: {problem}"), row=number, problem=problem
            )
        }
    )


def _text(row: tuple[Any, ...], columns: dict[str, int], name: str) -> str | None:
    index = columns.get(name)
    if index is None:
        return None
    value = row[index]
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def parse_rows(table: TabularData) -> list[_Row]:
    """Every row checked; the first problem raises ValidationError naming its row."""
    columns = guess_columns(table.header)
    if "email" not in columns or not ({"name", "last_name"} & set(columns)):
        raise ValidationError(
            {
                "file": msg(
                    QT_TRANSLATE_NOOP(
                        "Events",
                        "The file needs an e-mail column and a name column (found: {header}).",
                    ),
                    header=", ".join(table.header),
                )
            }
        )
    rows: list[_Row] = []
    seen: dict[str, int] = {}
    for values, number in zip(table.rows, table.row_numbers, strict=True):
        email = _text(values, columns, "email")
        if not email:
            raise _row_error(number, QT_TRANSLATE_NOOP("Events", "the e-mail is missing."))
        if not EMAIL_RE.match(email):
            raise _row_error(
                number, QT_TRANSLATE_NOOP("Events", "« {email} » is not an e-mail."), email=email
            )
        if email.lower() in seen:
            raise _row_error(
                number,
                QT_TRANSLATE_NOOP("Events", "{email} is already on row {first}."),
                email=email,
                first=seen[email.lower()],
            )
        seen[email.lower()] = number
        name = _text(values, columns, "name")
        if name is None:
            parts = (_text(values, columns, "first_name"), _text(values, columns, "last_name"))
            name = " ".join(p for p in parts if p) or None
        if not name:
            raise _row_error(number, QT_TRANSLATE_NOOP("Events", "the name is missing."))
        places_text = _text(values, columns, "places") or "1"
        try:
            places = int(places_text)
        except ValueError:
            places = 0
        if not 1 <= places <= MAX_PARTY:
            raise _row_error(
                number,
                QT_TRANSLATE_NOOP(
                    "Events", "« {value} » places: a whole number from 1 to {max} is expected."
                ),
                value=places_text,
                max=MAX_PARTY,
            )
        rows.append(
            _Row(
                number,
                email,
                name,
                places,
                _text(values, columns, "phone"),
                _text(values, columns, "organisation"),
                _text(values, columns, "commune"),
            )
        )
    if not rows:
        raise ValidationError(
            {"file": msg(QT_TRANSLATE_NOOP("Events", "The file has no registration."))}
        )
    return rows


def read_registrations_file(path: str | Path) -> list[_Row]:
    return parse_rows(read_table(path))


def import_registrations(
    session: Session,
    event_id: int,
    path: str | Path,
    *,
    dry_run: bool = False,
    actor: Actor,
) -> ImportResult:
    require_manage(actor)
    rows = read_registrations_file(path)
    result = ImportResult(rows=len(rows), dry_run=dry_run)
    try:
        event = lock_event(session, event_id)
        # The role on the event's site, once for every row (register_locked: site_checked).
        require_on_site(session, actor, Permission.MANAGE_EVENTS, event.site_id)
        # The promotion step once before the rows and once after (see register_locked).
        notices = promote_locked(session, event, by=actor.login)
        for row in rows:
            entrepreneur_id = session.scalar(
                select(Entrepreneur.id)
                .where(func.lower(Entrepreneur.email) == row.email.lower())
                .order_by(Entrepreneur.id)
                .limit(1)
            )
            contact_id = None
            if entrepreneur_id is not None:
                result.entrepreneurs += 1
            else:
                contact = find_contact_by_email(session, row.email)
                if contact is not None:
                    result.contacts_found += 1
                else:
                    try:
                        contact = add_contact(
                            session,
                            name=row.name,
                            email=row.email,
                            phone=row.phone,
                            organisation=row.organisation,
                            commune=row.commune,
                            actor=actor,
                        )
                    except ValidationError as exc:
                        first = next(iter(exc.field_errors.values()))
                        raise _row_error(row.number, first) from None
                    result.contacts_added += 1
                contact_id = contact.id
            if active_registration(session, event_id, entrepreneur_id, contact_id) is not None:
                result.already += 1
                continue
            reg, made = register_locked(
                session,
                event,
                entrepreneur_id=entrepreneur_id,
                contact_id=contact_id,
                party_size=row.places,
                source=RegistrationSource.IMPORT,
                promote=False,
                site_checked=True,
                actor=actor,
            )
            notices += made
            result.registration_ids.append(reg.id)
            if reg.status is RegistrationStatus.WAITLISTED:
                result.waitlisted += 1
            else:
                result.registered += 1
        notices += promote_locked(session, event, by=actor.login)
        queue_notices(session, notices)
        if dry_run:
            session.rollback()
        else:
            session.commit()
    except BaseException:
        session.rollback()
        raise
    return result
