"""Funders (financeurs), grants (subventions / conventions), their reporting deadlines, and which
entrepreneurs and coaching sessions each grant finances."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    CoachingSession,
    Entrepreneur,
    Funder,
    FunderKind,
    Grant,
    GrantDeadline,
    grant_beneficiary,
    grant_session,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    delete_with_audit,
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.text_match import same_words_condition
from incubator_app.services.validation import Validator

_FUNDER_FIELDS = ["name", "kind", "contact_name", "contact_email", "notes"]
_GRANT_FIELDS = [
    "funder_id",
    "reference",
    "title",
    "amount_cents",
    "period_start",
    "period_end",
    "co_funders",
]
_DEADLINE_FIELDS = ["grant_id", "label", "due_on", "submitted_on"]
_CHUNK = 500


@dataclass(frozen=True)
class FunderView:
    id: int
    name: str
    kind: FunderKind
    contact_name: str | None
    contact_email: str | None
    notes: str | None
    version_id: int


@dataclass(frozen=True)
class GrantView:
    id: int
    funder_id: int
    reference: str
    title: str
    amount_cents: int
    period_start: date
    period_end: date
    beneficiary_count: int
    session_count: int
    version_id: int
    co_funders: str | None = None


@dataclass(frozen=True)
class GrantDeadlineView:
    id: int
    grant_id: int
    label: str
    due_on: date
    submitted_on: date | None
    version_id: int


def _refuse_unknown(v: Validator, changes: dict[str, Any], allowed: set[str]) -> None:
    v.only_fields(changes, allowed)


def _not_a_date(v: Validator, field: str, value: Any) -> None:
    if value is not None and not isinstance(value, date):
        v.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))


# --- funders -----------------------------------------------------------------------------------


def _validate_funder(v: Validator, values: dict[str, Any]) -> None:
    if "name" in values and v.required("name", values["name"]):
        v.max_length("name", values["name"], 200)
    if "kind" in values and v.required("kind", values["kind"]):
        values["kind"] = v.choice("kind", values["kind"], FunderKind)
    if "contact_name" in values:
        v.max_length("contact_name", values["contact_name"], 120)
    if "contact_email" in values:
        v.email("contact_email", values["contact_email"])


def _ensure_funder_name_free(session: Session, name: str, exclude_id: int | None = None) -> None:
    # The same words whatever the accents, case and spacing (services/text_match.py).
    dialect = session.get_bind().dialect.name
    stmt = select(Funder.id).where(same_words_condition(Funder.name, name, dialect))
    if exclude_id is not None:
        stmt = stmt.where(Funder.id != exclude_id)
    if session.scalar(stmt) is not None:
        raise ConflictError(
            msg(QT_TRANSLATE_NOOP("Funding", "A funder named “{name}” already exists."), name=name)
        )


def create_funder(
    session: Session,
    *,
    name: str,
    kind: FunderKind | str,
    contact_name: str | None = None,
    contact_email: str | None = None,
    notes: str | None = None,
    actor: Actor,
) -> FunderView:
    require(actor, Permission.MANAGE_FUNDING)
    values: dict[str, Any] = {
        "name": name,
        "kind": kind,
        "contact_name": contact_name or None,
        "contact_email": contact_email or None,
        "notes": notes or None,
    }
    v = Validator()
    _validate_funder(v, values)
    v.raise_if_any()
    values["name"] = name.strip()
    with unit_of_work(session):
        _ensure_funder_name_free(session, values["name"])
        funder = Funder(**values)
        session.add(funder)
        session.flush()
        record_audit(
            session, actor, "funder", funder.id, "create", snapshot(funder, _FUNDER_FIELDS)
        )
    return to_view(funder, FunderView)


def update_funder(
    session: Session,
    funder_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> FunderView:
    require(actor, Permission.MANAGE_FUNDING)
    v = Validator()
    _refuse_unknown(v, changes, set(_FUNDER_FIELDS))
    _validate_funder(v, changes)
    v.raise_if_any()
    if "name" in changes:
        changes["name"] = changes["name"].strip()
    with unit_of_work(session):
        funder = load_for_update(session, Funder, funder_id, expected_version)
        if "name" in changes:
            _ensure_funder_name_free(session, changes["name"], exclude_id=funder.id)
        update_with_audit(session, actor, funder, "funder", changes)
    return to_view(funder, FunderView)


def get_funder(session: Session, funder_id: int, *, actor: Actor) -> FunderView:
    require(actor, Permission.VIEW)
    return to_view(get_or_raise(session, Funder, funder_id), FunderView)


def list_funders(
    session: Session, *, actor: Actor, kind: FunderKind | str | None = None
) -> list[FunderView]:
    require(actor, Permission.VIEW)
    stmt = select(Funder).order_by(Funder.name)
    if kind is not None:
        v = Validator()
        kind = v.choice("kind", kind, FunderKind)
        v.raise_if_any()
        stmt = stmt.where(Funder.kind == kind)
    return [to_view(f, FunderView) for f in session.scalars(stmt)]


# --- grants ------------------------------------------------------------------------------------


def _validate_grant(v: Validator, values: dict[str, Any]) -> None:
    for field, limit in (("reference", 80), ("title", 200)):
        if field in values and v.required(field, values[field]):
            v.max_length(field, values[field], limit)
    if "amount_cents" in values and v.required("amount_cents", values["amount_cents"]):
        amount = values["amount_cents"]
        if v.whole_number("amount_cents", amount):
            v.not_negative("amount_cents", amount)
    for field in ("period_start", "period_end"):
        if field in values and v.required(field, values[field]):
            _not_a_date(v, field, values[field])
    if values.get("co_funders") is not None:
        v.max_length("co_funders", values["co_funders"], 400)


def _ensure_reference_free(
    session: Session, funder_id: int, reference: str, exclude_id: int | None = None
) -> None:
    stmt = select(Grant.id).where(Grant.funder_id == funder_id, Grant.reference == reference)
    if exclude_id is not None:
        stmt = stmt.where(Grant.id != exclude_id)
    if session.scalar(stmt) is not None:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP("Funding", "This funder already has a grant “{reference}”."),
                reference=reference,
            )
        )


def _counts(session: Session, table: Any, grant_ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for i in range(0, len(grant_ids), _CHUNK):
        rows = session.execute(
            select(table.c.grant_id, func.count())
            .where(table.c.grant_id.in_(grant_ids[i : i + _CHUNK]))
            .group_by(table.c.grant_id)
        )
        counts.update({gid: int(n) for gid, n in rows})
    return counts


def _grant_views(session: Session, grants: list[Grant]) -> list[GrantView]:
    ids = [g.id for g in grants]
    people = _counts(session, grant_beneficiary, ids)
    sessions = _counts(session, grant_session, ids)
    return [
        to_view(
            g,
            GrantView,
            beneficiary_count=people.get(g.id, 0),
            session_count=sessions.get(g.id, 0),
        )
        for g in grants
    ]


def create_grant(
    session: Session,
    *,
    funder_id: int,
    reference: str,
    title: str,
    amount_cents: int,
    period_start: date,
    period_end: date,
    co_funders: str | None = None,
    actor: Actor,
) -> GrantView:
    require(actor, Permission.MANAGE_FUNDING)
    values: dict[str, Any] = {
        "reference": reference,
        "title": title,
        "amount_cents": amount_cents,
        "period_start": period_start,
        "period_end": period_end,
        "co_funders": (co_funders or "").strip() or None,
    }
    v = Validator()
    _validate_grant(v, values)
    if not v.errors:
        v.dates_in_order("period_end", period_start, period_end)
    v.raise_if_any()
    values["reference"], values["title"] = reference.strip(), title.strip()
    with unit_of_work(session):
        if session.get(Funder, funder_id) is None:
            raise ValidationError(
                {
                    "funder_id": msg(
                        QT_TRANSLATE_NOOP("Funding", "No funder with id {id}."), id=funder_id
                    )
                }
            )
        _ensure_reference_free(session, funder_id, values["reference"])
        grant = Grant(funder_id=funder_id, **values)
        session.add(grant)
        session.flush()
        record_audit(
            session, actor, "grant_agreement", grant.id, "create", snapshot(grant, _GRANT_FIELDS)
        )
    return _grant_views(session, [grant])[0]


def update_grant(
    session: Session,
    grant_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> GrantView:
    require(actor, Permission.MANAGE_FUNDING)
    v = Validator()
    _refuse_unknown(v, changes, set(_GRANT_FIELDS) - {"funder_id"})
    _validate_grant(v, changes)
    v.raise_if_any()
    for field in ("reference", "title"):
        if field in changes:
            changes[field] = changes[field].strip()
    if "co_funders" in changes:
        changes["co_funders"] = (changes["co_funders"] or "").strip() or None
    with unit_of_work(session):
        grant = load_for_update(session, Grant, grant_id, expected_version)
        v.dates_in_order(
            "period_end",
            changes.get("period_start", grant.period_start),
            changes.get("period_end", grant.period_end),
        )
        v.raise_if_any()
        if "reference" in changes:
            _ensure_reference_free(
                session, grant.funder_id, changes["reference"], exclude_id=grant.id
            )
        update_with_audit(session, actor, grant, "grant_agreement", changes)
    return _grant_views(session, [grant])[0]


def get_grant(session: Session, grant_id: int, *, actor: Actor) -> GrantView:
    require(actor, Permission.VIEW)
    return _grant_views(session, [get_or_raise(session, Grant, grant_id)])[0]


def list_grants(
    session: Session,
    *,
    actor: Actor,
    funder_id: int | None = None,
    active_on: date | None = None,
) -> list[GrantView]:
    """Grants of a funder and/or whose period includes `active_on`; newest period first."""
    require(actor, Permission.VIEW)
    stmt = select(Grant)
    if funder_id is not None:
        stmt = stmt.where(Grant.funder_id == funder_id)
    if active_on is not None:
        stmt = stmt.where(Grant.period_start <= active_on, Grant.period_end >= active_on)
    stmt = stmt.order_by(Grant.period_start.desc(), Grant.reference)
    return _grant_views(session, list(session.scalars(stmt)))


# --- reporting deadlines -----------------------------------------------------------------------


def add_grant_deadline(
    session: Session, grant_id: int, *, label: str, due_on: date, actor: Actor
) -> GrantDeadlineView:
    require(actor, Permission.MANAGE_FUNDING)
    v = Validator()
    if v.required("label", label):
        v.max_length("label", label, 200)
    if v.required("due_on", due_on):
        _not_a_date(v, "due_on", due_on)
    v.raise_if_any()
    with unit_of_work(session):
        get_or_raise(session, Grant, grant_id)
        deadline = GrantDeadline(grant_id=grant_id, label=label.strip(), due_on=due_on)
        session.add(deadline)
        session.flush()
        record_audit(
            session,
            actor,
            "grant_deadline",
            deadline.id,
            "create",
            snapshot(deadline, _DEADLINE_FIELDS),
        )
    return to_view(deadline, GrantDeadlineView)


def update_grant_deadline(
    session: Session,
    deadline_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> GrantDeadlineView:
    """Label, due date, or the date the report was sent (submitted_on; None reopens it)."""
    require(actor, Permission.MANAGE_FUNDING)
    v = Validator()
    _refuse_unknown(v, changes, {"label", "due_on", "submitted_on"})
    if "label" in changes and v.required("label", changes["label"]):
        v.max_length("label", changes["label"], 200)
    if "due_on" in changes and v.required("due_on", changes["due_on"]):
        _not_a_date(v, "due_on", changes["due_on"])
    _not_a_date(v, "submitted_on", changes.get("submitted_on"))
    v.raise_if_any()
    with unit_of_work(session):
        deadline = load_for_update(session, GrantDeadline, deadline_id, expected_version)
        update_with_audit(session, actor, deadline, "grant_deadline", changes)
    return to_view(deadline, GrantDeadlineView)


def delete_grant_deadline(
    session: Session, deadline_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    require(actor, Permission.MANAGE_FUNDING)
    with unit_of_work(session):
        deadline = load_for_update(session, GrantDeadline, deadline_id, expected_version)
        delete_with_audit(session, actor, deadline, "grant_deadline", _DEADLINE_FIELDS)


def list_grant_deadlines(
    session: Session,
    *,
    actor: Actor,
    grant_id: int | None = None,
    pending_only: bool = False,
    due_before: date | None = None,
) -> list[GrantDeadlineView]:
    """Soonest first; `pending_only` keeps the reports not yet submitted."""
    require(actor, Permission.VIEW)
    stmt = select(GrantDeadline)
    if grant_id is not None:
        stmt = stmt.where(GrantDeadline.grant_id == grant_id)
    if pending_only:
        stmt = stmt.where(GrantDeadline.submitted_on.is_(None))
    if due_before is not None:
        stmt = stmt.where(GrantDeadline.due_on < due_before)
    stmt = stmt.order_by(GrantDeadline.due_on, GrantDeadline.id)
    return [to_view(d, GrantDeadlineView) for d in session.scalars(stmt)]


# --- what a grant finances ---------------------------------------------------------------------


def _missing(session: Session, model: Any, ids: list[int]) -> list[int]:
    found: set[int] = set()
    for i in range(0, len(ids), _CHUNK):
        found.update(session.scalars(select(model.id).where(model.id.in_(ids[i : i + _CHUNK]))))
    return [i for i in ids if i not in found]


def _linked(session: Session, table: Any, column: str, grant_id: int) -> set[int]:
    return set(session.scalars(select(table.c[column]).where(table.c.grant_id == grant_id)))


def _attribute(
    session: Session, grant_id: int, ids: Iterable[int], link: tuple[Any, ...], actor: Actor
) -> list[int]:
    """Adds the links not there yet (idempotent); returns the ids actually added."""
    require(actor, Permission.MANAGE_FUNDING)
    table, column, model, field = link[:4]
    wanted = sorted(set(ids))
    with unit_of_work(session):
        grant = get_or_raise(session, Grant, grant_id)
        v = Validator()
        missing = _missing(session, model, wanted)
        if missing:
            v.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Funding", "Unknown ids: {ids}"),
                    ids=", ".join(map(str, missing)),
                ),
            )
        if len(link) > 4 and not missing:
            # A grant only finances what took place during its period.
            condition, message = link[4](grant)
            outside = [
                oid
                for i in range(0, len(wanted), _CHUNK)
                for oid in session.scalars(
                    select(model.id).where(model.id.in_(wanted[i : i + _CHUNK]), condition)
                )
            ]
            if outside:
                v.add(field, msg(message, ids=", ".join(map(str, sorted(outside)))))
        v.raise_if_any()
        new = [i for i in wanted if i not in _linked(session, table, column, grant_id)]
        if new:
            session.execute(insert(table), [{"grant_id": grant_id, column: i} for i in new])
            record_audit(session, actor, "grant_agreement", grant_id, "attribute", {column: new})
    return new


def _unattribute(
    session: Session, grant_id: int, ids: Iterable[int], link: tuple[Any, ...], actor: Actor
) -> list[int]:
    require(actor, Permission.MANAGE_FUNDING)
    table, column = link[:2]
    wanted = set(ids)
    with unit_of_work(session):
        get_or_raise(session, Grant, grant_id)
        gone = sorted(wanted & _linked(session, table, column, grant_id))
        if gone:
            session.execute(
                delete(table).where(table.c.grant_id == grant_id, table.c[column].in_(gone))
            )
            record_audit(session, actor, "grant_agreement", grant_id, "unattribute", {column: gone})
    return gone


def _sessions_outside(grant: Grant) -> tuple[Any, tuple[str, str]]:
    return (
        (CoachingSession.session_date < grant.period_start)
        | (CoachingSession.session_date > grant.period_end),
        QT_TRANSLATE_NOOP("Funding", "Sessions outside the grant's period: {ids}"),
    )


# (link table, its id column, the model it points at, the argument name used in errors[, the
# condition of rows outside the grant's period and its message])
_BENEFICIARIES = (grant_beneficiary, "entrepreneur_id", Entrepreneur, "entrepreneur_ids")
_SESSIONS = (grant_session, "session_id", CoachingSession, "session_ids", _sessions_outside)


def attribute_entrepreneurs(
    session: Session, grant_id: int, entrepreneur_ids: Iterable[int], *, actor: Actor
) -> list[int]:
    return _attribute(session, grant_id, entrepreneur_ids, _BENEFICIARIES, actor)


def unattribute_entrepreneurs(
    session: Session, grant_id: int, entrepreneur_ids: Iterable[int], *, actor: Actor
) -> list[int]:
    return _unattribute(session, grant_id, entrepreneur_ids, _BENEFICIARIES, actor)


def attribute_sessions(
    session: Session, grant_id: int, session_ids: Iterable[int], *, actor: Actor
) -> list[int]:
    return _attribute(session, grant_id, session_ids, _SESSIONS, actor)


def unattribute_sessions(
    session: Session, grant_id: int, session_ids: Iterable[int], *, actor: Actor
) -> list[int]:
    return _unattribute(session, grant_id, session_ids, _SESSIONS, actor)


def list_grant_beneficiaries(session: Session, grant_id: int, *, actor: Actor) -> list[int]:
    """Entrepreneur ids financed by the grant."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Grant, grant_id)
    return sorted(_linked(session, grant_beneficiary, "entrepreneur_id", grant_id))


def list_grant_sessions(session: Session, grant_id: int, *, actor: Actor) -> list[int]:
    """Coaching session ids financed by the grant (read them through services.coaching, which
    masks confidential notes)."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Grant, grant_id)
    return sorted(_linked(session, grant_session, "session_id", grant_id))


def grants_of_entrepreneur(
    session: Session, entrepreneur_id: int, *, actor: Actor
) -> list[GrantView]:
    require(actor, Permission.VIEW)
    stmt = (
        select(Grant)
        .join(grant_beneficiary, grant_beneficiary.c.grant_id == Grant.id)
        .where(grant_beneficiary.c.entrepreneur_id == entrepreneur_id)
        .order_by(Grant.period_start.desc(), Grant.reference)
    )
    return _grant_views(session, list(session.scalars(stmt)))
