"""Bulk entry of monthly subscriptions: e.g. desk rental charged to every incubated entrepreneur
for a month, skipping those already charged for that service in that month.

"Incubated in a month" means: not archived, with a support contract (CAPE) running on at least
one day of the month (from its start to its early end, or to its planned end). The preview says
who will be charged and who is skipped; the charge re-checks who is already charged inside its
own transaction, so charging the same month twice (a double click, a second person) adds nothing
the second time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Entrepreneur, ServiceUsage, SharedService, SupportContract
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.money import amount_for, vat_for
from incubator_app.services.periods import month_of
from incubator_app.services.records import get_or_raise, record_audit, snapshot, unit_of_work
from incubator_app.services.shared_services.catalogue import price_on

ENTITY = "service_usage"
_FIELDS = [
    "service_id",
    "entrepreneur_id",
    "used_on",
    "quantity_hundredths",
    "unit_price_cents",
    "amount_cents",
    "vat_rate_bp",
]


@dataclass(frozen=True)
class ChargeCandidate:
    entrepreneur_id: int
    name: str
    already_charged: bool


@dataclass(frozen=True)
class MonthlyChargePreview:
    service_id: int
    service_name: str
    month: date  # first day
    used_on: date  # the day the usage is recorded on (the first of the month)
    quantity_hundredths: int
    unit_price_cents: int
    vat_rate_bp: int
    amount_cents: int  # per entrepreneur, HT
    vat_cents: int  # per entrepreneur
    candidates: tuple[ChargeCandidate, ...]

    @property
    def to_charge(self) -> tuple[ChargeCandidate, ...]:
        return tuple(c for c in self.candidates if not c.already_charged)

    @property
    def skipped(self) -> tuple[ChargeCandidate, ...]:
        return tuple(c for c in self.candidates if c.already_charged)


@dataclass(frozen=True)
class MonthlyChargeResult:
    created_usage_ids: tuple[int, ...]
    charged_entrepreneur_ids: tuple[int, ...]
    skipped_entrepreneur_ids: tuple[int, ...]


def incubated_in_month(session: Session, month: date) -> list[tuple[int, str]]:
    """(id, "Last First") of the entrepreneurs under a running contract during the month."""
    first, after = month_of(month)
    running = (
        select(SupportContract.entrepreneur_id)
        .where(
            SupportContract.start_date < after,
            func.coalesce(SupportContract.ended_on, SupportContract.end_date) >= first,
        )
        .distinct()
    )
    stmt = (
        select(Entrepreneur.id, Entrepreneur.last_name, Entrepreneur.first_name)
        .where(Entrepreneur.id.in_(running), Entrepreneur.archived.is_(False))
        .order_by(Entrepreneur.last_name, Entrepreneur.first_name, Entrepreneur.id)
    )
    return [(eid, f"{last} {first_name}") for eid, last, first_name in session.execute(stmt)]


def _charged(session: Session, service_id: int, month: date) -> set[int]:
    first, after = month_of(month)
    stmt = select(ServiceUsage.entrepreneur_id).where(
        ServiceUsage.service_id == service_id,
        ServiceUsage.used_on >= first,
        ServiceUsage.used_on < after,
    )
    return set(session.scalars(stmt))


def _check(service_id: int, quantity_hundredths: int) -> None:
    if not isinstance(quantity_hundredths, int) or quantity_hundredths <= 0:
        raise ValidationError(
            {
                "quantity_hundredths": msg(
                    QT_TRANSLATE_NOOP("Validation", "Must be greater than zero.")
                )
            }
        )


def preview_monthly_charge(
    session: Session,
    service_id: int,
    month: date,
    *,
    quantity_hundredths: int = 100,
    actor: Actor,
) -> MonthlyChargePreview:
    """Who would be charged the service for the month, and who is skipped (already charged)."""
    require(actor, Permission.RECORD_SERVICE_USE)
    _check(service_id, quantity_hundredths)
    service = get_or_raise(session, SharedService, service_id)
    first = month.replace(day=1)
    price = price_on(session, service_id, first)
    amount = amount_for(price.unit_price_cents, quantity_hundredths)
    charged = _charged(session, service_id, first)
    candidates = tuple(
        ChargeCandidate(eid, name, eid in charged)
        for eid, name in incubated_in_month(session, first)
    )
    return MonthlyChargePreview(
        service_id=service.id,
        service_name=service.name,
        month=first,
        used_on=first,
        quantity_hundredths=quantity_hundredths,
        unit_price_cents=price.unit_price_cents,
        vat_rate_bp=price.vat_rate_bp,
        amount_cents=amount,
        vat_cents=vat_for(amount, price.vat_rate_bp),
        candidates=candidates,
    )


def charge_monthly_subscription(
    session: Session,
    service_id: int,
    month: date,
    *,
    entrepreneur_ids: Sequence[int] | None = None,
    quantity_hundredths: int = 100,
    actor: Actor,
) -> MonthlyChargeResult:
    """Charges the service on the first of the month, at that day's price, to the incubated
    entrepreneurs of the month (or those of `entrepreneur_ids` among them) not yet charged for
    it that month. One transaction: all are charged, or none."""
    require(actor, Permission.RECORD_SERVICE_USE)
    _check(service_id, quantity_hundredths)
    first = month.replace(day=1)
    with unit_of_work(session):
        service = get_or_raise(session, SharedService, service_id)
        if not service.active:
            raise ValidationError(
                {
                    "service_id": msg(
                        QT_TRANSLATE_NOOP(
                            "ServiceUsage", "The service “{name}” is no longer offered."
                        ),
                        name=service.name,
                    )
                }
            )
        price = price_on(session, service_id, first)
        eligible = [eid for eid, _name in incubated_in_month(session, first)]
        if entrepreneur_ids is not None:
            wanted = set(entrepreneur_ids)
            eligible = [eid for eid in eligible if eid in wanted]
        charged = _charged(session, service_id, first)
        skipped = tuple(eid for eid in eligible if eid in charged)
        usages = [
            ServiceUsage(
                service_id=service_id,
                entrepreneur_id=eid,
                used_on=first,
                quantity_hundredths=quantity_hundredths,
                unit_price_cents=price.unit_price_cents,
                vat_rate_bp=price.vat_rate_bp,
                amount_cents=amount_for(price.unit_price_cents, quantity_hundredths),
            )
            for eid in eligible
            if eid not in charged
        ]
        session.add_all(usages)
        session.flush()
        for usage in usages:
            record_audit(session, actor, ENTITY, usage.id, "create", snapshot(usage, _FIELDS))
    return MonthlyChargeResult(
        created_usage_ids=tuple(u.id for u in usages),
        charged_entrepreneur_ids=tuple(u.entrepreneur_id for u in usages),
        skipped_entrepreneur_ids=skipped,
    )
