"""Action items and milestones that are due or late: the dashboard's and the reports' lists (no Qt).

Every function takes the reference day `today` (from the clock, `incubator_app.clock.today`) and the
actor: staff, admins and viewers see the whole incubator; a coach sees their own caseload (the
entrepreneurs they are the referent of, and the action items assigned to them). Each list has a
`count_…` twin so a tile can show a total while the list shows only the first rows. Queries
filter on indexed columns (due dates, status, done) and join the entrepreneur for the name only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from incubator_app.models import (
    ActionItem,
    Coach,
    Entrepreneur,
    Milestone,
    MilestoneStatus,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.scope import is_coach_scoped, limited, person_name, scope_entrepreneurs
from incubator_app.services.sites.scope import own_sites_condition

OPEN_MILESTONE = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)


@dataclass(frozen=True)
class OverdueActionRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    assignee_coach_id: int | None
    assignee_name: str | None
    text: str
    due_on: date
    days_late: int
    version_id: int


@dataclass(frozen=True)
class MilestoneDueRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    title: str
    due_on: date
    status: MilestoneStatus
    overdue: bool
    version_id: int


def _scope_actions(stmt: Select, actor: Actor, coach_id: int | None) -> Select:
    stmt = stmt.where(Entrepreneur.archived.is_(False))
    on_my_sites = own_sites_condition(actor, Entrepreneur.site_id)
    if on_my_sites is not None:
        stmt = stmt.where(on_my_sites)
    wanted = [actor.coach_id or -1] if is_coach_scoped(actor) else []
    if coach_id is not None:
        wanted.append(coach_id)
    for coach in wanted:
        # Assigned to the coach, or unassigned on one of the coach's entrepreneurs.
        stmt = stmt.where(
            or_(
                ActionItem.assignee_coach_id == coach,
                and_(
                    ActionItem.assignee_coach_id.is_(None),
                    Entrepreneur.referent_coach_id == coach,
                ),
            )
        )
    return stmt


# Action items -------------------------------------------------------------------------------


def _overdue_actions(columns: list, actor: Actor, today: date, coach_id: int | None) -> Select:
    stmt = (
        select(*columns)
        .select_from(ActionItem)
        .join(Entrepreneur, Entrepreneur.id == ActionItem.entrepreneur_id)
        .where(ActionItem.done.is_(False), ActionItem.due_on < today)
    )
    return _scope_actions(stmt, actor, coach_id)


def overdue_action_items(
    session: Session,
    *,
    actor: Actor,
    today: date,
    coach_id: int | None = None,
    limit: int | None = 50,
) -> list[OverdueActionRow]:
    """Open action items due before `today`, the latest first."""
    require(actor, Permission.VIEW)
    stmt = _overdue_actions(
        [
            ActionItem.id,
            ActionItem.entrepreneur_id,
            Entrepreneur.first_name,
            Entrepreneur.last_name,
            ActionItem.assignee_coach_id,
            Coach.display_name,
            ActionItem.text,
            ActionItem.due_on,
            ActionItem.version_id,
        ],
        actor,
        today,
        coach_id,
    ).outerjoin(Coach, Coach.id == ActionItem.assignee_coach_id)
    stmt = limited(stmt.order_by(ActionItem.due_on.desc(), ActionItem.id.desc()), limit)
    return [
        OverdueActionRow(
            id=r[0],
            entrepreneur_id=r[1],
            entrepreneur_name=person_name(r[2], r[3]),
            assignee_coach_id=r[4],
            assignee_name=r[5],
            text=r[6],
            due_on=r[7],
            days_late=(today - r[7]).days,
            version_id=r[8],
        )
        for r in session.execute(stmt)
    ]


def count_overdue_action_items(
    session: Session, *, actor: Actor, today: date, coach_id: int | None = None
) -> int:
    require(actor, Permission.VIEW)
    stmt = _overdue_actions([func.count(ActionItem.id)], actor, today, coach_id)
    return session.scalar(stmt) or 0


# Milestones ---------------------------------------------------------------------------------


def _open_milestones(
    columns: list, actor: Actor, start: date | None, end: date, coach_id: int | None
) -> Select:
    """Open milestones due in [start, end) (no start: everything before end)."""
    stmt = (
        select(*columns)
        .select_from(Milestone)
        .join(Entrepreneur, Entrepreneur.id == Milestone.entrepreneur_id)
        .where(Milestone.status.in_(OPEN_MILESTONE), Milestone.due_on < end)
    )
    if start is not None:
        stmt = stmt.where(Milestone.due_on >= start)
    return scope_entrepreneurs(stmt, actor, coach_id)


_MILESTONE_COLUMNS = [
    Milestone.id,
    Milestone.entrepreneur_id,
    Entrepreneur.first_name,
    Entrepreneur.last_name,
    Milestone.title,
    Milestone.due_on,
    Milestone.status,
    Milestone.version_id,
]


def _milestone_rows(session: Session, stmt: Select, today: date) -> list[MilestoneDueRow]:
    return [
        MilestoneDueRow(
            id=r[0],
            entrepreneur_id=r[1],
            entrepreneur_name=person_name(r[2], r[3]),
            title=r[4],
            due_on=r[5],
            status=MilestoneStatus(r[6]),
            overdue=r[5] < today,
            version_id=r[7],
        )
        for r in session.execute(stmt)
    ]


def overdue_milestones(
    session: Session,
    *,
    actor: Actor,
    today: date,
    coach_id: int | None = None,
    limit: int | None = 50,
) -> list[MilestoneDueRow]:
    """Planned or in-progress milestones due before `today`, the latest first."""
    require(actor, Permission.VIEW)
    stmt = _open_milestones(_MILESTONE_COLUMNS, actor, None, today, coach_id)
    stmt = limited(stmt.order_by(Milestone.due_on.desc(), Milestone.id.desc()), limit)
    return _milestone_rows(session, stmt, today)


def count_overdue_milestones(
    session: Session, *, actor: Actor, today: date, coach_id: int | None = None
) -> int:
    require(actor, Permission.VIEW)
    stmt = _open_milestones([func.count(Milestone.id)], actor, None, today, coach_id)
    return session.scalar(stmt) or 0


def milestones_due_between(
    session: Session,
    start: date,
    end: date,
    *,
    actor: Actor,
    today: date,
    coach_id: int | None = None,
    limit: int | None = 50,
) -> list[MilestoneDueRow]:
    """Open milestones due from `start` to `end` inclusive, soonest first."""
    require(actor, Permission.VIEW)
    stmt = _open_milestones(_MILESTONE_COLUMNS, actor, start, end + timedelta(days=1), coach_id)
    stmt = limited(stmt.order_by(Milestone.due_on, Milestone.id), limit)
    return _milestone_rows(session, stmt, today)


def count_milestones_due_between(
    session: Session, start: date, end: date, *, actor: Actor, coach_id: int | None = None
) -> int:
    require(actor, Permission.VIEW)
    stmt = _open_milestones(
        [func.count(Milestone.id)], actor, start, end + timedelta(days=1), coach_id
    )
    return session.scalar(stmt) or 0
