"""The windowed list of service usages shown by the Shared services page (services/paging.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from incubator_app.models import Entrepreneur, ServiceUnit, ServiceUsage, SharedService
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.money import vat_for
from incubator_app.services.paging import SortOrder, apply_sort, window
from incubator_app.services.periods import month_of
from incubator_app.services.shared_services.usage_totals import (
    UsageTotal,
    line_vat_sql,
)


@dataclass(frozen=True)
class UsageRow:
    id: int
    used_on: date
    entrepreneur_id: int
    entrepreneur_name: str
    service_id: int
    service_name: str
    unit: ServiceUnit
    quantity_hundredths: int
    unit_price_cents: int
    amount_cents: int
    vat_rate_bp: int
    vat_cents: int
    booking_id: int | None
    version_id: int

    @property
    def total_cents(self) -> int:
        return self.amount_cents + self.vat_cents


_SORTS: dict[str, Any] = {
    "date": ServiceUsage.used_on,
    "entrepreneur": (Entrepreneur.last_name, Entrepreneur.first_name),
    "service": SharedService.name,
    "quantity": ServiceUsage.quantity_hundredths,
    "amount": ServiceUsage.amount_cents,
}


@dataclass(frozen=True)
class UsageListSource:
    """Usages matching the filters (each optional); newest first by default."""

    actor: Actor
    entrepreneur_id: int | None = None
    month: date | None = None
    service_id: int | None = None

    def _where(self, stmt: Select) -> Select:
        if self.entrepreneur_id is not None:
            stmt = stmt.where(ServiceUsage.entrepreneur_id == self.entrepreneur_id)
        if self.service_id is not None:
            stmt = stmt.where(ServiceUsage.service_id == self.service_id)
        if self.month is not None:
            first, after = month_of(self.month)
            stmt = stmt.where(ServiceUsage.used_on >= first, ServiceUsage.used_on < after)
        return stmt

    def count(self, session: Session) -> int:
        require(self.actor, Permission.VIEW)
        return int(session.scalar(self._where(select(func.count(ServiceUsage.id)))) or 0)

    def totals(self, session: Session) -> UsageTotal:
        """Totals over every matching row (not just the page shown)."""
        require(self.actor, Permission.VIEW)
        stmt = self._where(
            select(
                func.count(ServiceUsage.id),
                func.coalesce(func.sum(ServiceUsage.amount_cents), 0),
                func.coalesce(func.sum(line_vat_sql()), 0),
            )
        )
        count, amount, vat = session.execute(stmt).one()
        return UsageTotal(int(count), int(amount), int(vat))

    def fetch(self, session: Session, sort: SortOrder, offset: int, limit: int) -> list[UsageRow]:
        require(self.actor, Permission.VIEW)
        stmt = self._where(
            select(
                ServiceUsage,
                Entrepreneur.last_name,
                Entrepreneur.first_name,
                SharedService.name,
                SharedService.unit,
            )
            .join(Entrepreneur, Entrepreneur.id == ServiceUsage.entrepreneur_id)
            .join(SharedService, SharedService.id == ServiceUsage.service_id)
        )
        if sort.key is None:
            stmt = stmt.order_by(ServiceUsage.used_on.desc(), ServiceUsage.id.desc())
        else:
            stmt = apply_sort(stmt, sort, _SORTS, default=[], tiebreak=ServiceUsage.id)
        rows = session.execute(window(stmt, offset, limit))
        return [
            UsageRow(
                id=u.id,
                used_on=u.used_on,
                entrepreneur_id=u.entrepreneur_id,
                entrepreneur_name=f"{last} {first}",
                service_id=u.service_id,
                service_name=name,
                unit=unit,
                quantity_hundredths=u.quantity_hundredths,
                unit_price_cents=u.unit_price_cents,
                amount_cents=u.amount_cents,
                vat_rate_bp=u.vat_rate_bp,
                vat_cents=vat_for(u.amount_cents, u.vat_rate_bp),
                booking_id=u.booking_id,
                version_id=u.version_id,
            )
            for u, last, first, name, unit in rows
        ]
