"""Sites: create, rename, deactivate (never delete: records keep their site id), list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Entrepreneur, Site, SiteMembership
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    load_for_update,
    record_audit,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.validation import Validator

#: From this many sites on, lists are filtered by site and the UI shows sites.
MULTI_SITE = 2


@dataclass(frozen=True)
class SiteView:
    id: int
    name: str
    code: str
    address: str | None
    commune: str | None
    active: bool
    version_id: int


@dataclass(frozen=True)
class SiteRow:
    """A site in the Settings list: with how many people work there and are followed there."""

    id: int
    name: str
    code: str
    commune: str | None
    address: str | None
    active: bool
    members: int
    entrepreneurs: int
    version_id: int


def site_count(session: Session) -> int:
    """Active sites."""
    return session.scalar(select(func.count()).select_from(Site).where(Site.active)) or 0


def is_multi_site(session: Session) -> bool:
    """Two active sites or more: lists default to the user's sites and the UI shows sites."""
    return site_count(session) >= MULTI_SITE


def list_sites(session: Session, *, actor: Actor, include_inactive: bool = False) -> list[SiteRow]:
    require(actor, Permission.VIEW)
    members = (
        select(func.count())
        .where(SiteMembership.site_id == Site.id)
        .correlate(Site)
        .scalar_subquery()
    )
    people = (
        select(func.count())
        .where(Entrepreneur.site_id == Site.id)
        .correlate(Site)
        .scalar_subquery()
    )
    stmt = select(
        Site.id,
        Site.name,
        Site.code,
        Site.commune,
        Site.address,
        Site.active,
        members,
        people,
        Site.version_id,
    ).order_by(func.lower(Site.name), Site.id)
    if not include_inactive:
        stmt = stmt.where(Site.active)
    return [SiteRow(*row) for row in session.execute(stmt)]


def _check(v: Validator, session: Session, values: dict, *, current_id: int | None = None) -> dict:
    out = {}
    for field, limit in (("name", 120), ("code", 12), ("commune", 120)):
        if field in values:
            value = (values[field] or "").strip()
            if field == "code":
                value = value.upper()
            if field in ("name", "code"):
                v.required(field, value)
            v.max_length(field, value, limit)
            out[field] = value or None
    if "address" in values:
        out["address"] = (values["address"] or "").strip() or None
    for field, column in (("name", Site.name), ("code", Site.code)):
        value = out.get(field)
        if not value:
            continue
        taken = select(Site.id).where(func.lower(column) == value.lower())
        if current_id is not None:
            taken = taken.where(Site.id != current_id)
        if session.scalar(taken) is not None:
            v.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Sites", "Another site is already called {value}."),
                    value=value,
                ),
            )
    return out


def create_site(
    session: Session,
    *,
    name: str,
    code: str,
    address: str | None = None,
    commune: str | None = None,
    actor: Actor,
) -> SiteView:
    require(actor, Permission.MANAGE_USERS)
    v = Validator()
    values = _check(
        v, session, {"name": name, "code": code, "address": address, "commune": commune}
    )
    v.raise_if_any()
    with unit_of_work(session):
        site = Site(active=True, **values)
        session.add(site)
        session.flush()
        record_audit(session, actor, "site", site.id, "create", values)
    return to_view(site, SiteView)


def update_site(
    session: Session,
    site_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: str | None,
) -> SiteView:
    """Renames a site or changes its code, address or commune."""
    require(actor, Permission.MANAGE_USERS)
    v = Validator()
    v.only_fields(changes, ("name", "code", "address", "commune"))
    v.raise_if_any()
    with unit_of_work(session):
        site = load_for_update(session, Site, site_id, expected_version)
        values = _check(v, session, changes, current_id=site.id)
        v.raise_if_any()
        update_with_audit(session, actor, site, "site", values)
    return to_view(site, SiteView)


def set_site_active(
    session: Session, site_id: int, *, active: bool, expected_version: int | None, actor: Actor
) -> SiteView:
    """Deactivates (or reactivates) a site. Its entrepreneurs keep it until moved."""
    require(actor, Permission.MANAGE_USERS)
    with unit_of_work(session):
        site = load_for_update(session, Site, site_id, expected_version)
        update_with_audit(
            session,
            actor,
            site,
            "site",
            {"active": bool(active)},
            action="reactivate" if active else "deactivate",
        )
    return to_view(site, SiteView)


def find_site(session: Session, name_or_code: str) -> Site | None:
    """A site by its code or name (case-insensitive): how the CLI names them."""
    key = (name_or_code or "").strip().lower()
    return session.scalars(
        select(Site).where((func.lower(Site.code) == key) | (func.lower(Site.name) == key))
    ).first()


def require_site(session: Session, name_or_code: str, field: str = "site") -> Site:
    site = find_site(session, name_or_code)
    if site is None:
        raise ValidationError(
            {
                field: msg(
                    QT_TRANSLATE_NOOP("Sites", "No site has the code or name {value}."),
                    value=name_or_code,
                )
            }
        )
    return site
