"""The UI's date and time defaults come from the incubator's clock, not the computer's zone:
the log dialog proposes the Paris date and time, and the bookings calendar opens on the Paris
day, even on a machine set to UTC, Tokyo or New York."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from datetime import time as wall_time

import pytest
import time_machine
from coaching_fixtures import Host

from incubator_app.ui.coaching.log_dialog import open_log_session_dialog
from incubator_app.ui.services.booking_calendar import BookingCalendar

pytestmark = pytest.mark.ui


@contextmanager
def machine_zone(name: str) -> Iterator[None]:
    """The computer's own zone (TZ), restored afterwards."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.mark.parametrize("machine", ["UTC", "Asia/Tokyo", "America/New_York"])
@pytest.mark.parametrize(
    ("utc_instant", "paris_day", "paris_time"),
    [
        # 16:45 UTC on a Wednesday in winter is 17:45 in Paris (the reported disagreement).
        (datetime(2026, 12, 2, 16, 45, tzinfo=UTC), date(2026, 12, 2), wall_time(17, 45)),
        # 23:20 UTC on 31 December is already 00:20 on 1 January in Paris (rounded to 00:15).
        (datetime(2026, 12, 31, 23, 20, tzinfo=UTC), date(2027, 1, 1), wall_time(0, 15)),
        # Summer time: 08:05 UTC is 10:05 in Paris, rounded to 10:00.
        (datetime(2027, 7, 14, 8, 5, tzinfo=UTC), date(2027, 7, 14), wall_time(10, 0)),
    ],
)
def test_log_dialog_and_calendar_use_the_incubators_day_and_time(
    qtbot, context, machine, utc_instant, paris_day, paris_time
) -> None:
    with machine_zone(machine), time_machine.travel(utc_instant, tick=False):
        host = Host(context)
        qtbot.addWidget(host)
        dialog = open_log_session_dialog(host)
        assert dialog.date.date().toPython() == paris_day
        assert dialog.time.time().toPython() == paris_time
        calendar = BookingCalendar()
        qtbot.addWidget(calendar)
        assert calendar.days == [paris_day]
        dialog.reject()
