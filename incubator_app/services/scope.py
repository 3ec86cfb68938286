"""Who sees what in lists: a coach account sees its own caseload, everyone else the whole
incubator; in a network of sites, the people of one's own sites (no Qt). Shared by the
domains' due lists and the dashboard."""

from __future__ import annotations

from sqlalchemy import Select

from incubator_app.models import Entrepreneur, Role
from incubator_app.services.actor import Actor
from incubator_app.services.sites.scope import own_sites_condition


def person_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def is_coach_scoped(actor: Actor) -> bool:
    """A coach account sees its own caseload; everyone else the whole incubator."""
    return actor.role is Role.COACH


def scope_entrepreneurs(
    stmt: Select, actor: Actor, coach_id: int | None = None, *, include_archived: bool = False
) -> Select:
    """Narrows a statement that joins Entrepreneur to the actor's caseload (and `coach_id`),
    and in a network to the people of the actor's sites."""
    if not include_archived:
        stmt = stmt.where(Entrepreneur.archived.is_(False))
    on_my_sites = own_sites_condition(actor, Entrepreneur.site_id)
    if on_my_sites is not None:
        stmt = stmt.where(on_my_sites)
    if is_coach_scoped(actor):
        stmt = stmt.where(Entrepreneur.referent_coach_id == (actor.coach_id or -1))
    if coach_id is not None:
        stmt = stmt.where(Entrepreneur.referent_coach_id == coach_id)
    return stmt


def limited(stmt: Select, limit: int | None) -> Select:
    return stmt if limit is None else stmt.limit(max(0, limit))
