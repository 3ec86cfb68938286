"""Attendance data: sign-in sheets (feuilles d'émargement) for a coaching session or a whole day,
and the monthly attendance summary per entrepreneur. Plain frozen dataclasses, no notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from incubator_app.models import (
    Coach,
    CoachingSession,
    CoachingTopic,
    Entrepreneur,
    IncubatorProfile,
    SessionParticipant,
    session_topic,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import get_or_raise


@dataclass(frozen=True)
class SheetParticipant:
    entrepreneur_id: int
    name: str
    project_name: str | None


@dataclass(frozen=True)
class SheetSession:
    session_id: int
    session_date: date
    start_time: time | None
    end_time: time | None
    duration_minutes: int
    coach: str
    kind: str
    mode: str
    topics: tuple[str, ...]
    participants: tuple[SheetParticipant, ...]


@dataclass(frozen=True)
class AttendanceSheetData:
    incubator_name: str
    logo_png: bytes | None
    day: date
    sessions: tuple[SheetSession, ...]  # one sheet (page) per session; empty for a quiet day


@dataclass(frozen=True)
class AttendanceSummaryRow:
    entrepreneur_id: int
    name: str
    project_name: str | None
    sessions: int
    attended: int
    missed: int
    attended_minutes: int


@dataclass(frozen=True)
class AttendanceSummaryData:
    incubator_name: str
    logo_png: bytes | None
    month: date  # first day of the month
    rows: tuple[AttendanceSummaryRow, ...]

    @property
    def total_minutes(self) -> int:
        return sum(r.attended_minutes for r in self.rows)


def _incubator(session: Session) -> tuple[str, bytes | None]:
    row = session.execute(select(IncubatorProfile.name, IncubatorProfile.logo_png)).first()
    return (row.name, row.logo_png) if row else ("", None)


def _end_time(start: time | None, minutes: int) -> time | None:
    if start is None:
        return None
    return (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()


def attendance_sheet_data(
    session: Session,
    *,
    actor: Actor,
    session_id: int | None = None,
    day: date | None = None,
) -> AttendanceSheetData:
    """The sheet of one coaching session (`session_id`), or of every session on `day`.
    Participants are everyone expected (attended or not): the sheet is printed to be signed."""
    require(actor, Permission.VIEW)
    if session_id is not None:
        coaching = get_or_raise(session, CoachingSession, session_id)
        day = coaching.session_date
        where = CoachingSession.id == session_id
    elif day is not None:
        where = CoachingSession.session_date == day
    else:
        raise ValueError("attendance_sheet_data needs session_id or day")
    rows = session.execute(
        select(
            CoachingSession.id,
            CoachingSession.session_date,
            CoachingSession.start_time,
            CoachingSession.duration_minutes,
            CoachingSession.kind,
            CoachingSession.mode,
            Coach.display_name,
        )
        .join(Coach, Coach.id == CoachingSession.coach_id)
        .where(where)
        .order_by(CoachingSession.start_time, CoachingSession.id)
    ).all()
    ids = [r.id for r in rows]
    people: dict[int, list[SheetParticipant]] = {}
    topics: dict[int, list[str]] = {}
    if ids:
        for sid, eid, first, last, project in session.execute(
            select(
                SessionParticipant.session_id,
                Entrepreneur.id,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                Entrepreneur.project_name,
            )
            .join(Entrepreneur, Entrepreneur.id == SessionParticipant.entrepreneur_id)
            .where(SessionParticipant.session_id.in_(ids))
            .order_by(Entrepreneur.last_name, Entrepreneur.first_name, Entrepreneur.id)
        ):
            people.setdefault(sid, []).append(SheetParticipant(eid, f"{first} {last}", project))
        for sid, label in session.execute(
            select(session_topic.c.session_id, CoachingTopic.label)
            .join(CoachingTopic, CoachingTopic.id == session_topic.c.topic_id)
            .where(session_topic.c.session_id.in_(ids))
            .order_by(CoachingTopic.position, CoachingTopic.label)
        ):
            topics.setdefault(sid, []).append(label)
    name, logo = _incubator(session)
    return AttendanceSheetData(
        incubator_name=name,
        logo_png=logo,
        day=day,
        sessions=tuple(
            SheetSession(
                session_id=r.id,
                session_date=r.session_date,
                start_time=r.start_time,
                end_time=_end_time(r.start_time, r.duration_minutes),
                duration_minutes=r.duration_minutes,
                coach=r.display_name,
                kind=r.kind.value,
                mode=r.mode.value,
                topics=tuple(topics.get(r.id, ())),
                participants=tuple(people.get(r.id, ())),
            )
            for r in rows
        ),
    )


def attendance_summary_data(
    session: Session, month: date, *, actor: Actor, entrepreneur_id: int | None = None
) -> AttendanceSummaryData:
    """Per entrepreneur, for the month holding `month`: sessions they were expected at, attended,
    missed, and hours attended (computed in SQL)."""
    require(actor, Permission.VIEW)
    first = month.replace(day=1)
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    attended = SessionParticipant.attended.is_(True)
    stmt = (
        select(
            Entrepreneur.id,
            Entrepreneur.first_name,
            Entrepreneur.last_name,
            Entrepreneur.project_name,
            func.count(),
            func.sum(case((attended, 1), else_=0)),
            func.sum(case((attended, CoachingSession.duration_minutes), else_=0)),
        )
        .select_from(SessionParticipant)
        .join(CoachingSession, CoachingSession.id == SessionParticipant.session_id)
        .join(Entrepreneur, Entrepreneur.id == SessionParticipant.entrepreneur_id)
        .where(CoachingSession.session_date >= first, CoachingSession.session_date < after)
        .group_by(
            Entrepreneur.id,
            Entrepreneur.first_name,
            Entrepreneur.last_name,
            Entrepreneur.project_name,
        )
        .order_by(Entrepreneur.last_name, Entrepreneur.first_name, Entrepreneur.id)
    )
    if entrepreneur_id is not None:
        get_or_raise(session, Entrepreneur, entrepreneur_id)
        stmt = stmt.where(Entrepreneur.id == entrepreneur_id)
    rows = tuple(
        AttendanceSummaryRow(
            entrepreneur_id=eid,
            name=f"{fn} {ln}",
            project_name=project,
            sessions=int(n),
            attended=int(a or 0),
            missed=int(n) - int(a or 0),
            attended_minutes=int(minutes or 0),
        )
        for eid, fn, ln, project, n, a, minutes in session.execute(stmt)
    )
    name, logo = _incubator(session)
    return AttendanceSummaryData(incubator_name=name, logo_png=logo, month=first, rows=rows)
