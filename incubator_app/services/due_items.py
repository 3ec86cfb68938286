"""What is due or late: the dashboard's and the reports' lists (no Qt).

Every function takes the reference day `today` (the demo world lives around 2026-11-01) and the
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
    FollowUpCheckpoint,
    Milestone,
    MilestoneStatus,
    Role,
    SupportContract,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.contract_status import CONTRACT_WARNING_DAYS, ending_soon_condition

OPEN_MILESTONE = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)
CONTRACT_ENDING_DAYS = CONTRACT_WARNING_DAYS


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


@dataclass(frozen=True)
class ContractEndingRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    end_date: date
    renewals: int
    days_left: int


@dataclass(frozen=True)
class FollowUpDueRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    months_after_exit: int
    due_on: date
    version_id: int


def person_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def is_coach_scoped(actor: Actor) -> bool:
    """A coach account sees its own caseload; everyone else the whole incubator."""
    return actor.role is Role.COACH


def scope_entrepreneurs(
    stmt: Select, actor: Actor, coach_id: int | None = None, *, include_archived: bool = False
) -> Select:
    """Narrows a statement that joins Entrepreneur to the actor's caseload (and `coach_id`)."""
    if not include_archived:
        stmt = stmt.where(Entrepreneur.archived.is_(False))
    if is_coach_scoped(actor):
        stmt = stmt.where(Entrepreneur.referent_coach_id == (actor.coach_id or -1))
    if coach_id is not None:
        stmt = stmt.where(Entrepreneur.referent_coach_id == coach_id)
    return stmt


def _scope_actions(stmt: Select, actor: Actor, coach_id: int | None) -> Select:
    stmt = stmt.where(Entrepreneur.archived.is_(False))
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


def _limited(stmt: Select, limit: int | None) -> Select:
    return stmt if limit is None else stmt.limit(max(0, limit))


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
    stmt = _limited(stmt.order_by(ActionItem.due_on.desc(), ActionItem.id.desc()), limit)
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
    stmt = _limited(stmt.order_by(Milestone.due_on.desc(), Milestone.id.desc()), limit)
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
    stmt = _limited(stmt.order_by(Milestone.due_on, Milestone.id), limit)
    return _milestone_rows(session, stmt, today)


def count_milestones_due_between(
    session: Session, start: date, end: date, *, actor: Actor, coach_id: int | None = None
) -> int:
    require(actor, Permission.VIEW)
    stmt = _open_milestones(
        [func.count(Milestone.id)], actor, start, end + timedelta(days=1), coach_id
    )
    return session.scalar(stmt) or 0


# Contracts and follow-ups -------------------------------------------------------------------


def _contracts_ending(
    columns: list, actor: Actor, today: date, within_days: int, coach_id: int | None
) -> Select:
    stmt = (
        select(*columns)
        .select_from(SupportContract)
        .join(Entrepreneur, Entrepreneur.id == SupportContract.entrepreneur_id)
        .where(ending_soon_condition(today, within_days))
    )
    return scope_entrepreneurs(stmt, actor, coach_id)


def contracts_ending(
    session: Session,
    *,
    actor: Actor,
    today: date,
    within_days: int = CONTRACT_ENDING_DAYS,
    coach_id: int | None = None,
    limit: int | None = 50,
) -> list[ContractEndingRow]:
    """Running contracts whose end falls in the next `within_days` days, soonest first."""
    require(actor, Permission.VIEW)
    stmt = _contracts_ending(
        [
            SupportContract.id,
            SupportContract.entrepreneur_id,
            Entrepreneur.first_name,
            Entrepreneur.last_name,
            SupportContract.end_date,
            SupportContract.renewals,
        ],
        actor,
        today,
        within_days,
        coach_id,
    )
    stmt = _limited(stmt.order_by(SupportContract.end_date, SupportContract.id), limit)
    return [
        ContractEndingRow(
            id=r[0],
            entrepreneur_id=r[1],
            entrepreneur_name=person_name(r[2], r[3]),
            end_date=r[4],
            renewals=r[5],
            days_left=(r[4] - today).days,
        )
        for r in session.execute(stmt)
    ]


def count_contracts_ending(
    session: Session,
    *,
    actor: Actor,
    today: date,
    within_days: int = CONTRACT_ENDING_DAYS,
    coach_id: int | None = None,
) -> int:
    require(actor, Permission.VIEW)
    stmt = _contracts_ending([func.count(SupportContract.id)], actor, today, within_days, coach_id)
    return session.scalar(stmt) or 0


def _follow_ups_due(
    columns: list, actor: Actor, today: date, within_days: int, coach_id: int | None
) -> Select:
    stmt = (
        select(*columns)
        .select_from(FollowUpCheckpoint)
        .join(Entrepreneur, Entrepreneur.id == FollowUpCheckpoint.entrepreneur_id)
        .where(
            FollowUpCheckpoint.checked_on.is_(None),
            FollowUpCheckpoint.due_on <= today + timedelta(days=within_days),
        )
    )
    return scope_entrepreneurs(stmt, actor, coach_id)


def follow_ups_due(
    session: Session,
    *,
    actor: Actor,
    today: date,
    within_days: int = 0,
    coach_id: int | None = None,
    limit: int | None = 50,
) -> list[FollowUpDueRow]:
    """Follow-up checkpoints not yet answered and due by `today` (+ `within_days`), oldest
    first: the "people to call" list."""
    require(actor, Permission.VIEW)
    stmt = _follow_ups_due(
        [
            FollowUpCheckpoint.id,
            FollowUpCheckpoint.entrepreneur_id,
            Entrepreneur.first_name,
            Entrepreneur.last_name,
            FollowUpCheckpoint.months_after_exit,
            FollowUpCheckpoint.due_on,
            FollowUpCheckpoint.version_id,
        ],
        actor,
        today,
        within_days,
        coach_id,
    )
    stmt = _limited(stmt.order_by(FollowUpCheckpoint.due_on, FollowUpCheckpoint.id), limit)
    return [
        FollowUpDueRow(
            id=r[0],
            entrepreneur_id=r[1],
            entrepreneur_name=person_name(r[2], r[3]),
            months_after_exit=r[4],
            due_on=r[5],
            version_id=r[6],
        )
        for r in session.execute(stmt)
    ]


def count_follow_ups_due(
    session: Session,
    *,
    actor: Actor,
    today: date,
    within_days: int = 0,
    coach_id: int | None = None,
) -> int:
    require(actor, Permission.VIEW)
    stmt = _follow_ups_due([func.count(FollowUpCheckpoint.id)], actor, today, within_days, coach_id)
    return session.scalar(stmt) or 0
