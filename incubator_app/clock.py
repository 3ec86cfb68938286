"""The one clock: the date and time of the incubator, in its time zone (no Qt).

Business logic, reports, the demo and the UI's defaults read the time here and nowhere else
(`tests/core/test_clock_seam.py` refuses direct `date.today()`, `datetime.now()`,
`QDate.currentDate()`… elsewhere). "Today" is the incubator's day: at 00:30 in Paris on
1 January it is already the new year, whatever zone the computer is set to.

The zone is the incubator profile's `time_zone` (default Europe/Paris), applied when a database
is opened (`services/administration/setup.apply_profile_zone`). Tests freeze the time with
time-machine, which this module follows because it asks the standard library each time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

DEFAULT_ZONE = "Europe/Paris"

_zone: ZoneInfo = ZoneInfo(DEFAULT_ZONE)


def zone() -> tzinfo:
    """The incubator's time zone (wall-clock time of bookings, sessions and month edges)."""
    return _zone


def zone_name() -> str:
    return _zone.key


def is_valid_zone(name: object) -> bool:
    """True for an IANA zone name this machine knows (`Europe/Paris`, `America/Mexico_City`);
    False for anything else (`Mexico` is a folder of zones, not a zone)."""
    # ZoneInfo caches what it loads: cheaper at start-up than listing every zone.
    if not isinstance(name, str) or not name or name != name.strip():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def known_zones() -> list[str]:
    """Every IANA zone name, sorted (for a picker)."""
    return sorted(_zone_names())


def set_zone(name: str) -> None:
    """Makes `name` the incubator's zone; a name this machine does not know is refused."""
    global _zone
    if not is_valid_zone(name):
        raise ValueError(f"unknown time zone: {name!r}")
    _zone = ZoneInfo(name)


def now() -> datetime:
    """The current time, aware, in the incubator's zone."""
    return datetime.now(UTC).astimezone(_zone)


def now_utc() -> datetime:
    """The current time, aware, in UTC (what the database stores for instants)."""
    return datetime.now(UTC)


def today() -> date:
    """The incubator's current day."""
    return now().date()


def local_stamp() -> str:
    """`YYYYMMDD-HHMMSS-ffffff` in the incubator's zone, for file names (backups, exports)."""
    return now().strftime("%Y%m%d-%H%M%S-%f")
