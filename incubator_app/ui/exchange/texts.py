"""How the exchange's values read on screen: hours, kinds, statuses (translated)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication


def hours(minutes: int | None) -> str:
    """90 → "1 h 30", -120 → "−2 h"; None (a private balance) → "—"."""
    if minutes is None:
        return "—"
    sign = "−" if minutes < 0 else ""
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h} h {m:02d}" if m else f"{sign}{h} h"


def signed_hours(minutes: int) -> str:
    return ("+" if minutes > 0 else "") + hours(minutes)


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def kind_label(kind: str) -> str:
    labels = {
        "offer": QCoreApplication.translate("Exchange", "Offer"),
        "request": QCoreApplication.translate("Exchange", "Request"),
    }
    return labels.get(str(kind), str(kind))


def account_kind_label(kind: str) -> str:
    labels = {
        "incubator": QCoreApplication.translate("Exchange", "Incubator"),
        "entrepreneur": QCoreApplication.translate("Exchange", "Entrepreneur"),
        "contact": QCoreApplication.translate("Exchange", "Contact"),
        "organisation": QCoreApplication.translate("Exchange", "Organisation"),
    }
    return labels.get(str(kind), str(kind))


def account_kinds_label(kind: str) -> str:
    """A category of members, in the plural (limits per category)."""
    labels = {
        "entrepreneur": QCoreApplication.translate("Exchange", "Entrepreneurs"),
        "contact": QCoreApplication.translate("Exchange", "Contacts"),
        "organisation": QCoreApplication.translate("Exchange", "Organisations"),
    }
    return labels.get(str(kind), str(kind))


def transfer_kind_label(kind: str) -> str:
    labels = {
        "transfer": QCoreApplication.translate("Exchange", "Exchange"),
        "reversal": QCoreApplication.translate("Exchange", "Reversal"),
    }
    return labels.get(str(kind), str(kind))
