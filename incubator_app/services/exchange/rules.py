"""The incubator's rules of the exchange (one row): auto-acceptance delay, limits and what a
transfer beyond a limit does, how early an expiring listing warns its author; and the limits of
each category of members (entrepreneurs, contacts, organisations: the account's kind), which
come between an account's own limits and the defaults."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.exchange import (
    AccountKind,
    ExchangeKindLimit,
    ExchangeSettings,
    LimitMode,
)
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import require_configure, require_view
from incubator_app.services.records import check_version, record_audit, unit_of_work
from incubator_app.services.validation import Validator

DEFAULTS = {
    "auto_accept_days": 14,
    "limit_mode": LimitMode.REFUSE,
    "default_min_minutes": -20 * 60,
    "default_max_minutes": 40 * 60,
    "expiry_warning_days": 7,
}


@dataclass(frozen=True)
class ExchangeRules:
    auto_accept_days: int
    limit_mode: LimitMode
    default_min_minutes: int
    default_max_minutes: int
    expiry_warning_days: int
    version_id: int | None = None
    # {kind: (minimum, maximum)}, None = the default; kinds without a row are absent.
    kind_limits: dict[AccountKind, tuple[int | None, int | None]] = dataclasses.field(
        default_factory=dict
    )

    def limits_for(
        self, kind: AccountKind, min_minutes: int | None, max_minutes: int | None
    ) -> tuple[int | None, int | None]:
        """An account's limits: its own, else its kind's, else the defaults; none for the
        incubator's own account."""
        if kind is AccountKind.INCUBATOR:
            return None, None
        kind_min, kind_max = self.kind_limits.get(kind, (None, None))
        low = min_minutes if min_minutes is not None else kind_min
        high = max_minutes if max_minutes is not None else kind_max
        return (
            self.default_min_minutes if low is None else low,
            self.default_max_minutes if high is None else high,
        )


def _row(session: Session) -> ExchangeSettings | None:
    return session.scalars(select(ExchangeSettings).order_by(ExchangeSettings.id).limit(1)).first()


def _kind_limits(session: Session) -> dict[AccountKind, tuple[int | None, int | None]]:
    rows = session.execute(
        select(ExchangeKindLimit.kind, ExchangeKindLimit.min_minutes, ExchangeKindLimit.max_minutes)
    )
    return {kind: (low, high) for kind, low, high in rows if low is not None or high is not None}


def current_rules(session: Session) -> ExchangeRules:
    """The rules in force (the defaults until someone saves them); no permission needed: every
    transfer applies them."""
    row = _row(session)
    kind_limits = _kind_limits(session)
    if row is None:
        return ExchangeRules(**DEFAULTS, kind_limits=kind_limits)  # type: ignore[arg-type]
    return ExchangeRules(
        kind_limits=kind_limits,
        auto_accept_days=row.auto_accept_days,
        limit_mode=row.limit_mode,
        default_min_minutes=row.default_min_minutes,
        default_max_minutes=row.default_max_minutes,
        expiry_warning_days=row.expiry_warning_days,
        version_id=row.version_id,
    )


def get_exchange_rules(session: Session, *, actor: Actor) -> ExchangeRules:
    require_view(actor)
    return current_rules(session)


def update_exchange_rules(
    session: Session,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
    actor: Actor,
) -> ExchangeRules:
    require_configure(actor)
    v = Validator()
    v.only_fields(changes, DEFAULTS)
    values = {**DEFAULTS, **current_rules(session).__dict__, **changes}
    values.pop("version_id", None)
    values.pop("kind_limits", None)
    for field in ("auto_accept_days", "expiry_warning_days"):
        if v.whole_number(field, values[field]):
            v.int_range(field, values[field], 0, 365)
    if v.whole_number("default_min_minutes", values["default_min_minutes"]) and (
        values["default_min_minutes"] > 0
    ):
        v.add(
            "default_min_minutes",
            msg(QT_TRANSLATE_NOOP("Exchange", "The minimum balance cannot be above zero.")),
        )
    if v.whole_number("default_max_minutes", values["default_max_minutes"]) and (
        values["default_max_minutes"] < 0
    ):
        v.add(
            "default_max_minutes",
            msg(QT_TRANSLATE_NOOP("Exchange", "The maximum balance cannot be below zero.")),
        )
    values["limit_mode"] = v.choice("limit_mode", values["limit_mode"], LimitMode)
    v.raise_if_any()
    with unit_of_work(session):
        row = _row(session)
        if row is None:
            row = ExchangeSettings()
            session.add(row)
        else:
            check_version(row, expected_version)
        diff = {}
        for field, value in values.items():
            if getattr(row, field) != value:
                diff[field] = [str(getattr(row, field)), str(value)]
                setattr(row, field, value)
        session.flush()
        record_audit(session, actor, "exchange_settings", row.id, "update", diff)
    return current_rules(session)


LIMITED_KINDS = (AccountKind.ENTREPRENEUR, AccountKind.CONTACT, AccountKind.ORGANISATION)


def set_kind_limits(
    session: Session,
    kind: AccountKind | str,
    *,
    min_minutes: int | None,
    max_minutes: int | None,
    actor: Actor,
) -> ExchangeRules:
    """The minimum and maximum balance of one category of members (None = the default). An
    account's own limits still come first; the incubator's own account has none."""
    require_configure(actor)
    v = Validator()
    kind = v.choice("kind", kind, AccountKind)
    if kind is AccountKind.INCUBATOR:
        v.add(
            "kind",
            msg(QT_TRANSLATE_NOOP("Exchange", "The incubator's own account has no limits.")),
        )
    for name, value in (("min_minutes", min_minutes), ("max_minutes", max_minutes)):
        if value is not None:
            v.whole_number(name, value)
    if isinstance(min_minutes, int) and min_minutes > 0:
        v.add(
            "min_minutes",
            msg(QT_TRANSLATE_NOOP("Exchange", "The minimum balance cannot be above zero.")),
        )
    if isinstance(max_minutes, int) and max_minutes < 0:
        v.add(
            "max_minutes",
            msg(QT_TRANSLATE_NOOP("Exchange", "The maximum balance cannot be below zero.")),
        )
    v.raise_if_any()
    with unit_of_work(session):
        row = session.scalar(select(ExchangeKindLimit).where(ExchangeKindLimit.kind == kind))
        before = (None, None) if row is None else (row.min_minutes, row.max_minutes)
        if before == (min_minutes, max_minutes):
            return current_rules(session)  # unchanged: no row, no audit entry
        if row is None:
            row = ExchangeKindLimit(kind=kind)
            session.add(row)
        row.min_minutes, row.max_minutes = min_minutes, max_minutes
        session.flush()
        record_audit(
            session,
            actor,
            "exchange_kind_limit",
            row.id,
            "update",
            {"kind": kind.value, "before": list(before), "after": [min_minutes, max_minutes]},
        )
    return current_rules(session)
