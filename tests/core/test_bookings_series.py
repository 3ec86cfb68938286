"""Recurring bookings: occurrences in Paris wall-clock time across the DST change, the conflict
preview before anything is saved, skipping conflicts, one transaction for the series; the
4-unit resource; the week-view query."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from factories import audit_actions, count, make_entrepreneur

from incubator_app import clock
from incubator_app.errors import ConflictError, ValidationError
from incubator_app.models import Booking
from incubator_app.services.shared_services.booking_series import (
    Frequency,
    Recurrence,
    create_booking_series,
    occurrences,
    preview_booking_series,
)
from incubator_app.services.shared_services.bookings import (
    bookings_in_range,
    cancel_booking,
    create_booking,
    list_bookable_resources,
    move_booking,
)
from incubator_app.services.shared_services.catalogue import create_shared_service

pytestmark = pytest.mark.core

# Tuesdays 14:00–17:00 from 6 October 2026: the clocks go back on Sunday 25 October.
TUESDAYS = Recurrence(first_day=date(2026, 10, 6), start_time=time(14), end_time=time(17), count=10)


def paris(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=clock.zone())


@pytest.fixture
def room(session, admin):
    return create_shared_service(
        session,
        name="Salle de répétition",
        category="Locaux",
        unit="hour",
        unit_price_cents=1200,
        bookable=True,
        capacity=1,
        actor=admin,
    )


@pytest.fixture
def recorders(session, admin):
    return create_shared_service(
        session,
        name="Enregistreurs Zoom H5",
        category="Équipement",
        unit="day",
        unit_price_cents=1500,
        bookable=True,
        capacity=4,
        actor=admin,
    )


def test_weekly_occurrences_keep_wall_clock_time_across_dst():
    slots = occurrences(TUESDAYS)
    assert len(slots) == 10
    local = [(s.astimezone(clock.zone()), e.astimezone(clock.zone())) for s, e in slots]
    assert all(s.weekday() == 1 and s.hour == 14 and e.hour == 17 for s, e in local)
    assert [s.date() for s, _ in local][:4] == [
        date(2026, 10, 6),
        date(2026, 10, 13),
        date(2026, 10, 20),
        date(2026, 10, 27),
    ]
    # Summer time (UTC+2) before 25 October, winter time (UTC+1) after.
    assert slots[2][0] == datetime(2026, 10, 20, 12, tzinfo=UTC)
    assert slots[3][0] == datetime(2026, 10, 27, 13, tzinfo=UTC)
    assert all(e - s == timedelta(hours=3) for s, e in slots)


def test_recurrence_until_and_daily_and_validation():
    daily = Recurrence(
        first_day=date(2026, 10, 24),
        start_time=time(9),
        end_time=time(10),
        frequency=Frequency.DAILY,
        until=date(2026, 10, 26),
    )
    starts = [s for s, _ in occurrences(daily)]
    assert [s.hour for s in starts] == [7, 8, 8]  # 9:00 Paris on 24, 25 (DST ends), 26 Oct
    with pytest.raises(ValidationError) as err:
        occurrences(Recurrence(first_day=date(2026, 10, 6), start_time=time(17), end_time=time(14)))
    assert set(err.value.field_errors) == {"end_time", "count"}
    with pytest.raises(ValidationError) as err:
        occurrences(
            Recurrence(
                first_day=date(2026, 10, 6), start_time=time(9), end_time=time(10), count=500
            )
        )
    assert set(err.value.field_errors) == {"count"}


def test_preview_lists_conflicts_and_saves_nothing(session, admin, room):
    create_booking(
        session,
        service_id=room.id,
        starts_at=paris(date(2026, 10, 27), 16),  # the first winter-time Tuesday
        ends_at=paris(date(2026, 10, 27), 18),
        actor=admin,
    )
    preview = preview_booking_series(session, service_id=room.id, recurrence=TUESDAYS, actor=admin)
    assert len(preview) == 10
    conflicts = [p for p in preview if not p.free]
    assert [p.starts_at for p in conflicts] == [datetime(2026, 10, 27, 13, tzinfo=UTC)]
    text = str(conflicts[0].conflict)
    assert "Salle de répétition" in text and "already booked by the incubator" in text
    assert "on 27/10/2026 from 16:00 to 18:00" in text  # the holder's slot, wall-clock time
    assert count(session, Booking) == 1


def test_series_refused_whole_unless_conflicts_are_skipped(session, admin, room):
    person = make_entrepreneur(session)
    create_booking(
        session,
        service_id=room.id,
        starts_at=paris(date(2026, 11, 10), 13),
        ends_at=paris(date(2026, 11, 10), 15),
        actor=admin,
    )
    with pytest.raises(ConflictError) as err:
        create_booking_series(
            session, service_id=room.id, recurrence=TUESDAYS, entrepreneur_id=person.id, actor=admin
        )
    assert "10/11/2026 14:00" in str(err.value)
    assert count(session, Booking) == 1  # all or nothing
    preview = preview_booking_series(session, service_id=room.id, recurrence=TUESDAYS, actor=admin)
    skip = [p.starts_at for p in preview if not p.free]
    saved = create_booking_series(
        session,
        service_id=room.id,
        recurrence=TUESDAYS,
        entrepreneur_id=person.id,
        skip=skip,
        actor=admin,
    )
    assert len(saved) == 9 and len({b.series_id for b in saved}) == 1
    assert saved[0].series_id is not None
    assert datetime(2026, 11, 10, 13, tzinfo=UTC) not in {b.starts_at for b in saved}
    assert count(session, Booking) == 10
    assert audit_actions(session, "booking").count("create") == 10
    with pytest.raises(ValidationError) as err:
        create_booking_series(
            session,
            service_id=room.id,
            recurrence=TUESDAYS,
            skip=[s for s, _ in occurrences(TUESDAYS)],
            actor=admin,
        )
    assert set(err.value.field_errors) == {"skip"}


def test_four_unit_resource_boundaries(session, admin, recorders):
    day = date(2026, 6, 10)
    a = create_booking(
        session,
        service_id=recorders.id,
        starts_at=paris(day, 9),
        ends_at=paris(day, 18),
        units=3,
        actor=admin,
    )
    create_booking(
        session,
        service_id=recorders.id,
        starts_at=paris(day, 9),
        ends_at=paris(day, 12),
        units=1,
        actor=admin,
    )
    with pytest.raises(ConflictError) as err:  # the fifth unit
        create_booking(
            session,
            service_id=recorders.id,
            starts_at=paris(day, 11),
            ends_at=paris(day, 13),
            actor=admin,
        )
    assert "Enregistreurs Zoom H5" in str(err.value) and "4 places" in str(err.value)
    # Back to back with the 1-unit booking: free again from 12:00.
    create_booking(
        session,
        service_id=recorders.id,
        starts_at=paris(day, 12),
        ends_at=paris(day, 14),
        actor=admin,
    )
    # Cancelling the 3-unit booking frees three units; moving onto a full slot is refused.
    cancel_booking(session, a.id, expected_version=1, actor=admin)
    create_booking(
        session,
        service_id=recorders.id,
        starts_at=paris(day, 9),
        ends_at=paris(day, 18),
        units=3,
        actor=admin,
    )
    late = create_booking(
        session,
        service_id=recorders.id,
        starts_at=paris(day, 18),
        ends_at=paris(day, 19),
        actor=admin,
    )
    with pytest.raises(ConflictError):
        move_booking(
            session,
            late.id,
            starts_at=paris(day, 11),
            ends_at=paris(day, 13),
            expected_version=1,
            actor=admin,
        )
    with pytest.raises(ValidationError) as err:
        create_booking(
            session,
            service_id=recorders.id,
            starts_at=paris(day, 9),
            ends_at=paris(day, 9) + timedelta(days=40),
            actor=admin,
        )
    assert set(err.value.field_errors) == {"ends_at"}


def test_week_view_query(session, admin, room, recorders):
    person = make_entrepreneur(session, "Inès", "Benali")
    monday = date(2026, 10, 19)
    inside = create_booking(
        session,
        service_id=room.id,
        starts_at=paris(monday, 9),
        ends_at=paris(monday, 11),
        entrepreneur_id=person.id,
        actor=admin,
    )
    create_booking(  # the Monday after: outside the week
        session,
        service_id=room.id,
        starts_at=paris(monday + timedelta(days=7), 9),
        ends_at=paris(monday + timedelta(days=7), 11),
        actor=admin,
    )
    create_booking(  # another resource
        session,
        service_id=recorders.id,
        starts_at=paris(monday, 9),
        ends_at=paris(monday, 11),
        actor=admin,
    )
    gone = create_booking(
        session,
        service_id=room.id,
        starts_at=paris(monday, 14),
        ends_at=paris(monday, 15),
        actor=admin,
    )
    cancel_booking(session, gone.id, expected_version=1, actor=admin)
    # Starts the Sunday before and runs into the week: shown.
    spanning = create_booking(
        session,
        service_id=room.id,
        starts_at=paris(monday - timedelta(days=1), 20),
        ends_at=paris(monday, 8),
        actor=admin,
    )
    week = bookings_in_range(
        session, room.id, paris(monday, 0), paris(monday + timedelta(days=7), 0), actor=admin
    )
    assert [b.id for b in week] == [spanning.id, inside.id]
    assert week[1].entrepreneur_name == "Inès Benali" and not week[1].charged
    assert [r.name for r in list_bookable_resources(session, actor=admin)] == [
        "Enregistreurs Zoom H5",
        "Salle de répétition",
    ]
