"""The sessions page's windowed list (services/paging.py): one COUNT, then pages of rows in
SQL order. Rows carry names, not notes: confidential notes never leave
services/coaching/sessions.py.
No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import ColumnElement, bindparam, false, func, or_, select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    Coach,
    CoachingSession,
    CoachingTopic,
    Entrepreneur,
    SessionKind,
    SessionMode,
    SessionParticipant,
)
from incubator_app.models.coaching import session_topic
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.paging import SortOrder, apply_sort, window
from incubator_app.services.sites.scope import visible_sites

# Participants named in a row; a workshop with more shows "+ n".
_NAMED = 3


@dataclass(frozen=True)
class SessionRow:
    id: int
    session_date: date
    start_time: time | None
    duration_minutes: int
    coach_id: int
    coach_name: str
    kind: SessionKind
    mode: SessionMode
    participant_names: tuple[str, ...]
    participant_count: int
    topics: tuple[str, ...]
    summary: str | None
    series_id: str | None


SORT_KEYS = {
    "date": (CoachingSession.session_date, CoachingSession.start_time),
    "coach": Coach.display_name,
    "duration": CoachingSession.duration_minutes,
    "kind": CoachingSession.kind,
    "mode": CoachingSession.mode,
}


# Built once with an expanding bind of the ids: SQLAlchemy would otherwise build a 200-value
# IN for every page (more time than running the statement).
_PARTICIPANTS = (
    select(SessionParticipant.session_id, Entrepreneur.first_name, Entrepreneur.last_name)
    .join(Entrepreneur, Entrepreneur.id == SessionParticipant.entrepreneur_id)
    .where(SessionParticipant.session_id.in_(bindparam("ids", expanding=True)))
    .order_by(SessionParticipant.session_id, Entrepreneur.last_name, Entrepreneur.first_name)
)
_TOPIC_LABELS = (
    select(session_topic.c.session_id, CoachingTopic.label)
    .join(CoachingTopic, CoachingTopic.id == session_topic.c.topic_id)
    .where(session_topic.c.session_id.in_(bindparam("ids", expanding=True)))
    .order_by(session_topic.c.session_id, CoachingTopic.position, CoachingTopic.label)
)


def session_row_details(
    session: Session, ids: Sequence[int]
) -> tuple[dict[int, list[str]], dict[int, int], dict[int, list[str]]]:
    """Participant names (first few), participant counts and topic labels of some sessions."""
    names: dict[int, list[str]] = {i: [] for i in ids}
    counts: dict[int, int] = dict.fromkeys(ids, 0)
    topics: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return names, counts, topics
    people = session.execute(_PARTICIPANTS, {"ids": list(ids)})
    for sid, first, last in people:
        counts[sid] += 1
        if len(names[sid]) < _NAMED:
            names[sid].append(f"{first} {last}")
    labels = session.execute(_TOPIC_LABELS, {"ids": list(ids)})
    for sid, label in labels:
        topics[sid].append(label)
    return names, counts, topics


def rows_for(session: Session, stmt, params: dict | None = None) -> list[SessionRow]:
    """SessionRows for a SELECT of (session columns..., coach name) in its own order."""
    # Plain tuples, read by position (session_row_select's order): named access to each
    # field of 200 rows cost more than the statements.
    found = [tuple(r) for r in session.execute(stmt, params)]
    ids = [r[0] for r in found]
    names, counts, topics = session_row_details(session, ids)
    return [
        SessionRow(
            id=sid,
            session_date=day,
            start_time=start,
            duration_minutes=minutes,
            coach_id=coach_id,
            coach_name=coach_name,
            kind=kind,
            mode=mode,
            participant_names=tuple(names[sid]),
            participant_count=counts[sid],
            topics=tuple(topics[sid]),
            summary=summary,
            series_id=series_id,
        )
        for sid, day, start, minutes, coach_id, coach_name, kind, mode, summary, series_id in found
    ]


def session_row_select():
    cs = CoachingSession
    return select(
        cs.id,
        cs.session_date,
        cs.start_time,
        cs.duration_minutes,
        cs.coach_id,
        Coach.display_name.label("coach_name"),
        cs.kind,
        cs.mode,
        cs.summary,
        cs.series_id,
    ).join(Coach, Coach.id == cs.coach_id)


_PAGE_ROWS = session_row_select().where(CoachingSession.id.in_(bindparam("ids", expanding=True)))


def sessions_of_sites(sites: Sequence[int], *, postgresql: bool) -> ColumnElement[bool]:
    """coaching_session.id is a session of a person of `sites`. Driven from the sites' people
    (entrepreneur's site index, then each person's participations through the
    session_participant index on entrepreneur_id), never from every participant: one site of a
    network of 25 reads its 1/25th. On PostgreSQL the people's ids are an InitPlan array, so
    the planner cannot turn it back into a hash join over every participant."""
    sp = SessionParticipant
    people = select(Entrepreneur.id).where(Entrepreneur.site_id.in_(sites))
    people_term = sp.entrepreneur_id.in_(people)
    if postgresql:
        people_term = sp.entrepreneur_id == func.any(func.array(people.scalar_subquery()))
    return CoachingSession.id.in_(select(sp.session_id).where(people_term))


def site_terms(
    session: Session, actor: Actor, picked: int | None = None
) -> list[ColumnElement[bool]]:
    """WHERE terms on coaching_session for a network: the sessions of the people of the site
    picked (none if it is not the person's), else of the person's own sites plus their own
    sessions; no term for network-level people and single-site installs with nothing picked."""
    sites = visible_sites(session, actor, picked)
    if sites is None:
        return []
    if not sites:
        return [false()]
    of_sites = sessions_of_sites(sites, postgresql=session.get_bind().dialect.name == "postgresql")
    if picked is not None:
        return [of_sites]
    return [or_(CoachingSession.coach_id == (actor.coach_id or -1), of_sites)]


class SessionListSource:
    """Sessions matching a CoachingFilter, newest first by default.

    Sort keys: date, coach, duration, kind, mode."""

    def __init__(self, filters: CoachingFilter, *, actor: Actor) -> None:
        require(actor, Permission.VIEW)
        self.filters = filters
        self.actor = actor
        self._site_terms: list[ColumnElement[bool]] | None = None

    def _sites(self, session: Session) -> list[ColumnElement[bool]]:
        if self._site_terms is None:
            self._site_terms = site_terms(session, self.actor, self.filters.site_id)
        return self._site_terms

    def count(self, session: Session) -> int:
        sites = self._sites(session)
        if sites:
            stmt = self.filters.apply(select(func.count()).select_from(CoachingSession))
            return int(session.scalar(stmt.where(*sites)) or 0)
        if self.filters.topic_only:
            # Index-only on the topic's links (206,000 of them at network scale: ~5 ms).
            stmt = select(func.count()).select_from(self.filters.session_ids().subquery())
        else:
            # count(*), not count(id): SQLite then only counts index entries (2x faster).
            stmt = self.filters.apply(select(func.count()).select_from(CoachingSession))
        return int(session.scalar(stmt) or 0)

    def fetch(self, session: Session, sort: SortOrder, offset: int, limit: int) -> list[SessionRow]:
        if sort.key is not None and sort.key not in SORT_KEYS:
            # Checked here: paging.apply_sort's own message passes `key=` to msg(), which
            # clashes with msg's first parameter.
            raise ValidationError(
                {
                    "sort": msg(
                        QT_TRANSLATE_NOOP("Coaching", "Sessions cannot be sorted by {name}."),
                        name=sort.key,
                    )
                }
            )
        cs = CoachingSession
        # Ids first (from indexes only), then the 200 rows: deep pages and sorts stay cheap.
        ids_stmt = self.filters.apply(select(cs.id), newest_first=sort.key is None)
        ids_stmt = ids_stmt.where(*self._sites(session))
        if sort.key == "coach":
            ids_stmt = ids_stmt.join(Coach, Coach.id == cs.coach_id)
        ids_stmt = apply_sort(
            ids_stmt,
            sort,
            SORT_KEYS,
            default=(cs.session_date.desc(), cs.start_time.desc()),
            tiebreak=cs.id.desc() if sort.key is None else cs.id,
        )
        ids = list(session.scalars(window(ids_stmt, offset, limit)))
        rows = {r.id: r for r in rows_for(session, _PAGE_ROWS, {"ids": ids})}
        return [rows[i] for i in ids if i in rows]
