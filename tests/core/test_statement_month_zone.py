"""The statement's bookings are those of the month on the incubator's wall clock (the booking
zone, Europe/Paris), whatever the computer's time zone."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest
from helpers_people import make_entrepreneur

from incubator_app.models import Booking
from incubator_app.services.shared_services.bookings import BOOKING_ZONE
from incubator_app.services.shared_services.catalogue import create_shared_service
from incubator_app.services.shared_services.statements import monthly_statement

pytestmark = pytest.mark.core


@pytest.fixture(params=["UTC", "Asia/Tokyo", "America/New_York"])
def computer_zone(request, monkeypatch):
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def _paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=BOOKING_ZONE).astimezone(UTC)


def test_month_edges_follow_paris_time(session, admin, computer_zone) -> None:
    room = create_shared_service(
        session, name="Salle", category="Salle", unit="hour", unit_price_cents=1000,
        vat_rate_bp=2000, bookable=True, actor=admin, price_valid_from=date(2026, 1, 1),
    )  # fmt: skip
    person = make_entrepreneur(session, admin, "Anna", "Aubert")
    times = {
        "first minute of November": _paris(2026, 11, 1, 0, 0),
        "late on 30 November": _paris(2026, 11, 30, 23, 30),  # 22:30 UTC
        "just after midnight, 1 December": _paris(2026, 12, 1, 0, 30),  # 23:30 UTC on 30 Nov
        "late on 31 October": _paris(2026, 10, 31, 23, 30),
    }
    ids = {}
    for label, start in times.items():
        booking = Booking(
            service_id=room.id,
            entrepreneur_id=person.id,
            starts_at=start,
            ends_at=start + timedelta(hours=1),
            units=1,
        )
        session.add(booking)
        session.flush()
        ids[booking.id] = label
    session.commit()

    november = monthly_statement(session, person.id, date(2026, 11, 1), actor=admin)
    assert sorted(ids[b.booking_id] for b in november.bookings) == [
        "first minute of November",
        "late on 30 November",
    ]
    december = monthly_statement(session, person.id, date(2026, 12, 1), actor=admin)
    assert [ids[b.booking_id] for b in december.bookings] == ["just after midnight, 1 December"]
