"""Which rows of a list a person sees by site: the WHERE terms lists add for their site.

People (entrepreneurs) belong to one site; services, rooms and events belong to one site or,
with no site, to the whole network (shared by every site). A list shows the site picked in its
filter, else the person's own sites; network-level people (services/sites/members.py) and an
install of fewer than two sites see everything.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session

from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Entrepreneur, Site, SiteMembership
from incubator_app.services.actor import Actor, Permission
from incubator_app.services.sites.members import sites_of
from incubator_app.services.sites.records import MULTI_SITE
from incubator_app.services.sites.rights import writable_sites


def shared_site_terms(
    session: Session, actor: Actor, column: ColumnElement, picked: int | None = None
) -> list[ColumnElement[bool]]:
    """WHERE terms on `column` (a nullable site id) of rows shared by the network: the site
    picked (if the person may see it) or their own sites, with the network's rows always."""
    mine = sites_of(session, actor)
    if picked is not None:
        if mine is not None and picked not in mine:
            return [false()]
        return [or_(column.is_(None), column == picked)]
    if mine is None:
        return []
    return [or_(column.is_(None), column.in_(mine))]


def default_site(
    session: Session, actor: Actor, permission: Permission | None = None
) -> int | None:
    """The site a new service or event gets unless another is chosen: the person's first site
    (by id), the first where their role there grants `permission` when given; None (the
    network's) for network-level people and single-site installs."""
    mine = sites_of(session, actor)
    if mine and permission is not None:
        writable = writable_sites(session, actor, permission)
        if writable:
            return writable[0]
    return mine[0] if mine else None


def check_site_choice(session: Session, actor: Actor, site_id: int | None) -> int | None:
    """A site chosen for a service or event: an active site, one of the person's own when
    they work on some sites only; None: the network's, shared by every site."""
    if site_id is None:
        return None
    site = session.get(Site, site_id)
    if site is None or not site.active:
        raise ValidationError(
            {"site_id": msg(QT_TRANSLATE_NOOP("Sites", "No active site has this id."))}
        )
    mine = sites_of(session, actor)
    if mine is not None and site_id not in mine:
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP("Sites", "{login} does not work on the site {site}."),
                login=actor.login,
                site=site.name,
            )
        )
    return site_id


def own_sites_condition(actor: Actor, column: ColumnElement) -> ColumnElement[bool] | None:
    """`column` (a person's site id) is one of `actor`'s sites, worked out by the database
    itself (for statements built without a session: the dashboard's due lists). The rule of
    members.sites_of: true for everyone on an install of fewer than two active sites and for
    accounts with no site membership; None (no condition) for administrators and the system.
    The subqueries are not correlated: each runs once per statement."""
    if actor.is_admin or actor.user_id is None:
        return None
    active_sites = select(func.count()).select_from(Site).where(Site.active).scalar_subquery()
    member = select(SiteMembership.id).where(SiteMembership.user_id == actor.user_id)
    mine = (
        select(SiteMembership.site_id)
        .join(Site, Site.id == SiteMembership.site_id)
        .where(SiteMembership.user_id == actor.user_id, Site.active)
    )
    return or_(active_sites < MULTI_SITE, ~member.exists(), column.in_(mine))


def visible_sites(
    session: Session, actor: Actor, picked: int | None = None
) -> tuple[int, ...] | None:
    """The sites a list of people shows: the one picked (none if it is not the person's),
    else the person's own; None: every site."""
    mine = sites_of(session, actor)
    if picked is not None:
        return (picked,) if mine is None or picked in mine else ()
    return mine


