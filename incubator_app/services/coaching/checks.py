"""Checks run before a session is saved: the same session logged twice by mistake (same coach,
same entrepreneur, same day, overlapping time). The UI warns and lets the user go on. No Qt."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.models import CoachingSession, SessionParticipant
from incubator_app.services.actor import Actor, Permission, require


@dataclass(frozen=True)
class OverlappingSession:
    id: int
    session_date: date
    start_time: time | None
    duration_minutes: int
    coach_id: int
    summary: str | None


def _span(day: date, start: time | None, minutes: int) -> tuple[datetime, datetime] | None:
    if start is None:
        return None
    begin = datetime.combine(day, start)
    return begin, begin + timedelta(minutes=minutes)


def _overlap(a: tuple[datetime, datetime] | None, b: tuple[datetime, datetime] | None) -> bool:
    # Without a time of day on either side, the same day is already suspicious.
    if a is None or b is None:
        return True
    return a[0] < b[1] and b[0] < a[1]


def find_overlapping_sessions(
    session: Session,
    *,
    coach_id: int,
    entrepreneur_ids: Iterable[int],
    session_date: date,
    start_time: time | None,
    duration_minutes: int,
    exclude_session_id: int | None = None,
    actor: Actor,
) -> list[OverlappingSession]:
    """Sessions of this coach on this day, with one of these entrepreneurs, whose time overlaps
    [start, start + duration) (a session without a time overlaps any time that day)."""
    require(actor, Permission.VIEW)
    people = sorted(set(entrepreneur_ids))
    if not people:
        return []
    stmt = (
        select(CoachingSession)
        .where(
            CoachingSession.coach_id == coach_id,
            CoachingSession.session_date == session_date,
            CoachingSession.id.in_(
                select(SessionParticipant.session_id).where(
                    SessionParticipant.entrepreneur_id.in_(people)
                )
            ),
        )
        .order_by(CoachingSession.start_time, CoachingSession.id)
    )
    if exclude_session_id is not None:
        stmt = stmt.where(CoachingSession.id != exclude_session_id)
    wanted = _span(session_date, start_time, max(int(duration_minutes or 0), 1))
    return [
        OverlappingSession(
            o.id, o.session_date, o.start_time, o.duration_minutes, o.coach_id, o.summary
        )
        for o in session.scalars(stmt)
        if _overlap(wanted, _span(o.session_date, o.start_time, o.duration_minutes))
    ]
