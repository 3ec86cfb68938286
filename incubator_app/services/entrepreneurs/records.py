"""Entrepreneurs (porteur·ses de projet): create, edit, list, archive, delete, find duplicates.

The pathway (stage changes, contracts, exit) lives in `pathway.py`; here `stage` is read-only
except for the initial "candidate" entry written at creation, so the timeline starts at entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound, ValidationError
from incubator_app.i18n import (
    DEFAULT_LANGUAGE,
    QT_TRANSLATE_NOOP,
    SUPPORTED_LANGUAGES,
    Msg,
    msg,
)
from incubator_app.models import (
    ActionItem,
    AuditEntry,
    Booking,
    Coach,
    Cohort,
    Discipline,
    Document,
    EducationLevel,
    Entrepreneur,
    ExitOutcome,
    FollowUpCheckpoint,
    Gender,
    Milestone,
    PathwayStage,
    Revenue,
    ServiceUsage,
    SessionParticipant,
    StageChange,
    SupportContract,
    grant_beneficiary,
)
from incubator_app.models.base import utcnow
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.quick_search import entrepreneur_text_condition
from incubator_app.services.records import (
    apply_changes,
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.sites.members import sites_of
from incubator_app.services.sites.rights import (
    require_for_person,
    require_on_site,
    writable_sites,
)
from incubator_app.services.sites.scope import check_person_on_my_sites, refuse_unseen_person
from incubator_app.services.text_match import query_words, same_words
from incubator_app.services.validation import Validator

MIN_BIRTH_YEAR = 1900

# Text fields and their column lengths (None: unlimited Text column).
_TEXT_FIELDS: dict[str, int | None] = {
    "first_name": 100,
    "last_name": 100,
    "email": 254,
    "phone": 32,
    "address": None,
    "postal_code": 10,
    "commune": 120,
    "project_name": 200,
    "project_description": None,
    "target_legal_form": 60,
    "referrer": 120,
}
_BOOL_FIELDS = ("job_seeker", "social_minima", "priority_district")
_DATE_FIELDS = ("entry_date", "gdpr_consent_on")
_ENUM_FIELDS: dict[str, type] = {"gender": Gender, "education_level": EducationLevel}
# Reference -> (model, must the newly chosen row be active?)
_REF_FIELDS: dict[str, tuple[type, bool]] = {
    "discipline_id": (Discipline, True),
    "referent_coach_id": (Coach, True),
    "cohort_id": (Cohort, False),
}
EDITABLE_FIELDS = frozenset(
    set(_TEXT_FIELDS)
    | set(_BOOL_FIELDS)
    | set(_DATE_FIELDS)
    | set(_ENUM_FIELDS)
    | set(_REF_FIELDS)
    | {"birth_year", "language"}
)
_SNAPSHOT = sorted(EDITABLE_FIELDS | {"stage", "archived"})


@dataclass(frozen=True)
class EntrepreneurView:
    id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    address: str | None
    postal_code: str | None
    commune: str | None
    discipline_id: int | None
    project_name: str | None
    project_description: str | None
    target_legal_form: str | None
    gender: Gender | None
    birth_year: int | None
    job_seeker: bool | None
    social_minima: bool | None
    education_level: EducationLevel | None
    priority_district: bool | None
    referrer: str | None
    gdpr_consent_on: date | None
    stage: PathwayStage
    entry_date: date
    referent_coach_id: int | None
    cohort_id: int | None
    archived: bool
    version_id: int
    #: Changed only by `services/sites/moves.move_entrepreneur` (audited as a move).
    site_id: int | None
    created_at: datetime
    updated_at: datetime
    #: The language of the e-mails they receive (services/events/notices.py).
    language: str = DEFAULT_LANGUAGE

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing entrepreneur who may be the person being entered, and why we think so."""

    entrepreneur: EntrepreneurView
    same_email: bool
    same_name_and_birth_year: bool
    #: Same first and last name once accents, case and spacing are set aside, whatever the
    #: birth years (`Maëlle BOYADJIAN` and `Maelle Boyadjian`).
    same_name: bool = False


