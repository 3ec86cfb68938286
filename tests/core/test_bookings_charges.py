"""A booking that took place becomes a usage at the price of its day, at most once; the monthly
action charges every past booking of a month and nothing the second time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from factories import audit_actions, count, make_entrepreneur

from incubator_app.errors import ConflictError, ValidationError
from incubator_app.models import BookingStatus, ServiceUnit, ServiceUsage
from incubator_app.services.shared_services.booking_charges import (
    charge_booking,
    charge_past_bookings_of_month,
    quantity_for_booking,
)
from incubator_app.services.shared_services.bookings import (
    BOOKING_ZONE,
    cancel_booking,
    create_booking,
    get_booking,
    move_booking,
)
from incubator_app.services.shared_services.catalogue import (
    change_service_price,
    create_shared_service,
)

pytestmark = pytest.mark.core
NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def paris(d: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(d, time(hour, minute), BOOKING_ZONE)


@pytest.fixture
def room(session, admin):
    return create_shared_service(
        session,
        name="Salle de répétition",
        category="Locaux",
        unit="hour",
        unit_price_cents=1200,
        bookable=True,
        price_valid_from=date(2026, 1, 1),
        actor=admin,
    )


def _book(session, admin, service, d, h1, h2, person=None, units=1):
    return create_booking(
        session,
        service_id=service.id,
        starts_at=paris(d, h1),
        ends_at=paris(d, h2),
        entrepreneur_id=person,
        units=units,
        actor=admin,
    )


def test_quantity_by_unit():
    d = date(2026, 10, 6)
    assert quantity_for_booking(ServiceUnit.HOUR, paris(d, 14), paris(d, 17), 1) == 300
    assert quantity_for_booking(ServiceUnit.HOUR, paris(d, 14), paris(d, 15, 30), 2) == 300
    assert quantity_for_booking(ServiceUnit.HALF_DAY, paris(d, 9), paris(d, 13), 1) == 100
    assert quantity_for_booking(ServiceUnit.HALF_DAY, paris(d, 9), paris(d, 18), 1) == 200
    assert quantity_for_booking(ServiceUnit.DAY, paris(d, 9), paris(d, 18), 3) == 300
    two_days = quantity_for_booking(ServiceUnit.DAY, paris(d, 9), paris(date(2026, 10, 7), 18), 1)
    assert two_days == 200
    assert quantity_for_booking(ServiceUnit.ITEM, paris(d, 9), paris(d, 10), 2) == 200
    # 25 October 2026 lasts 25 hours in Paris: an hourly booking counts real hours.
    dst = date(2026, 10, 25)
    assert quantity_for_booking(ServiceUnit.HOUR, paris(dst, 0), paris(dst, 4), 1) == 500


def test_charge_at_the_price_of_its_day_once(session, admin, room):
    person = make_entrepreneur(session)
    change_service_price(
        session,
        room.id,
        valid_from=date(2026, 11, 1),
        unit_price_cents=1500,
        vat_rate_bp=2000,
        actor=admin,
        today=date(2026, 10, 1),
    )
    october = _book(session, admin, room, date(2026, 10, 20), 14, 17, person.id)
    november = _book(session, admin, room, date(2026, 11, 3), 14, 16, person.id)
    usage = charge_booking(session, october.id, actor=admin, now=NOW)
    assert (usage.unit_price_cents, usage.quantity_hundredths, usage.amount_cents) == (
        1200,
        300,
        3600,
    )
    assert usage.used_on == date(2026, 10, 20) and usage.booking_id == october.id
    assert charge_booking(session, november.id, actor=admin, now=NOW).amount_cents == 3000
    with pytest.raises(ConflictError) as err:
        charge_booking(session, october.id, actor=admin, now=NOW)
    assert f"Booking {october.id} is already charged (usage {usage.id})" in str(err.value)
    assert count(session, ServiceUsage) == 2
    session.expire_all()
    done = get_booking(session, october.id, actor=admin)
    assert done.status is BookingStatus.DONE
    assert audit_actions(session, "booking", october.id) == ["create", "charge"]
    # A charged booking is history: neither moved nor cancelled.
    with pytest.raises(ValidationError):
        move_booking(
            session,
            october.id,
            starts_at=paris(date(2026, 10, 21), 14),
            ends_at=paris(date(2026, 10, 21), 15),
            expected_version=done.version_id,
            actor=admin,
        )
    with pytest.raises(ConflictError):
        cancel_booking(session, october.id, expected_version=done.version_id, actor=admin)


def test_charge_refusals(session, admin, room):
    person = make_entrepreneur(session)
    future = _book(session, admin, room, date(2026, 12, 1), 9, 10, person.id)
    nobody = _book(session, admin, room, date(2026, 10, 1), 9, 10)
    gone = _book(session, admin, room, date(2026, 10, 2), 9, 10, person.id)
    cancel_booking(session, gone.id, expected_version=1, actor=admin)
    for booking, field in ((future, "ends_at"), (nobody, "entrepreneur_id"), (gone, "status")):
        with pytest.raises(ValidationError) as err:
            charge_booking(session, booking.id, actor=admin, now=NOW)
        assert set(err.value.field_errors) == {field}
    assert count(session, ServiceUsage) == 0


def test_charge_all_past_bookings_of_a_month(session, admin, room):
    a, b = make_entrepreneur(session), make_entrepreneur(session)
    first = _book(session, admin, room, date(2026, 11, 3), 9, 11, a.id)
    _book(session, admin, room, date(2026, 11, 10), 9, 10, b.id)
    _book(session, admin, room, date(2026, 11, 12), 9, 10)  # for nobody
    _book(session, admin, room, date(2026, 11, 30), 9, 10, a.id)  # not yet taken place
    _book(session, admin, room, date(2026, 10, 31), 9, 10, a.id)  # October
    # 1 November 00:30 in Paris is still 31 October in UTC: it belongs to November.
    _book(session, admin, room, date(2026, 11, 1), 0, 1, b.id)
    charge_booking(session, first.id, actor=admin, now=NOW)
    result = charge_past_bookings_of_month(session, date(2026, 11, 1), actor=admin, now=NOW)
    assert len(result.usage_ids) == 2
    assert result.amount_cents == 2 * 1200
    assert (result.already_charged, result.without_entrepreneur) == (1, 1)
    again = charge_past_bookings_of_month(session, date(2026, 11, 15), actor=admin, now=NOW)
    assert again.usage_ids == [] and again.already_charged == 3
    assert count(session, ServiceUsage) == 3