def check_person_on_my_sites(
    session: Session, actor: Actor, entrepreneur_id: int, site_id: int | None
) -> None:
    """Opening a person by id (a link, a typed id, the command line): someone who works on
    some sites of a network is refused the people of the other sites, with a message that
    names the site but not the person."""
    mine = sites_of(session, actor)
    if mine is None or site_id in mine:
        return
    site = session.get(Site, site_id) if site_id is not None else None
    if site is None:
        text = QT_TRANSLATE_NOOP(
            "Sites",
            "Entrepreneur {id} is on no site (the network's team follows them): {login} sees"
            " the people of their own sites only.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Sites",
            "Entrepreneur {id} is followed on the site {site}: {login} sees the people of their"
            " own sites only.",
        )
    raise PermissionDenied(
        msg(text, id=entrepreneur_id, site=site.name if site else "", login=actor.login)
    )


def refuse_unseen_person(session: Session, actor: Actor, entrepreneur_id: int) -> None:
    """On a secured PostgreSQL server the people of other sites are not even readable: what
    looks like "no such person" to someone of some sites says so in words (raises)."""
    if session.get_bind().dialect.name != "postgresql" or sites_of(session, actor) is None:
        return
    raise PermissionDenied(
        msg(
            QT_TRANSLATE_NOOP(
                "Sites",
                "No entrepreneur {id} on the sites of {login}: they may be followed on another"
                " site.",
            ),
            id=entrepreneur_id,
            login=actor.login,
        )
    )


def check_people_on_my_sites(session: Session, actor: Actor, entrepreneur_ids: list[int]) -> None:
    """Someone who works on some sites of a network records sessions (and the like) with the
    people of their own sites only; raises naming the ids of the others."""
    mine = sites_of(session, actor)
    if mine is None or not entrepreneur_ids:
        return
    others = sorted(
        session.scalars(
            select(Entrepreneur.id).where(
                Entrepreneur.id.in_(sorted(set(entrepreneur_ids))),
                or_(Entrepreneur.site_id.is_(None), Entrepreneur.site_id.not_in(mine)),
            )
        )
    )
    if others:
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP(
                    "Sites",
                    "Entrepreneurs {ids} are followed on another site: {login} works with the"
                    " people of their own sites only.",
                ),
                ids=", ".join(map(str, others)),
                login=actor.login,
            )
        )


def _refuse_record(session: Session, actor: Actor, what: str, record_id: int, site_id: int | None):
    site = session.get(Site, site_id) if site_id is not None else None
    if site is None:
        text = QT_TRANSLATE_NOOP(
            "Sites",
            "{what} {id} is about people on no site (the network's team follows them): {login}"
            " sees the records of their own sites only.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Sites",
            "{what} {id} belongs to the site {site}: {login} sees the records of their own"
            " sites only.",
        )
    return PermissionDenied(
        msg(
            text,
            what=msg(what),
            id=record_id,
            site=site.name if site else "",
            login=actor.login,
        )
    )


def check_record_of_people(
    session: Session,
    actor: Actor,
    what: tuple[str, str],
    record_id: int,
    entrepreneur_ids: list[int | None],
) -> None:
    """Opening a record about people by id (a session, a milestone, a document, a booking, a
    registration): someone of some sites is refused it unless one of its people is on their
    sites, with the message of `check_person_on_my_sites` (it names the site, not the
    person). `what`: the kind of record, QT_TRANSLATE_NOOP("Sites", "Milestone"). A record
    about nobody is the network's and stays readable."""
    ids = sorted({i for i in entrepreneur_ids if i is not None})
    if not ids:
        return
    mine = sites_of(session, actor)
    if mine is None:
        return
    sites = set(session.scalars(select(Entrepreneur.site_id).where(Entrepreneur.id.in_(ids))))
    if sites & set(mine):
        return
    other = min((s for s in sites if s is not None), default=None)
    raise _refuse_record(session, actor, what, record_id, other)


def check_record_on_site(
    session: Session, actor: Actor, what: tuple[str, str], record_id: int, site_id: int | None
) -> None:
    """A record that belongs to a site (an event, a service): refused when it is another
    site's; the network's (no site) are everyone's."""
    mine = sites_of(session, actor)
    if mine is None or site_id is None or site_id in mine:
        return
    raise _refuse_record(session, actor, what, record_id, site_id)
