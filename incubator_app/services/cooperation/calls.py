"""Calls for volunteers, their pools and their quotas (database).

A volunteer is an entrepreneur (`entrepreneur_id`), a contact (`contact_id`: the people of the
directory's actors are contacts) or a person named in free text. The pool's `code` is the
volunteer's id in the frozen inputs and in RESULT.csv: `e{entrepreneur id}` for an
entrepreneur, `c{contact id}` for a contact, the file's id for an imported person, `p{n}`
otherwise. People added from the app get their categories filled from what it knows
(services/cooperation/categories.py); the staff check and change them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Contact, Entrepreneur
from incubator_app.models.cooperation import (
    CooperationCall,
    CooperationQuota,
    CooperationVolunteer,
    QuotaScope,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.cooperation.categories import (
    contact_actor,
    contact_categories,
    entrepreneur_categories,
)
from incubator_app.services.cooperation.draws.inputs import (
    DrawInputs,
    Person,
    Quota,
    clean_key,
    clean_text,
    make_inputs,
    people_from_rows,
    quotas_from_rows,
)
from incubator_app.services.records import get_or_raise, record_audit, unit_of_work
from incubator_app.services.tabular_files import read_table


@dataclass(frozen=True)
class CallView:
    id: int
    title: str
    purpose: str | None
    territory: str | None
    group_count: int
    group_size: int
    duration_months: int | None
    confirm_days: int
    seed_source: str | None
    volunteers: int
    version_id: int


@dataclass(frozen=True)
class VolunteerView:
    id: int
    code: str
    name: str
    email: str | None
    organisation: str | None
    categories: dict[str, str]
    entrepreneur_id: int | None
    contact_id: int | None = None


def _check_call(title: str, group_count: int, group_size: int, confirm_days: int) -> None:
    errors = {}
    if not clean_text(title):
        errors["title"] = msg(QT_TRANSLATE_NOOP("Draws", "A call needs a title."))
    if group_count < 1 or group_size < 1:
        errors["groups"] = msg(QT_TRANSLATE_NOOP("Draws", "Groups and their size must be ≥ 1."))
    if confirm_days < 1:
        errors["confirm_days"] = msg(
            QT_TRANSLATE_NOOP("Draws", "The confirmation window is at least one day.")
        )
    if errors:
        raise ValidationError(errors)


def create_call(
    session: Session,
    *,
    title: str,
    group_size: int,
    group_count: int = 1,
    purpose: str | None = None,
    territory: str | None = None,
    duration_months: int | None = None,
    confirm_days: int = 7,
    seed_source: str | None = None,
    actor: Actor,
) -> int:
    require(actor, Permission.EDIT_ENTREPRENEURS)
    _check_call(title, group_count, group_size, confirm_days)
    with unit_of_work(session):
        call = CooperationCall(
            title=clean_text(title),
            purpose=purpose,
            territory=territory,
            group_count=group_count,
            group_size=group_size,
            duration_months=duration_months,
            confirm_days=confirm_days,
            seed_source=seed_source,
        )
        session.add(call)
        session.flush()
        record_audit(session, actor, "cooperation_call", call.id, "create", {"title": title})
        return call.id


def list_calls(session: Session, *, actor: Actor) -> list[CallView]:
    require(actor, Permission.VIEW)
    counts = dict(
        session.execute(
            select(CooperationVolunteer.call_id, func.count()).group_by(
                CooperationVolunteer.call_id
            )
        ).all()
    )
    calls = session.scalars(select(CooperationCall).order_by(CooperationCall.id.desc())).all()
    return [_call_view(c, counts.get(c.id, 0)) for c in calls]


def get_call(session: Session, call_id: int, *, actor: Actor) -> CallView:
    require(actor, Permission.VIEW)
    call = get_or_raise(session, CooperationCall, call_id)
    count = session.scalar(select(func.count()).where(CooperationVolunteer.call_id == call_id))
    return _call_view(call, count or 0)


def _call_view(call: CooperationCall, volunteers: int) -> CallView:
    return CallView(
        call.id,
        call.title,
        call.purpose,
        call.territory,
        call.group_count,
        call.group_size,
        call.duration_months,
        call.confirm_days,
        call.seed_source,
        volunteers,
        call.version_id,
    )


def _categories(values: Mapping[str, object]) -> dict[str, str]:
    return {clean_key(k): clean_key(v) for k, v in values.items() if clean_key(k)}


def add_volunteer(
    session: Session,
    call_id: int,
    *,
    categories: Mapping[str, object],
    entrepreneur_id: int | None = None,
    contact_id: int | None = None,
    name: str | None = None,
    email: str | None = None,
    organisation: str | None = None,
    code: str | None = None,
    actor: Actor,
) -> int:
    """An entrepreneur or a contact (their name is read from their record) or a person named
    in free text."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        return _insert_volunteer(
            session, call_id, categories=categories, entrepreneur_id=entrepreneur_id,
            contact_id=contact_id, name=name, email=email, organisation=organisation, code=code,
            actor=actor,
        )  # fmt: skip


