"""Attaching people, sessions and events to a grant in bulk (people by cohort, by stage, by a
rule on the entry date; events by period, kind, course or cohort), and the grants' reporting
deadlines that are due (for the dashboard).

A rule is resolved to ids in SQL and handed to `attribute_entrepreneurs` /
`attribute_sessions` / `attribute_events`: the same checks, the same single audit row per
change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    CoachingSession,
    Entrepreneur,
    Event,
    Funder,
    Grant,
    GrantDeadline,
    PathwayStage,
    SessionParticipant,
    grant_beneficiary,
    grant_event,
    grant_session,
)
from incubator_app.models.vocabulary import EventKind
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.funding.grant_events import attribute_events, grant_period_instants
from incubator_app.services.funding.grants import attribute_entrepreneurs, attribute_sessions
from incubator_app.services.records import get_or_raise
from incubator_app.services.validation import Validator

DEADLINE_WARNING_DAYS = 30


@dataclass(frozen=True)
class BeneficiaryRule:
    """Who to attach: every condition given must hold (none given: nobody, never everyone)."""

    cohort_id: int | None = None
    stages: tuple[PathwayStage, ...] = ()
    # Entered the incubator during the grant's period.
    entered_during_grant: bool = False
    include_archived: bool = False

    @property
    def is_empty(self) -> bool:
        return self.cohort_id is None and not self.stages and not self.entered_during_grant


def _rule_statement(grant: Grant, rule: BeneficiaryRule):
    stmt = select(Entrepreneur.id)
    if rule.cohort_id is not None:
        stmt = stmt.where(Entrepreneur.cohort_id == rule.cohort_id)
    if rule.stages:
        stmt = stmt.where(Entrepreneur.stage.in_(rule.stages))
    if rule.entered_during_grant:
        stmt = stmt.where(
            Entrepreneur.entry_date >= grant.period_start,
            Entrepreneur.entry_date <= grant.period_end,
        )
    if not rule.include_archived:
        stmt = stmt.where(Entrepreneur.archived.is_(False))
    return stmt


def _checked(rule: BeneficiaryRule) -> BeneficiaryRule:
    v = Validator()
    stages = tuple(v.choice("stages", s, PathwayStage) for s in rule.stages)
    v.raise_if_any()
    return BeneficiaryRule(rule.cohort_id, stages, rule.entered_during_grant, rule.include_archived)


def preview_rule(session: Session, grant_id: int, rule: BeneficiaryRule, *, actor: Actor) -> int:
    """How many people the rule would attach that are not attached yet."""
    require(actor, Permission.VIEW)
    grant = get_or_raise(session, Grant, grant_id)
    rule = _checked(rule)
    if rule.is_empty:
        return 0
    matching = _rule_statement(grant, rule).subquery()
    already = select(grant_beneficiary.c.entrepreneur_id).where(
        grant_beneficiary.c.grant_id == grant_id
    )
    return int(
        session.scalar(
            select(func.count()).select_from(matching).where(matching.c.id.not_in(already))
        )
        or 0
    )


def attribute_by_rule(
    session: Session, grant_id: int, rule: BeneficiaryRule, *, actor: Actor
) -> list[int]:
    """Attaches everyone the rule matches; returns the ids actually added."""
    require(actor, Permission.MANAGE_FUNDING)
    grant = get_or_raise(session, Grant, grant_id)
    rule = _checked(rule)
    if rule.is_empty:
        return []
    ids = list(session.scalars(_rule_statement(grant, rule)))
    session.rollback()  # end the read before the write's own transaction
    return attribute_entrepreneurs(session, grant_id, ids, actor=actor)


def attribute_beneficiaries_sessions(session: Session, grant_id: int, *, actor: Actor) -> list[int]:
    """Attaches the coaching sessions held during the grant's period that at least one of its
    beneficiaries attended; returns the ids added."""
    require(actor, Permission.MANAGE_FUNDING)
    grant = get_or_raise(session, Grant, grant_id)
    attached = select(grant_session.c.session_id).where(grant_session.c.grant_id == grant_id)
    ids = list(
        session.scalars(
            select(CoachingSession.id)
            .distinct()
            .join(SessionParticipant, SessionParticipant.session_id == CoachingSession.id)
            .join(
                grant_beneficiary,
                grant_beneficiary.c.entrepreneur_id == SessionParticipant.entrepreneur_id,
            )
            .where(
                grant_beneficiary.c.grant_id == grant_id,
                SessionParticipant.attended.is_(True),
                CoachingSession.session_date >= grant.period_start,
                CoachingSession.session_date <= grant.period_end,
                CoachingSession.id.not_in(attached),
            )
        )
    )
    session.rollback()
    return attribute_sessions(session, grant_id, ids, actor=actor) if ids else []


@dataclass(frozen=True)
class EventRule:
    """Which events to attach: those starting during the grant's period (narrowed to
    [start, end] if given) that meet every condition given; none given: nothing, never every
    event. Cancelled events are left out."""

    kinds: tuple[EventKind, ...] = ()
    course_id: int | None = None
    cohort_id: int | None = None
    start: date | None = None
    end: date | None = None

    @property
    def is_empty(self) -> bool:
        return (
            not self.kinds
            and self.course_id is None
            and self.cohort_id is None
            and self.start is None
            and self.end is None
        )


def _checked_events(rule: EventRule) -> EventRule:
    v = Validator()
    kinds = tuple(v.choice("kinds", k, EventKind) for k in rule.kinds)
    for name in ("start", "end"):
        value = getattr(rule, name)
        if value is not None and not isinstance(value, date):
            v.add(name, msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    if isinstance(rule.start, date) and isinstance(rule.end, date) and rule.end < rule.start:
        v.add("end", msg(QT_TRANSLATE_NOOP("Funding", "The period ends before it starts.")))
    v.raise_if_any()
    return EventRule(kinds, rule.course_id, rule.cohort_id, rule.start, rule.end)


def _event_rule_statement(grant: Grant, rule: EventRule):
    start = max(grant.period_start, rule.start or grant.period_start)
    end = min(grant.period_end, rule.end or grant.period_end)
    low, high = grant_period_instants(start, end)
    stmt = select(Event.id).where(
        Event.cancelled.is_(False), Event.starts_at >= low, Event.starts_at < high
    )
    if rule.kinds:
        stmt = stmt.where(Event.kind.in_(rule.kinds))
    if rule.course_id is not None:
        stmt = stmt.where(Event.course_id == rule.course_id)
    if rule.cohort_id is not None:
        stmt = stmt.where(Event.cohort_id == rule.cohort_id)
    return stmt


def preview_event_rule(session: Session, grant_id: int, rule: EventRule, *, actor: Actor) -> int:
    """How many events the rule would attach that are not attached yet."""
    require(actor, Permission.VIEW)
    grant = get_or_raise(session, Grant, grant_id)
    rule = _checked_events(rule)
    if rule.is_empty:
        return 0
    matching = _event_rule_statement(grant, rule).subquery()
    already = select(grant_event.c.event_id).where(grant_event.c.grant_id == grant_id)
    return int(
        session.scalar(
            select(func.count()).select_from(matching).where(matching.c.id.not_in(already))
        )
        or 0
    )


def attribute_events_by_rule(
    session: Session, grant_id: int, rule: EventRule, *, actor: Actor
) -> list[int]:
    """Attaches every event the rule matches; returns the ids actually added."""
    require(actor, Permission.MANAGE_FUNDING)
    grant = get_or_raise(session, Grant, grant_id)
    rule = _checked_events(rule)
    if rule.is_empty:
        return []
    ids = list(session.scalars(_event_rule_statement(grant, rule)))
    session.rollback()  # end the read before the write's own transaction
    return attribute_events(session, grant_id, ids, actor=actor) if ids else []


# --- deadlines due -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineDueRow:
    id: int
    grant_id: int
    grant_reference: str
    funder_name: str
    label: str
    due_on: date


def _due_condition(today: date, within_days: int):
    return (
        GrantDeadline.submitted_on.is_(None),
        GrantDeadline.due_on <= today + timedelta(days=within_days),
    )


def count_deadlines_due(
    session: Session, *, actor: Actor, today: date, within_days: int = DEADLINE_WARNING_DAYS
) -> int:
    """Reports not yet sent whose deadline is past or within `within_days`."""
    require(actor, Permission.VIEW)
    stmt = (
        select(func.count()).select_from(GrantDeadline).where(*_due_condition(today, within_days))
    )
    return int(session.scalar(stmt) or 0)


def deadlines_due(
    session: Session,
    *,
    actor: Actor,
    today: date,
    within_days: int = DEADLINE_WARNING_DAYS,
    limit: int = 8,
) -> list[DeadlineDueRow]:
    """The reports to send, soonest (most overdue) first."""
    require(actor, Permission.VIEW)
    stmt = (
        select(
            GrantDeadline.id,
            Grant.id,
            Grant.reference,
            Funder.name,
            GrantDeadline.label,
            GrantDeadline.due_on,
        )
        .join(Grant, Grant.id == GrantDeadline.grant_id)
        .join(Funder, Funder.id == Grant.funder_id)
        .where(*_due_condition(today, within_days))
        .order_by(GrantDeadline.due_on, GrantDeadline.id)
        .limit(limit)
    )
    return [DeadlineDueRow(*row) for row in session.execute(stmt)]


__all__ = [
    "DEADLINE_WARNING_DAYS",
    "BeneficiaryRule",
    "DeadlineDueRow",
    "attribute_beneficiaries_sessions",
    "attribute_by_rule",
    "count_deadlines_due",
    "deadlines_due",
    "preview_rule",
]
