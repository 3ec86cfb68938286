"""Milestones (jalons) per entrepreneur, and the per-programme templates they are planned from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    Cohort,
    Entrepreneur,
    Milestone,
    MilestoneStatus,
    MilestoneTemplate,
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
from incubator_app.services.sites.rights import require_for_person
from incubator_app.services.sites.scope import check_record_of_people
from incubator_app.services.validation import Validator

TEMPLATE_ENTITY = "milestone_template"
ENTITY = "milestone"
_TEMPLATE_FIELDS = ["programme", "title", "category", "offset_months", "offset_days"]
_FIELDS = ["entrepreneur_id", "template_id", "title", "category", "due_on", "status"]
_OPEN = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)
OPEN_STATUSES = _OPEN

# The programme a contract follows when the entrepreneur's cohort names none.
DEFAULT_PROGRAMME = "CAPE"
# Seeded in every new incubator (data: users edit them in Settings). (title, category, months,
# days) from the start of the contract.
DEFAULT_MILESTONE_TEMPLATES: tuple[tuple[str, str, int, int], ...] = (
    ("Premier devis ou facture", "commercial", 2, 0),
    ("Business plan validé", "gestion", 3, 0),
    ("Bilan à mi-parcours", "accompagnement", 6, 0),
    ("Statut juridique choisi", "juridique", 9, 0),
    ("Bilan de fin de contrat", "accompagnement", 12, 0),
)


@dataclass(frozen=True)
class MilestoneTemplateView:
    id: int
    programme: str
    title: str
    category: str | None
    offset_months: int
    offset_days: int
    version_id: int


@dataclass(frozen=True)
class MilestoneView:
    id: int
    entrepreneur_id: int
    template_id: int | None
    title: str
    category: str | None
    due_on: date
    status: MilestoneStatus
    achieved_on: date | None
    evidence: str | None
    # Due before today and still planned or in progress.
    overdue: bool
    version_id: int


def _view(m: Milestone, today: date | None = None) -> MilestoneView:
    today = today or clock.today()
    return to_view(m, MilestoneView, overdue=m.status in _OPEN and m.due_on < today)


def _validate_template(v: Validator, values: dict[str, Any]) -> None:
    for field, limit in (("programme", 120), ("title", 200)):
        if field in values and v.required(field, values[field]):
            v.max_length(field, values[field], limit)
    if "category" in values:
        v.max_length("category", values["category"], 60)
    for field in ("offset_months", "offset_days"):
        if field in values and v.whole_number(field, values[field]):
            v.not_negative(field, values[field])


def _ensure_template_unique(
    session: Session, programme: str, title: str, exclude_id: int | None = None
) -> None:
    stmt = select(MilestoneTemplate.id).where(
        MilestoneTemplate.programme == programme, MilestoneTemplate.title == title
    )
    if exclude_id is not None:
        stmt = stmt.where(MilestoneTemplate.id != exclude_id)
    if session.scalar(stmt) is not None:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Milestones", "The programme {programme} already has a milestone “{title}”."
                ),
                programme=programme,
                title=title,
            )
        )


def create_milestone_template(
    session: Session,
    *,
    programme: str,
    title: str,
    offset_months: int = 0,
    offset_days: int = 0,
    category: str | None = None,
    actor: Actor,
) -> MilestoneTemplateView:
    require(actor, Permission.MANAGE_SETTINGS)
    values: dict[str, Any] = {
        "programme": programme,
        "title": title,
        "category": category or None,
        "offset_months": offset_months,
        "offset_days": offset_days,
    }
    v = Validator()
    _validate_template(v, values)
    v.raise_if_any()
    values["programme"], values["title"] = programme.strip(), title.strip()
    with unit_of_work(session):
        _ensure_template_unique(session, values["programme"], values["title"])
        tpl = MilestoneTemplate(**values)
        session.add(tpl)
        session.flush()
        record_audit(
            session, actor, TEMPLATE_ENTITY, tpl.id, "create", snapshot(tpl, _TEMPLATE_FIELDS)
        )
    return to_view(tpl, MilestoneTemplateView)


def update_milestone_template(
    session: Session,
    template_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> MilestoneTemplateView:
    """Milestones already planned keep their due dates."""
    require(actor, Permission.MANAGE_SETTINGS)
    v = Validator()
    v.only_fields(changes, _TEMPLATE_FIELDS)
    _validate_template(v, changes)
    v.raise_if_any()
    for field in ("programme", "title"):
        if field in changes:
            changes[field] = changes[field].strip()
    with unit_of_work(session):
        tpl = load_for_update(session, MilestoneTemplate, template_id, expected_version)
        if "programme" in changes or "title" in changes:
            _ensure_template_unique(
                session,
                changes.get("programme", tpl.programme),
                changes.get("title", tpl.title),
                exclude_id=tpl.id,
            )
        update_with_audit(session, actor, tpl, TEMPLATE_ENTITY, changes)
    return to_view(tpl, MilestoneTemplateView)


def delete_milestone_template(
    session: Session, template_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    """Planned milestones stay (their template_id becomes empty)."""
    require(actor, Permission.MANAGE_SETTINGS)
    with unit_of_work(session):
        tpl = load_for_update(session, MilestoneTemplate, template_id, expected_version)
        delete_with_audit(session, actor, tpl, TEMPLATE_ENTITY, _TEMPLATE_FIELDS)


def get_milestone_template(
    session: Session, template_id: int, *, actor: Actor
) -> MilestoneTemplateView:
    require(actor, Permission.VIEW)
    return to_view(get_or_raise(session, MilestoneTemplate, template_id), MilestoneTemplateView)


def list_milestone_templates(
    session: Session, *, actor: Actor, programme: str | None = None
) -> list[MilestoneTemplateView]:
    require(actor, Permission.VIEW)
    stmt = select(MilestoneTemplate)
    if programme is not None:
        stmt = stmt.where(MilestoneTemplate.programme == programme)
    stmt = stmt.order_by(
        MilestoneTemplate.programme,
        MilestoneTemplate.offset_months,
        MilestoneTemplate.offset_days,
        MilestoneTemplate.title,
    )
    return [to_view(t, MilestoneTemplateView) for t in session.scalars(stmt)]


def due_date_for(start: date, offset_months: int, offset_days: int) -> date:
    """Months first, then days; relativedelta clamps 31 January + 1 month to 28/29 February."""
    return start + relativedelta(months=offset_months, days=offset_days)


def _require_entrepreneur(session: Session, entrepreneur_id: int, actor: Actor) -> None:
    if session.get(Entrepreneur, entrepreneur_id) is None:
        raise ValidationError(
            {
                "entrepreneur_id": msg(
                    QT_TRANSLATE_NOOP("Milestones", "No entrepreneur with id {id}."),
                    id=entrepreneur_id,
                )
            }
        )
    # In a network: the role on the person's site must allow editing milestones.
    require_for_person(session, actor, Permission.EDIT_MILESTONES, entrepreneur_id)


def _load_for_update(
    session: Session, milestone_id: int, expected_version: int | None, actor: Actor
) -> Milestone:
    m = load_for_update(session, Milestone, milestone_id, expected_version)
    require_for_person(session, actor, Permission.EDIT_MILESTONES, m.entrepreneur_id)
    return m


def plan_milestones_from_templates(
    session: Session, entrepreneur_id: int, programme: str, start: date, *, actor: Actor
) -> list[MilestoneView]:
    """Creates the programme's milestones due from `start`; templates already planned for this
    entrepreneur are skipped, so running it twice adds nothing. Returns the new milestones."""
    require(actor, Permission.EDIT_MILESTONES)
    v = Validator()
    v.required("programme", programme)
    if v.required("start", start) and not isinstance(start, date):
        v.add("start", msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    v.raise_if_any()
    with unit_of_work(session):
        _require_entrepreneur(session, entrepreneur_id, actor)
        created = _plan(session, entrepreneur_id, programme, start, actor)
    return [_view(m) for m in created]


def _plan(
    session: Session, entrepreneur_id: int, programme: str, start: date, actor: Actor
) -> list[Milestone]:
    """Adds the programme's milestones not yet planned for this entrepreneur (no commit)."""
    planned = set(
        session.scalars(
            select(Milestone.template_id).where(
                Milestone.entrepreneur_id == entrepreneur_id,
                Milestone.template_id.is_not(None),
            )
        )
    )
    templates = session.scalars(
        select(MilestoneTemplate)
        .where(MilestoneTemplate.programme == programme)
        .order_by(
            MilestoneTemplate.offset_months,
            MilestoneTemplate.offset_days,
            MilestoneTemplate.id,
        )
    )
    created: list[Milestone] = []
    for tpl in templates:
        if tpl.id in planned:
            continue
        m = Milestone(
            entrepreneur_id=entrepreneur_id,
            template_id=tpl.id,
            title=tpl.title,
            category=tpl.category,
            due_on=due_date_for(start, tpl.offset_months, tpl.offset_days),
            status=MilestoneStatus.PLANNED,
        )
        session.add(m)
        created.append(m)
    session.flush()
    for m in created:
        record_audit(session, actor, ENTITY, m.id, "create", snapshot(m, _FIELDS))
    return created


