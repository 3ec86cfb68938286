"""The suite's clock fixture (tests/conftest.py): a fixed default instant in Paris, an instant
of the test's choosing, time that still moves, and the incubator's zone reset between tests."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime

import pytest

from incubator_app import clock

pytestmark = pytest.mark.core
ORIGINAL_TZ = os.environ.get("TZ")  # read at import, before any test freezes the clock


def test_every_test_starts_on_wednesday_18_november_2026_at_ten_in_paris():
    assert clock.today() == date(2026, 11, 18) and clock.today().weekday() == 2
    assert clock.now().strftime("%d/%m/%Y %H:%M") == "18/11/2026 10:00"
    assert clock.now_utc().strftime("%H:%M") == "09:00"
    # The standard library follows too (code not yet moved to the seam reads it).
    assert datetime.now(UTC).date() == date(2026, 11, 18)


@pytest.mark.clock("2027-03-31 23:30")
def test_a_marker_picks_the_instant_in_paris_wall_time():
    assert clock.today() == date(2027, 3, 31)
    assert clock.now_utc().strftime("%d/%m/%Y %H:%M") == "31/03/2027 21:30"  # summer time


@pytest.mark.clock("2027-01-01 07:30", zone="Asia/Tokyo")
def test_a_marker_may_read_its_instant_in_another_zone():
    # 07:30 in Tokyo is 23:30 the day before in Paris: the incubator is still in 2026.
    assert clock.zone_name() == "Europe/Paris"
    assert clock.today() == date(2026, 12, 31)
    assert clock.now().strftime("%H:%M") == "23:30"


def test_travel_and_shift_move_the_clock_and_time_still_runs(frozen_clock):
    frozen_clock.travel_to("2028-02-29 23:59")
    before = clock.now()
    time.sleep(0.02)
    assert clock.now() > before  # ticking: waits and timeouts keep working
    frozen_clock.shift(before.replace(day=1, month=3, hour=0, minute=1) - before)
    assert clock.today() == date(2028, 3, 1)


def test_freezing_leaves_the_machines_zone_alone():
    # time-machine sets TZ when given a zoned datetime; the fixture gives it a timestamp.
    assert os.environ.get("TZ") == ORIGINAL_TZ


def test_a_test_may_change_the_incubators_zone():
    clock.set_zone("America/Mexico_City")
    assert clock.today() == date(2026, 11, 18)  # 03:00 in Mexico City


def test_the_next_test_finds_paris_again():
    assert clock.zone_name() == "Europe/Paris"