def _normalise(values: dict[str, Any]) -> dict[str, Any]:
    """Trims text; empty optional text becomes NULL (searches and exports stay clean)."""
    out: dict[str, Any] = {}
    for field, value in values.items():
        if field in _TEXT_FIELDS and isinstance(value, str):
            value = value.strip() or None
        out[field] = value
    return out


def _validate(
    v: Validator,
    session: Session,
    values: dict[str, Any],
    *,
    current: Entrepreneur | None,
) -> dict[str, Any]:
    """Checks every field present in `values`; returns them with enums coerced."""
    expected_text = msg(QT_TRANSLATE_NOOP("Validation", "Text is expected."))
    for field, limit in _TEXT_FIELDS.items():
        if field not in values:
            continue
        value = values[field]
        if value is not None and not isinstance(value, str):
            v.add(field, expected_text)
        elif limit is not None:
            v.max_length(field, value, limit)
    for field in ("first_name", "last_name"):
        if current is None or field in values:
            v.required(field, values.get(field))
    v.email("email", values.get("email") if isinstance(values.get("email"), str) else None)
    v.phone("phone", values.get("phone") if isinstance(values.get("phone"), str) else None)
    postal_code = values.get("postal_code")
    if isinstance(postal_code, str):
        v.postal_code("postal_code", postal_code)
        # The shared pattern lets "abc" through; every real postal code has a digit.
        if not any(ch.isdigit() for ch in postal_code):
            v.add(
                "postal_code",
                msg(
                    QT_TRANSLATE_NOOP("Validation", "Not a valid postal code: {value}"),
                    value=postal_code,
                ),
            )
    if "birth_year" in values and values["birth_year"] is not None:
        year = values["birth_year"]
        if isinstance(year, bool) or not isinstance(year, int):
            v.add("birth_year", msg(QT_TRANSLATE_NOOP("Validation", "A year is expected.")))
        else:
            v.int_range("birth_year", year, MIN_BIRTH_YEAR, clock.today().year)
    if "language" in values or current is None:
        language = values.get("language")
        if language is None:
            values["language"] = DEFAULT_LANGUAGE
        elif language not in SUPPORTED_LANGUAGES:
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
    for field in _BOOL_FIELDS:
        if values.get(field) is not None and not isinstance(values[field], bool):
            v.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Yes or no is expected.")))
    for field in _DATE_FIELDS:
        if field not in values:
            continue
        value = values[field]
        if value is None and field == "entry_date":
            v.required(field, None)
        elif value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            v.add(field, msg(QT_TRANSLATE_NOOP("Validation", "A date is expected.")))
    for field, enum_cls in _ENUM_FIELDS.items():
        if field in values:
            values[field] = v.choice(field, values[field], enum_cls)
    for field, (model, must_be_active) in _REF_FIELDS.items():
        ref = values.get(field)
        if ref is None or (current is not None and getattr(current, field) == ref):
            continue  # keeping the current link is always fine, even to a retired item
        row = (
            session.get(model, ref) if isinstance(ref, int) and not isinstance(ref, bool) else None
        )
        if row is None:
            v.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Validation", "No {entity} with id {id}."),
                    entity=model.__tablename__,
                    id=ref,
                ),
            )
        elif must_be_active and not row.active:
            v.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Validation", "This entry is no longer in use; pick another.")
                ),
            )
    return values


def check_new_entrepreneur(
    session: Session, fields: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Msg]]:
    """Normalises and validates the fields of a new candidate without writing anything:
    returns the values to store and every problem found (empty: they can be added). A missing
    entry date means today. Used for one record and for every row of an import."""
    v = Validator()
    for name in sorted(set(fields) - EDITABLE_FIELDS):
        v.add(name, msg(QT_TRANSLATE_NOOP("Validation", "This field cannot be set here.")))
    values = _normalise(fields)
    if values.get("entry_date") is None:
        values["entry_date"] = clock.today()
    values = {k: val for k, val in values.items() if k in EDITABLE_FIELDS}
    values = _validate(v, session, values, current=None)
    return values, v.errors