def _insert_volunteer(
    session: Session,
    call_id: int,
    *,
    categories: Mapping[str, object],
    entrepreneur_id: int | None,
    contact_id: int | None,
    name: str | None,
    email: str | None,
    organisation: str | None,
    code: str | None,
    actor: Actor,
) -> int:
    """add_volunteer's insert, in the caller's transaction."""
    get_or_raise(session, CooperationCall, call_id)
    if entrepreneur_id is not None and contact_id is not None:
        raise ValidationError(
            {"contact_id": msg(QT_TRANSLATE_NOOP(
                "Draws", "A volunteer is an entrepreneur or a contact, not both."
            ))}
        )  # fmt: skip
    if entrepreneur_id is not None:
        get_or_raise(session, Entrepreneur, entrepreneur_id)
        code = code or f"e{entrepreneur_id}"
    elif contact_id is not None:
        contact = get_or_raise(session, Contact, contact_id)
        code = code or f"c{contact_id}"
        # The name is read from the contact; kept here too (the table's check wants one).
        name = name or " ".join(p for p in (contact.first_name, contact.last_name) if p)
    elif not clean_text(name):
        raise ValidationError(
            {"name": msg(QT_TRANSLATE_NOOP("Draws", "A volunteer needs a name."))}
        )
    if not code:
        count = session.scalar(select(func.count()).where(CooperationVolunteer.call_id == call_id))
        code = f"p{(count or 0) + 1}"
    volunteer = CooperationVolunteer(
        call_id=call_id,
        code=clean_text(code),
        entrepreneur_id=entrepreneur_id,
        contact_id=contact_id,
        name=clean_text(name) or None,
        email=clean_text(email) or None,
        organisation=clean_key(organisation) or None,
        categories=json.dumps(_categories(categories), ensure_ascii=False, sort_keys=True),
    )
    session.add(volunteer)
    session.flush()
    record_audit(
        session,
        actor,
        "cooperation_volunteer",
        volunteer.id,
        "create",
        {"call_id": call_id, "code": volunteer.code},
    )
    return volunteer.id


def import_volunteers(session: Session, call_id: int, path: str | Path, *, actor: Actor) -> int:
    """Adds the people of a CSV/XLSX pool (id, categories, organisation, name, e-mail)."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    table = read_table(path)
    people = people_from_rows(table.header, table.rows)  # checks ids and values
    keys = [clean_key(h) for h in table.header]
    name_at = next((keys.index(k) for k in ("name", "nom") if k in keys), None)
    mail_at = next((keys.index(k) for k in ("email", "e-mail", "courriel") if k in keys), None)
    id_at = next(keys.index(k) for k in ("id", "identifiant") if k in keys)
    extra = {
        clean_text(row[id_at]): (
            clean_text(row[name_at]) if name_at is not None else "",
            clean_text(row[mail_at]) if mail_at is not None else "",
        )
        for row in table.rows
    }
    with unit_of_work(session):
        get_or_raise(session, CooperationCall, call_id)
        for person in people:
            name, email = extra.get(person.id, ("", ""))
            session.add(
                CooperationVolunteer(
                    call_id=call_id,
                    code=person.id,
                    name=name or person.id,
                    email=email or None,
                    organisation=person.organisation or None,
                    categories=json.dumps(dict(person.values), ensure_ascii=False, sort_keys=True),
                )
            )
        record_audit(
            session,
            actor,
            "cooperation_call",
            call_id,
            "import_volunteers",
            {"count": len(people), "file": Path(path).name},
        )
    return len(people)


def _display_name(v: CooperationVolunteer, e: Entrepreneur | None, c: Contact | None) -> str:
    if e is not None:
        return f"{e.first_name} {e.last_name}"
    if c is not None:
        return " ".join(p for p in (c.first_name, c.last_name) if p)
    return v.name or v.code


def list_volunteers(session: Session, call_id: int, *, actor: Actor) -> list[VolunteerView]:
    require(actor, Permission.VIEW)
    rows = session.execute(
        select(CooperationVolunteer, Entrepreneur, Contact)
        .outerjoin(Entrepreneur, Entrepreneur.id == CooperationVolunteer.entrepreneur_id)
        .outerjoin(Contact, Contact.id == CooperationVolunteer.contact_id)
        .where(CooperationVolunteer.call_id == call_id)
        .order_by(CooperationVolunteer.code)
    ).all()
    return [
        VolunteerView(
            v.id,
            v.code,
            _display_name(v, e, c),
            v.email or (e.email if e is not None else c.email if c is not None else None),
            v.organisation,
            json.loads(v.categories),
            v.entrepreneur_id,
            v.contact_id,
        )
        for v, e, c in rows
    ]


def add_people_to_pool(
    session: Session, call_id: int, people: Sequence[tuple[str, int]], *, actor: Actor
) -> list[int]:
    """Adds entrepreneurs and contacts (("entrepreneur", id) or ("contact", id)) to the pool,
    their categories and organisation filled from what the app knows; those already in the
    pool are left as they are. Returns the new volunteers' ids."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    get_or_raise(session, CooperationCall, call_id)
    present = set(
        session.execute(
            select(CooperationVolunteer.entrepreneur_id, CooperationVolunteer.contact_id).where(
                CooperationVolunteer.call_id == call_id
            )
        ).all()
    )
    in_pool = {("entrepreneur", e) for e, _c in present if e is not None} | {
        ("contact", c) for _e, c in present if c is not None
    }
    added: list[int] = []
    with unit_of_work(session):
        for kind, person_id in dict.fromkeys((k, int(i)) for k, i in people):
            if (kind, person_id) in in_pool:
                continue
            if kind == "entrepreneur":
                categories = entrepreneur_categories(session, person_id)
                added.append(_insert_volunteer(
                    session, call_id, categories=categories, entrepreneur_id=person_id,
                    contact_id=None, name=None, email=None, organisation=None, code=None,
                    actor=actor,
                ))  # fmt: skip
            elif kind == "contact":
                categories = contact_categories(session, person_id)
                organisation = contact_actor(session, person_id)
                contact = get_or_raise(session, Contact, person_id)
                added.append(_insert_volunteer(
                    session, call_id, categories=categories, entrepreneur_id=None,
                    contact_id=person_id, name=None, email=None,
                    organisation=organisation.name if organisation else contact.organisation,
                    code=None, actor=actor,
                ))  # fmt: skip
            else:
                raise ValidationError(
                    {"people": msg(QT_TRANSLATE_NOOP(
                        "Draws", "A volunteer is an entrepreneur or a contact, not “{kind}”."
                    ), kind=kind)}
                )  # fmt: skip
    return added


