"""Colleagues' saves on a shared PostgreSQL database reach this PC's open lists: the server's
notifications (db/notifications.py) become change kinds on the change bus, on the GUI thread,
so a page reloads as after one of this PC's own operations. This PC's own saves are not
announced twice (their connections are recognised). SQLite: nothing to listen to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from incubator_app.db.notifications import ChangeListener, watch_own_connections
from incubator_app.ui import changes
from incubator_app.ui.changes import ChangeBus

# Which page cares about which table: table name → change kind.
TABLE_KINDS = {
    "entrepreneur": changes.ENTREPRENEUR,
    "entrepreneur_activity": changes.ENTREPRENEUR,
    "support_contract": changes.ENTREPRENEUR,
    "stage_change": changes.ENTREPRENEUR,
    "exit_outcome": changes.ENTREPRENEUR,
    "follow_up_checkpoint": changes.ENTREPRENEUR,
    "document": changes.ENTREPRENEUR,
    "coaching_session": changes.COACHING_SESSION,
    "coaching_note": changes.COACHING_SESSION,
    "session_participant": changes.COACHING_SESSION,
    "session_topic": changes.COACHING_SESSION,
    "coach": changes.COACHING_SESSION,
    "milestone": changes.MILESTONE,
    "action_item": changes.ACTION_ITEM,
    "booking": changes.BOOKING,
    "service_usage": changes.SERVICE_USAGE,
    "incubator_profile": changes.INCUBATOR_PROFILE,
    "user_account": changes.USER,
    "shared_service": changes.CATALOGUE,
    "shared_service_price": changes.CATALOGUE,
    "revenue": changes.REVENUE,
    "event": changes.EVENT,
    "course": changes.EVENT,
    "registration": changes.EVENT,
    "registration_change": changes.EVENT,
    "discipline": changes.REFERENCE_LIST,
    "coaching_topic": changes.REFERENCE_LIST,
    "cohort": changes.REFERENCE_LIST,
    "milestone_template": changes.REFERENCE_LIST,
}


def kinds_of(tables: set[str]) -> set[str]:
    found = {TABLE_KINDS[t] for t in tables if t in TABLE_KINDS}
    if any(t.startswith("exchange_") for t in tables):
        found.add(changes.EXCHANGE)
    return found


class ServerChanges(QObject):
    """Started for a PostgreSQL database, stopped with it."""

    _arrived = Signal(object)  # emitted on the listener's thread, delivered on the GUI thread

    def __init__(self, engine, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._arrived.connect(self._deliver)
        own = watch_own_connections(engine)
        self.listener = ChangeListener(engine.url, self._arrived.emit, ignore_pids=own)
        self.listener.start()

    def _deliver(self, tables: set[str]) -> None:
        self._bus.notify(kinds_of(tables))

    def stop(self) -> None:
        self.listener.stop()


def listen_for_changes(engine, bus: ChangeBus) -> ServerChanges | None:
    """A listener for a shared PostgreSQL database; None for a SQLite file."""
    if engine.dialect.name != "postgresql":
        return None
    return ServerChanges(engine, bus)
