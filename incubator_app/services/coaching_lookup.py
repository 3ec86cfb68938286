"""Small look-ups for the log dialog and the coaching filters: entrepreneurs matching a few
typed letters (a LIMIT, never the whole list), names of entrepreneurs and coaches. No Qt."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from incubator_app.models import Coach, Entrepreneur, PathwayStage
from incubator_app.services.actor import Actor, Permission, require


@dataclass(frozen=True)
class EntrepreneurChoice:
    id: int
    name: str
    project_name: str | None
    stage: PathwayStage

    @property
    def label(self) -> str:
        return f"{self.name} — {self.project_name}" if self.project_name else self.name


def _like_term(word: str) -> str:
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_entrepreneurs(
    session: Session, text: str, *, actor: Actor, limit: int = 12
) -> list[EntrepreneurChoice]:
    """Entrepreneurs whose first name, last name or project contain every typed word;
    people being incubated first, then by name. Archived records are left out."""
    require(actor, Permission.VIEW)
    words = [w for w in (text or "").split() if w]
    if not words:
        return []
    stmt = select(
        Entrepreneur.id,
        Entrepreneur.first_name,
        Entrepreneur.last_name,
        Entrepreneur.project_name,
        Entrepreneur.stage,
    ).where(Entrepreneur.archived.is_(False))
    for word in words:
        term = _like_term(word)
        stmt = stmt.where(
            or_(
                func.lower(Entrepreneur.first_name).like(term, escape="\\"),
                func.lower(Entrepreneur.last_name).like(term, escape="\\"),
                func.lower(func.coalesce(Entrepreneur.project_name, "")).like(term, escape="\\"),
            )
        )
    active_first = case((Entrepreneur.stage == PathwayStage.INCUBATED, 0), else_=1)
    stmt = stmt.order_by(
        active_first, Entrepreneur.last_name, Entrepreneur.first_name, Entrepreneur.id
    ).limit(limit)
    return [
        EntrepreneurChoice(i, f"{first} {last}", project, stage)
        for i, first, last, project, stage in session.execute(stmt)
    ]


def entrepreneur_choices(
    session: Session, ids: Iterable[int], *, actor: Actor
) -> list[EntrepreneurChoice]:
    """The given entrepreneurs (a preset participant, a session being edited), in id order."""
    require(actor, Permission.VIEW)
    wanted = sorted(set(ids))
    if not wanted:
        return []
    stmt = select(
        Entrepreneur.id,
        Entrepreneur.first_name,
        Entrepreneur.last_name,
        Entrepreneur.project_name,
        Entrepreneur.stage,
    ).where(Entrepreneur.id.in_(wanted))
    found = {
        i: EntrepreneurChoice(i, f"{first} {last}", project, stage)
        for i, first, last, project, stage in session.execute(stmt)
    }
    return [found[i] for i in wanted if i in found]


@dataclass(frozen=True)
class CoachChoice:
    id: int
    name: str


def coach_choices(session: Session, *, actor: Actor) -> list[CoachChoice]:
    """Active coaches by name (a network has ~1,500: fine in one combo box)."""
    require(actor, Permission.VIEW)
    stmt = (
        select(Coach.id, Coach.display_name)
        .where(Coach.active.is_(True))
        .order_by(func.lower(Coach.display_name), Coach.id)
    )
    return [CoachChoice(i, name) for i, name in session.execute(stmt)]
