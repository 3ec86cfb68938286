"""Change broadcast: after an operation, say which kinds of data changed; views decide to reload."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

# Kinds used across the app; a page compares them with what it shows.
ENTREPRENEUR = "entrepreneur"
COACHING_SESSION = "coaching_session"
MILESTONE = "milestone"
ACTION_ITEM = "action_item"
BOOKING = "booking"
SERVICE_USAGE = "service_usage"
INCUBATOR_PROFILE = "incubator_profile"
USER = "user"
CATALOGUE = "catalogue"
REVENUE = "revenue"
EXCHANGE = "exchange"
# Events, their registrations and waiting lists.
EVENT = "event"
# Funders, grants, their deadlines, targets and what they finance.
FUNDING = "funding"
# Settings lists: disciplines, coaching topics, cohorts, milestone templates.
REFERENCE_LIST = "reference_list"
# Toolbox sheets and their files.
TOOLBOX = "toolbox"
#: The sites of a network and who works on each.
SITE = "site"

#: Every kind above: pages may only watch, and operations only broadcast, one of these.
ALL_KINDS = frozenset(
    {
        ENTREPRENEUR,
        COACHING_SESSION,
        MILESTONE,
        ACTION_ITEM,
        BOOKING,
        SERVICE_USAGE,
        INCUBATOR_PROFILE,
        USER,
        CATALOGUE,
        REVENUE,
        EXCHANGE,
        EVENT,
        FUNDING,
        TOOLBOX,
        REFERENCE_LIST,
        SITE,
    }
)


class ChangeBus(QObject):
    """One per application (see `change_bus()`); emits `changed(set[str])` on the GUI thread."""

    changed = Signal(object)

    def notify(self, kinds: Iterable[str]) -> None:
        kinds = frozenset(kinds)
        if kinds:
            self.changed.emit(set(kinds))


_bus: ChangeBus | None = None


def change_bus() -> ChangeBus:
    global _bus
    if _bus is None:
        _bus = ChangeBus()
    return _bus


def reset_change_bus() -> None:
    """Tests and a re-opened database start with no subscribers."""
    global _bus
    if _bus is not None:
        _bus.deleteLater()
    _bus = None
