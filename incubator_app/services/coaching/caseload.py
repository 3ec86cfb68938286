"""A coach's caseload: their entrepreneurs (those they are referent for, and anyone they coached
in the last twelve months), hours this month and this year, last and next session, open and
overdue action items. A handful of grouped queries on the coach's own sessions. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import (
    ActionItem,
    CoachingSession,
    Entrepreneur,
    PathwayStage,
    SessionParticipant,
)
from incubator_app.services.actor import Actor, Permission, require

_CHUNK = 500
# Referents of people who left long ago do not carry them in their caseload.
_FOLLOWED_STAGES = (PathwayStage.ADMITTED, PathwayStage.INCUBATED)


@dataclass(frozen=True)
class CaseloadRow:
    id: int  # the entrepreneur's id
    name: str
    project_name: str | None
    stage: PathwayStage
    is_referent: bool
    minutes_this_month: int
    minutes_this_year: int
    last_session: date | None
    next_session: date | None
    open_actions: int
    overdue_actions: int


def coach_caseload(
    session: Session, coach_id: int, *, actor: Actor, today: date | None = None
) -> list[CaseloadRow]:
    """The coach's entrepreneurs, those with overdue actions first, then by name."""
    require(actor, Permission.VIEW)
    today = today or clock.today()
    month_start, year_start = today.replace(day=1), today.replace(month=1, day=1)
    cs, sp = CoachingSession, SessionParticipant
    minutes = cs.duration_minutes
    stats_stmt = (
        select(
            sp.entrepreneur_id,
            func.sum(
                case(
                    (and_(cs.session_date >= month_start, cs.session_date <= today), minutes),
                    else_=0,
                )
            ),
            func.sum(
                case(
                    (and_(cs.session_date >= year_start, cs.session_date <= today), minutes),
                    else_=0,
                )
            ),
            func.max(case((cs.session_date <= today, cs.session_date))),
            func.min(case((cs.session_date > today, cs.session_date))),
        )
        .join(sp, sp.session_id == cs.id)
        .where(cs.coach_id == coach_id)
        .group_by(sp.entrepreneur_id)
    )
    stats = {row[0]: row[1:] for row in session.execute(stats_stmt)}
    recent = today - timedelta(days=365)
    coached = {
        eid for eid, (_m, _y, last, nxt) in stats.items() if (last and last >= recent) or nxt
    }
    referent = set(
        session.scalars(
            select(Entrepreneur.id).where(
                Entrepreneur.referent_coach_id == coach_id,
                Entrepreneur.archived.is_(False),
                Entrepreneur.stage.in_(_FOLLOWED_STAGES),
            )
        )
    )
    ids = sorted(coached | referent)
    people: dict[int, tuple[str, str | None, PathwayStage]] = {}
    actions: dict[int, tuple[int, int]] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        for eid, first, last, project, stage in session.execute(
            select(
                Entrepreneur.id,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                Entrepreneur.project_name,
                Entrepreneur.stage,
            ).where(Entrepreneur.id.in_(chunk))
        ):
            people[eid] = (f"{first} {last}", project, stage)
        overdue = case(
            (and_(ActionItem.due_on.is_not(None), ActionItem.due_on < today), 1), else_=0
        )
        for eid, open_count, overdue_count in session.execute(
            select(ActionItem.entrepreneur_id, func.count(ActionItem.id), func.sum(overdue))
            .where(ActionItem.entrepreneur_id.in_(chunk), ActionItem.done.is_(False))
            .group_by(ActionItem.entrepreneur_id)
        ):
            actions[eid] = (int(open_count), int(overdue_count or 0))
    rows = []
    for eid in ids:
        name, project, stage = people[eid]
        month_minutes, year_minutes, last, nxt = stats.get(eid, (0, 0, None, None))
        open_count, overdue_count = actions.get(eid, (0, 0))
        rows.append(
            CaseloadRow(
                id=eid,
                name=name,
                project_name=project,
                stage=stage,
                is_referent=eid in referent,
                minutes_this_month=int(month_minutes or 0),
                minutes_this_year=int(year_minutes or 0),
                last_session=last,
                next_session=nxt,
                open_actions=open_count,
                overdue_actions=overdue_count,
            )
        )
    rows.sort(key=lambda r: (r.overdue_actions == 0, r.name.lower(), r.id))
    return rows