def programme_of(session: Session, entrepreneur: Entrepreneur) -> str:
    """The programme of the entrepreneur's cohort, or the default one."""
    if entrepreneur.cohort_id is not None:
        programme = session.scalar(
            select(Cohort.programme).where(Cohort.id == entrepreneur.cohort_id)
        )
        if programme:
            return programme
    return DEFAULT_PROGRAMME


def plan_contract_milestones(
    session: Session, entrepreneur: Entrepreneur, start: date, actor: Actor
) -> list[Milestone]:
    """Called inside the transaction that starts a contract (services/entrepreneurs/pathway.py):
    plans the programme's milestones from the contract's first day. Does not commit."""
    return _plan(session, entrepreneur.id, programme_of(session, entrepreneur), start, actor)


def seed_default_milestone_templates(session: Session) -> None:
    """Adds the default programme's templates when the incubator has none (no commit)."""
    if session.scalar(select(MilestoneTemplate.id).limit(1)) is not None:
        return
    for title, category, months, days in DEFAULT_MILESTONE_TEMPLATES:
        session.add(
            MilestoneTemplate(
                programme=DEFAULT_PROGRAMME,
                title=title,
                category=category,
                offset_months=months,
                offset_days=days,
            )
        )


def list_programmes(session: Session, *, actor: Actor) -> list[str]:
    """Programmes that have templates, for the "plan from template" picker."""
    require(actor, Permission.VIEW)
    stmt = select(MilestoneTemplate.programme).distinct().order_by(MilestoneTemplate.programme)
    return list(session.scalars(stmt))


