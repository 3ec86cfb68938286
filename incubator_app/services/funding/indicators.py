"""The indicators a grant's agreement sets targets for: which figures of the funder report, and
the target of each. Only keys and units live here; the actual values are computed by the funder
report's own function (services/reporting/indicators.py), never stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ExitType, Grant, GrantIndicator
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    delete_with_audit,
    get_or_raise,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.validation import Validator

COUNT, HOURS, PERCENT = "count", "hours", "percent"

#: Every indicator a target can be set for, in reading order, with its unit. Each is a figure
#: the funder report computes (services/reporting/funder_kpis.py).
INDICATOR_UNITS: dict[str, str] = {
    "people_supported": COUNT,
    "beneficiaries": COUNT,
    "admissions": COUNT,
    "incubations": COUNT,
    "exits": COUNT,
    "positive_exits": COUNT,
    **{f"exits_{t.value}": COUNT for t in ExitType},
    "sessions": COUNT,
    "individual_sessions": COUNT,
    "collective_sessions": COUNT,
    "coaching_hours": HOURS,
    "participant_hours": HOURS,
    "survival_12": PERCENT,
    "survival_24": PERCENT,
    "survival_36": PERCENT,
    "share_women": PERCENT,
    "share_under_26": PERCENT,
    "share_job_seekers": PERCENT,
    "share_social_minima": PERCENT,
    "share_priority_district": PERCENT,
}
INDICATOR_KEYS: tuple[str, ...] = tuple(INDICATOR_UNITS)

#: What people call each indicator (the funder report's words).
INDICATOR_LABELS: dict[str, tuple[str, str]] = {
    "people_supported": QT_TRANSLATE_NOOP("Indicators", "People supported"),
    "beneficiaries": QT_TRANSLATE_NOOP("Indicators", "Beneficiaries of the grant"),
    "admissions": QT_TRANSLATE_NOOP("Indicators", "Admissions"),
    "incubations": QT_TRANSLATE_NOOP("Indicators", "Support contracts started"),
    "exits": QT_TRANSLATE_NOOP("Indicators", "Exits"),
    "positive_exits": QT_TRANSLATE_NOOP("Indicators", "Positive exits"),
    "exits_business_created": QT_TRANSLATE_NOOP("Indicators", "Exits: business created"),
    "exits_salaried_job": QT_TRANSLATE_NOOP("Indicators", "Exits: salaried job"),
    "exits_training": QT_TRANSLATE_NOOP("Indicators", "Exits: training"),
    "exits_job_search": QT_TRANSLATE_NOOP("Indicators", "Exits: job search"),
    "exits_stopped": QT_TRANSLATE_NOOP("Indicators", "Exits: activity stopped"),
    "exits_other": QT_TRANSLATE_NOOP("Indicators", "Exits: other"),
    "sessions": QT_TRANSLATE_NOOP("Indicators", "Coaching sessions"),
    "individual_sessions": QT_TRANSLATE_NOOP("Indicators", "Individual sessions"),
    "collective_sessions": QT_TRANSLATE_NOOP("Indicators", "Workshops (collective sessions)"),
    "coaching_hours": QT_TRANSLATE_NOOP("Indicators", "Coaching hours delivered"),
    "participant_hours": QT_TRANSLATE_NOOP("Indicators", "Coaching hours received"),
    "survival_12": QT_TRANSLATE_NOOP("Indicators", "Businesses active after 12 months (%)"),
    "survival_24": QT_TRANSLATE_NOOP("Indicators", "Businesses active after 24 months (%)"),
    "survival_36": QT_TRANSLATE_NOOP("Indicators", "Businesses active after 36 months (%)"),
    "share_women": QT_TRANSLATE_NOOP("Indicators", "Share of women (%)"),
    "share_under_26": QT_TRANSLATE_NOOP("Indicators", "Share under 26 (%)"),
    "share_job_seekers": QT_TRANSLATE_NOOP("Indicators", "Share of job seekers at entry (%)"),
    "share_social_minima": QT_TRANSLATE_NOOP("Indicators", "Share receiving social minima (%)"),
    "share_priority_district": QT_TRANSLATE_NOOP(
        "Indicators", "Share living in a priority district (%)"
    ),
}
assert set(INDICATOR_LABELS) == set(INDICATOR_UNITS)
_FIELDS = ["grant_id", "indicator", "target"]
MAX_TARGET = 10_000_000


@dataclass(frozen=True)
class GrantTargetView:
    id: int
    grant_id: int
    indicator: str
    target: int
    version_id: int


def _check(v: Validator, indicator: Any, target: Any) -> None:
    if indicator not in INDICATOR_UNITS:
        v.add(
            "indicator",
            msg(
                QT_TRANSLATE_NOOP("Funding", "Unknown indicator “{name}”. Known: {known}."),
                name=indicator,
                known=", ".join(INDICATOR_KEYS),
            ),
        )
    if v.whole_number("target", target):
        v.int_range("target", target, 0, MAX_TARGET)
    if indicator in INDICATOR_UNITS and INDICATOR_UNITS[indicator] == PERCENT and not v.errors:
        v.int_range("target", target, 0, 100)


def set_grant_target(
    session: Session, grant_id: int, indicator: str, target: int, *, actor: Actor
) -> GrantTargetView:
    """Adds the indicator to the grant with its target, or changes the target (last write
    wins: a target is one number, nothing to merge)."""
    require(actor, Permission.MANAGE_FUNDING)
    v = Validator()
    _check(v, indicator, target)
    v.raise_if_any()
    with unit_of_work(session):
        get_or_raise(session, Grant, grant_id)
        row = session.scalar(
            select(GrantIndicator).where(
                GrantIndicator.grant_id == grant_id, GrantIndicator.indicator == indicator
            )
        )
        if row is None:
            row = GrantIndicator(grant_id=grant_id, indicator=indicator, target=target)
            session.add(row)
            session.flush()
            record_audit(
                session, actor, "grant_indicator", row.id, "create", snapshot(row, _FIELDS)
            )
        elif row.target != target:
            update_with_audit(session, actor, row, "grant_indicator", {"target": target})
    return to_view(row, GrantTargetView)


def remove_grant_target(session: Session, grant_id: int, indicator: str, *, actor: Actor) -> bool:
    """Takes the indicator off the grant; False when it was not there."""
    require(actor, Permission.MANAGE_FUNDING)
    with unit_of_work(session):
        get_or_raise(session, Grant, grant_id)
        row = session.scalar(
            select(GrantIndicator).where(
                GrantIndicator.grant_id == grant_id, GrantIndicator.indicator == indicator
            )
        )
        if row is None:
            return False
        delete_with_audit(session, actor, row, "grant_indicator", _FIELDS)
    return True


def list_grant_targets(session: Session, grant_id: int, *, actor: Actor) -> list[GrantTargetView]:
    """The grant's indicators in the catalogue's order."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Grant, grant_id)
    rows = session.scalars(select(GrantIndicator).where(GrantIndicator.grant_id == grant_id))
    order = {k: i for i, k in enumerate(INDICATOR_KEYS)}
    views = [to_view(r, GrantTargetView) for r in rows]
    return sorted(views, key=lambda t: order.get(t.indicator, len(order)))


def parse_target(indicator: str, text: str) -> int:
    """A target typed by a person ("12", "35 %", "120 h") as the whole number stored."""
    cleaned = text.strip().rstrip("%").rstrip("h").strip().replace("\u202f", "").replace(" ", "")
    try:
        return int(cleaned)
    except ValueError:
        raise ValidationError(
            {"target": msg(QT_TRANSLATE_NOOP("Funding", "The target must be a whole number."))}
        ) from None


__all__ = [
    "COUNT",
    "HOURS",
    "INDICATOR_KEYS",
    "INDICATOR_LABELS",
    "INDICATOR_UNITS",
    "PERCENT",
    "GrantTargetView",
    "list_grant_targets",
    "parse_target",
    "remove_grant_target",
    "set_grant_target",
]
