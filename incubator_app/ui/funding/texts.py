"""The words of the Funders page: kinds of funders, indicators, targets and gaps as numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from incubator_app.i18n import msg
from incubator_app.models.vocabulary import FunderKind
from incubator_app.services.funding.indicators import HOURS, INDICATOR_LABELS, PERCENT
from incubator_app.ui.messages import tr_msg


def funder_kind_label(kind: FunderKind | str) -> str:

    return {
        "region": QCoreApplication.translate("Funding", "Region"),
        "department": QCoreApplication.translate("Funding", "Department"),
        "municipality": QCoreApplication.translate("Funding", "Municipality"),
        "state": QCoreApplication.translate("Funding", "State"),
        "european_union": QCoreApplication.translate("Funding", "European Union"),
        "foundation": QCoreApplication.translate("Funding", "Foundation"),
        "other": QCoreApplication.translate("Funding", "Other"),
    }[FunderKind(kind).value]


def indicator_label(key: str) -> str:
    text = INDICATOR_LABELS.get(key)
    return tr_msg(msg(text)) if text else key


def number_text(unit: str, value: int | float | None, signed: bool = False) -> str:
    """'12', '5,3 h', '60 %', '+1,3 h' ('—' when there is nothing to divide by)."""
    if value is None:
        return "—"
    locale = QLocale()
    sign = "+" if signed and value > 0 else ""
    if isinstance(value, float):
        text = locale.toString(round(value, 1), "f", 1 if round(value, 1) % 1 else 0)
    else:
        text = locale.toString(value)
    if unit == HOURS:
        return f"{sign}{text}\u00a0h"
    if unit == PERCENT:
        return f"{sign}{text}\u00a0%"
    return f"{sign}{text}"
