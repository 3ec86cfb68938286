"""Moving an entrepreneur from one site to another: audited with where from and where to."""

from __future__ import annotations

from sqlalchemy.orm import Session

from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Entrepreneur, Site
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    get_or_raise,
    load_for_update,
    record_audit,
    unit_of_work,
)
from incubator_app.services.sites.members import sites_of
from incubator_app.services.sites.rights import require_on_site


def _name(session: Session, site_id: int | None) -> str | None:
    site = session.get(Site, site_id) if site_id is not None else None
    return site.name if site is not None else None


def move_entrepreneur(
    session: Session,
    entrepreneur_id: int,
    site_id: int | None,
    *,
    expected_version: int | None = None,
    actor: Actor,
) -> bool:
    """Puts the person on `site_id` (None: on no site). Returns whether anything changed.
    Someone restricted to some sites may move only the people of their sites, to one of their
    sites (a secured PostgreSQL server refuses the rest too)."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        person = load_for_update(session, Entrepreneur, entrepreneur_id, expected_version)
        if site_id is not None:
            target = get_or_raise(session, Site, site_id)
            if not target.active:
                raise ValidationError(
                    {
                        "site": msg(
                            QT_TRANSLATE_NOOP("Sites", "The site {site} is no longer active."),
                            site=target.name,
                        )
                    }
                )
        mine = sites_of(session, actor)
        if mine is not None and site_id not in mine and person.site_id != site_id:
            raise PermissionDenied(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Sites", "{login} may move people only to one of their own sites."
                    ),
                    login=actor.login,
                )
            )
        if mine is not None and person.site_id not in mine:
            raise PermissionDenied(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Sites", "{login} may move only the entrepreneurs of their own sites."
                    ),
                    login=actor.login,
                )
            )
        before = person.site_id
        if before == site_id:
            return False
        # Roles per site: one that edits entrepreneurs on the site left and on the site joined.
        for site in (before, site_id):
            if site is not None:
                require_on_site(session, actor, Permission.EDIT_ENTREPRENEURS, site)
        person.site_id = site_id
        record_audit(
            session,
            actor,
            "entrepreneur",
            person.id,
            "move_site",
            {
                "site_id": [before, site_id],
                "site": [_name(session, before), _name(session, site_id)],
            },
        )
    return True
