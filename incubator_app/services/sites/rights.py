"""What a person may do on each site: the role of their membership there decides.

In a network, a person who is coach on one site and viewer on another writes on the first
site's records only. The application role of the account (`Actor.role`) stays the ceiling: a
permission needs both the account's role and the role on the record's site (a viewer account
made "coach" on a site still writes nothing). Network-level people (administrators, the system,
accounts with no site membership) and single-site installs keep their account role on every
site, as before. A record with no site (the network's event, service or room) may be changed
by someone who holds the permission on at least one of their sites.

The services call `require_on_site` (a record's site) or `require_for_people` (the people a
record is about) after `require`; the secured PostgreSQL server applies the same rule to the
tables of people (`db/server_security.py`, `incubator_writable_site_ids`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.errors import PermissionDenied
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import Entrepreneur, Role, Site, SiteMembership
from incubator_app.services.actor import ROLE_PERMISSIONS, Actor, Permission, require
from incubator_app.services.sites.members import is_network_level
from incubator_app.services.sites.records import is_multi_site

# The role names of the account screens (ui/messages.py role_label), for the messages.
_ROLE_NAMES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "administrator"),
    Role.STAFF: QT_TRANSLATE_NOOP("Roles", "staff"),
    Role.COACH: QT_TRANSLATE_NOOP("Roles", "coach"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Roles", "viewer"),
}


# What each permission lets one do, in words, for the messages (never its internal name).
PERMISSION_LABELS = {
    Permission.VIEW: QT_TRANSLATE_NOOP("Permissions", "see the records"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Permissions", "manage the user accounts"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Permissions", "change the settings"),
    Permission.EDIT_ENTREPRENEURS: QT_TRANSLATE_NOOP(
        "Permissions", "change the entrepreneurs' records"
    ),
    Permission.LOG_COACHING: QT_TRANSLATE_NOOP("Permissions", "log coaching sessions"),
    Permission.EDIT_MILESTONES: QT_TRANSLATE_NOOP("Permissions", "change the milestones"),
    Permission.MANAGE_CATALOGUE: QT_TRANSLATE_NOOP(
        "Permissions", "manage the catalogue of shared services"
    ),
    Permission.RECORD_SERVICE_USE: QT_TRANSLATE_NOOP(
        "Permissions", "record the use of shared services"
    ),
    Permission.MANAGE_FUNDING: QT_TRANSLATE_NOOP("Permissions", "manage funders and grants"),
    Permission.MANAGE_EVENTS: QT_TRANSLATE_NOOP("Permissions", "manage events and registrations"),
    Permission.MANAGE_DIRECTORY: QT_TRANSLATE_NOOP("Permissions", "manage the directory"),
    Permission.WRITE_TOOLBOX: QT_TRANSLATE_NOOP("Permissions", "write toolbox sheets"),
    Permission.PUBLISH_TOOLBOX: QT_TRANSLATE_NOOP("Permissions", "publish toolbox sheets"),
    Permission.SEND_MAIL: QT_TRANSLATE_NOOP("Permissions", "send e-mails"),
}


def permission_label(permission: Permission) -> Msg:
    """The permission in the reader's words (a message to translate when shown)."""
    return msg(PERMISSION_LABELS[permission])


def site_roles(session: Session, actor: Actor) -> dict[int, Role] | None:
    """The role `actor` has on each active site they work on; None: network-level, or an
    install of fewer than two sites (the account's role applies everywhere)."""
    if not is_multi_site(session) or is_network_level(session, actor):
        return None
    rows = session.execute(
        select(SiteMembership.site_id, SiteMembership.role)
        .join(Site, Site.id == SiteMembership.site_id)
        .where(SiteMembership.user_id == actor.user_id, Site.active)
        .order_by(SiteMembership.site_id)
    )
    return {site_id: Role(role) for site_id, role in rows}


