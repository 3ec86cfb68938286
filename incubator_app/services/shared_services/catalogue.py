"""Catalogue of shared services (services mutualisés): rooms, equipment, accounting, legal help.

Prices have a history (`shared_service_price`): a price applies from its `valid_from` day until
the next change, and a usage is charged at `price_on(session, service_id, its day)`. A day before
the first known price takes the first price (the service existed at that price). The service row's
own `unit_price_cents` / `vat_rate_bp` mirror the price valid on the day of the last change, for
quick reading; views recompute the current price from the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import EllipsisType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ServiceUnit, SharedService, SharedServicePrice
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.sites.scope import (
    check_record_on_site,
    check_site_choice,
    default_site,
    shared_site_terms,
)
from incubator_app.services.text_match import same_words_condition
from incubator_app.services.validation import Validator

ENTITY = "shared_service"

#: Categories offered when editing a service (the incubator may type its own).
STANDARD_CATEGORIES = (
    QT_TRANSLATE_NOOP("Catalogue", "Accounting"),
    QT_TRANSLATE_NOOP("Catalogue", "Legal"),
    QT_TRANSLATE_NOOP("Catalogue", "Office and hosting"),
    QT_TRANSLATE_NOOP("Catalogue", "Rehearsal room"),
    QT_TRANSLATE_NOOP("Catalogue", "Workshop"),
    QT_TRANSLATE_NOOP("Catalogue", "Equipment"),
    QT_TRANSLATE_NOOP("Catalogue", "Communication"),
    QT_TRANSLATE_NOOP("Catalogue", "Invoicing under the incubator's number"),
)
_FIELDS = [
    "name",
    "category",
    "unit",
    "unit_price_cents",
    "vat_rate_bp",
    "bookable",
    "capacity",
    "active",
    "site_id",
]


@dataclass(frozen=True)
class SharedServiceView:
    id: int
    name: str
    category: str
    unit: ServiceUnit
    unit_price_cents: int
    vat_rate_bp: int
    bookable: bool
    capacity: int
    active: bool
    version_id: int
    #: The site that offers it; None: the network's (every site's).
    site_id: int | None = None


@dataclass(frozen=True)
class ServicePrice:
    """The price of a service from `valid_from` on (until the next change)."""

    service_id: int
    valid_from: date
    unit_price_cents: int
    vat_rate_bp: int


def _price(row: SharedServicePrice) -> ServicePrice:
    return ServicePrice(row.service_id, row.valid_from, row.unit_price_cents, row.vat_rate_bp)


def price_on(session: Session, service_id: int, day: date) -> ServicePrice:
    """The price and VAT rate of the service on `day` (no permission needed: it is what any
    charge of that day uses; callers check their own permission)."""
    row = session.scalar(
        select(SharedServicePrice)
        .where(SharedServicePrice.service_id == service_id, SharedServicePrice.valid_from <= day)
        .order_by(SharedServicePrice.valid_from.desc())
        .limit(1)
    )
    if row is None:  # before the first known price: the service existed at that price
        row = session.scalar(
            select(SharedServicePrice)
            .where(SharedServicePrice.service_id == service_id)
            .order_by(SharedServicePrice.valid_from)
            .limit(1)
        )
    if row is not None:
        return _price(row)
    service = session.get(SharedService, service_id)
    if service is None:
        raise NotFound(
            msg(QT_TRANSLATE_NOOP("Catalogue", "No service with id {id}."), id=service_id)
        )
    # A service written without history (bulk loads): its own price is the only one known.
    return ServicePrice(service_id, day, service.unit_price_cents, service.vat_rate_bp)


def current_prices(session: Session, today: date | None = None) -> dict[int, ServicePrice]:
    """The price valid today of every service that has a history (one query; small table)."""
    today = today or clock.today()
    latest: dict[int, ServicePrice] = {}
    stmt = select(SharedServicePrice).order_by(
        SharedServicePrice.service_id, SharedServicePrice.valid_from
    )
    for row in session.scalars(stmt):
        if row.valid_from <= today or row.service_id not in latest:
            latest[row.service_id] = _price(row)
    return latest


def list_service_prices(session: Session, service_id: int, *, actor: Actor) -> list[ServicePrice]:
    """The price history of a service, oldest first."""
    require(actor, Permission.VIEW)
    get_or_raise(session, SharedService, service_id)
    stmt = (
        select(SharedServicePrice)
        .where(SharedServicePrice.service_id == service_id)
        .order_by(SharedServicePrice.valid_from)
    )
    return [_price(r) for r in session.scalars(stmt)]


def _set_price(
    session: Session,
    actor: Actor,
    service: SharedService,
    valid_from: date,
    unit_price_cents: int,
    vat_rate_bp: int,
    today: date,
) -> ServicePrice:
    """Adds (or replaces) the history row of `valid_from`; the service row mirrors today's price.
    Runs inside the caller's unit of work."""
    row = session.scalar(
        select(SharedServicePrice).where(
            SharedServicePrice.service_id == service.id,
            SharedServicePrice.valid_from == valid_from,
        )
    )
    if row is None:
        row = SharedServicePrice(
            service_id=service.id,
            valid_from=valid_from,
            unit_price_cents=unit_price_cents,
            vat_rate_bp=vat_rate_bp,
        )
        session.add(row)
    else:
        row.unit_price_cents, row.vat_rate_bp = unit_price_cents, vat_rate_bp
    session.flush()
    record_audit(
        session,
        actor,
        ENTITY,
        service.id,
        "price",
        {
            "valid_from": valid_from.isoformat(),
            "unit_price_cents": unit_price_cents,
            "vat_rate_bp": vat_rate_bp,
        },
    )
    now = price_on(session, service.id, today)
    service.unit_price_cents, service.vat_rate_bp = now.unit_price_cents, now.vat_rate_bp
    return _price(row)


