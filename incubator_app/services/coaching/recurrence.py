"""Logging a session (once or as a recurring series) with its action items in one transaction,
and changing or deleting one occurrence, this and the following ones, or the whole series.

Dates come from `dateutil.rrule`. A session's start time is the local wall-clock time, so a
series at 14:00 stays at 14:00 across a daylight-saving change. A monthly series started on the
29th-31st falls on the last day of shorter months (31 Jan → 28 Feb → 31 Mar). No Qt."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.rrule import MONTHLY, WEEKLY, rrule
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ActionItem, CoachingSession
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.coaching import sessions as core
from incubator_app.services.milestones import action_items as action_service
from incubator_app.services.records import (
    check_version,
    get_or_raise,
    record_audit,
    snapshot,
    unit_of_work,
)
from incubator_app.services.validation import Validator

#: A series longer than this is almost surely a typo in the end date.
MAX_OCCURRENCES = 120


class Frequency(enum.StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class SeriesScope(enum.StrEnum):
    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True)
class Recurrence:
    """Every `interval` weeks/months from the first session, until a day (inclusive) or for a
    number of occurrences (the first one included)."""

    frequency: Frequency
    interval: int = 1
    until: date | None = None
    count: int | None = None


@dataclass(frozen=True)
class NewActionItem:
    text: str
    due_on: date | None = None
    # Defaults to the session's first participant.
    entrepreneur_id: int | None = None


def _rule(first: datetime, rec: Recurrence) -> rrule:
    kwargs: dict[str, Any] = {"dtstart": first, "interval": rec.interval}
    if rec.until is not None:
        until = datetime.combine(rec.until, datetime.max.time())
        kwargs["until"] = until.replace(tzinfo=first.tzinfo)
    kwargs["count"] = rec.count if rec.count is not None else None
    if rec.until is None and rec.count is None:
        kwargs["count"] = MAX_OCCURRENCES + 1
    if rec.frequency is Frequency.MONTHLY:
        if first.day > 28:
            # The last of (28..day) that the month has: the 31st, else the month's last day.
            kwargs["bymonthday"] = tuple(range(28, first.day + 1))
            kwargs["bysetpos"] = -1
        return rrule(MONTHLY, **kwargs)
    return rrule(WEEKLY, **kwargs)


def occurrence_datetimes(first: datetime, rec: Recurrence) -> list[datetime]:
    """Occurrences as datetimes in `first`'s zone (wall time kept, UTC offset follows DST)."""
    return list(_rule(first, rec))


def occurrence_dates(first: date, rec: Recurrence) -> list[date]:
    return [d.date() for d in _rule(datetime.combine(first, datetime.min.time()), rec)]


def _validate_recurrence(v: Validator, first: date, rec: Recurrence) -> list[date]:
    if not isinstance(rec.interval, int) or rec.interval < 1:
        v.add("interval", msg(QT_TRANSLATE_NOOP("Coaching", "Repeat every 1 or more.")))
        return [first]
    if rec.until is not None and rec.until < first:
        v.add(
            "until",
            msg(QT_TRANSLATE_NOOP("Coaching", "The series ends before its first session.")),
        )
        return [first]
    if rec.count is not None and rec.count < 1:
        v.add("count", msg(QT_TRANSLATE_NOOP("Coaching", "At least one session.")))
        return [first]
    dates = occurrence_dates(first, rec)
    if len(dates) > MAX_OCCURRENCES:
        v.add(
            "until",
            msg(
                QT_TRANSLATE_NOOP("Coaching", "A series has at most {n} sessions."),
                n=MAX_OCCURRENCES,
            ),
        )
    return dates