def add_entrepreneurs(
    session: Session, checked: list[dict[str, Any]], *, actor: Actor
) -> list[int]:
    """Adds candidates whose values passed `check_new_entrepreneur`, with their initial stage
    entry and audit rows, inside the caller's unit of work; returns their ids in order.
    Bulk statements (one round of INSERT … RETURNING per table), so that an import of ten
    thousand rows costs about what one costs."""
    if not checked:
        return []
    now = utcnow()
    # Someone who works on sites of a network admits people to their site (the first, by id,
    # where their role there edits entrepreneurs: they would not see a person on no site, nor
    # would the server).
    mine = sites_of(session, actor)
    site_id = None
    if mine is not None:
        writable = writable_sites(session, actor, Permission.EDIT_ENTREPRENEURS) or ()
        if not writable:
            require_on_site(
                session, actor, Permission.EDIT_ENTREPRENEURS, mine[0] if mine else None
            )
        site_id = writable[0] if writable else None
    people = [
        {
            "id": None,
            **{field: values.get(field) for field in EDITABLE_FIELDS},
            "language": values.get("language") or DEFAULT_LANGUAGE,
            "site_id": site_id,
            "stage": PathwayStage.CANDIDATE,
            "archived": False,
            "version_id": 1,
            "created_at": now,
            "updated_at": now,
        }
        for values in checked
    ]
    ids = _reserve_ids(session, Entrepreneur, len(people))
    for person_id, person in zip(ids, people, strict=True):
        person["id"] = person_id
    session.execute(insert(Entrepreneur), people)
    entries = [
        {
            "id": None,
            "entrepreneur_id": person_id,
            "from_stage": None,
            "to_stage": PathwayStage.CANDIDATE,
            "changed_on": person["entry_date"],
            "reason": None,
            "changed_by_id": actor.user_id,
            "created_at": now,
            "updated_at": now,
        }
        for person_id, person in zip(ids, people, strict=True)
    ]
    entry_ids = _reserve_ids(session, StageChange, len(entries))
    for entry_id, entry in zip(entry_ids, entries, strict=True):
        entry["id"] = entry_id
    session.execute(insert(StageChange), entries)
    entry_fields = ["entrepreneur_id", "from_stage", "to_stage", "changed_on"]
    audit = []
    for person_id, person, entry_id, entry in zip(ids, people, entry_ids, entries, strict=True):
        audit.append(_audit_row(actor, "entrepreneur", person_id, person, _SNAPSHOT, now))
        audit.append(_audit_row(actor, "stage_change", entry_id, entry, entry_fields, now))
    session.execute(insert(AuditEntry), audit)
    return ids


def _reserve_ids(session: Session, model: type, count: int) -> list[int]:
    """Ids for rows about to be inserted in one executemany (RETURNING would make SQLite insert
    them one statement at a time to keep their order). PostgreSQL: from the table's sequence.
    SQLite: after the largest id, as SQLite itself would; a writer slipping in between makes
    the insert fail on the primary key, and the whole unit of work is rolled back."""
    table = model.__table__
    if session.get_bind().dialect.name == "postgresql":
        sequence = func.pg_get_serial_sequence(table.name, "id")
        return list(
            session.scalars(
                select(func.nextval(sequence)).select_from(func.generate_series(1, count))
            )
        )
    start = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(start, start + count))


def _audit_row(
    actor: Actor, entity: str, entity_id: int, values: dict[str, Any], fields: list[str], at
) -> dict[str, Any]:
    """The row `record_audit` would add for a creation, for a bulk INSERT."""
    return {
        "at": at,
        "user_id": actor.user_id,
        "user_login": actor.login,
        "entity": entity,
        "entity_id": entity_id,
        "action": "create",
        "changes": snapshot(SimpleNamespace(**values), fields),
    }


