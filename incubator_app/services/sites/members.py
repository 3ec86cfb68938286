"""Who works on which site, with which role there, and which sites a person sees.

Network-level people see every site: administrators, the system, and accounts with no site
membership at all (the network's own team). Everyone else sees the sites they belong to. On a
single-site install everybody sees everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Role, Site, SiteMembership, User
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    get_or_raise,
    record_audit,
    snapshot,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.sites.records import MULTI_SITE, is_multi_site


@dataclass(frozen=True)
class MemberRow:
    id: int
    user_id: int
    login: str
    display_name: str
    role: Role


def is_network_level(session: Session, actor: Actor) -> bool:
    if actor.is_admin or actor.user_id is None:
        return True
    has_site = session.scalar(
        select(SiteMembership.id).where(SiteMembership.user_id == actor.user_id).limit(1)
    )
    return has_site is None


# One statement for sites_of: the person's memberships with their sites' state, and the
# number of active sites (built once; the user id is bound at each run).
_MY_SITES = (
    select(
        SiteMembership.site_id,
        Site.active,
        select(func.count()).select_from(Site).where(Site.active).scalar_subquery(),
    )
    .join(Site, Site.id == SiteMembership.site_id)
    .where(SiteMembership.user_id == bindparam("user_id"))
    .order_by(SiteMembership.site_id)
)


def sites_of(session: Session, actor: Actor) -> tuple[int, ...] | None:
    """The ids of the active sites `actor` works on; None: every site (network-level people,
    or an install with fewer than two sites).

    Every list asks this when it opens: no statement for administrators and the system, one
    for everyone else (their memberships and the count of active sites together)."""
    if actor.is_admin or actor.user_id is None:
        return None
    rows = session.execute(_MY_SITES, {"user_id": actor.user_id}).all()
    if not rows or rows[0][2] < MULTI_SITE:  # no membership: the network's team
        return None
    return tuple(site_id for site_id, active, _sites in rows if active)


def list_members(session: Session, site_id: int, *, actor: Actor) -> list[MemberRow]:
    require(actor, Permission.VIEW)
    rows = session.execute(
        select(SiteMembership.id, User.id, User.login, User.display_name, SiteMembership.role)
        .join(User, User.id == SiteMembership.user_id)
        .where(SiteMembership.site_id == site_id)
        .order_by(func.lower(User.display_name), User.id)
    )
    return [MemberRow(*row) for row in rows]


def add_member(
    session: Session, site_id: int, user_id: int, role: Role, *, actor: Actor
) -> MemberRow:
    """Adds a person to a site with a role there; already a member: changes the role."""
    require(actor, Permission.MANAGE_USERS)
    role = Role(role)
    with unit_of_work(session):
        site = get_or_raise(session, Site, site_id)
        user = get_or_raise(session, User, user_id)
        if not site.active:
            raise ValidationError(
                {
                    "site": msg(
                        QT_TRANSLATE_NOOP("Sites", "The site {site} is no longer active."),
                        site=site.name,
                    )
                }
            )
        member = session.scalars(
            select(SiteMembership).where(
                SiteMembership.site_id == site_id, SiteMembership.user_id == user_id
            )
        ).first()
        if member is None:
            member = SiteMembership(site_id=site_id, user_id=user_id, role=role)
            session.add(member)
            session.flush()
            record_audit(
                session,
                actor,
                "site_membership",
                member.id,
                "create",
                {"site": site.name, "login": user.login, "role": role.value},
            )
        else:
            update_with_audit(session, actor, member, "site_membership", {"role": role})
    return MemberRow(member.id, user.id, user.login, user.display_name, member.role)


def remove_member(session: Session, membership_id: int, *, actor: Actor) -> None:
    require(actor, Permission.MANAGE_USERS)
    with unit_of_work(session):
        member = get_or_raise(session, SiteMembership, membership_id)
        values = snapshot(member, ["site_id", "user_id", "role"])
        session.delete(member)
        record_audit(session, actor, "site_membership", membership_id, "delete", values)


def site_choices(
    session: Session, actor: Actor, *, keep: int | None = None
) -> list[tuple[int, str]]:
    """(id, name) of the active sites `actor` may pick in a filter or a record, by name; an
    empty list on an install with fewer than two sites (the UI then shows no site at all).
    `keep`: a record's own site, listed even when deactivated or not the actor's."""
    require(actor, Permission.VIEW)
    if not is_multi_site(session):
        return []
    mine = sites_of(session, actor)
    shown = Site.active if mine is None else Site.active & Site.id.in_(mine)
    if keep is not None:
        shown = shown | (Site.id == keep)
    stmt = select(Site.id, Site.name).where(shown).order_by(func.lower(Site.name), Site.id)
    return [(row[0], row[1]) for row in session.execute(stmt)]