def set_volunteer_categories(
    session: Session,
    volunteer_id: int,
    categories: Mapping[str, object],
    *,
    organisation: str | None = None,
    actor: Actor,
) -> VolunteerView:
    """Replaces a volunteer's categories (and organisation); a draw already frozen keeps the
    categories it froze. Empty values are dropped."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        volunteer = get_or_raise(session, CooperationVolunteer, volunteer_id)
        cleaned = {k: v for k, v in _categories(categories).items() if v}
        before = json.loads(volunteer.categories)
        new_text = json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
        changes: dict[str, object] = {}
        if new_text != volunteer.categories:
            changes["categories"] = [before, cleaned]
            volunteer.categories = new_text
        new_org = clean_key(organisation) or None
        if new_org != volunteer.organisation:
            changes["organisation"] = [volunteer.organisation, new_org]
            volunteer.organisation = new_org
        if changes:
            record_audit(session, actor, "cooperation_volunteer", volunteer.id, "update", changes)
        call_id = volunteer.call_id
    return next(v for v in list_volunteers(session, call_id, actor=actor) if v.id == volunteer_id)


def set_quotas(session: Session, call_id: int, quotas: Sequence[Quota], *, actor: Actor) -> None:
    """Replaces the call's quotas (a draw already frozen keeps the quotas it froze)."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        get_or_raise(session, CooperationCall, call_id)
        session.execute(delete(CooperationQuota).where(CooperationQuota.call_id == call_id))
        for q in quotas:
            session.add(
                CooperationQuota(
                    call_id=call_id,
                    scope=QuotaScope(q.scope),
                    category=q.category,
                    value=q.value,
                    minimum=q.minimum,
                    maximum=q.maximum,
                )
            )
        record_audit(
            session,
            actor,
            "cooperation_call",
            call_id,
            "set_quotas",
            {"quotas": [f"{q.scope}:{q.label()}:{q.minimum}-{q.maximum}" for q in quotas]},
        )


def quotas_from_file(path: str | Path) -> tuple[Quota, ...]:
    table = read_table(path)
    return quotas_from_rows(table.header, table.rows)


def list_quotas(session: Session, call_id: int, *, actor: Actor) -> list[Quota]:
    require(actor, Permission.VIEW)
    rows = session.scalars(
        select(CooperationQuota)
        .where(CooperationQuota.call_id == call_id)
        .order_by(CooperationQuota.scope, CooperationQuota.category, CooperationQuota.value)
    ).all()
    return [Quota(r.category, r.value, r.minimum, r.maximum, r.scope.value) for r in rows]


def call_inputs(session: Session, call_id: int) -> DrawInputs:
    """The call's pool and quotas as the draw engine takes them (checked by make_inputs)."""
    call = get_or_raise(session, CooperationCall, call_id)
    volunteers = session.scalars(
        select(CooperationVolunteer).where(CooperationVolunteer.call_id == call_id)
    ).all()
    people = [
        Person(
            clean_text(v.code),
            clean_key(v.organisation),
            tuple(sorted(json.loads(v.categories).items())),
        )
        for v in volunteers
    ]
    if not people:
        raise ValidationError({"pool": msg(QT_TRANSLATE_NOOP("Draws", "The pool is empty."))})
    quotas = session.scalars(
        select(CooperationQuota).where(CooperationQuota.call_id == call_id)
    ).all()
    return make_inputs(
        people,
        [Quota(q.category, q.value, q.minimum, q.maximum, q.scope.value) for q in quotas],
        call.group_size * call.group_count,
        call.group_count,
    )
