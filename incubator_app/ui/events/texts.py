"""How the events screens write kinds, statuses, instants and the time left on an offer."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from incubator_app import clock
from incubator_app.glossary import term
from incubator_app.models.vocabulary import EventKind, RegistrationStatus


def kind_label(kind: EventKind) -> str:
    return QCoreApplication.translate(*term(kind))


def status_label(status: RegistrationStatus) -> str:
    return QCoreApplication.translate(*term(status))


def local(instant: datetime | None) -> str:
    if instant is None:
        return ""
    return instant.astimezone(clock.zone()).strftime("%d/%m/%Y %H:%M")


def time_left(instant: datetime | None) -> str:
    """« 1 j 4 h », « 3 h 05 », « 12 min »: what is left before an offer's deadline."""
    if instant is None:
        return ""
    seconds = int((instant - clock.now_utc()).total_seconds())
    if seconds <= 0:
        return QCoreApplication.translate("Events", "expired")
    minutes = seconds // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return (
            QCoreApplication.translate("Events", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return f"{hours} h {mins:02d}"
    return f"{mins} min"
