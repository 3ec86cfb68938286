"""Use of shared services by entrepreneurs. The unit price and VAT rate are those of the day of use
(catalogue price history, `price_on`) and the amount is frozen when the use is recorded: later
price changes never rewrite what was already charged. Amounts follow services/money.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Select, cast, func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Booking, BookingStatus, Entrepreneur, ServiceUsage, SharedService
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.money import amount_for, vat_for
from incubator_app.services.periods import month_of
from incubator_app.services.records import (
    delete_with_audit,
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.shared_services.catalogue import price_on
from incubator_app.services.sites.scope import check_record_of_people
from incubator_app.services.validation import Validator

ENTITY = "service_usage"
_FIELDS = [
    "service_id",
    "entrepreneur_id",
    "used_on",
    "quantity_hundredths",
    "unit_price_cents",
    "amount_cents",
    "vat_rate_bp",
    "booking_id",
    "notes",
]


@dataclass(frozen=True)
class ServiceUsageView:
    id: int
    service_id: int
    entrepreneur_id: int
    used_on: date
    quantity_hundredths: int
    unit_price_cents: int
    amount_cents: int
    vat_rate_bp: int
    vat_cents: int
    booking_id: int | None
    notes: str | None
    version_id: int


@dataclass(frozen=True)
class ServiceUsageList:
    items: list[ServiceUsageView]
    # Totals over every matching row (computed in SQL), not just this page.
    count: int
    quantity_hundredths: int
    amount_cents: int
    vat_cents: int


def _view(u: ServiceUsage) -> ServiceUsageView:
    return ServiceUsageView(
        id=u.id,
        service_id=u.service_id,
        entrepreneur_id=u.entrepreneur_id,
        used_on=u.used_on,
        quantity_hundredths=u.quantity_hundredths,
        unit_price_cents=u.unit_price_cents,
        amount_cents=u.amount_cents,
        vat_rate_bp=u.vat_rate_bp,
        vat_cents=vat_for(u.amount_cents, u.vat_rate_bp),
        booking_id=u.booking_id,
        notes=u.notes,
        version_id=u.version_id,
    )


def _validate(v: Validator, values: dict[str, Any]) -> None:
    if "used_on" in values and v.required("used_on", values["used_on"]):
        if not isinstance(values["used_on"], date):
            v.add("used_on", msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    if "quantity_hundredths" in values:
        qty = values["quantity_hundredths"]
        # 1.5 units is 150 hundredths: floats never reach money.
        if v.whole_number("quantity_hundredths", qty):
            v.positive("quantity_hundredths", qty)


def _check_references(
    session: Session, service_id: int, entrepreneur_id: int, booking_id: int | None
) -> SharedService | None:
    v = Validator()
    service = session.get(SharedService, service_id)
    if service is None:
        v.add(
            "service_id",
            msg(QT_TRANSLATE_NOOP("ServiceUsage", "No service with id {id}."), id=service_id),
        )
    elif not service.active:
        v.add(
            "service_id",
            msg(
                QT_TRANSLATE_NOOP("ServiceUsage", "The service “{name}” is no longer offered."),
                name=service.name,
            ),
        )
    if session.get(Entrepreneur, entrepreneur_id) is None:
        v.add(
            "entrepreneur_id",
            msg(
                QT_TRANSLATE_NOOP("ServiceUsage", "No entrepreneur with id {id}."),
                id=entrepreneur_id,
            ),
        )
    if booking_id is not None:
        booking = session.get(Booking, booking_id)
        if booking is None:
            v.add(
                "booking_id",
                msg(QT_TRANSLATE_NOOP("ServiceUsage", "No booking with id {id}."), id=booking_id),
            )
        elif (
            booking.service_id != service_id
            or booking.entrepreneur_id != entrepreneur_id
            or booking.status is BookingStatus.CANCELLED
        ):
            v.add(
                "booking_id",
                msg(
                    QT_TRANSLATE_NOOP(
                        "ServiceUsage",
                        "The booking is cancelled or is for another service or entrepreneur.",
                    )
                ),
            )
    v.raise_if_any()
    if booking_id is not None:
        taken = session.scalar(select(ServiceUsage.id).where(ServiceUsage.booking_id == booking_id))
        if taken is not None:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "ServiceUsage", "Booking {booking} is already charged (usage {usage})."
                    ),
                    booking=booking_id,
                    usage=taken,
                )
            )
    return service


def record_service_usage(
    session: Session,
    *,
    service_id: int,
    entrepreneur_id: int,
    used_on: date,
    quantity_hundredths: int,
    booking_id: int | None = None,
    notes: str | None = None,
    actor: Actor,
) -> ServiceUsageView:
    require(actor, Permission.RECORD_SERVICE_USE)
    v = Validator()
    v.required("service_id", service_id)
    v.required("entrepreneur_id", entrepreneur_id)
    v.required("quantity_hundredths", quantity_hundredths)
    _validate(v, {"used_on": used_on, "quantity_hundredths": quantity_hundredths})
    v.raise_if_any()
    with unit_of_work(session):
        service = _check_references(session, service_id, entrepreneur_id, booking_id)
        assert service is not None
        price = price_on(session, service_id, used_on)
        usage = ServiceUsage(
            service_id=service_id,
            entrepreneur_id=entrepreneur_id,
            used_on=used_on,
            quantity_hundredths=quantity_hundredths,
            unit_price_cents=price.unit_price_cents,
            vat_rate_bp=price.vat_rate_bp,
            amount_cents=amount_for(price.unit_price_cents, quantity_hundredths),
            booking_id=booking_id,
            notes=notes or None,
        )
        session.add(usage)
        session.flush()
        record_audit(session, actor, ENTITY, usage.id, "create", snapshot(usage, _FIELDS))
    return _view(usage)


def update_service_usage(
    session: Session,
    usage_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> ServiceUsageView:
    """Date, quantity or notes. A new date takes the price of that day; otherwise the amount is
    recomputed with the price frozen at recording."""
    require(actor, Permission.RECORD_SERVICE_USE)
    v = Validator()
    v.only_fields(changes, {"used_on", "quantity_hundredths", "notes"})
    _validate(v, changes)
    v.raise_if_any()
    if "notes" in changes:
        changes["notes"] = changes["notes"] or None
    with unit_of_work(session):
        usage = load_for_update(session, ServiceUsage, usage_id, expected_version)
        quantity = changes.get("quantity_hundredths", usage.quantity_hundredths)
        unit_price = usage.unit_price_cents
        if "used_on" in changes and changes["used_on"] != usage.used_on:
            price = price_on(session, usage.service_id, changes["used_on"])
            unit_price = changes["unit_price_cents"] = price.unit_price_cents
            changes["vat_rate_bp"] = price.vat_rate_bp
        changes["amount_cents"] = amount_for(unit_price, quantity)
        update_with_audit(session, actor, usage, ENTITY, changes)
    return _view(usage)


def delete_service_usage(
    session: Session, usage_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    require(actor, Permission.RECORD_SERVICE_USE)
    with unit_of_work(session):
        usage = load_for_update(session, ServiceUsage, usage_id, expected_version)
        delete_with_audit(session, actor, usage, ENTITY, _FIELDS)


def get_service_usage(session: Session, usage_id: int, *, actor: Actor) -> ServiceUsageView:
    require(actor, Permission.VIEW)
    usage = get_or_raise(session, ServiceUsage, usage_id)
    what = QT_TRANSLATE_NOOP("Sites", "Service use")
    check_record_of_people(session, actor, what, usage.id, [usage.entrepreneur_id])
    return _view(usage)


def _where(
    stmt: Select[Any],
    entrepreneur_id: int | None,
    service_id: int | None,
    month: date | None,
) -> Select[Any]:
    if entrepreneur_id is not None:
        stmt = stmt.where(ServiceUsage.entrepreneur_id == entrepreneur_id)
    if service_id is not None:
        stmt = stmt.where(ServiceUsage.service_id == service_id)
    if month is not None:
        first, after = month_of(month)
        # Half-open range keeps the index on used_on usable (no date functions per dialect).
        stmt = stmt.where(ServiceUsage.used_on >= first, ServiceUsage.used_on < after)
    return stmt


def list_service_usage(
    session: Session,
    *,
    actor: Actor,
    entrepreneur_id: int | None = None,
    service_id: int | None = None,
    month: date | None = None,
    limit: int = 500,
    offset: int = 0,
) -> ServiceUsageList:
    """Usages of an entrepreneur and/or in a month (any day of it), with totals in SQL."""
    require(actor, Permission.VIEW)
    rows = _where(select(ServiceUsage), entrepreneur_id, service_id, month)
    rows = rows.order_by(ServiceUsage.used_on, ServiceUsage.id).limit(limit).offset(offset)
    items = [_view(u) for u in session.scalars(rows)]
    # Same rounding as vat_for, row by row; BigInteger so amount × rate cannot overflow int4.
    row_vat = (
        cast(ServiceUsage.amount_cents, BigInteger) * ServiceUsage.vat_rate_bp + 5000
    ) // 10000
    totals = _where(
        select(
            func.count(ServiceUsage.id),
            func.coalesce(func.sum(ServiceUsage.quantity_hundredths), 0),
            func.coalesce(func.sum(ServiceUsage.amount_cents), 0),
            func.coalesce(func.sum(row_vat), 0),
        ),
        entrepreneur_id,
        service_id,
        month,
    )
    count, quantity, amount, vat = session.execute(totals).one()
    return ServiceUsageList(
        items=items,
        count=int(count),
        quantity_hundredths=int(quantity),
        amount_cents=int(amount),
        vat_cents=int(vat),
    )
