"""The promotion step for every event that needs it, and the reminders two days before.

Runs at app start, after changes, on a timer while the app is open and with
`incubator-app event tick`: no server is needed for offers to expire. Each event is handled in
its own transaction under its lock, and every decision is re-read under that lock, so any
number of clients running it at once give the same result as one (an offer expires once, a
reminder is queued once).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import Event, Registration
from incubator_app.models.vocabulary import RegistrationStatus
from incubator_app.services.actor import Actor
from incubator_app.services.events.course_waiting import courses_to_promote, promote_course
from incubator_app.services.events.lock import lock_event
from incubator_app.services.events.notices import queue_notices, reminder_already_queued
from incubator_app.services.events.places import Notice, promote_locked
from incubator_app.services.records import unit_of_work

REMINDER_BEFORE = timedelta(days=2)


@dataclass(frozen=True)
class TickResult:
    events: int
    offers: int
    reminders: int


def events_to_promote(session: Session) -> list[int]:
    """Events with an offer past its deadline, or with free places and someone waiting while
    offers are still open."""
    now = clock.now_utc()
    expired = select(Registration.event_id).where(
        Registration.status == RegistrationStatus.OFFERED,
        Registration.offer_expires_at <= now,
    )
    waiting = exists().where(
        Registration.event_id == Event.id,
        Registration.status == RegistrationStatus.WAITLISTED,
    )
    free_and_waiting = select(Event.id).where(
        Event.cancelled.is_(False),
        Event.starts_at > now,
        or_(Event.registration_closes_at.is_(None), Event.registration_closes_at > now),
        waiting,
        Event.capacity > Event.places_taken,
    )
    ids = set(session.scalars(expired)) | set(session.scalars(free_and_waiting))
    return sorted(ids)


def events_to_remind(session: Session) -> list[int]:
    now = clock.now_utc()
    return list(
        session.scalars(
            select(Event.id)
            .where(
                Event.cancelled.is_(False),
                Event.starts_at > now,
                Event.starts_at <= now + REMINDER_BEFORE,
            )
            .order_by(Event.id)
        )
    )


def tick(session: Session, *, actor: Actor) -> TickResult:
    session.rollback()  # read the candidates as committed now
    to_promote = events_to_promote(session)
    to_remind = events_to_remind(session)
    session.rollback()
    offers = reminders = 0
    for event_id in to_promote:
        with unit_of_work(session):
            event = lock_event(session, event_id)
            notices = promote_locked(session, event, by=actor.login)
            queue_notices(session, notices)
            offers += len(notices)
    # Courses' waiting lists (course_waiting.py): offers past their deadline, places freed.
    session.rollback()
    for course_id in courses_to_promote(session):
        session.rollback()
        offers += promote_course(session, course_id, actor=actor)
    for event_id in to_remind:
        with unit_of_work(session):
            lock_event(session, event_id)
            regs = session.scalars(
                select(Registration.id)
                .where(
                    Registration.event_id == event_id,
                    Registration.status == RegistrationStatus.REGISTERED,
                )
                .order_by(Registration.id)
            ).all()
            notices = [
                Notice("reminder", reg_id)
                for reg_id in regs
                if not reminder_already_queued(session, reg_id)
            ]
            queue_notices(session, notices)
            reminders += len(notices)
    return TickResult(len(to_promote), offers, reminders)