def _validate_milestone(v: Validator, values: dict[str, Any]) -> None:
    if "title" in values and v.required("title", values["title"]):
        v.max_length("title", values["title"], 200)
    if "category" in values:
        v.max_length("category", values["category"], 60)
    if "due_on" in values and v.required("due_on", values["due_on"]):
        if not isinstance(values["due_on"], date):
            v.add("due_on", msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))


def create_milestone(
    session: Session,
    *,
    entrepreneur_id: int,
    title: str,
    due_on: date,
    category: str | None = None,
    actor: Actor,
) -> MilestoneView:
    """A one-off milestone, outside any template."""
    require(actor, Permission.EDIT_MILESTONES)
    values: dict[str, Any] = {"title": title, "due_on": due_on, "category": category or None}
    v = Validator()
    _validate_milestone(v, values)
    v.raise_if_any()
    with unit_of_work(session):
        _require_entrepreneur(session, entrepreneur_id, actor)
        m = Milestone(
            entrepreneur_id=entrepreneur_id,
            title=title.strip(),
            due_on=due_on,
            category=values["category"],
            status=MilestoneStatus.PLANNED,
        )
        session.add(m)
        session.flush()
        record_audit(session, actor, ENTITY, m.id, "create", snapshot(m, _FIELDS))
    return _view(m)


