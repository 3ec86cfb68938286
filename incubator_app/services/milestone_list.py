"""Windowed lists (services/paging.py) of milestones and of action items, across entrepreneurs.

    source = MilestoneListSource(actor, today=..., due="overdue", coach_id=3)
    source.count(session); source.fetch(session, SortOrder("due_on"), 0, 200)

Filters: `due` ("overdue", "this_month", "next_30_days" or None), `status` (a MilestoneStatus,
"open" for planned + in progress, or None), `coach_id` (the entrepreneur's referent coach),
`cohort_id`, `entrepreneur_id`. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    ActionItem,
    Coach,
    CoachingSession,
    Cohort,
    Entrepreneur,
    Milestone,
    MilestoneStatus,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.paging import SortOrder, apply_sort, window

OPEN = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)
DUE_FILTERS = ("overdue", "this_month", "next_30_days")
ACTION_STATES = ("open", "overdue", "done", "all")


def _bad(field_name: str, value: Any) -> ValidationError:
    return ValidationError(
        {
            field_name: msg(
                QT_TRANSLATE_NOOP("Validation", "Unknown filter value {value}."), value=value
            )
        }
    )


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    project_name: str | None
    coach_name: str | None
    cohort_name: str | None
    title: str
    category: str | None
    due_on: date
    status: MilestoneStatus
    achieved_on: date | None
    evidence: str | None
    overdue: bool
    version_id: int


@dataclass(frozen=True)
class MilestoneListSource:
    actor: Actor
    today: date
    due: str | None = None
    status: MilestoneStatus | str | None = "open"
    coach_id: int | None = None
    cohort_id: int | None = None
    entrepreneur_id: int | None = None

    def __post_init__(self) -> None:
        require(self.actor, Permission.VIEW)
        if self.due is not None and self.due not in DUE_FILTERS:
            raise _bad("due", self.due)
        if self.status not in (None, "open"):
            try:
                object.__setattr__(self, "status", MilestoneStatus(self.status))
            except ValueError:
                raise _bad("status", self.status) from None

    def _where(self, stmt: Select) -> Select:
        stmt = stmt.where(Entrepreneur.archived.is_(False))
        if self.status == "open":
            stmt = stmt.where(Milestone.status.in_(OPEN))
        elif self.status is not None:
            stmt = stmt.where(Milestone.status == self.status)
        if self.due == "overdue":
            stmt = stmt.where(Milestone.status.in_(OPEN), Milestone.due_on < self.today)
        elif self.due == "this_month":
            first = self.today.replace(day=1)
            stmt = stmt.where(
                Milestone.due_on >= first, Milestone.due_on < first + relativedelta(months=1)
            )
        elif self.due == "next_30_days":
            stmt = stmt.where(
                Milestone.due_on >= self.today,
                Milestone.due_on <= self.today + timedelta(days=30),
            )
        if self.coach_id is not None:
            stmt = stmt.where(Entrepreneur.referent_coach_id == self.coach_id)
        if self.cohort_id is not None:
            stmt = stmt.where(Entrepreneur.cohort_id == self.cohort_id)
        if self.entrepreneur_id is not None:
            stmt = stmt.where(Milestone.entrepreneur_id == self.entrepreneur_id)
        return stmt

    def count(self, session: Session) -> int:
        stmt = self._where(
            select(func.count(Milestone.id)).join(
                Entrepreneur, Entrepreneur.id == Milestone.entrepreneur_id
            )
        )
        return session.scalar(stmt) or 0

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> list[MilestoneRow]:
        stmt = self._where(
            select(
                Milestone,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                Entrepreneur.project_name,
                Coach.display_name,
                Cohort.name,
            )
            .join(Entrepreneur, Entrepreneur.id == Milestone.entrepreneur_id)
            .outerjoin(Coach, Coach.id == Entrepreneur.referent_coach_id)
            .outerjoin(Cohort, Cohort.id == Entrepreneur.cohort_id)
        )
        stmt = apply_sort(
            stmt,
            sort,
            {
                "due_on": Milestone.due_on,
                "title": Milestone.title,
                "entrepreneur": (Entrepreneur.last_name, Entrepreneur.first_name),
                "coach": Coach.display_name,
                "cohort": Cohort.name,
                "status": Milestone.status,
                "achieved_on": Milestone.achieved_on,
            },
            default=[Milestone.due_on],
            tiebreak=Milestone.id,
        )
        rows = []
        for m, first, last, project, coach, cohort in session.execute(window(stmt, offset, limit)):
            rows.append(
                MilestoneRow(
                    id=m.id,
                    entrepreneur_id=m.entrepreneur_id,
                    entrepreneur_name=f"{first} {last}",
                    project_name=project,
                    coach_name=coach,
                    cohort_name=cohort,
                    title=m.title,
                    category=m.category,
                    due_on=m.due_on,
                    status=m.status,
                    achieved_on=m.achieved_on,
                    evidence=m.evidence,
                    overdue=m.status in OPEN and m.due_on < self.today,
                    version_id=m.version_id,
                )
            )
        return rows


@dataclass(frozen=True)
class ActionItemRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    assignee_coach_id: int | None
    assignee_name: str | None
    text: str
    due_on: date | None
    done: bool
    done_on: date | None
    session_date: date | None
    overdue: bool
    version_id: int


@dataclass(frozen=True)
class ActionItemListSource:
    """Action items across entrepreneurs. `coach_id` keeps the items assigned to that coach;
    `state` is "open" (default), "overdue", "done" or "all"."""

    actor: Actor
    today: date
    state: str = "open"
    coach_id: int | None = None
    entrepreneur_id: int | None = None

    def __post_init__(self) -> None:
        require(self.actor, Permission.VIEW)
        if self.state not in ACTION_STATES:
            raise _bad("state", self.state)

    def _where(self, stmt: Select) -> Select:
        stmt = stmt.where(Entrepreneur.archived.is_(False))
        if self.state in ("open", "overdue"):
            stmt = stmt.where(ActionItem.done.is_(False))
        if self.state == "overdue":
            stmt = stmt.where(ActionItem.due_on < self.today)
        elif self.state == "done":
            stmt = stmt.where(ActionItem.done.is_(True))
        if self.coach_id is not None:
            stmt = stmt.where(ActionItem.assignee_coach_id == self.coach_id)
        if self.entrepreneur_id is not None:
            stmt = stmt.where(ActionItem.entrepreneur_id == self.entrepreneur_id)
        return stmt

    def count(self, session: Session) -> int:
        stmt = self._where(
            select(func.count(ActionItem.id)).join(
                Entrepreneur, Entrepreneur.id == ActionItem.entrepreneur_id
            )
        )
        return session.scalar(stmt) or 0

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> list[ActionItemRow]:
        assignee = aliased(Coach)
        stmt = self._where(
            select(
                ActionItem,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                assignee.display_name,
                CoachingSession.session_date,
            )
            .join(Entrepreneur, Entrepreneur.id == ActionItem.entrepreneur_id)
            .outerjoin(assignee, assignee.id == ActionItem.assignee_coach_id)
            .outerjoin(CoachingSession, CoachingSession.id == ActionItem.session_id)
        )
        # Items without a due date after the dated ones (apply_sort puts empty values last).
        stmt = apply_sort(
            stmt,
            sort,
            {
                "due_on": ActionItem.due_on,
                "text": ActionItem.text,
                "entrepreneur": (Entrepreneur.last_name, Entrepreneur.first_name),
                "assignee": assignee.display_name,
                "done_on": ActionItem.done_on,
            },
            default=[ActionItem.due_on.is_(None), ActionItem.due_on],
            tiebreak=ActionItem.id,
        )
        rows = []
        for item, first, last, coach, session_date in session.execute(window(stmt, offset, limit)):
            rows.append(
                ActionItemRow(
                    id=item.id,
                    entrepreneur_id=item.entrepreneur_id,
                    entrepreneur_name=f"{first} {last}",
                    assignee_coach_id=item.assignee_coach_id,
                    assignee_name=coach,
                    text=item.text,
                    due_on=item.due_on,
                    done=item.done,
                    done_on=item.done_on,
                    session_date=session_date,
                    overdue=bool(
                        not item.done and item.due_on is not None and item.due_on < self.today
                    ),
                    version_id=item.version_id,
                )
            )
        return rows