def change_service_price(
    session: Session,
    service_id: int,
    *,
    valid_from: date,
    unit_price_cents: int,
    vat_rate_bp: int,
    expected_version: int | None = None,
    actor: Actor,
    today: date | None = None,
) -> ServicePrice:
    """A new price from `valid_from` on. Usages already recorded keep their frozen amounts; a
    usage recorded later for a day before `valid_from` still gets the older price."""
    require(actor, Permission.MANAGE_CATALOGUE)
    v = Validator()
    if v.required("valid_from", valid_from) and not isinstance(valid_from, date):
        v.add("valid_from", msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    _validate(v, {"unit_price_cents": unit_price_cents, "vat_rate_bp": vat_rate_bp})
    v.raise_if_any()
    with unit_of_work(session):
        service = load_for_update(session, SharedService, service_id, expected_version)
        price = _set_price(
            session,
            actor,
            service,
            valid_from,
            unit_price_cents,
            vat_rate_bp,
            today or clock.today(),
        )
    return price


def _validate(v: Validator, values: dict[str, Any]) -> None:
    """Checks the fields present in `values` (all of them on creation)."""
    if "name" in values and v.required("name", values["name"]):
        v.max_length("name", values["name"], 120)
    if "category" in values and v.required("category", values["category"]):
        v.max_length("category", values["category"], 60)
    if "unit" in values and v.required("unit", values["unit"]):
        values["unit"] = v.choice("unit", values["unit"], ServiceUnit)
    if "unit_price_cents" in values and v.whole_number(
        "unit_price_cents", values["unit_price_cents"]
    ):
        v.not_negative("unit_price_cents", values["unit_price_cents"])
    if "vat_rate_bp" in values and v.whole_number("vat_rate_bp", values["vat_rate_bp"]):
        v.int_range("vat_rate_bp", values["vat_rate_bp"], 0, 10000)
    if "capacity" in values and v.whole_number("capacity", values["capacity"]):
        v.positive("capacity", values["capacity"])
    for flag in ("bookable", "active"):
        if flag in values and not isinstance(values[flag], bool):
            v.add(flag, msg(QT_TRANSLATE_NOOP("Validation", "Must be yes or no.")))


def _ensure_name_free(session: Session, name: str, exclude_id: int | None = None) -> None:
    # The same words whatever the accents, case and spacing: "Salle de répétition" and
    # "salle de repetition" cannot both exist (services/text_match.py).
    dialect = session.get_bind().dialect.name
    stmt = select(SharedService.id).where(same_words_condition(SharedService.name, name, dialect))
    if exclude_id is not None:
        stmt = stmt.where(SharedService.id != exclude_id)
    if session.scalar(stmt) is not None:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP("Catalogue", "A service named “{name}” already exists."),
                name=name,
            )
        )