def log_coaching_sessions(
    session: Session,
    *,
    recurrence: Recurrence | None = None,
    action_items: Iterable[NewActionItem] = (),
    actor: Actor,
    **fields: Any,
) -> list[core.CoachingSessionView]:
    """Logs a session (the keywords of `log_coaching_session`) and, with `recurrence`, its
    following occurrences under one series id; action items go with the first session.
    All or nothing."""
    state = core.new_session_state(actor, **fields)
    v = Validator()
    dates = [state["session_date"]]
    if recurrence is not None:
        dates = _validate_recurrence(v, state["session_date"], recurrence)
    items = list(action_items)
    people = [p.entrepreneur_id for p in state["participants"]]
    for n, item in enumerate(items, start=1):
        if not (item.text or "").strip():
            v.add(
                "action_items",
                msg(QT_TRANSLATE_NOOP("Coaching", "Action item {n} has no text."), n=n),
            )
        if item.entrepreneur_id is not None and item.entrepreneur_id not in people:
            v.add(
                "action_items",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Coaching", "Action item {n} is for someone not in the session."
                    ),
                    n=n,
                ),
            )
    v.raise_if_any()
    series_id = str(uuid.uuid4()) if recurrence is not None and len(dates) > 1 else None
    with unit_of_work(session):
        core.check_references(session, state)
        core.check_session_people(
            session, actor, [p.entrepreneur_id for p in state["participants"]]
        )
        objs = []
        for day in dates:
            objs.append(
                core.insert_session(
                    session, dict(state, session_date=day), actor, series_id=series_id
                )
            )
        for item in items:
            row = ActionItem(
                session_id=objs[0].id,
                entrepreneur_id=item.entrepreneur_id or people[0],
                assignee_coach_id=state["coach_id"],
                text=item.text.strip(),
                due_on=item.due_on,
                done=False,
            )
            session.add(row)
            session.flush()
            record_audit(
                session,
                actor,
                action_service.ENTITY,
                row.id,
                "create",
                snapshot(row, action_service._FIELDS),
            )
    return core.session_views(session, objs, actor)


def _series_members(
    session: Session, anchor: CoachingSession, scope: SeriesScope
) -> list[CoachingSession]:
    if scope is SeriesScope.THIS or anchor.series_id is None:
        return [anchor]
    stmt = select(CoachingSession).where(CoachingSession.series_id == anchor.series_id)
    if scope is SeriesScope.FOLLOWING:
        stmt = stmt.where(CoachingSession.session_date >= anchor.session_date)
    members = list(session.scalars(stmt.order_by(CoachingSession.session_date)))
    # The anchor first, so that its own errors are the ones reported.
    return [anchor] + [m for m in members if m.id != anchor.id]


def update_session_series(
    session: Session,
    session_id: int,
    *,
    scope: SeriesScope | str,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> list[core.CoachingSessionView]:
    """Changes one occurrence, this and the following ones, or the whole series. A new date
    moves every chosen occurrence by the same number of days. "This and following" on a later
    occurrence splits it off as a new series. All or nothing."""
    require(actor, Permission.LOG_COACHING)
    scope = SeriesScope(scope)
    with unit_of_work(session):
        anchor = get_or_raise(session, CoachingSession, session_id)
        core.check_version_after_access(actor, anchor, changes, expected_version)
        members = _series_members(session, anchor, scope)
        shift = timedelta(0)
        if changes.get("session_date") is not None and isinstance(changes["session_date"], date):
            shift = changes["session_date"] - anchor.session_date
        first_of_series = min(m.session_date for m in members) == _series_start(session, anchor)
        new_series = (
            str(uuid.uuid4())
            if scope is SeriesScope.FOLLOWING and anchor.series_id and not first_of_series
            else None
        )
        for member in members:
            own = dict(changes)
            if member is not anchor:
                core.check_version_after_access(actor, member, own, None)
                if "session_date" in own:
                    own["session_date"] = member.session_date + shift
            core.change_session(session, member, own, actor)
            if new_series is not None:
                member.series_id = new_series
    return core.session_views(session, members, actor)


def _series_start(session: Session, anchor: CoachingSession) -> date:
    if anchor.series_id is None:
        return anchor.session_date
    return session.scalar(
        select(func.min(CoachingSession.session_date)).where(
            CoachingSession.series_id == anchor.series_id
        )
    )


def delete_session_series(
    session: Session,
    session_id: int,
    *,
    scope: SeriesScope | str,
    expected_version: int | None,
    actor: Actor,
) -> int:
    """Deletes one occurrence, this and the following ones, or the whole series; returns how
    many sessions were deleted. All or nothing."""
    require(actor, Permission.LOG_COACHING)
    scope = SeriesScope(scope)
    with unit_of_work(session):
        anchor = get_or_raise(session, CoachingSession, session_id)
        check_version(anchor, expected_version)
        members = _series_members(session, anchor, scope)
        for member in members:
            core.delete_loaded_session(session, member, actor)
    return len(members)


def series_sessions(
    session: Session, series_id: str, *, actor: Actor
) -> Sequence[core.CoachingSessionView]:
    """Every occurrence of a series, oldest first (notes masked as everywhere)."""
    require(actor, Permission.VIEW)
    stmt = (
        select(CoachingSession)
        .where(CoachingSession.series_id == series_id)
        .order_by(CoachingSession.session_date, CoachingSession.id)
    )
    return core.session_views(session, list(session.scalars(stmt)), actor)
