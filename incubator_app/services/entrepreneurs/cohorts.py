"""Cohorts (promotions): a programme intake with a start and an optional end date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Cohort
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
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

DEFAULT_PROGRAMME = "CAPE"
_EDITABLE = {"name", "programme", "start_date", "end_date"}


@dataclass(frozen=True)
class CohortView:
    id: int
    name: str
    programme: str
    start_date: date
    end_date: date | None
    active: bool
    version_id: int


def _validate(v: Validator, values: dict[str, object]) -> None:
    """Checks the merged values (current row + changes), so date order covers partial edits."""
    for field in ("name", "programme"):
        value = values.get(field)
        if v.required(field, value if isinstance(value, str) else None):
            v.max_length(field, value, 120)  # type: ignore[arg-type]
    start, end = values.get("start_date"), values.get("end_date")
    if not isinstance(start, date):
        v.add(
            "start_date",
            msg(QT_TRANSLATE_NOOP("Validation", "A date is expected."))
            if start is not None
            else msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")),
        )
    if end is not None and not isinstance(end, date):
        v.add("end_date", msg(QT_TRANSLATE_NOOP("Validation", "A date is expected.")))
    if isinstance(start, date) and isinstance(end, date):
        v.dates_in_order("end_date", start, end)


def _clean(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _check_unique_name(session: Session, name: str, *, cohort_id: int | None) -> None:
    # The same words whatever the accents, case and spacing (services/text_match.py).
    dialect = session.get_bind().dialect.name
    query = select(Cohort.id).where(same_words_condition(Cohort.name, name, dialect))
    if cohort_id is not None:
        query = query.where(Cohort.id != cohort_id)
    if session.scalar(query) is not None:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP("Errors", "A cohort named “{name}” already exists."),
                name=name,
            )
        )


def create_cohort(
    session: Session,
    *,
    name: str,
    start_date: date,
    end_date: date | None = None,
    programme: str = DEFAULT_PROGRAMME,
    actor: Actor,
) -> CohortView:
    require(actor, Permission.EDIT_ENTREPRENEURS)
    values = {
        "name": _clean(name),
        "programme": _clean(programme),
        "start_date": start_date,
        "end_date": end_date,
    }
    v = Validator()
    _validate(v, values)
    v.raise_if_any()
    with unit_of_work(session):
        _check_unique_name(session, values["name"], cohort_id=None)  # type: ignore[arg-type]
        cohort = Cohort(**values)
        session.add(cohort)
        session.flush()
        record_audit(
            session,
            actor,
            "cohort",
            cohort.id,
            "create",
            snapshot(cohort, ["name", "programme", "start_date", "end_date"]),
        )
    return to_view(cohort, CohortView)


def update_cohort(
    session: Session,
    cohort_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: object,
) -> CohortView:
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    v.only_fields(changes, _EDITABLE)
    v.raise_if_any()
    changes = {k: _clean(val) for k, val in changes.items()}
    with unit_of_work(session):
        cohort = load_for_update(session, Cohort, cohort_id, expected_version)
        merged = {f: getattr(cohort, f) for f in _EDITABLE} | changes
        _validate(v, merged)
        v.raise_if_any()
        if "name" in changes:
            _check_unique_name(session, changes["name"], cohort_id=cohort.id)  # type: ignore[arg-type]
        update_with_audit(session, actor, cohort, "cohort", changes)
    return to_view(cohort, CohortView)


def get_cohort(session: Session, cohort_id: int, *, actor: Actor) -> CohortView:
    require(actor, Permission.VIEW)
    return to_view(get_or_raise(session, Cohort, cohort_id), CohortView)


def list_cohorts(
    session: Session, *, include_retired: bool = False, actor: Actor
) -> list[CohortView]:
    """Newest intake first: the one being set up is the one people look for. Retired cohorts
    only when asked (filters over old records, the settings screen), never in a picker."""
    require(actor, Permission.VIEW)
    query = select(Cohort).order_by(Cohort.start_date.desc(), func.lower(Cohort.name), Cohort.id)
    if not include_retired:
        query = query.where(Cohort.active.is_(True))
    return [to_view(c, CohortView) for c in session.scalars(query)]


def set_cohort_active(
    session: Session, cohort_id: int, active: bool, *, expected_version: int | None, actor: Actor
) -> CohortView:
    """Retires (False) or brings back (True) a cohort; its members keep it on their record."""
    require(actor, Permission.MANAGE_SETTINGS)
    if not isinstance(active, bool):
        v = Validator()
        v.add("active", msg(QT_TRANSLATE_NOOP("Validation", "Yes or no is expected.")))
        v.raise_if_any()
    with unit_of_work(session):
        cohort = load_for_update(session, Cohort, cohort_id, expected_version)
        update_with_audit(session, actor, cohort, "cohort", {"active": active})
    return to_view(cohort, CohortView)
