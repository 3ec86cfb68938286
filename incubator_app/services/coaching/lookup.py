"""Look-ups behind the entrepreneur picker (ui/entrepreneur_picker.py, used by every dialog
and filter that asks for a person) and the coaching forms: entrepreneurs matching a few typed
letters through the quick search (a LIMIT, never the whole list), typed text resolved to one
person, names of given entrepreneurs, active coaches. No Qt."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Coach, Entrepreneur, PathwayStage
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.quick_search import quick_search_entrepreneurs
from incubator_app.services.text_match import same_words


@dataclass(frozen=True)
class EntrepreneurChoice:
    id: int
    name: str
    project_name: str | None
    stage: PathwayStage

    @property
    def label(self) -> str:
        return f"{self.name} — {self.project_name}" if self.project_name else self.name


def find_entrepreneur_choices(
    session: Session,
    text: str,
    *,
    actor: Actor,
    limit: int = 12,
    include_archived: bool = False,
) -> list[EntrepreneurChoice]:
    """The best `limit` matches of the quick search (accent- and case-insensitive, every word
    a prefix: `cele` finds `Céleste`); archived people, ranked last by the search, left out
    unless asked for."""
    hits = quick_search_entrepreneurs(
        session, text, actor=actor, limit=limit if include_archived else limit * 2
    )
    return [
        EntrepreneurChoice(h.id, h.display_name, h.project_name, h.stage)
        for h in hits
        if include_archived or not h.archived
    ][:limit]


def resolve_entrepreneur(
    session: Session,
    text: str,
    *,
    actor: Actor,
    selected_id: int | None = None,
    include_archived: bool = False,
) -> int | None:
    """The id behind a picker: its picked person, else the single match of the typed text (or
    the single one whose name or "name — project" is exactly the text). Empty text: None."""
    if selected_id is not None:
        return selected_id
    text = (text or "").strip()
    if not text:
        return None
    matches = find_entrepreneur_choices(
        session, text, actor=actor, limit=6, include_archived=include_archived
    )
    exact = [m for m in matches if same_words(text, m.name) or same_words(text, m.label)]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0].id
    raise ValidationError(
        {
            "entrepreneur_id": msg(
                QT_TRANSLATE_NOOP(
                    "EntrepreneurLookup", "No single entrepreneur is called “{text}”; pick one."
                ),
                text=text,
            )
        }
    )


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
