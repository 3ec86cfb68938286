"""Data of the entrepreneur progress report: plain frozen dataclasses, computed in a few queries.

Confidential session notes are never read here, whoever asks: the report is meant to be shared
with the entrepreneur and funders. Only the sessions' shareable summaries are included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import (
    ActionItem,
    Coach,
    CoachingSession,
    CoachingTopic,
    Cohort,
    Discipline,
    Entrepreneur,
    ExitOutcome,
    IncubatorProfile,
    Milestone,
    Revenue,
    ServiceUsage,
    SessionParticipant,
    SharedService,
    StageChange,
    SupportContract,
    session_topic,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import get_or_raise


@dataclass(frozen=True)
class ProfileSummary:
    full_name: str
    project_name: str | None
    project_description: str | None
    discipline: str | None
    stage: str
    entry_date: date
    referent_coach: str | None
    cohort: str | None
    commune: str | None
    email: str | None
    phone: str | None
    contract_start: date | None
    contract_end: date | None
    contract_renewals: int
    exit_type: str | None
    exit_date: date | None


@dataclass(frozen=True)
class StageStep:
    changed_on: date
    from_stage: str | None
    to_stage: str
    reason: str | None


@dataclass(frozen=True)
class MonthHours:
    month: date  # first day of the month
    minutes: int
    sessions: int


@dataclass(frozen=True)
class TopicHours:
    topic: str
    minutes: int
    sessions: int


@dataclass(frozen=True)
class SessionLine:
    session_date: date
    start_time: time | None
    duration_minutes: int
    coach: str
    kind: str
    mode: str
    attended: bool
    topics: tuple[str, ...]
    summary: str | None


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    category: str | None
    due_on: date
    status: str
    achieved_on: date | None


@dataclass(frozen=True)
class ActionLine:
    text: str
    due_on: date | None
    assignee: str | None


@dataclass(frozen=True)
class ServiceUseLine:
    service: str
    unit: str
    quantity_hundredths: int
    amount_cents: int
    uses: int


@dataclass(frozen=True)
class RevenueMonth:
    month: date
    incubator_cents: int
    own_cents: int

    @property
    def total_cents(self) -> int:
        return self.incubator_cents + self.own_cents


@dataclass(frozen=True)
class EntrepreneurReportData:
    incubator_name: str
    logo_png: bytes | None
    entrepreneur_id: int
    start: date
    end: date
    profile: ProfileSummary
    pathway: tuple[StageStep, ...]
    hours_by_month: tuple[MonthHours, ...]
    hours_by_topic: tuple[TopicHours, ...]
    sessions: tuple[SessionLine, ...]
    milestones: tuple[MilestoneLine, ...]
    open_actions: tuple[ActionLine, ...]
    services: tuple[ServiceUseLine, ...]
    revenue: tuple[RevenueMonth, ...]
    coach_comment: str

    @property
    def attended_minutes(self) -> int:
        return sum(s.duration_minutes for s in self.sessions if s.attended)

    @property
    def attended_sessions(self) -> int:
        return sum(1 for s in self.sessions if s.attended)


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _months(start: date, end: date) -> list[date]:
    months, current = [], _month_start(start)
    while current <= end:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def entrepreneur_report_data(
    session: Session,
    entrepreneur_id: int,
    *,
    actor: Actor,
    start: date | None = None,
    end: date | None = None,
    coach_comment: str = "",
) -> EntrepreneurReportData:
    """Everything the progress report prints for one entrepreneur over [start, end] (default:
    from the entry date to today). Raises NotFound for an unknown id."""
    require(actor, Permission.VIEW)
    person = get_or_raise(session, Entrepreneur, entrepreneur_id)
    start = start or person.entry_date
    end = end or clock.today()
    if end < start:
        start, end = end, start
    profile = _profile(session, person)
    sessions = _sessions(session, entrepreneur_id, start, end)
    by_month: dict[date, list[int]] = {m: [0, 0] for m in _months(start, end)}
    for s in sessions:
        if s.attended:
            slot = by_month.setdefault(_month_start(s.session_date), [0, 0])
            slot[0] += s.duration_minutes
            slot[1] += 1
    profile_row = session.execute(select(IncubatorProfile.name, IncubatorProfile.logo_png)).first()
    return EntrepreneurReportData(
        incubator_name=profile_row.name if profile_row else "",
        logo_png=profile_row.logo_png if profile_row else None,
        entrepreneur_id=entrepreneur_id,
        start=start,
        end=end,
        profile=profile,
        pathway=_pathway(session, entrepreneur_id),
        hours_by_month=tuple(MonthHours(m, v[0], v[1]) for m, v in sorted(by_month.items())),
        hours_by_topic=_topics(session, entrepreneur_id, start, end),
        sessions=sessions,
        milestones=_milestones(session, entrepreneur_id),
        open_actions=_open_actions(session, entrepreneur_id),
        services=_services(session, entrepreneur_id, start, end),
        revenue=_revenue(session, entrepreneur_id, start, end),
        coach_comment=coach_comment.strip(),
    )


def _profile(session: Session, person: Entrepreneur) -> ProfileSummary:
    discipline = (
        session.scalar(select(Discipline.label).where(Discipline.id == person.discipline_id))
        if person.discipline_id
        else None
    )
    coach = (
        session.scalar(select(Coach.display_name).where(Coach.id == person.referent_coach_id))
        if person.referent_coach_id
        else None
    )
    cohort = (
        session.scalar(select(Cohort.name).where(Cohort.id == person.cohort_id))
        if person.cohort_id
        else None
    )
    contract = session.execute(
        select(SupportContract.start_date, SupportContract.end_date, SupportContract.renewals)
        .where(SupportContract.entrepreneur_id == person.id)
        .order_by(SupportContract.start_date.desc(), SupportContract.id.desc())
        .limit(1)
    ).first()
    exit_row = session.execute(
        select(ExitOutcome.exit_type, ExitOutcome.exit_date).where(
            ExitOutcome.entrepreneur_id == person.id
        )
    ).first()
    return ProfileSummary(
        full_name=f"{person.first_name} {person.last_name}".strip(),
        project_name=person.project_name,
        project_description=person.project_description,
        discipline=discipline,
        stage=person.stage.value,
        entry_date=person.entry_date,
        referent_coach=coach,
        cohort=cohort,
        commune=person.commune,
        email=person.email,
        phone=person.phone,
        contract_start=contract.start_date if contract else None,
        contract_end=contract.end_date if contract else None,
        contract_renewals=contract.renewals if contract else 0,
        exit_type=exit_row.exit_type.value if exit_row else None,
        exit_date=exit_row.exit_date if exit_row else None,
    )


def _pathway(session: Session, entrepreneur_id: int) -> tuple[StageStep, ...]:
    rows = session.execute(
        select(
            StageChange.changed_on, StageChange.from_stage, StageChange.to_stage, StageChange.reason
        )
        .where(StageChange.entrepreneur_id == entrepreneur_id)
        .order_by(StageChange.changed_on, StageChange.id)
    )
    return tuple(
        StageStep(
            r.changed_on, r.from_stage.value if r.from_stage else None, r.to_stage.value, r.reason
        )
        for r in rows
    )


def _sessions(
    session: Session, entrepreneur_id: int, start: date, end: date
) -> tuple[SessionLine, ...]:
    # Only shareable columns are selected: confidential_notes never leaves the database here.
    rows = session.execute(
        select(
            CoachingSession.id,
            CoachingSession.session_date,
            CoachingSession.start_time,
            CoachingSession.duration_minutes,
            CoachingSession.kind,
            CoachingSession.mode,
            CoachingSession.summary,
            Coach.display_name,
            SessionParticipant.attended,
        )
        .join(SessionParticipant, SessionParticipant.session_id == CoachingSession.id)
        .join(Coach, Coach.id == CoachingSession.coach_id)
        .where(
            SessionParticipant.entrepreneur_id == entrepreneur_id,
            CoachingSession.session_date.between(start, end),
        )
        .order_by(CoachingSession.session_date, CoachingSession.start_time, CoachingSession.id)
    ).all()
    topics: dict[int, list[str]] = {}
    if rows:
        topic_rows = session.execute(
            select(session_topic.c.session_id, CoachingTopic.label)
            .join(CoachingTopic, CoachingTopic.id == session_topic.c.topic_id)
            .join(SessionParticipant, SessionParticipant.session_id == session_topic.c.session_id)
            .join(CoachingSession, CoachingSession.id == session_topic.c.session_id)
            .where(
                SessionParticipant.entrepreneur_id == entrepreneur_id,
                CoachingSession.session_date.between(start, end),
            )
            .order_by(CoachingTopic.position, CoachingTopic.label)
        )
        for session_id, label in topic_rows:
            topics.setdefault(session_id, []).append(label)
    return tuple(
        SessionLine(
            session_date=r.session_date,
            start_time=r.start_time,
            duration_minutes=r.duration_minutes,
            coach=r.display_name,
            kind=r.kind.value,
            mode=r.mode.value,
            attended=bool(r.attended),
            topics=tuple(topics.get(r.id, ())),
            summary=r.summary,
        )
        for r in rows
    )


def _topics(
    session: Session, entrepreneur_id: int, start: date, end: date
) -> tuple[TopicHours, ...]:
    rows = session.execute(
        select(
            CoachingTopic.label,
            func.sum(CoachingSession.duration_minutes),
            func.count(CoachingSession.id),
        )
        .select_from(CoachingSession)
        .join(SessionParticipant, SessionParticipant.session_id == CoachingSession.id)
        .join(session_topic, session_topic.c.session_id == CoachingSession.id)
        .join(CoachingTopic, CoachingTopic.id == session_topic.c.topic_id)
        .where(
            SessionParticipant.entrepreneur_id == entrepreneur_id,
            SessionParticipant.attended.is_(True),
            CoachingSession.session_date.between(start, end),
        )
        .group_by(CoachingTopic.id, CoachingTopic.label)
        .order_by(func.sum(CoachingSession.duration_minutes).desc(), CoachingTopic.label)
    )
    return tuple(TopicHours(label, int(minutes or 0), int(n)) for label, minutes, n in rows)


def _milestones(session: Session, entrepreneur_id: int) -> tuple[MilestoneLine, ...]:
    rows = session.execute(
        select(
            Milestone.title,
            Milestone.category,
            Milestone.due_on,
            Milestone.status,
            Milestone.achieved_on,
        )
        .where(Milestone.entrepreneur_id == entrepreneur_id)
        .order_by(Milestone.due_on, Milestone.id)
    )
    return tuple(
        MilestoneLine(r.title, r.category, r.due_on, r.status.value, r.achieved_on) for r in rows
    )


def _open_actions(session: Session, entrepreneur_id: int) -> tuple[ActionLine, ...]:
    rows = session.execute(
        select(ActionItem.text, ActionItem.due_on, Coach.display_name)
        .outerjoin(Coach, Coach.id == ActionItem.assignee_coach_id)
        .where(ActionItem.entrepreneur_id == entrepreneur_id, ActionItem.done.is_(False))
        .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
    )
    return tuple(ActionLine(r.text, r.due_on, r.display_name) for r in rows)


def _services(
    session: Session, entrepreneur_id: int, start: date, end: date
) -> tuple[ServiceUseLine, ...]:
    rows = session.execute(
        select(
            SharedService.name,
            SharedService.unit,
            func.sum(ServiceUsage.quantity_hundredths),
            func.sum(ServiceUsage.amount_cents),
            func.count(ServiceUsage.id),
        )
        .join(SharedService, SharedService.id == ServiceUsage.service_id)
        .where(
            ServiceUsage.entrepreneur_id == entrepreneur_id,
            ServiceUsage.used_on.between(start, end),
        )
        .group_by(SharedService.id, SharedService.name, SharedService.unit)
        .order_by(func.sum(ServiceUsage.amount_cents).desc(), SharedService.name)
    )
    return tuple(
        ServiceUseLine(name, unit.value, int(q or 0), int(a or 0), int(n))
        for name, unit, q, a, n in rows
    )


def _revenue(
    session: Session, entrepreneur_id: int, start: date, end: date
) -> tuple[RevenueMonth, ...]:
    rows = session.execute(
        select(Revenue.month, Revenue.channel, Revenue.amount_cents)
        .where(
            Revenue.entrepreneur_id == entrepreneur_id,
            Revenue.month.between(_month_start(start), end),
        )
        .order_by(Revenue.month)
    )
    months: dict[date, list[int]] = {}
    for month, channel, amount in rows:
        slot = months.setdefault(month, [0, 0])
        slot[0 if channel.value == "incubator" else 1] += amount
    return tuple(RevenueMonth(m, v[0], v[1]) for m, v in sorted(months.items()))
