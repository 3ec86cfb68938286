"""The events section of the funder report: the workshops, trainings and meetings attributed to
a grant (grant_event) that took place in the period, by kind.

Definitions (one place, the report prints them):
- an event *held* in the period: attributed to the grant, not cancelled, starting in
  [start, end] (both days included, in the incubator's zone) and already started;
- *places* are the places registered people held (registered, attended or absent);
- *participants* are the places of the registrations marked attended;
- the *attendance rate* is participants over the places marked (attended + absent);
- *hours delivered* add each event's length once; *participant hours* add its length for each
  participant (a 3-hour workshop with 4 participants counts 3 h delivered, 12 participant hours);
- *answers* are the participants' evaluations recorded (services/events/evaluations.py), and the
  *average satisfaction* their mean score from 1 to 5 (over all answers, not per event).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import Event, EventEvaluation, Registration, grant_event
from incubator_app.models.vocabulary import EventKind, RegistrationStatus
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.events.places import as_utc

S = RegistrationStatus


@dataclass(frozen=True)
class EventKindFigures:
    kind: EventKind
    events: int
    places: int
    participants: int
    absent: int
    minutes: int  # delivered
    participant_minutes: int
    answers: int = 0  # evaluations recorded
    satisfaction_sum: int = 0

    @property
    def attendance_bp(self) -> int | None:
        """Participants over places marked, in basis points (None when nothing was marked)."""
        marked = self.participants + self.absent
        return round(10_000 * self.participants / marked) if marked else None

    @property
    def average_satisfaction(self) -> float | None:
        return self.satisfaction_sum / self.answers if self.answers else None


@dataclass(frozen=True)
class EventFigures:
    period_start: date
    period_end: date
    by_kind: tuple[EventKindFigures, ...]

    @property
    def total(self) -> EventKindFigures | None:
        if not self.by_kind:
            return None
        rows = self.by_kind
        return EventKindFigures(
            kind=rows[0].kind,
            events=sum(r.events for r in rows),
            places=sum(r.places for r in rows),
            participants=sum(r.participants for r in rows),
            absent=sum(r.absent for r in rows),
            minutes=sum(r.minutes for r in rows),
            participant_minutes=sum(r.participant_minutes for r in rows),
            answers=sum(r.answers for r in rows),
            satisfaction_sum=sum(r.satisfaction_sum for r in rows),
        )


@dataclass(frozen=True)
class EventRow:
    """One event held in the period under the grant (the funder workbook's Events sheet)."""

    id: int
    title: str
    kind: EventKind
    starts_at: datetime  # aware, UTC
    minutes: int
    places: int
    participants: int
    absent: int
    answers: int = 0
    satisfaction_sum: int = 0

    @property
    def attendance_bp(self) -> int | None:
        marked = self.participants + self.absent
        return round(10_000 * self.participants / marked) if marked else None

    @property
    def average_satisfaction(self) -> float | None:
        return self.satisfaction_sum / self.answers if self.answers else None


def _instant(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=clock.zone())


def event_rows(
    session: Session, grant_id: int, start: date, end: date, *, actor: Actor
) -> list[EventRow]:
    """The events held in the period under the grant, by date (the definitions above)."""
    require(actor, Permission.VIEW)
    low = as_utc(_instant(start))
    high = min(as_utc(_instant(end + timedelta(days=1))), clock.now_utc())
    place_sum = func.coalesce(
        func.sum(
            case(
                (
                    Registration.status.in_((S.REGISTERED, S.ATTENDED, S.ABSENT)),
                    Registration.party_size,
                ),
                else_=0,
            )
        ),
        0,
    )
    attended = func.coalesce(
        func.sum(case((Registration.status == S.ATTENDED, Registration.party_size), else_=0)), 0
    )
    absent = func.coalesce(
        func.sum(case((Registration.status == S.ABSENT, Registration.party_size), else_=0)), 0
    )
    answers = func.count(EventEvaluation.id)
    satisfaction = func.coalesce(func.sum(EventEvaluation.satisfaction), 0)
    per_event = (
        select(
            Event.id,
            Event.title,
            Event.kind,
            Event.starts_at,
            Event.ends_at,
            place_sum,
            attended,
            absent,
            answers,
            satisfaction,
        )
        .join(grant_event, grant_event.c.event_id == Event.id)
        .outerjoin(Registration, Registration.event_id == Event.id)
        # At most one evaluation per registration: the sums above are not multiplied.
        .outerjoin(EventEvaluation, EventEvaluation.registration_id == Registration.id)
        .where(
            grant_event.c.grant_id == grant_id,
            Event.cancelled.is_(False),
            Event.starts_at >= low,
            Event.starts_at < high,
        )
        .group_by(Event.id, Event.title, Event.kind, Event.starts_at, Event.ends_at)
        .order_by(Event.starts_at, Event.id)
    )
    return [
        EventRow(
            id=event_id,
            title=title,
            kind=kind,
            starts_at=as_utc(starts),
            minutes=int((as_utc(ends) - as_utc(starts)).total_seconds() // 60),
            places=int(places),
            participants=int(present),
            absent=int(away),
            answers=int(count),
            satisfaction_sum=int(score),
        )
        for event_id, title, kind, starts, ends, places, present, away, count, score in (
            session.execute(per_event)
        )
    ]


def figures_of(rows: list[EventRow], start: date, end: date) -> EventFigures:
    """The by-kind figures of the PDF, added up from the same rows as the workbook's sheet."""
    totals: dict[EventKind, list[int]] = {}
    for r in rows:
        row = totals.setdefault(r.kind, [0, 0, 0, 0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += r.places
        row[2] += r.participants
        row[3] += r.absent
        row[4] += r.minutes
        row[5] += r.minutes * r.participants
        row[6] += r.answers
        row[7] += r.satisfaction_sum
    order = list(EventKind)
    return EventFigures(
        period_start=start,
        period_end=end,
        by_kind=tuple(
            EventKindFigures(kind, *totals[kind]) for kind in sorted(totals, key=order.index)
        ),
    )


def event_figures(
    session: Session, grant_id: int, start: date, end: date, *, actor: Actor
) -> EventFigures:
    return figures_of(event_rows(session, grant_id, start, end, actor=actor), start, end)
