"""Everything the dashboard shows, in one call (no Qt).

`load_dashboard(session, actor=..., today=...)` runs a dozen small aggregate queries (counts and
GROUP BYs in SQL, lists limited to a few rows) and returns plain frozen dataclasses. A coach sees
their own caseload and sessions; staff, admins and viewers the whole incubator
(see services/scope.py).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import (
    Booking,
    BookingStatus,
    Discipline,
    Entrepreneur,
    PathwayStage,
)
from incubator_app.services import scope
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.coaching.stats import MonthHours, hours_per_month
from incubator_app.services.entrepreneurs import due
from incubator_app.services.exchange.listings import ListingView, expiring_listings
from incubator_app.services.exchange.rules import current_rules
from incubator_app.services.funding.rules import DeadlineDueRow, count_deadlines_due, deadlines_due
from incubator_app.services.milestones import due_items
from incubator_app.services.periods import month_of

LIST_ROWS = 8
CHART_MONTHS = 12
TOP_DISCIPLINES = 7
S = PathwayStage


@dataclass(frozen=True)
class Kpis:
    active_entrepreneurs: int
    # Candidates and admitted people waiting for a decision or a contract.
    in_admission: int
    sessions_this_month: int
    minutes_this_month: int
    sessions_last_month: int
    minutes_last_month: int
    milestones_due_this_month: int
    milestones_overdue: int
    contracts_ending: int
    contract_days: int
    # Contracts past their end date still open: the person's stage is still to update.
    contracts_past_end: int
    bookings_today: int
    action_items_overdue: int
    follow_ups_due: int


@dataclass(frozen=True)
class FunnelStep:
    """People who reached `stage` (or went further)."""

    stage: PathwayStage
    count: int


@dataclass(frozen=True)
class DisciplineCount:
    discipline_id: int | None  # None: no discipline, or the "others" bucket
    label: str | None  # None: the UI says "Other"
    count: int


@dataclass(frozen=True)
class Dashboard:
    today: date
    coach_scoped: bool
    kpis: Kpis
    hours_per_month: list[MonthHours]
    funnel: list[FunnelStep]
    disciplines: list[DisciplineCount]
    overdue_actions: list[due_items.OverdueActionRow]
    overdue_milestones: list[due_items.MilestoneDueRow]
    contracts_ending: list[due.ContractEndingRow]
    contracts_past_end: list[due.ContractPastEndRow]
    follow_ups_due: list[due.FollowUpDueRow]
    # Funders' reports to send (past or within a month); not on a coach's dashboard.
    grant_deadlines: list[DeadlineDueRow] = dataclasses.field(default_factory=list)
    grant_deadlines_count: int = 0
    # Skills exchange: open offers and requests expiring within the warning delay (their
    # authors are to be warned), soonest first, and how many in all.
    exchange_expiring: list[ListingView] = dataclasses.field(default_factory=list)
    exchange_expiring_count: int = 0


def _stage_counts(session: Session, actor: Actor) -> dict[tuple[PathwayStage, bool], int]:
    """People per (stage, archived): the funnel counts everyone who ever entered."""
    stmt = scope.scope_entrepreneurs(
        select(Entrepreneur.stage, Entrepreneur.archived, func.count(Entrepreneur.id)).group_by(
            Entrepreneur.stage, Entrepreneur.archived
        ),
        actor,
        include_archived=True,
    )
    return {
        (PathwayStage(stage), bool(archived)): n for stage, archived, n in session.execute(stmt)
    }


def _current(counts: dict[tuple[PathwayStage, bool], int], stage: PathwayStage) -> int:
    return counts.get((stage, False), 0)


def _funnel(per_stage: dict[tuple[PathwayStage, bool], int]) -> list[FunnelStep]:
    counts: dict[PathwayStage, int] = {}
    for (stage, _archived), n in per_stage.items():
        counts[stage] = counts.get(stage, 0) + n
    graduated = counts.get(S.GRADUATED, 0)
    incubated = counts.get(S.INCUBATED, 0) + graduated + counts.get(S.EXITED, 0)
    admitted = incubated + counts.get(S.ADMITTED, 0) + counts.get(S.WITHDREW, 0)
    candidates = admitted + counts.get(S.CANDIDATE, 0) + counts.get(S.REFUSED, 0)
    return [
        FunnelStep(S.CANDIDATE, candidates),
        FunnelStep(S.ADMITTED, admitted),
        FunnelStep(S.INCUBATED, incubated),
        FunnelStep(S.GRADUATED, graduated),
    ]


def _disciplines(session: Session, actor: Actor) -> list[DisciplineCount]:
    """Entrepreneurs incubated now, per discipline: the biggest ones, then one "other" bar."""
    n = func.count(Entrepreneur.id)
    stmt = scope.scope_entrepreneurs(
        select(Entrepreneur.discipline_id, Discipline.label, n)
        .outerjoin(Discipline, Discipline.id == Entrepreneur.discipline_id)
        .where(Entrepreneur.stage == S.INCUBATED)
        .group_by(Entrepreneur.discipline_id, Discipline.label)
        .order_by(n.desc(), Discipline.label),
        actor,
    )
    rows = [DisciplineCount(i, label, c) for i, label, c in session.execute(stmt)]
    named = [r for r in rows if r.discipline_id is not None]
    rest = [r for r in rows if r.discipline_id is None] + named[TOP_DISCIPLINES:]
    shown = named[:TOP_DISCIPLINES]
    if rest:
        shown.append(DisciplineCount(None, None, sum(r.count for r in rest)))
    return shown


def count_bookings_on(session: Session, day: date) -> int:
    """Bookings (not cancelled) starting on `day`, in the incubator's time zone."""
    zone = clock.zone()
    start = datetime.combine(day, time(0), zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    stmt = select(func.count(Booking.id)).where(
        Booking.starts_at >= start,
        Booking.starts_at < end,
        Booking.status != BookingStatus.CANCELLED,
    )
    return session.scalar(stmt) or 0


def load_dashboard(
    session: Session,
    *,
    actor: Actor,
    today: date,
    contract_days: int = due.CONTRACT_ENDING_DAYS,
) -> Dashboard:
    require(actor, Permission.VIEW)
    scoped = scope.is_coach_scoped(actor)
    month = month_of(today)
    month_start, month_end = month.start, month.last_day
    chart_start = month_start - relativedelta(months=CHART_MONTHS - 1)
    months = hours_per_month(
        session,
        chart_start,
        month_end,
        actor=actor,
        coach_id=(actor.coach_id or -1) if scoped else None,
    )
    this_month, last_month = months[-1], months[-2]
    stages = _stage_counts(session, actor)
    common = {"actor": actor, "today": today}
    kpis = Kpis(
        active_entrepreneurs=_current(stages, S.INCUBATED),
        in_admission=_current(stages, S.CANDIDATE) + _current(stages, S.ADMITTED),
        sessions_this_month=this_month.sessions,
        minutes_this_month=this_month.minutes,
        sessions_last_month=last_month.sessions,
        minutes_last_month=last_month.minutes,
        milestones_due_this_month=due_items.count_milestones_due_between(
            session, month_start, month_end, actor=actor
        ),
        milestones_overdue=due_items.count_overdue_milestones(session, **common),
        contracts_ending=due.count_contracts_ending(session, within_days=contract_days, **common),
        contract_days=contract_days,
        contracts_past_end=due.count_contracts_past_end(session, **common),
        bookings_today=count_bookings_on(session, today),
        action_items_overdue=due_items.count_overdue_action_items(session, **common),
        follow_ups_due=due.count_follow_ups_due(session, **common),
    )
    # The exchange has no coach scope: a coach's dashboard does not list it.
    expiring = (
        []
        if scoped
        else expiring_listings(
            session, within_days=current_rules(session).expiry_warning_days, actor=actor
        )
    )
    return Dashboard(
        exchange_expiring=expiring[:LIST_ROWS],
        exchange_expiring_count=len(expiring),
        today=today,
        coach_scoped=scoped,
        kpis=kpis,
        hours_per_month=months,
        funnel=_funnel(stages),
        disciplines=_disciplines(session, actor),
        overdue_actions=due_items.overdue_action_items(session, limit=LIST_ROWS, **common),
        overdue_milestones=due_items.overdue_milestones(session, limit=LIST_ROWS, **common),
        contracts_ending=due.contracts_ending(
            session, within_days=contract_days, limit=LIST_ROWS, **common
        ),
        contracts_past_end=due.contracts_past_end(session, limit=LIST_ROWS, **common),
        follow_ups_due=due.follow_ups_due(session, limit=LIST_ROWS, **common),
        grant_deadlines=[] if scoped else deadlines_due(session, limit=LIST_ROWS, **common),
        grant_deadlines_count=0 if scoped else count_deadlines_due(session, **common),
    )