def update_milestone(
    session: Session,
    milestone_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> MilestoneView:
    """Title, category, due date or evidence; the status has its own function."""
    require(actor, Permission.EDIT_MILESTONES)
    v = Validator()
    v.only_fields(changes, {"title", "category", "due_on", "evidence"})
    _validate_milestone(v, changes)
    v.raise_if_any()
    if "title" in changes:
        changes["title"] = changes["title"].strip()
    with unit_of_work(session):
        m = _load_for_update(session, milestone_id, expected_version, actor)
        update_with_audit(session, actor, m, ENTITY, changes)
    return _view(m)


def set_milestone_status(
    session: Session,
    milestone_id: int,
    status: MilestoneStatus | str,
    *,
    achieved_on: date | None = None,
    evidence: str | None = None,
    expected_version: int | None,
    actor: Actor,
) -> MilestoneView:
    """Achieved needs the date it was achieved; any other status clears that date."""
    require(actor, Permission.EDIT_MILESTONES)
    v = Validator()
    status = v.choice("status", status, MilestoneStatus)
    v.required("status", status)
    if status is MilestoneStatus.ACHIEVED:
        if v.required("achieved_on", achieved_on) and not isinstance(achieved_on, date):
            v.add("achieved_on", msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    v.raise_if_any()
    changes: dict[str, Any] = {
        "status": status,
        "achieved_on": achieved_on if status is MilestoneStatus.ACHIEVED else None,
    }
    if evidence is not None:
        changes["evidence"] = evidence or None
    with unit_of_work(session):
        m = _load_for_update(session, milestone_id, expected_version, actor)
        update_with_audit(session, actor, m, ENTITY, changes, "status")
    return _view(m)


def save_milestone(
    session: Session,
    milestone_id: int,
    *,
    title: str,
    due_on: date,
    status: MilestoneStatus | str,
    achieved_on: date | None = None,
    evidence: str | None = None,
    expected_version: int | None,
    actor: Actor,
) -> MilestoneView:
    """What the edit dialog saves, in one transaction: title, due date, status (achieved needs
    its date; any other status clears it) and evidence."""
    require(actor, Permission.EDIT_MILESTONES)
    v = Validator()
    values: dict[str, Any] = {"title": title, "due_on": due_on}
    _validate_milestone(v, values)
    status = v.choice("status", status, MilestoneStatus)
    v.required("status", status)
    if status is MilestoneStatus.ACHIEVED:
        if v.required("achieved_on", achieved_on) and not isinstance(achieved_on, date):
            v.add("achieved_on", msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    v.raise_if_any()
    changes: dict[str, Any] = {
        "title": title.strip(),
        "due_on": due_on,
        "status": status,
        "achieved_on": achieved_on if status is MilestoneStatus.ACHIEVED else None,
        "evidence": (evidence or "").strip() or None,
    }
    with unit_of_work(session):
        m = _load_for_update(session, milestone_id, expected_version, actor)
        update_with_audit(session, actor, m, ENTITY, changes)
    return _view(m)


def delete_milestone(
    session: Session, milestone_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    require(actor, Permission.EDIT_MILESTONES)
    with unit_of_work(session):
        m = _load_for_update(session, milestone_id, expected_version, actor)
        delete_with_audit(session, actor, m, ENTITY, _FIELDS + ["achieved_on", "evidence"])


def get_milestone(
    session: Session, milestone_id: int, *, actor: Actor, today: date | None = None
) -> MilestoneView:
    require(actor, Permission.VIEW)
    m = get_or_raise(session, Milestone, milestone_id)
    what = QT_TRANSLATE_NOOP("Sites", "Milestone")
    check_record_of_people(session, actor, what, m.id, [m.entrepreneur_id])
    return _view(m, today)


def list_milestones(
    session: Session,
    entrepreneur_id: int,
    *,
    actor: Actor,
    status: MilestoneStatus | str | None = None,
    today: date | None = None,
) -> list[MilestoneView]:
    """One entrepreneur's milestones, by due date."""
    require(actor, Permission.VIEW)
    stmt = select(Milestone).where(Milestone.entrepreneur_id == entrepreneur_id)
    if status is not None:
        v = Validator()
        status = v.choice("status", status, MilestoneStatus)
        v.raise_if_any()
        stmt = stmt.where(Milestone.status == status)
    stmt = stmt.order_by(Milestone.due_on, Milestone.id)
    return [_view(m, today) for m in session.scalars(stmt)]


def count_overdue_milestones(session: Session, *, actor: Actor, today: date | None = None) -> int:
    """Across all entrepreneurs, for the dashboard."""
    require(actor, Permission.VIEW)
    today = today or clock.today()
    stmt = select(func.count(Milestone.id)).where(
        Milestone.status.in_(_OPEN), Milestone.due_on < today
    )
    return session.scalar(stmt) or 0
