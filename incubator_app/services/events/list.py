"""The events list: a windowed source (services/paging.py) filtered by kind, period and
whether places are left; the places taken and the people waiting are counted for the page's
rows only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from incubator_app.models import Cohort, Event, Registration
from incubator_app.models.vocabulary import (
    EventKind,
    RegistrationStatus,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.events.places import as_utc
from incubator_app.services.paging import SortOrder, apply_sort, window
from incubator_app.services.sites.scope import shared_site_terms


@dataclass(frozen=True)
class EventFilter:
    kind: EventKind | None = None
    # Half-open [starts_from, starts_before) on the start instant; None = unbounded.
    starts_from: datetime | None = None
    starts_before: datetime | None = None
    # True: only full events; False: only events with places left; None: both.
    full: bool | None = None
    # The cohort of the event, or every cohort of a programme (CAPE, …).
    cohort_id: int | None = None
    programme: str | None = None
    #: One site picked (with the network's events). None: the user's own sites and the
    #: network's (everything for network-level people and on a single-site install).
    site_id: int | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    starts_at: datetime
    ends_at: datetime
    title: str
    kind: EventKind
    capacity: int
    taken: int
    waiting: int
    cancelled: bool


def _waiting():
    return (
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.event_id == Event.id,
            Registration.status == RegistrationStatus.WAITLISTED,
        )
        .correlate(Event)
        .scalar_subquery()
    )


class EventListSource:
    SORT_KEYS = ("starts_at", "title", "kind", "capacity")

    def __init__(self, actor: Actor, flt: EventFilter | None = None) -> None:
        require(actor, Permission.VIEW)
        self.actor = actor
        self.filter = flt or EventFilter()

    def _where(self, session: Session, stmt: Select) -> Select:
        f = self.filter
        conditions = shared_site_terms(session, self.actor, Event.site_id, f.site_id)
        if f.kind is not None:
            conditions.append(Event.kind == f.kind)
        if f.starts_from is not None:
            conditions.append(Event.starts_at >= as_utc(f.starts_from))
        if f.starts_before is not None:
            conditions.append(Event.starts_at < as_utc(f.starts_before))
        if f.cohort_id is not None:
            conditions.append(Event.cohort_id == f.cohort_id)
        if f.programme is not None:
            conditions.append(
                Event.cohort_id.in_(select(Cohort.id).where(Cohort.programme == f.programme))
            )
        if f.full is True:
            conditions.append(Event.places_taken >= Event.capacity)
        elif f.full is False:
            conditions.append(Event.places_taken < Event.capacity)
        return stmt.where(and_(*conditions)) if conditions else stmt

    def count(self, session: Session) -> int:
        return int(
            session.scalar(self._where(session, select(func.count()).select_from(Event))) or 0
        )

    def fetch(self, session: Session, sort: SortOrder, offset: int, limit: int) -> list[EventRow]:
        stmt = self._where(
            session,
            select(
                Event.id,
                Event.starts_at,
                Event.ends_at,
                Event.title,
                Event.kind,
                Event.capacity,
                Event.places_taken,
                _waiting(),
                Event.cancelled,
            ),
        )
        stmt = apply_sort(
            stmt,
            sort,
            {
                "starts_at": Event.starts_at,
                "title": func.lower(Event.title),
                "kind": Event.kind,
                "capacity": Event.capacity,
            },
            default=[Event.starts_at],
            tiebreak=Event.id,
            never_empty=("starts_at", "title", "kind", "capacity"),
        )
        return [
            EventRow(
                id=r[0],
                starts_at=as_utc(r[1]),
                ends_at=as_utc(r[2]),
                title=r[3],
                kind=r[4],
                capacity=r[5],
                taken=int(r[6]),
                waiting=int(r[7]),
                cancelled=r[8],
            )
            for r in session.execute(window(stmt, offset, limit))
        ]
