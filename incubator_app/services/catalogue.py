"""Catalogue of shared services (services mutualisés): rooms, equipment, accounting, legal help."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ServiceUnit, SharedService
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
from incubator_app.services.validation import Validator

ENTITY = "shared_service"
_FIELDS = [
    "name",
    "category",
    "unit",
    "unit_price_cents",
    "vat_rate_bp",
    "bookable",
    "capacity",
    "active",
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
    # Case-insensitive, so "Salle de répétition" and "salle de répétition" cannot both exist.
    stmt = select(SharedService.id).where(func.lower(SharedService.name) == name.lower())
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
    actor: Actor,
) -> SharedServiceView:
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
        service = SharedService(**values, active=True)
        session.add(service)
        session.flush()
        record_audit(session, actor, ENTITY, service.id, "create", snapshot(service, _FIELDS))
    return to_view(service, SharedServiceView)


def update_shared_service(
    session: Session,
    service_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> SharedServiceView:
    """A new price applies to future usages only: past usages keep the price they were made at."""
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
        update_with_audit(session, actor, service, ENTITY, changes)
    return to_view(service, SharedServiceView)


def get_shared_service(session: Session, service_id: int, *, actor: Actor) -> SharedServiceView:
    require(actor, Permission.VIEW)
    return to_view(get_or_raise(session, SharedService, service_id), SharedServiceView)


def list_shared_services(
    session: Session,
    *,
    actor: Actor,
    active_only: bool = False,
    bookable: bool | None = None,
    category: str | None = None,
) -> list[SharedServiceView]:
    require(actor, Permission.VIEW)
    stmt = select(SharedService)
    if active_only:
        stmt = stmt.where(SharedService.active.is_(True))
    if bookable is not None:
        stmt = stmt.where(SharedService.bookable.is_(bookable))
    if category is not None:
        stmt = stmt.where(SharedService.category == category)
    stmt = stmt.order_by(SharedService.category, SharedService.name)
    return [to_view(s, SharedServiceView) for s in session.scalars(stmt)]
