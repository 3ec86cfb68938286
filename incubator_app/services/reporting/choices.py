"""What the Reports page offers to pick from: grants with their funder, coaching sessions of a day.
(Entrepreneurs are picked with the shared picker: services/coaching/lookup.py.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.models import (
    Coach,
    CoachingSession,
    Funder,
    Grant,
    SessionParticipant,
)
from incubator_app.services.actor import Actor, Permission, require


@dataclass(frozen=True)
class GrantChoice:
    id: int
    reference: str
    title: str
    funder_name: str
    period_start: date
    period_end: date

    @property
    def label(self) -> str:
        return f"{self.reference} — {self.funder_name} — {self.title}"


@dataclass(frozen=True)
class SessionChoice:
    id: int
    session_date: date
    start_time: time | None
    duration_minutes: int
    coach: str
    participants: int


def grant_choices(session: Session, *, actor: Actor) -> list[GrantChoice]:
    """Every grant with its funder's name, newest period first."""
    require(actor, Permission.VIEW)
    stmt = (
        select(
            Grant.id,
            Grant.reference,
            Grant.title,
            Funder.name,
            Grant.period_start,
            Grant.period_end,
        )
        .join(Funder, Funder.id == Grant.funder_id)
        .order_by(Grant.period_start.desc(), Funder.name, Grant.reference)
    )
    return [GrantChoice(*row) for row in session.execute(stmt)]


def sessions_on_day(session: Session, day: date, *, actor: Actor) -> list[SessionChoice]:
    require(actor, Permission.VIEW)
    count = (
        select(func.count())
        .where(SessionParticipant.session_id == CoachingSession.id)
        .scalar_subquery()
    )
    stmt = (
        select(
            CoachingSession.id,
            CoachingSession.session_date,
            CoachingSession.start_time,
            CoachingSession.duration_minutes,
            Coach.display_name,
            count,
        )
        .join(Coach, Coach.id == CoachingSession.coach_id)
        .where(CoachingSession.session_date == day)
        .order_by(CoachingSession.start_time, CoachingSession.id)
    )
    return [SessionChoice(*row) for row in session.execute(stmt)]
