"""What the Reports page offers to pick from: entrepreneurs by typed name (a few at a time, never
the whole table), grants with their funder, coaching sessions of a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from incubator_app.models import (
    Coach,
    CoachingSession,
    Entrepreneur,
    Funder,
    Grant,
    SessionParticipant,
)
from incubator_app.services.actor import Actor, Permission, require

SEARCH_LIMIT = 20


@dataclass(frozen=True)
class EntrepreneurChoice:
    id: int
    first_name: str
    last_name: str
    project_name: str | None

    @property
    def label(self) -> str:
        name = f"{self.first_name} {self.last_name}"
        return f"{name} — {self.project_name}" if self.project_name else name


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


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_entrepreneurs(
    session: Session, text: str, *, actor: Actor, limit: int = SEARCH_LIMIT
) -> list[EntrepreneurChoice]:
    """Up to `limit` entrepreneurs whose first name, last name, "first last", "last first" or
    project starts with `text` (case-insensitive), by name. Empty text: nothing."""
    require(actor, Permission.VIEW)
    words = " ".join(text.split()).lower()
    if not words:
        return []
    pattern = _like_escape(words) + "%"
    first, last = func.lower(Entrepreneur.first_name), func.lower(Entrepreneur.last_name)
    stmt = (
        select(
            Entrepreneur.id,
            Entrepreneur.first_name,
            Entrepreneur.last_name,
            Entrepreneur.project_name,
        )
        .where(
            or_(
                first.like(pattern, escape="\\"),
                last.like(pattern, escape="\\"),
                (first + " " + last).like(pattern, escape="\\"),
                (last + " " + first).like(pattern, escape="\\"),
                func.lower(Entrepreneur.project_name).like(pattern, escape="\\"),
            )
        )
        .order_by(last, first, Entrepreneur.id)
        .limit(max(1, min(limit, 100)))
    )
    return [EntrepreneurChoice(*row) for row in session.execute(stmt)]


def entrepreneur_choice(session: Session, entrepreneur_id: int, *, actor: Actor):
    require(actor, Permission.VIEW)
    row = session.execute(
        select(
            Entrepreneur.id,
            Entrepreneur.first_name,
            Entrepreneur.last_name,
            Entrepreneur.project_name,
        ).where(Entrepreneur.id == entrepreneur_id)
    ).first()
    return EntrepreneurChoice(*row) if row else None


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
