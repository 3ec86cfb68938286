"""Translatable labels of the enum values printed in reports (stage, status, kind, channel…)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from incubator_app import glossary
from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.formatting import Formatter

# The domain's words (stages, exit outcomes, session kinds and modes, milestone statuses) come
# from the glossary, the same table as the screens and the exports.
_GLOSSARY: dict[str, dict[Any, tuple[str, str]]] = {
    "stage": glossary.STAGES,
    "milestone": glossary.MILESTONE_STATUSES,
    "kind": glossary.SESSION_KINDS,
    "mode": glossary.SESSION_MODES,
    "exit": glossary.EXIT_TYPES,
    "event": glossary.EVENT_KINDS,
}

_LABELS: dict[str, tuple[str, str]] = {
    **{
        f"{group}.{value.value}": key
        for group, table in _GLOSSARY.items()
        for value, key in table.items()
    },
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