def create_entrepreneur(
    session: Session,
    *,
    first_name: str,
    last_name: str,
    entry_date: date | None = None,
    actor: Actor,
    **fields: Any,
) -> EntrepreneurView:
    """Creates a candidate. `fields` takes any of EDITABLE_FIELDS (email, postal_code,
    discipline_id, referent_coach_id, cohort_id, gender, birth_year, …)."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    values, errors = check_new_entrepreneur(
        session,
        {**fields, "first_name": first_name, "last_name": last_name, "entry_date": entry_date},
    )
    if errors:
        raise ValidationError(errors)
    with unit_of_work(session):
        (person_id,) = add_entrepreneurs(session, [values], actor=actor)
    return to_view(get_or_raise(session, Entrepreneur, person_id), EntrepreneurView)


def update_entrepreneur(
    session: Session,
    entrepreneur_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> EntrepreneurView:
    """Edits profile fields. The stage changes only through `pathway.change_stage`."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    v.only_fields(changes, EDITABLE_FIELDS)
    v.raise_if_any()
    changes = _normalise(changes)
    with unit_of_work(session):
        person = load_for_update(session, Entrepreneur, entrepreneur_id, expected_version)
        require_for_person(session, actor, Permission.EDIT_ENTREPRENEURS, person.id)
        changes = _validate(v, session, changes, current=person)
        v.raise_if_any()
        update_with_audit(session, actor, person, "entrepreneur", changes)
    return to_view(person, EntrepreneurView)


