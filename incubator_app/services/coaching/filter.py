"""The filter every coaching list, total and statistic shares (coach, entrepreneur, period,
topic, kind, mode); its period quick picks come from services/periods.py. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.sql.elements import ColumnElement

from incubator_app import clock
from incubator_app.models import CoachingSession, SessionKind, SessionMode, SessionParticipant
from incubator_app.models.coaching import session_topic
from incubator_app.services.periods import period_range


@dataclass(frozen=True)
class CoachingFilter:
    """All bounds inclusive; None means "any"."""

    coach_id: int | None = None
    entrepreneur_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    topic_id: int | None = None
    kind: SessionKind | None = None
    mode: SessionMode | None = None
    #: One site picked in a network: the sessions of its people (list.site_terms; the
    #: person's own sites when None).
    site_id: int | None = None

    @classmethod
    def from_keys(cls, today: date | None = None, **filters: Any) -> CoachingFilter:
        """From the page's keys: coach_id, entrepreneur_id, period, date_from, date_to,
        topic_id, kind, mode, site_id (unknown keys ignored; `period` sets both dates)."""
        date_from, date_to = filters.get("date_from"), filters.get("date_to")
        if filters.get("period"):
            picked = period_range(filters["period"], today or clock.today())
            date_from, date_to = (picked.start, picked.last_day) if picked else (None, None)
        kind, mode = filters.get("kind"), filters.get("mode")
        return cls(
            coach_id=filters.get("coach_id"),
            entrepreneur_id=filters.get("entrepreneur_id"),
            date_from=date_from,
            date_to=date_to,
            topic_id=filters.get("topic_id"),
            kind=SessionKind(kind) if kind else None,
            mode=SessionMode(mode) if mode else None,
            site_id=filters.get("site_id"),
        )

    def conditions(self, *, newest_first: bool = False) -> list[ColumnElement[bool]]:
        """WHERE terms on coaching_session (sub-selects use the participant/topic indexes)."""
        cs = CoachingSession
        terms: list[ColumnElement[bool]] = []
        if self.coach_id is not None:
            terms.append(cs.coach_id == self.coach_id)
        if self.date_from is not None:
            terms.append(cs.session_date >= self.date_from)
        if self.date_to is not None:
            terms.append(cs.session_date <= self.date_to)
        if self.kind is not None:
            terms.append(cs.kind == self.kind)
        if self.mode is not None:
            terms.append(cs.mode == self.mode)
        if self.entrepreneur_id is not None:
            terms.append(
                cs.id.in_(
                    select(SessionParticipant.session_id).where(
                        SessionParticipant.entrepreneur_id == self.entrepreneur_id
                    )
                )
            )
        if self.topic_id is not None:
            terms.append(self._topic_condition(newest_first))
        return terms

    def _topic_condition(self, newest_first: bool) -> ColumnElement[bool]:
        cs, st = CoachingSession, session_topic
        if newest_first or self.date_from or self.date_to or self.coach_id or self.entrepreneur_id:
            # Few sessions to look at (other terms, or a first page walked in date order):
            # probe the topic link of each.
            return (
                select(st.c.session_id)
                .where(st.c.session_id == cs.id, st.c.topic_id == self.topic_id)
                .exists()
            )
        # Topic alone (or with kind/mode): walk the topic's sessions, in id order.
        return cs.id.in_(select(st.c.session_id).where(st.c.topic_id == self.topic_id))

    @property
    def topic_only(self) -> bool:
        """Only a topic is chosen: its sessions are its rows in session_topic."""
        return self.topic_id is not None and replace(self, topic_id=None) == CoachingFilter()

    def session_ids(self) -> Select:
        """SELECT of the matching session ids, driven by the topic's links when a topic is
        chosen (the planner may still start from coaching_session's indexes)."""
        cs, st = CoachingSession, session_topic
        if self.topic_id is None:
            return self.apply(select(cs.id))
        if self.topic_only:
            # The foreign key (ON DELETE CASCADE) guarantees every link has its session.
            return select(st.c.session_id).where(st.c.topic_id == self.topic_id)
        rest = replace(self, topic_id=None).conditions()
        return (
            select(st.c.session_id)
            .join(cs, cs.id == st.c.session_id)
            .where(st.c.topic_id == self.topic_id, *rest)
        )

    def apply(self, stmt: Select, *, newest_first: bool = False) -> Select:
        terms = self.conditions(newest_first=newest_first)
        return stmt.where(*terms) if terms else stmt