def _grants(actor: Actor, role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[actor.role] and permission in ROLE_PERMISSIONS[role]


def writable_sites(
    session: Session, actor: Actor, permission: Permission
) -> tuple[int, ...] | None:
    """The sites on which `actor` holds `permission`, by id; None: every site."""
    roles = site_roles(session, actor)
    if roles is None:
        return None
    return tuple(site for site, role in roles.items() if _grants(actor, role, permission))


def can_on_site(
    session: Session, actor: Actor, permission: Permission, site_id: int | None
) -> bool:
    """Whether `actor` may do `permission` on a record of `site_id` (None: the network's)."""
    if permission not in ROLE_PERMISSIONS[actor.role]:
        return False
    sites = writable_sites(session, actor, permission)
    if sites is None:
        return True
    return bool(sites) if site_id is None else site_id in sites


def _site_name(session: Session, site_id: int | None) -> str | None:
    site = session.get(Site, site_id) if site_id is not None else None
    return site.name if site is not None else None


def require_on_site(
    session: Session, actor: Actor, permission: Permission, site_id: int | None
) -> None:
    """Raises PermissionDenied, naming the site and the role there, unless `actor` may do
    `permission` on a record of `site_id` (None: a record of the whole network)."""
    require(actor, permission)
    roles = site_roles(session, actor)
    if roles is None:
        return
    if site_id is None:
        if any(_grants(actor, role, permission) for role in roles.values()):
            return
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP(
                    "Sites",
                    "{login} may not do this on any of their sites ({permission}), so not on"
                    " the whole network's records either.",
                ),
                login=actor.login,
                permission=permission_label(permission),
            )
        )
    role = roles.get(site_id)
    if role is None:
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP("Sites", "{login} does not work on the site {site}."),
                login=actor.login,
                site=_site_name(session, site_id) or str(site_id),
            )
        )
    if not _grants(actor, role, permission):
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP(
                    "Sites",
                    "{login} is {role} on the site {site}: they may not do this there"
                    " ({permission}).",
                ),
                login=actor.login,
                role=msg(_ROLE_NAMES[role]),
                site=_site_name(session, site_id) or str(site_id),
                permission=permission_label(permission),
            )
        )


def require_for_people(
    session: Session, actor: Actor, permission: Permission, entrepreneur_ids: Iterable[int]
) -> None:
    """`require_on_site` for the site of each person a record is about (one query)."""
    require(actor, permission)
    ids = sorted({i for i in entrepreneur_ids if i is not None})
    if not ids or site_roles(session, actor) is None:
        return
    rows = session.execute(
        select(Entrepreneur.id, Entrepreneur.site_id).where(Entrepreneur.id.in_(ids))
    )
    by_site: dict[int | None, list[int]] = {}
    for person_id, site_id in rows:
        by_site.setdefault(site_id, []).append(person_id)
    if None in by_site:  # the network team's people: not on any of this person's sites
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP(
                    "Sites",
                    "Entrepreneurs {ids} are followed on another site: {login} works with the"
                    " people of their own sites only.",
                ),
                ids=", ".join(map(str, sorted(by_site[None]))),
                login=actor.login,
            )
        )
    for site_id in sorted(by_site):
        require_on_site(session, actor, permission, site_id)


def require_for_person(
    session: Session, actor: Actor, permission: Permission, entrepreneur_id: int | None
) -> None:
    if entrepreneur_id is not None:
        require_for_people(session, actor, permission, [entrepreneur_id])


def require_for_some_people(
    session: Session, actor: Actor, permission: Permission, entrepreneur_ids: Iterable[int]
) -> None:
    """A record about people of several sites (a collective session) is also each of those
    sites' record: `actor` may change it when their role on the site of at least one of its
    people grants `permission` (raises naming the first site otherwise)."""
    require(actor, permission)
    ids = sorted({i for i in entrepreneur_ids if i is not None})
    if not ids or site_roles(session, actor) is None:
        return
    sites = set(session.scalars(select(Entrepreneur.site_id).where(Entrepreneur.id.in_(ids))))
    if any(s is not None and can_on_site(session, actor, permission, s) for s in sites):
        return
    require_for_people(session, actor, permission, ids)  # raises, naming the site