def archive_entrepreneur(
    session: Session,
    entrepreneur_id: int,
    *,
    expected_version: int | None,
    archived: bool = True,
    actor: Actor,
) -> EntrepreneurView:
    """Hides a person from day-to-day lists while keeping every record (archived=False undoes)."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        person = load_for_update(session, Entrepreneur, entrepreneur_id, expected_version)
        require_for_person(session, actor, Permission.EDIT_ENTREPRENEURS, person.id)
        diff = apply_changes(person, {"archived": bool(archived)})
        if diff:
            action = "archive" if archived else "unarchive"
            record_audit(session, actor, "entrepreneur", person.id, action, diff)
    return to_view(person, EntrepreneurView)


def get_entrepreneur(session: Session, entrepreneur_id: int, *, actor: Actor) -> EntrepreneurView:
    """One person; in a network, someone of some sites gets a person of their sites only."""
    require(actor, Permission.VIEW)
    try:
        person = get_or_raise(session, Entrepreneur, entrepreneur_id)
    except NotFound:
        refuse_unseen_person(session, actor, entrepreneur_id)  # hidden by the server's policy
        raise
    check_person_on_my_sites(session, actor, person.id, person.site_id)
    return to_view(person, EntrepreneurView)


def find_possible_duplicates(
    session: Session,
    email: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    birth_year: int | None = None,
    *,
    exclude_id: int | None = None,
    actor: Actor,
) -> list[DuplicateMatch]:
    """People already on file with the same e-mail (any case), or the same first and last name
    (accents, case and spacing aside; the birth year, when both have one, tells apart "same
    name and birth year" from a mere namesake). Archived people count: a returning candidate is
    a duplicate too."""
    require(actor, Permission.VIEW)
    email_key = email.strip().lower() if email and email.strip() else None
    has_name = bool(query_words(first_name)) and bool(query_words(last_name))
    conditions = []
    if email_key:
        conditions.append(func.lower(Entrepreneur.email) == email_key)
    if has_name:
        # The index narrows to people whose names hold these words; `same_words` decides.
        dialect = session.get_bind().dialect.name
        named = entrepreneur_text_condition(f"{first_name} {last_name}", dialect)
        if named is not None:
            conditions.append(named)
    if not conditions:
        return []
    query = select(Entrepreneur).where(or_(*conditions)).order_by(Entrepreneur.id)
    if exclude_id is not None:
        query = query.where(Entrepreneur.id != exclude_id)
    matches = []
    for person in session.scalars(query):
        email_hit = bool(email_key and (person.email or "").lower() == email_key)
        name_hit = has_name and (
            same_words(person.first_name, first_name) and same_words(person.last_name, last_name)
        )
        if not (email_hit or name_hit):
            continue
        matches.append(
            DuplicateMatch(
                entrepreneur=to_view(person, EntrepreneurView),
                same_email=email_hit,
                same_name_and_birth_year=bool(
                    name_hit and birth_year is not None and person.birth_year == birth_year
                ),
                same_name=name_hit,
            )
        )
    return matches


# Rows that make a person part of the record: deleting them would lose history. Documents
# would cascade in the database but leave their files behind, so they count too.
_HISTORY: list[tuple[Any, tuple[str, str]]] = [
    (SessionParticipant.entrepreneur_id, QT_TRANSLATE_NOOP("History", "coaching sessions")),
    (ActionItem.entrepreneur_id, QT_TRANSLATE_NOOP("History", "action items")),
    (ServiceUsage.entrepreneur_id, QT_TRANSLATE_NOOP("History", "service use")),
    (Booking.entrepreneur_id, QT_TRANSLATE_NOOP("History", "bookings")),
    (Revenue.entrepreneur_id, QT_TRANSLATE_NOOP("History", "revenue")),
    (SupportContract.entrepreneur_id, QT_TRANSLATE_NOOP("History", "contracts")),
    (ExitOutcome.entrepreneur_id, QT_TRANSLATE_NOOP("History", "exit outcome")),
    (FollowUpCheckpoint.entrepreneur_id, QT_TRANSLATE_NOOP("History", "follow-up checkpoints")),
    (Milestone.entrepreneur_id, QT_TRANSLATE_NOOP("History", "milestones")),
    (Document.entrepreneur_id, QT_TRANSLATE_NOOP("History", "documents")),
    (grant_beneficiary.c.entrepreneur_id, QT_TRANSLATE_NOOP("History", "grants")),
]


def _history(session: Session, entrepreneur_id: int) -> list[Msg]:
    """What deleting would lose, as a readable list (empty: safe to delete)."""
    found: list[Msg] = []
    # The initial "candidate" entry is not history; any later stage change is.
    moved = select(StageChange.id).where(
        StageChange.entrepreneur_id == entrepreneur_id, StageChange.from_stage.is_not(None)
    )
    if session.scalar(moved.limit(1)) is not None:
        found.append(msg(QT_TRANSLATE_NOOP("History", "stage changes")))
    for column, key in _HISTORY:
        if session.scalar(select(column).where(column == entrepreneur_id).limit(1)) is not None:
            found.append(msg(key))
    return found


def delete_entrepreneur(
    session: Session, entrepreneur_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    """Deletes a record entered by mistake. Anyone with history is refused: archive instead."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        person = load_for_update(session, Entrepreneur, entrepreneur_id, expected_version)
        require_for_person(session, actor, Permission.EDIT_ENTREPRENEURS, person.id)
        history = _history(session, person.id)
        if history:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} cannot be deleted: there is history ({what}). "
                        "Archive the record instead.",
                    ),
                    name=f"{person.first_name} {person.last_name}",
                    what=", ".join(str(m) for m in history),
                )
            )
        before = snapshot(person, _SNAPSHOT)
        # The initial "candidate" entry goes with the person. Deleted by statement, before the
        # person: the ORM knows no relationship to order the two, and this does not depend on
        # the schema's ON DELETE CASCADE either.
        entries = session.scalars(
            select(StageChange).where(StageChange.entrepreneur_id == person.id)
        ).all()
        for change in entries:
            record_audit(
                session,
                actor,
                "stage_change",
                change.id,
                "delete",
                snapshot(change, ["entrepreneur_id", "from_stage", "to_stage", "changed_on"]),
            )
        session.execute(delete(StageChange).where(StageChange.entrepreneur_id == person.id))
        session.delete(person)
        record_audit(session, actor, "entrepreneur", entrepreneur_id, "delete", before)
