"""What is due on the entrepreneurs' side: support contracts ending soon, contracts past their
end whose stage is still to update, and follow-up calls after an exit (no Qt). The dashboard and
the reports' lists read them; `count_…` twins give the tile totals. A coach sees their own
caseload (services/scope.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from incubator_app.models import Entrepreneur, FollowUpCheckpoint, SupportContract
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.contract_status import (
    CONTRACT_WARNING_DAYS,
    ending_soon_condition,
    past_end_condition,
)
from incubator_app.services.scope import limited, person_name, scope_entrepreneurs

CONTRACT_ENDING_DAYS = CONTRACT_WARNING_DAYS


@dataclass(frozen=True)
class ContractEndingRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    end_date: date
    renewals: int
    days_left: int


@dataclass(frozen=True)
class ContractPastEndRow:
    """A contract still open after its end date: the person's stage is still to update
    (graduation, exit or a renewal)."""

    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    end_date: date
    renewals: int
    days_past: int


@dataclass(frozen=True)
class FollowUpDueRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    months_after_exit: int
    due_on: date
    version_id: int


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
    stmt = limited(stmt.order_by(SupportContract.end_date, SupportContract.id), limit)
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


def _contracts_past_end(columns: list, actor: Actor, today: date, coach_id: int | None) -> Select:
    stmt = (
        select(*columns)
        .select_from(SupportContract)
        .join(Entrepreneur, Entrepreneur.id == SupportContract.entrepreneur_id)
        .where(past_end_condition(today))
    )
    return scope_entrepreneurs(stmt, actor, coach_id)


def contracts_past_end(
    session: Session,
    *,
    actor: Actor,
    today: date,
    coach_id: int | None = None,
    limit: int | None = 50,
) -> list[ContractPastEndRow]:
    """Contracts whose end date has passed while they are still open (nobody graduated,
    exited or renewed the person), the longest overdue first."""
    require(actor, Permission.VIEW)
    stmt = _contracts_past_end(
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
        coach_id,
    )
    stmt = limited(stmt.order_by(SupportContract.end_date, SupportContract.id), limit)
    return [
        ContractPastEndRow(
            id=r[0],
            entrepreneur_id=r[1],
            entrepreneur_name=person_name(r[2], r[3]),
            end_date=r[4],
            renewals=r[5],
            days_past=(today - r[4]).days,
        )
        for r in session.execute(stmt)
    ]


def count_contracts_past_end(
    session: Session, *, actor: Actor, today: date, coach_id: int | None = None
) -> int:
    require(actor, Permission.VIEW)
    stmt = _contracts_past_end([func.count(SupportContract.id)], actor, today, coach_id)
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
    stmt = limited(stmt.order_by(FollowUpCheckpoint.due_on, FollowUpCheckpoint.id), limit)
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
