"""A grant's indicators: each target against its actual value and the gap.

One source of truth: the actual values are read off `funder_kpis` (the function the funder
report's PDF and workbook are built from), never counted a second time. The grant window, the
command line and the report's indicator table all go through `indicator_values`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import ExitType
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.funding.indicators import (
    INDICATOR_KEYS,
    INDICATOR_UNITS,
    list_grant_targets,
)
from incubator_app.services.reporting.funder_kpis import (
    FunderKpis,
    Survival,
    Tally,
    funder_kpis,
    grant_summary,
)


def share_bp(count: int, total: int) -> int:
    """Share in basis points rounded half up to a tenth of a percent (2 of 3 → 6670): the one
    rounding of shares, used by the report and by the indicators."""
    return 10 * ((count * 2000 + total) // (2 * total)) if total else 0


def _count(tallies: tuple[Tally, ...], key: str) -> int:
    return next((t.count for t in tallies if t.key == key), 0)


def _share(tallies_of: Callable[[FunderKpis], tuple[Tally, ...]], key: str):
    def value(k: FunderKpis) -> float | None:
        if not k.people_supported:
            return None
        return share_bp(_count(tallies_of(k), key), k.people_supported) / 100

    return value


def _survival(months: int):
    def value(k: FunderKpis) -> float | None:
        s = next(s for s in k.survival if s.months == months)
        return share_bp(s.active, s.checked) / 100 if s.checked else None

    return value


def _exits_of(exit_type: str):
    return lambda k: _count(k.exits, exit_type)


#: How each indicator reads its actual value off the funder report's figures. Counts are ints,
#: hours and percentages floats (hours to the hundredth, shares to the tenth of a percent, as
#: the report rounds them); None when there is nothing to divide by.
EXTRACTORS: dict[str, Callable[[FunderKpis], int | float | None]] = {
    "people_supported": lambda k: k.people_supported,
    "beneficiaries": lambda k: k.beneficiaries,
    "admissions": lambda k: k.admissions,
    "incubations": lambda k: k.incubations,
    "exits": lambda k: k.exits_total,
    "positive_exits": lambda k: k.positive_exits,
    **{f"exits_{t.value}": _exits_of(t.value) for t in ExitType},
    "sessions": lambda k: k.sessions,
    "individual_sessions": lambda k: k.individual_sessions,
    "collective_sessions": lambda k: k.collective_sessions,
    "coaching_hours": lambda k: round(k.coaching_minutes / 60, 2),
    "participant_hours": lambda k: round(k.participant_minutes / 60, 2),
    "survival_12": _survival(12),
    "survival_24": _survival(24),
    "survival_36": _survival(36),
    "share_women": _share(lambda k: k.by_gender, "female"),
    "share_under_26": _share(lambda k: k.by_age_band, "under_26"),
    "share_job_seekers": _share(lambda k: k.by_job_seeker, "yes"),
    "share_social_minima": _share(lambda k: k.by_social_minima, "yes"),
    "share_priority_district": _share(lambda k: k.by_priority_district, "yes"),
}
assert set(EXTRACTORS) == set(INDICATOR_KEYS), "every indicator needs its extractor"


@dataclass(frozen=True)
class IndicatorValue:
    key: str
    unit: str  # "count", "hours" or "percent"
    target: int | None
    actual: int | float | None
    #: Survival indicators: the checkpoints due in the period and how many were answered
    #: (the rest is unknown; the rate is of the answers), as the funder report states them.
    survival: Survival | None = None

    @property
    def unknown_share(self) -> float | None:
        """The share (%) of the due checkpoints without an answer; None if nothing was due."""
        s = self.survival
        return share_bp(s.unknown, s.due) / 100 if s is not None and s.due else None

    @property
    def gap(self) -> int | float | None:
        """Actual minus target: negative when the grant is behind its target."""
        if self.target is None or self.actual is None:
            return None
        gap = self.actual - self.target
        return round(gap, 2) if isinstance(gap, float) else gap

    @property
    def reached(self) -> bool | None:
        return None if self.gap is None else self.gap >= 0


def indicator_values(kpis: FunderKpis, targets: Mapping[str, int]) -> list[IndicatorValue]:
    """The targeted indicators (catalogue order), each with its actual value from `kpis`."""
    return [
        IndicatorValue(
            key, INDICATOR_UNITS[key], targets[key], EXTRACTORS[key](kpis), _survival_of(kpis, key)
        )
        for key in INDICATOR_KEYS
        if key in targets
    ]


def _survival_of(kpis: FunderKpis, key: str) -> Survival | None:
    if not key.startswith("survival_"):
        return None
    months = int(key.removeprefix("survival_"))
    return next(s for s in kpis.survival if s.months == months)


def all_indicator_values(kpis: FunderKpis) -> list[IndicatorValue]:
    """Every indicator of the catalogue, without targets (to choose which ones to target)."""
    return [
        IndicatorValue(k, INDICATOR_UNITS[k], None, EXTRACTORS[k](kpis), _survival_of(kpis, k))
        for k in INDICATOR_KEYS
    ]


def grant_targets(session: Session, grant_id: int, *, actor: Actor) -> dict[str, int]:
    return {t.indicator: t.target for t in list_grant_targets(session, grant_id, actor=actor)}


def grant_indicators(
    session: Session, grant_id: int, start: date, end: date, *, actor: Actor
) -> tuple[FunderKpis, list[IndicatorValue]]:
    """The funder report's figures of the grant over [start, end] and its targeted indicators."""
    kpis = funder_kpis(session, grant_id, start, end, actor=actor)
    return kpis, indicator_values(kpis, grant_targets(session, grant_id, actor=actor))


@dataclass(frozen=True)
class ProgressPoint:
    """The actual value of an indicator from the grant's first day to `until` (inclusive)."""

    until: date
    actual: int | float | None


def indicator_progress(
    session: Session, grant_id: int, key: str, *, actor: Actor
) -> list[ProgressPoint]:
    """Month by month over the grant's period (up to today), the indicator's value since the
    grant's start: the funder report of [start, end of month] each time, so the last point is
    the figure of the report of the whole period so far."""
    require(actor, Permission.VIEW)
    if key not in EXTRACTORS:
        return []
    grant = grant_summary(session, grant_id, actor=actor)
    start, end = grant.period_start, min(grant.period_end, clock.today())
    points: list[ProgressPoint] = []
    month = start.replace(day=1)
    while month <= end:
        until = min(month + relativedelta(months=1, days=-1), grant.period_end)
        if until >= start:
            figures = funder_kpis(session, grant_id, start, until, actor=actor)
            points.append(ProgressPoint(until, EXTRACTORS[key](figures)))
        month += relativedelta(months=1)
    return points


__all__ = [
    "EXTRACTORS",
    "IndicatorValue",
    "ProgressPoint",
    "all_indicator_values",
    "grant_indicators",
    "grant_targets",
    "indicator_progress",
    "indicator_values",
    "share_bp",
]
