"""Bookings: validation, capacity with overlaps (touching slots allowed), move, cancel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from factories import audit_actions, count, make_actor, make_entrepreneur

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import Booking, BookingStatus, ServiceUsage
from incubator_app.services.shared_services.bookings import (
    cancel_booking,
    create_booking,
    get_booking,
    list_bookings,
    move_booking,
)
from incubator_app.services.shared_services.catalogue import (
    create_shared_service,
    update_shared_service,
)
from incubator_app.services.shared_services.usage import record_service_usage

pytestmark = pytest.mark.core
PARIS_SUMMER = timezone(timedelta(hours=2))


def at(hour: int, minute: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def room(session, admin):
    return create_shared_service(
        session,
        name="Studio son",
        category="Salles",
        unit="hour",
        unit_price_cents=1500,
        bookable=True,
        capacity=1,
        actor=admin,
    )


@pytest.fixture
def desks(session, admin):
    return create_shared_service(
        session,
        name="Postes de coworking",
        category="Salles",
        unit="day",
        unit_price_cents=800,
        bookable=True,
        capacity=3,
        actor=admin,
    )


def _book(session, actor, service, start, end, units=1, person=None):
    return create_booking(
        session,
        service_id=service.id,
        starts_at=start,
        ends_at=end,
        units=units,
        entrepreneur_id=person,
        actor=actor,
    )


def test_create_booking_and_read_back_in_utc(session, admin, room):
    person = make_entrepreneur(session)
    local_start = datetime(2026, 6, 10, 10, 0, tzinfo=PARIS_SUMMER)
    b = _book(session, admin, room, local_start, local_start + timedelta(hours=2), person=person.id)
    assert b.starts_at == at(8) and b.ends_at == at(10)
    assert b.status is BookingStatus.CONFIRMED and b.version_id == 1
    session.expire_all()
    again = get_booking(session, b.id, actor=admin)
    assert again.starts_at == at(8) and again.starts_at.tzinfo is not None
    assert audit_actions(session, "booking", b.id) == ["create"]


def test_booking_validation(session, admin, room):
    plain = create_shared_service(
        session, name="Compta", category="Gestion", unit="month", unit_price_cents=1, actor=admin
    )
    with pytest.raises(ValidationError) as err:
        _book(session, admin, room, at(10), at(9), units=0)
    assert set(err.value.field_errors) == {"ends_at", "units"}
    with pytest.raises(ValidationError) as err:
        _book(session, admin, room, datetime(2026, 6, 10, 9), datetime(2026, 6, 10, 10))
    assert set(err.value.field_errors) == {"starts_at", "ends_at"}  # no time zone
    with pytest.raises(ValidationError) as err:
        _book(session, admin, plain, at(9), at(10))
    assert set(err.value.field_errors) == {"service_id"}
    with pytest.raises(ValidationError) as err:
        _book(session, admin, room, at(9), at(10), units=2)
    assert set(err.value.field_errors) == {"units"}
    with pytest.raises(ValidationError) as err:
        _book(session, admin, room, at(9), at(10), person=4242)
    assert set(err.value.field_errors) == {"entrepreneur_id"}
    assert count(session, Booking) == 0


def test_overlap_beyond_capacity_is_a_conflict_naming_the_slot(session, admin, room):
    _book(session, admin, room, at(9), at(11))
    with pytest.raises(ConflictError) as err:
        _book(session, admin, room, at(10), at(12))
    # Who holds the slot and when, in the incubator's time (Paris, summer: UTC+2).
    assert str(err.value) == (
        "“Studio son” is already booked by the incubator on 10/06/2026 from 11:00 to 13:00."
    )
    with pytest.raises(ConflictError):
        _book(session, admin, room, at(8), at(14))  # contains it
    with pytest.raises(ConflictError):
        _book(session, admin, room, at(9, 30), at(10))  # inside it
    # Touching ends do not overlap.
    _book(session, admin, room, at(11), at(12))
    _book(session, admin, room, at(8), at(9))
    assert count(session, Booking) == 3
    assert len(audit_actions(session, "booking")) == 3


def test_a_refused_booking_names_the_person_holding_the_slot(session, admin, room, desks):
    lea = make_entrepreneur(session, "Léa", "Martin")
    _book(session, admin, room, at(12), at(14), person=lea.id)
    with pytest.raises(ConflictError) as err:
        _book(session, admin, room, at(13), at(15))
    assert str(err.value) == (
        "“Studio son” is already booked by Léa Martin on 10/06/2026 from 14:00 to 16:00."
    )
    _book(session, admin, desks, at(9), at(12), units=2)
    _book(session, admin, desks, at(10), at(11), person=lea.id)
    with pytest.raises(ConflictError) as err:
        _book(session, admin, desks, at(10, 30), at(11))
    assert "taken by Léa Martin and the incubator" in str(err.value)


def test_capacity_counts_units_at_the_busiest_instant(session, admin, desks):
    _book(session, admin, desks, at(9), at(12), units=2)
    _book(session, admin, desks, at(14), at(17), units=2)
    # Overlaps both, but never more than 2 + 1 at the same instant.
    _book(session, admin, desks, at(11), at(15), units=1)
    with pytest.raises(ConflictError):
        _book(session, admin, desks, at(11, 30), at(11, 45), units=1)  # 2 + 1 + 1 at 11:30
    _book(session, admin, desks, at(12), at(14), units=2)  # 1 + 2 between the two blocks
    assert count(session, Booking) == 4


def test_cancelled_bookings_free_the_slot(session, admin, room):
    first = _book(session, admin, room, at(9), at(11))
    cancelled = cancel_booking(session, first.id, expected_version=1, actor=admin)
    assert cancelled.status is BookingStatus.CANCELLED and cancelled.version_id == 2
    with pytest.raises(ConflictError):
        cancel_booking(session, first.id, expected_version=2, actor=admin)
    second = _book(session, admin, room, at(9), at(11))
    assert [b.id for b in list_bookings(session, actor=admin, service_id=room.id)] == [second.id]
    with_cancelled = list_bookings(session, actor=admin, include_cancelled=True)
    assert {b.id for b in with_cancelled} == {first.id, second.id}
    with pytest.raises(ValidationError) as err:
        move_booking(
            session, first.id, starts_at=at(13), ends_at=at(14), expected_version=2, actor=admin
        )
    assert set(err.value.field_errors) == {"status"}
    assert audit_actions(session, "booking", first.id) == ["create", "cancel"]


def test_move_rechecks_capacity_without_itself(session, admin, room):
    a = _book(session, admin, room, at(9), at(11))
    _book(session, admin, room, at(13), at(15))
    # Moving within its own slot is not a clash with itself.
    moved = move_booking(
        session, a.id, starts_at=at(10), ends_at=at(12), expected_version=1, actor=admin
    )
    assert (moved.starts_at, moved.ends_at, moved.version_id) == (at(10), at(12), 2)
    with pytest.raises(ConflictError) as err:
        move_booking(
            session, a.id, starts_at=at(14), ends_at=at(16), expected_version=2, actor=admin
        )
    assert "already booked by" in str(err.value)
    with pytest.raises(ConflictError):  # stale version
        move_booking(
            session, a.id, starts_at=at(16), ends_at=at(17), expected_version=1, actor=admin
        )
    session.expire_all()
    assert get_booking(session, a.id, actor=admin).starts_at == at(10)
    assert audit_actions(session, "booking", a.id) == ["create", "move"]


def test_list_by_window_and_entrepreneur(session, admin, room):
    p = make_entrepreneur(session)
    morning = _book(session, admin, room, at(9), at(11), person=p.id)
    evening = _book(session, admin, room, at(18), at(20))
    next_day = _book(session, admin, room, at(9, day=11), at(10, day=11), person=p.id)
    window = list_bookings(session, actor=admin, window_start=at(10), window_end=at(19))
    assert [b.id for b in window] == [morning.id, evening.id]
    assert [b.id for b in list_bookings(session, actor=admin, window_start=at(11))] == [
        evening.id,
        next_day.id,
    ]
    mine = list_bookings(session, actor=admin, entrepreneur_id=p.id)
    assert [b.id for b in mine] == [morning.id, next_day.id]


def test_not_bookable_anymore_and_permissions(session, admin, room):
    viewer = make_actor(session, "viewer")
    coach = make_actor(session, "coach")
    b = _book(session, admin, room, at(9), at(10))
    for actor in (viewer, coach):
        with pytest.raises(PermissionDenied):
            _book(session, actor, room, at(12), at(13))
        with pytest.raises(PermissionDenied):
            move_booking(
                session, b.id, starts_at=at(11), ends_at=at(12), expected_version=1, actor=actor
            )
        with pytest.raises(PermissionDenied):
            cancel_booking(session, b.id, expected_version=1, actor=actor)
    assert count(session, Booking) == 1
    assert get_booking(session, b.id, actor=viewer).status is BookingStatus.CONFIRMED
    update_shared_service(session, room.id, expected_version=1, actor=admin, bookable=False)
    with pytest.raises(ValidationError) as err:
        _book(session, admin, room, at(12), at(13))
    assert set(err.value.field_errors) == {"service_id"}


def test_a_booking_is_charged_at_most_once(session, admin, room):
    person, other = make_entrepreneur(session), make_entrepreneur(session)
    b = _book(session, admin, room, at(9), at(11), person=person.id)

    def charge(entrepreneur_id):
        return record_service_usage(
            session,
            service_id=room.id,
            entrepreneur_id=entrepreneur_id,
            used_on=at(9).date(),
            quantity_hundredths=200,
            booking_id=b.id,
            actor=admin,
        )

    with pytest.raises(ValidationError) as err:
        charge(other.id)  # not this entrepreneur's booking
    assert set(err.value.field_errors) == {"booking_id"}
    usage = charge(person.id)
    assert usage.booking_id == b.id and usage.amount_cents == 3000
    with pytest.raises(ConflictError) as err:
        charge(person.id)
    assert f"usage {usage.id}" in str(err.value)
    assert count(session, ServiceUsage) == 1


def test_busiest_resource_of_a_period(session, admin, room, desks):
    from incubator_app.services.shared_services.bookings import busiest_resource

    week = (at(0, day=8), at(0, day=15))
    assert busiest_resource(session, *week, actor=admin) is None
    _book(session, admin, room, at(9), at(10))
    for day in (9, 10):
        _book(session, admin, desks, at(9, day=day), at(17, day=day))
    assert busiest_resource(session, *week, actor=admin) == desks.id
    # Cancelled bookings, bookings of another week and retired resources do not count.
    for b in list_bookings(session, service_id=desks.id, actor=admin):
        cancel_booking(session, b.id, expected_version=b.version_id, actor=admin)
    _book(session, admin, desks, at(9, day=20), at(10, day=20))
    _book(session, admin, desks, at(11, day=20), at(12, day=20))
    assert busiest_resource(session, *week, actor=admin) == room.id
    update_shared_service(
        session, room.id, expected_version=room.version_id, actor=admin, active=False
    )
    assert busiest_resource(session, *week, actor=admin) is None
