"""Coaching sessions and hours per period, topic and coach: the figures the sessions page,
the dashboard and funder reports show. Everything is summed in SQL; nothing here reads the
confidential notes. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from incubator_app.models import (
    Coach,
    CoachingSession,
    CoachingTopic,
    Entrepreneur,
    SessionParticipant,
)
from incubator_app.models.coaching import session_topic
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.coaching.list import site_terms
from incubator_app.services.periods import months_between


@dataclass(frozen=True)
class CoachingTotals:
    sessions: int
    minutes: int
    # Distinct entrepreneurs taking part in those sessions.
    entrepreneurs: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class MonthHours:
    month: date  # first day of the month
    sessions: int
    minutes: int


@dataclass(frozen=True)
class TopicHours:
    topic_id: int
    label: str
    sessions: int
    minutes: int


@dataclass(frozen=True)
class CoachHours:
    coach_id: int
    name: str
    sessions: int
    minutes: int


def totals_for_filter(session: Session, filters: CoachingFilter, *, actor: Actor) -> CoachingTotals:
    """Sessions, minutes and distinct entrepreneurs of the sessions matching `filters`."""
    require(actor, Permission.VIEW)
    cs = CoachingSession
    # count(*), not count(id): the id is never empty, and SQLite need not read it.
    figures = select(func.count(), func.coalesce(func.sum(cs.duration_minutes), 0))
    sites = site_terms(session, actor, filters.site_id)
    if sites:
        # In a network: the sessions the list shows (a site picked, or one's own sites).
        ids = filters.apply(select(cs.id)).where(*sites)
        sessions, minutes = session.execute(filters.apply(figures).where(*sites)).one()
        people = select(func.count(func.distinct(SessionParticipant.entrepreneur_id))).where(
            SessionParticipant.session_id.in_(ids)
        )
        return CoachingTotals(int(sessions), int(minutes), int(session.scalar(people) or 0))
    if filters.topic_only:
        # From the topic's links to their sessions, not a scan of every session.
        figures = (
            figures.select_from(session_topic)
            .join(cs, cs.id == session_topic.c.session_id)
            .where(session_topic.c.topic_id == filters.topic_id)
        )
    else:
        figures = filters.apply(figures)
    sessions, minutes = session.execute(figures).one()
    sessions, minutes = int(sessions), int(minutes)
    if filters.entrepreneur_id is not None:
        # Every matching session has that entrepreneur.
        return CoachingTotals(sessions, minutes, min(sessions, 1))
    return CoachingTotals(sessions, minutes, _distinct_entrepreneurs(session, filters, sessions))


# Above this share of all sessions, distinct entrepreneurs are counted from the entrepreneurs'
# side: each one stops at its first matching session (one or two probes when most sessions
# match), instead of collecting the participants of hundreds of thousands of sessions.
_BROAD_SHARE = 0.3


def _distinct_entrepreneurs(session: Session, filters: CoachingFilter, matching: int) -> int:
    sp = SessionParticipant
    if filters == CoachingFilter():
        return int(session.scalar(select(func.count(func.distinct(sp.entrepreneur_id)))) or 0)
    if matching == 0:
        return 0
    # max(id) stands for the table's size (read from the primary key, no scan); only the
    # strategy depends on it, never the result.
    size = int(session.scalar(select(func.max(CoachingSession.id))) or 0)
    if matching > _BROAD_SHARE * size:
        stmt = select(func.count(Entrepreneur.id)).where(
            select(sp.session_id)
            .join(CoachingSession, CoachingSession.id == sp.session_id)
            .where(sp.entrepreneur_id == Entrepreneur.id, *_session_terms(filters))
            .exists()
        )
    else:
        stmt = select(func.count(func.distinct(sp.entrepreneur_id))).where(
            sp.session_id.in_(filters.session_ids())
        )
    return int(session.scalar(stmt) or 0)


def _session_terms(filters: CoachingFilter) -> list:
    """The filter's terms for a correlated probe of one session (the topic as a link probe)."""
    terms = replace(filters, topic_id=None).conditions()
    if filters.topic_id is not None:
        terms.append(
            select(session_topic.c.session_id)
            .where(
                session_topic.c.session_id == CoachingSession.id,
                session_topic.c.topic_id == filters.topic_id,
            )
            .exists()
        )
    return terms


def coaching_totals(session: Session, start: date, end: date, *, actor: Actor) -> CoachingTotals:
    """Totals of the whole network between two days (inclusive)."""
    return totals_for_filter(session, CoachingFilter(date_from=start, date_to=end), actor=actor)


def hours_per_month(
    session: Session,
    start: date,
    end: date,
    *,
    actor: Actor,
    coach_id: int | None = None,
    entrepreneur_id: int | None = None,
) -> list[MonthHours]:
    """One row per calendar month touching [start, end] (empty months included, as zeros)."""
    require(actor, Permission.VIEW)
    filters = CoachingFilter(
        coach_id=coach_id, entrepreneur_id=entrepreneur_id, date_from=start, date_to=end
    )
    year = extract("year", CoachingSession.session_date)
    month = extract("month", CoachingSession.session_date)
    stmt = filters.apply(
        select(
            year,
            month,
            func.count(CoachingSession.id),
            func.coalesce(func.sum(CoachingSession.duration_minutes), 0),
        )
    ).group_by(year, month)
    found = {(int(y), int(m)): (int(n), int(minutes)) for y, m, n, minutes in session.execute(stmt)}
    return [
        MonthHours(m, *found.get((m.year, m.month), (0, 0))) for m in months_between(start, end)
    ]


def hours_per_topic(session: Session, filters: CoachingFilter, *, actor: Actor) -> list[TopicHours]:
    """Sessions and minutes per topic (a session with two topics counts for both), most first."""
    require(actor, Permission.VIEW)
    minutes = func.coalesce(func.sum(CoachingSession.duration_minutes), 0)
    stmt = (
        filters.apply(
            select(CoachingTopic.id, CoachingTopic.label, func.count(CoachingSession.id), minutes)
            .join(session_topic, session_topic.c.topic_id == CoachingTopic.id)
            .join(CoachingSession, CoachingSession.id == session_topic.c.session_id)
        )
        .group_by(CoachingTopic.id, CoachingTopic.label)
        .order_by(minutes.desc(), CoachingTopic.label)
    )
    return [TopicHours(int(t), label, int(n), int(m)) for t, label, n, m in session.execute(stmt)]


def hours_per_coach(session: Session, filters: CoachingFilter, *, actor: Actor) -> list[CoachHours]:
    """Sessions and minutes per coach, most first."""
    require(actor, Permission.VIEW)
    minutes = func.coalesce(func.sum(CoachingSession.duration_minutes), 0)
    stmt = (
        filters.apply(
            select(Coach.id, Coach.display_name, func.count(CoachingSession.id), minutes).join(
                CoachingSession, CoachingSession.coach_id == Coach.id
            )
        )
        .group_by(Coach.id, Coach.display_name)
        .order_by(minutes.desc(), Coach.display_name)
    )
    return [CoachHours(int(c), name, int(n), int(m)) for c, name, n, m in session.execute(stmt)]
