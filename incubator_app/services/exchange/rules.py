"""The incubator's rules of the exchange (one row): auto-acceptance delay, limits and what a
transfer beyond a limit does, how early an expiring listing warns its author."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.exchange import ExchangeSettings, LimitMode
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


def _row(session: Session) -> ExchangeSettings | None:
    return session.scalars(select(ExchangeSettings).order_by(ExchangeSettings.id).limit(1)).first()


def current_rules(session: Session) -> ExchangeRules:
    """The rules in force (the defaults until someone saves them); no permission needed: every
    transfer applies them."""
    row = _row(session)
    if row is None:
        return ExchangeRules(**DEFAULTS)  # type: ignore[arg-type]
    return ExchangeRules(
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