def create_shared_service(
    session: Session,
    *,
    name: str,
    category: str,
    unit: ServiceUnit | str,
    unit_price_cents: int,
    vat_rate_bp: int = 2000,
    bookable: bool = False,
    capacity: int = 1,
    price_valid_from: date | None = None,
    site_id: int | None | EllipsisType = ...,
    actor: Actor,
) -> SharedServiceView:
    """A new service; its first price is valid from `price_valid_from` (default today), and
    also applies to earlier days (see `price_on`). `site_id`: the site that offers it, None
    for the whole network; left out, the site of whoever adds it (services/sites/scope.py)."""
    require(actor, Permission.MANAGE_CATALOGUE)
    values: dict[str, Any] = {
        "name": name,
        "category": category,
        "unit": unit,
        "unit_price_cents": unit_price_cents,
        "vat_rate_bp": vat_rate_bp,
        "bookable": bookable,
        "capacity": capacity,
    }
    v = Validator()
    _validate(v, values)
    v.raise_if_any()
    values["name"], values["category"] = name.strip(), category.strip()
    with unit_of_work(session):
        _ensure_name_free(session, values["name"])
        values["site_id"] = (
            default_site(session, actor)
            if isinstance(site_id, EllipsisType)
            else check_site_choice(session, actor, site_id)
        )
        service = SharedService(**values, active=True)
        session.add(service)
        session.flush()
        record_audit(session, actor, ENTITY, service.id, "create", snapshot(service, _FIELDS))
        session.add(
            SharedServicePrice(
                service_id=service.id,
                valid_from=price_valid_from or clock.today(),
                unit_price_cents=unit_price_cents,
                vat_rate_bp=vat_rate_bp,
            )
        )
    return to_view(service, SharedServiceView)


def update_shared_service(
    session: Session,
    service_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> SharedServiceView:
    """Name, category, unit, flags. A price or VAT change here is a price change valid from
    today (`change_service_price` chooses the day): past usages keep the price of their day."""
    require(actor, Permission.MANAGE_CATALOGUE)
    v = Validator()
    v.only_fields(changes, _FIELDS)
    _validate(v, changes)
    v.raise_if_any()
    for field in ("name", "category"):
        if field in changes:
            changes[field] = changes[field].strip()
    with unit_of_work(session):
        service = load_for_update(session, SharedService, service_id, expected_version)
        if "name" in changes:
            _ensure_name_free(session, changes["name"], exclude_id=service.id)
        if "site_id" in changes:
            changes["site_id"] = check_site_choice(session, actor, changes["site_id"])
        today = clock.today()
        now = price_on(session, service.id, today)
        new_price = changes.get("unit_price_cents", now.unit_price_cents)
        new_vat = changes.get("vat_rate_bp", now.vat_rate_bp)
        update_with_audit(session, actor, service, ENTITY, changes)
        if (new_price, new_vat) != (now.unit_price_cents, now.vat_rate_bp):
            _set_price(session, actor, service, today, new_price, new_vat, today)
    return to_view(service, SharedServiceView)


def get_shared_service(session: Session, service_id: int, *, actor: Actor) -> SharedServiceView:
    require(actor, Permission.VIEW)
    service = get_or_raise(session, SharedService, service_id)
    what = QT_TRANSLATE_NOOP("Sites", "Service")
    check_record_on_site(session, actor, what, service.id, service.site_id)
    return _view(service, current_prices(session).get(service.id))


def _view(service: SharedService, price: ServicePrice | None) -> SharedServiceView:
    if price is None:
        return to_view(service, SharedServiceView)
    return to_view(
        service,
        SharedServiceView,
        unit_price_cents=price.unit_price_cents,
        vat_rate_bp=price.vat_rate_bp,
    )


def list_shared_services(
    session: Session,
    *,
    actor: Actor,
    active_only: bool = False,
    bookable: bool | None = None,
    category: str | None = None,
    site_id: int | None = None,
) -> list[SharedServiceView]:
    """The services of the site picked, else of the person's own sites, with the network's
    (every service for network-level people and on a single-site install)."""
    require(actor, Permission.VIEW)
    stmt = select(SharedService).where(
        *shared_site_terms(session, actor, SharedService.site_id, site_id)
    )
    if active_only:
        stmt = stmt.where(SharedService.active.is_(True))
    if bookable is not None:
        stmt = stmt.where(SharedService.bookable.is_(bookable))
    if category is not None:
        stmt = stmt.where(SharedService.category == category)
    stmt = stmt.order_by(SharedService.category, SharedService.name)
    prices = current_prices(session)
    return [_view(s, prices.get(s.id)) for s in session.scalars(stmt)]
