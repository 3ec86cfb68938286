"""Translatable labels of the enum values printed in reports (stage, status, kind, channel…)."""

from __future__ import annotations

from enum import Enum

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.formatting import Formatter

_LABELS: dict[str, tuple[str, str]] = {
    # Pathway stages
    "stage.candidate": QT_TRANSLATE_NOOP("Reports", "Candidate"),
    "stage.admitted": QT_TRANSLATE_NOOP("Reports", "Admitted"),
    "stage.refused": QT_TRANSLATE_NOOP("Reports", "Refused"),
    "stage.withdrew": QT_TRANSLATE_NOOP("Reports", "Withdrew"),
    "stage.incubated": QT_TRANSLATE_NOOP("Reports", "Incubated"),
    "stage.graduated": QT_TRANSLATE_NOOP("Reports", "Graduated"),
    "stage.exited": QT_TRANSLATE_NOOP("Reports", "Exited"),
    # Milestone statuses
    "milestone.planned": QT_TRANSLATE_NOOP("Reports", "Planned"),
    "milestone.in_progress": QT_TRANSLATE_NOOP("Reports", "In progress"),
    "milestone.achieved": QT_TRANSLATE_NOOP("Reports", "Achieved"),
    "milestone.missed": QT_TRANSLATE_NOOP("Reports", "Missed"),
    "milestone.cancelled": QT_TRANSLATE_NOOP("Reports", "Cancelled"),
    # Session kind and mode
    "kind.individual": QT_TRANSLATE_NOOP("Reports", "Individual"),
    "kind.collective": QT_TRANSLATE_NOOP("Reports", "Collective"),
    "mode.in_person": QT_TRANSLATE_NOOP("Reports", "In person"),
    "mode.phone": QT_TRANSLATE_NOOP("Reports", "Phone"),
    "mode.video": QT_TRANSLATE_NOOP("Reports", "Video"),
    # Exit types
    "exit.business_created": QT_TRANSLATE_NOOP("Reports", "Business created"),
    "exit.salaried_job": QT_TRANSLATE_NOOP("Reports", "Salaried job"),
    "exit.training": QT_TRANSLATE_NOOP("Reports", "Training"),
    "exit.job_search": QT_TRANSLATE_NOOP("Reports", "Job search"),
    "exit.stopped": QT_TRANSLATE_NOOP("Reports", "Stopped"),
    "exit.other": QT_TRANSLATE_NOOP("Reports", "Other"),
    # Revenue channels
    "channel.incubator": QT_TRANSLATE_NOOP("Reports", "Invoiced by the incubator"),
    "channel.own": QT_TRANSLATE_NOOP("Reports", "Own invoicing"),
    # Service units
    "unit.hour": QT_TRANSLATE_NOOP("Reports", "hour"),
    "unit.half_day": QT_TRANSLATE_NOOP("Reports", "half-day"),
    "unit.day": QT_TRANSLATE_NOOP("Reports", "day"),
    "unit.month": QT_TRANSLATE_NOOP("Reports", "month"),
    "unit.item": QT_TRANSLATE_NOOP("Reports", "item"),
}


def label(fmt: Formatter, group: str, value: Enum | str | None) -> str:
    """`label(fmt, "stage", PathwayStage.INCUBATED)` → 'Incubé' in French; unknown values as is."""
    if value is None:
        return ""
    raw = value.value if isinstance(value, Enum) else str(value)
    key = _LABELS.get(f"{group}.{raw}")
    return fmt.tr(key) if key else raw
