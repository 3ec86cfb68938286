"""Flat rows of coaching sessions for CSV/XLSX/PDF exports: names instead of ids, and the same
confidentiality rule as the views (the rows are built from `session_views`). No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.models import Coach, CoachingSession, CoachingTopic, Entrepreneur
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.coaching.sessions import _CHUNK, _filtered
from incubator_app.services.coaching.sessions import session_views as _views


@dataclass(frozen=True)
class CoachingSessionExportRow:
    """Flat row for CSV/XLSX/PDF exports; same confidentiality rule as the views."""

    id: int
    session_date: date
    start_time: time | None
    duration_minutes: int
    coach_name: str
    kind: str
    mode: str
    participants: str
    topics: str
    summary: str | None
    confidential_notes: str | None
    notes_hidden: bool


def coaching_session_export_rows(
    session: Session,
    *,
    actor: Actor,
    coach_id: int | None = None,
    entrepreneur_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[CoachingSessionExportRow]:
    """Rows with names instead of ids, oldest first, for exports; notes masked like the views."""
    require(actor, Permission.VIEW)
    stmt = _filtered(coach_id, entrepreneur_id, date_from, date_to).order_by(
        CoachingSession.session_date, CoachingSession.start_time, CoachingSession.id
    )
    views = _views(session, list(session.scalars(stmt)), actor)
    coach_names = {cid: name for cid, name in session.execute(select(Coach.id, Coach.display_name))}
    topic_labels = {
        tid: label for tid, label in session.execute(select(CoachingTopic.id, CoachingTopic.label))
    }
    people_ids = sorted({p.entrepreneur_id for view in views for p in view.participants})
    names: dict[int, str] = {}
    for i in range(0, len(people_ids), _CHUNK):
        rows = session.execute(
            select(Entrepreneur.id, Entrepreneur.first_name, Entrepreneur.last_name).where(
                Entrepreneur.id.in_(people_ids[i : i + _CHUNK])
            )
        )
        names.update({eid: f"{first} {last}" for eid, first, last in rows})
    return [
        CoachingSessionExportRow(
            id=view.id,
            session_date=view.session_date,
            start_time=view.start_time,
            duration_minutes=view.duration_minutes,
            coach_name=coach_names.get(view.coach_id, ""),
            kind=view.kind.value,
            mode=view.mode.value,
            participants=", ".join(names[p.entrepreneur_id] for p in view.participants),
            topics=", ".join(topic_labels[t] for t in view.topic_ids),
            summary=view.summary,
            confidential_notes=view.confidential_notes,
            notes_hidden=view.notes_hidden,
        )
        for view in views
    ]
