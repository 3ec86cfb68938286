"""Create and edit events; change their capacity; cancel them (the incubator's cancellation)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Course, Event, Grant, Registration, SharedService, grant_event
from incubator_app.models.event import DEFAULT_OFFER_HOURS
from incubator_app.models.vocabulary import (
    PLACE_HOLDING_STATUSES,
    EventKind,
    RegistrationStatus,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.events.lock import lock_event
from incubator_app.services.events.notices import queue_notices
from incubator_app.services.events.places import (
    Notice,
    as_utc,
    places_taken,
    promote_locked,
    set_status,
)
from incubator_app.services.records import (
    check_version,
    get_or_raise,
    record_audit,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.sites.rights import require_on_site
from incubator_app.services.sites.scope import check_site_choice, default_site
from incubator_app.services.validation import Validator

MAX_CAPACITY = 100_000
MAX_OFFER_HOURS = 24 * 30

EDITABLE = (
    "kind",
    "title",
    "description",
    "resource_id",
    "address",
    "starts_at",
    "ends_at",
    "registration_required",
    "registration_opens_at",
    "registration_closes_at",
    "offer_hours",
    "organiser_user_id",
    "organiser_coach_id",
    "cohort_id",
    "course_id",
    "site_id",
)


def require_manage(actor: Actor) -> None:
    require(actor, Permission.MANAGE_EVENTS)


def _check(v: Validator, values: dict[str, Any]) -> None:
    if "kind" in values:
        try:
            values["kind"] = EventKind(values["kind"])
        except ValueError:
            v.add(
                "kind",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Unknown value {value}; expected one of {allowed}."
                    ),
                    value=values["kind"],
                    allowed=", ".join(k.value for k in EventKind),
                ),
            )
    if "title" in values and v.required("title", values["title"]):
        values["title"] = values["title"].strip()
        v.max_length("title", values["title"], 200)
    for field in ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at"):
        value = values.get(field)
        if value is None:
            continue
        if not isinstance(value, datetime) or value.tzinfo is None:
            v.add(
                field,
                msg(QT_TRANSLATE_NOOP("Events", "A date and time with its time zone is expected.")),
            )
        else:
            values[field] = as_utc(value)
    starts, ends = values.get("starts_at"), values.get("ends_at")
    if isinstance(starts, datetime) and isinstance(ends, datetime) and ends <= starts:
        v.add("ends_at", msg(QT_TRANSLATE_NOOP("Events", "The event must end after it starts.")))
    opens, closes = values.get("registration_opens_at"), values.get("registration_closes_at")
    if isinstance(opens, datetime) and isinstance(closes, datetime) and closes <= opens:
        v.add(
            "registration_closes_at",
            msg(QT_TRANSLATE_NOOP("Events", "Registration must close after it opens.")),
        )
    if "capacity" in values and v.whole_number("capacity", values["capacity"]):
        v.int_range("capacity", values["capacity"], 1, MAX_CAPACITY)
    if "offer_hours" in values and v.whole_number("offer_hours", values["offer_hours"]):
        v.int_range("offer_hours", values["offer_hours"], 1, MAX_OFFER_HOURS)


def _check_links(session: Session, values: dict[str, Any]) -> None:
    resource_id = values.get("resource_id")
    if resource_id is not None and session.get(SharedService, resource_id) is None:
        raise NotFound(
            msg(QT_TRANSLATE_NOOP("Events", "No room or resource with id {id}."), id=resource_id)
        )
    course_id = values.get("course_id")
    if course_id is not None:
        get_or_raise(session, Course, course_id)


def create_event(
    session: Session,
    *,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    capacity: int,
    kind: EventKind | str = EventKind.WORKSHOP,
    offer_hours: int = DEFAULT_OFFER_HOURS,
    grant_ids: Iterable[int] = (),
    actor: Actor,
    **fields: Any,
) -> int:
    """Creates an event and returns its id. `fields`: any of EDITABLE."""
    require_manage(actor)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise TypeError(f"unknown event fields: {sorted(unknown)}")
    values: dict[str, Any] = {
        **fields,
        "kind": kind,
        "title": title,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "capacity": capacity,
        "offer_hours": offer_hours,
    }
    v = Validator()
    _check(v, values)
    v.raise_if_any()
    with unit_of_work(session):
        _check_links(session, values)
        # Unless chosen: the site of whoever creates it (none: the network's).
        if "site_id" in values:
            values["site_id"] = check_site_choice(session, actor, values["site_id"])
        else:
            values["site_id"] = default_site(session, actor, Permission.MANAGE_EVENTS)
        require_on_site(session, actor, Permission.MANAGE_EVENTS, values["site_id"])
        event = Event(**values)
        session.add(event)
        session.flush()
        _set_grants(session, event.id, grant_ids)
        record_audit(
            session,
            actor,
            "event",
            event.id,
            "create",
            {"title": event.title, "capacity": event.capacity, "starts_at": starts_at.isoformat()},
        )
        return event.id


def _set_grants(session: Session, event_id: int, grant_ids: Iterable[int]) -> None:
    ids = sorted(set(grant_ids))
    if not ids:
        return
    found = set(session.scalars(select(Grant.id).where(Grant.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Events", "No grant with id {id}."), id=missing[0]))
    session.execute(insert(grant_event), [{"grant_id": g, "event_id": event_id} for g in ids])


def update_event(
    session: Session,
    event_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
    actor: Actor,
) -> None:
    """Edits the event's details (not its capacity: change_capacity). Moving the closing date
    or the start runs the promotion step again."""
    require_manage(actor)
    v = Validator()
    v.only_fields(changes, EDITABLE)
    values = dict(changes)
    _check(v, values)
    v.raise_if_any()
    with unit_of_work(session):
        event = lock_event(session, event_id)
        require_on_site(session, actor, Permission.MANAGE_EVENTS, event.site_id)
        check_version(event, expected_version)
        _check_links(session, values)
        if "site_id" in values:
            values["site_id"] = check_site_choice(session, actor, values["site_id"])
            require_on_site(session, actor, Permission.MANAGE_EVENTS, values["site_id"])
        merged_starts = values.get("starts_at", as_utc(event.starts_at))
        merged_ends = values.get("ends_at", as_utc(event.ends_at))
        if merged_ends <= merged_starts:
            v.add(
                "ends_at", msg(QT_TRANSLATE_NOOP("Events", "The event must end after it starts."))
            )
            v.raise_if_any()
        update_with_audit(session, actor, event, "event", values)
        session.flush()
        queue_notices(session, promote_locked(session, event, by=actor.login))


def set_event_grants(
    session: Session, event_id: int, grant_ids: Iterable[int], *, actor: Actor
) -> None:
    require_manage(actor)
    with unit_of_work(session):
        event = lock_event(session, event_id)
        require_on_site(session, actor, Permission.MANAGE_EVENTS, event.site_id)
        session.execute(delete(grant_event).where(grant_event.c.event_id == event_id))
        _set_grants(session, event_id, grant_ids)
        record_audit(session, actor, "event", event_id, "grants", {"grants": sorted(grant_ids)})


def change_capacity(session: Session, event_id: int, capacity: int, *, actor: Actor) -> None:
    """More places promote the waiting list; fewer places than are taken is refused (nobody
    loses a place they were given)."""
    require_manage(actor)
    v = Validator()
    if v.whole_number("capacity", capacity):
        v.int_range("capacity", capacity, 1, MAX_CAPACITY)
    v.raise_if_any()
    with unit_of_work(session):
        event = lock_event(session, event_id)
        require_on_site(session, actor, Permission.MANAGE_EVENTS, event.site_id)
        taken = places_taken(session, event_id)
        if capacity < taken:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Events",
                        "{taken} places are already taken or offered: the capacity cannot be "
                        "lower.",
                    ),
                    taken=taken,
                )
            )
        update_with_audit(session, actor, event, "event", {"capacity": capacity})
        session.flush()
        queue_notices(session, promote_locked(session, event, by=actor.login))


def cancel_event(session: Session, event_id: int, *, reason: str | None, actor: Actor) -> None:
    """The incubator cancels the event: every active registration is cancelled and told."""
    require_manage(actor)
    with unit_of_work(session):
        event = lock_event(session, event_id)
        require_on_site(session, actor, Permission.MANAGE_EVENTS, event.site_id)
        if event.cancelled:
            return
        update_with_audit(session, actor, event, "event", {"cancelled": True}, action="cancel")
        active = session.scalars(
            select(Registration)
            .where(
                Registration.event_id == event_id,
                Registration.status.in_((*PLACE_HOLDING_STATUSES, RegistrationStatus.WAITLISTED)),
            )
            .order_by(Registration.queue_key)
        ).all()
        notices = []
        for reg in active:
            if reg.status in (RegistrationStatus.ATTENDED, RegistrationStatus.ABSENT):
                continue
            set_status(session, reg, RegistrationStatus.CANCELLED, by=actor.login, reason=reason)
            notices.append(Notice("cancelled_by_incubator", reg.id))
        session.flush()
        queue_notices(session, notices)
