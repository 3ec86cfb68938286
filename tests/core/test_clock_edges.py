"""Date logic at the edges, with the clock frozen (tests/conftest.py `frozen_clock`): a Monday and
a Sunday, a month's last day, 31 December 23:30 in Paris (22:30 UTC), 29 February 2028, the two
DST weekends of 2027, on a computer set to Paris, UTC, Tokyo or New York time.

The incubator's day is Paris's day whatever the computer's zone: at 00:30 on 1 January in Paris
it is the new year for the sessions list, the dashboard, contracts and a new record, although
UTC (and New York) still say 31 December, and Tokyo already said so hours before 23:30 Paris."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from factories import make_coach, make_entrepreneur
from helpers_people import make_entrepreneur as create_record

from incubator_app import clock
from incubator_app.models import Booking, CoachingSession, SharedService, SupportContract
from incubator_app.services.coaching.filter import CoachingFilter  # the period quick picks
from incubator_app.services.coaching.list import SessionListSource
from incubator_app.services.coaching.recurrence import (
    Frequency,
    Recurrence,
    log_coaching_sessions,
)
from incubator_app.services.entrepreneurs.contract_status import ContractState, contract_state
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter, EntrepreneurListSource
from incubator_app.services.paging import SortOrder
from incubator_app.services.reporting.dashboard import load_dashboard
from incubator_app.services.shared_services.statements import monthly_statement

pytestmark = pytest.mark.core
PARIS = ZoneInfo("Europe/Paris")

MONDAY = "2026-11-16 08:00"
SUNDAY_NIGHT = "2026-11-22 23:30"
MONTH_END = "2026-11-30 23:30"
NEW_YEARS_EVE = "2026-12-31 23:30"  # 22:30 UTC
NEW_YEAR = "2027-01-01 00:30"  # 23:30 UTC on 31 December
SPRING_FORWARD = "2027-03-28 03:30"  # the first hour of summer time
AUTUMN_BACK = "2027-10-31 23:30"  # the end of a 25-hour Sunday
LEAP_DAY = "2028-02-29 12:00"


@pytest.fixture(params=["Europe/Paris", "UTC", "Asia/Tokyo", "America/New_York"])
def machine_zone(request, monkeypatch):
    """The computer's own zone (TZ), restored afterwards."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)


# The clock itself ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "day"),
    [
        (MONDAY, date(2026, 11, 16)),
        (SUNDAY_NIGHT, date(2026, 11, 22)),
        (MONTH_END, date(2026, 11, 30)),
        (NEW_YEARS_EVE, date(2026, 12, 31)),
        (NEW_YEAR, date(2027, 1, 1)),
        (SPRING_FORWARD, date(2027, 3, 28)),
        (AUTUMN_BACK, date(2027, 10, 31)),
        (LEAP_DAY, date(2028, 2, 29)),
    ],
)
def test_today_and_now_are_the_incubators_wall_clock(frozen_clock, machine_zone, when, day):
    frozen_clock.travel_to(when)
    assert clock.today() == day
    now = clock.now()
    assert now.tzinfo is not None and now.utcoffset() == now.astimezone(PARIS).utcoffset()
    assert now.strftime("%Y-%m-%d %H:%M") == when
    assert clock.now_utc().utcoffset() == timedelta(0)
    assert clock.now_utc() - now < timedelta(seconds=5)  # one instant, two wall clocks


def test_midnight_in_paris_is_the_new_year_while_utc_is_still_31_december(
    frozen_clock, machine_zone
):
    frozen_clock.travel_to(NEW_YEARS_EVE)
    assert clock.today() == date(2026, 12, 31)
    assert clock.now_utc().strftime("%d/%m/%Y %H:%M") == "31/12/2026 22:30"
    frozen_clock.shift(timedelta(minutes=31))  # 00:01 in Paris
    assert clock.today() == date(2027, 1, 1)
    assert clock.now().strftime("%d/%m/%Y %H:%M") == "01/01/2027 00:01"
    assert clock.now_utc().date() == date(2026, 12, 31)


def test_spring_forward_skips_two_oclock(frozen_clock, machine_zone):
    frozen_clock.travel_to("2027-03-28 01:59")
    assert clock.now().utcoffset() == timedelta(hours=1)
    frozen_clock.shift(timedelta(minutes=1))
    assert clock.now().strftime("%H:%M") == "03:00"
    assert clock.now().utcoffset() == timedelta(hours=2)
    assert clock.today() == date(2027, 3, 28)


def test_autumn_back_lives_half_past_two_twice(frozen_clock, machine_zone):
    frozen_clock.travel_to(datetime(2027, 10, 31, 0, 30, tzinfo=UTC))
    first = clock.now()
    frozen_clock.shift(timedelta(hours=1))
    second = clock.now()
    assert first.strftime("%H:%M") == second.strftime("%H:%M") == "02:30"
    assert (first.utcoffset(), second.utcoffset()) == (timedelta(hours=2), timedelta(hours=1))
    assert clock.today() == date(2027, 10, 31)


def test_another_incubator_zone_moves_its_day(frozen_clock, machine_zone):
    # A partner in Mexico City (UTC-6): at 00:30 in Paris on 1 January it is still 31 December.
    frozen_clock.travel_to(NEW_YEAR)
    clock.set_zone("America/Mexico_City")
    assert clock.today() == date(2026, 12, 31)
    assert clock.now().strftime("%H:%M") == "17:30"


# The coaching period quick picks ------------------------------------------------------------

SESSION_DAYS = [
    date(2026, 11, 15),
    date(2026, 11, 16),
    date(2026, 11, 22),
    date(2026, 11, 23),
    date(2026, 11, 30),
    date(2026, 12, 1),
    date(2026, 12, 31),
    date(2027, 1, 1),
    date(2027, 2, 28),
    date(2027, 3, 1),
    date(2027, 3, 27),
    date(2027, 3, 28),
    date(2027, 10, 31),
    date(2027, 11, 1),
    date(2028, 2, 1),
    date(2028, 2, 29),
    date(2028, 3, 1),
]


def d(text: str) -> date:
    day, month, year = (int(p) for p in text.split("/"))
    return date(year, month, day)


def sessions_on(session, days: list[date]) -> None:
    coach = make_coach(session)
    session.add_all(
        CoachingSession(session_date=day, duration_minutes=60, coach_id=coach.id) for day in days
    )
    session.commit()


def listed(session, admin, period: str) -> list[date]:
    """The days the sessions list shows for a quick pick (the page's filter keys)."""
    source = SessionListSource(CoachingFilter.from_keys(period=period), actor=admin)
    rows = source.fetch(session, SortOrder("date"), 0, 100)
    assert source.count(session) == len(rows)
    return sorted(r.session_date for r in rows)


@pytest.mark.parametrize(
    ("when", "period", "shown"),
    [
        (MONDAY, "this_week", ["16/11/2026", "22/11/2026"]),
        (SUNDAY_NIGHT, "this_week", ["16/11/2026", "22/11/2026"]),
        (MONTH_END, "this_month", ["15/11/2026", "16/11/2026", "22/11/2026", "23/11/2026",
                                   "30/11/2026"]),
        (NEW_YEARS_EVE, "this_month", ["01/12/2026", "31/12/2026"]),
        (NEW_YEARS_EVE, "this_year", ["15/11/2026", "16/11/2026", "22/11/2026", "23/11/2026",
                                      "30/11/2026", "01/12/2026", "31/12/2026"]),
        (NEW_YEAR, "this_month", ["01/01/2027"]),
        (NEW_YEAR, "last_month", ["01/12/2026", "31/12/2026"]),
        (NEW_YEAR, "this_year", ["01/01/2027", "28/02/2027", "01/03/2027", "27/03/2027",
                                 "28/03/2027", "31/10/2027", "01/11/2027"]),
        (NEW_YEAR, "last_12_months", ["15/11/2026", "16/11/2026", "22/11/2026", "23/11/2026",
                                      "30/11/2026", "01/12/2026", "31/12/2026", "01/01/2027"]),
        (SPRING_FORWARD, "this_week", ["27/03/2027", "28/03/2027"]),
        (AUTUMN_BACK, "this_week", ["31/10/2027"]),
        (AUTUMN_BACK, "this_month", ["31/10/2027"]),
        (LEAP_DAY, "this_month", ["01/02/2028", "29/02/2028"]),
        (LEAP_DAY, "last_month", []),
        (LEAP_DAY, "last_12_months", ["01/03/2027", "27/03/2027", "28/03/2027", "31/10/2027",
                                      "01/11/2027", "01/02/2028", "29/02/2028"]),
    ],
)  # fmt: skip
def test_period_quick_picks_at_the_edges(
    session, admin, frozen_clock, machine_zone, when, period, shown
):
    sessions_on(session, SESSION_DAYS)
    frozen_clock.travel_to(when)
    assert listed(session, admin, period) == [d(s) for s in shown]


def test_monthly_series_from_31_january_lands_on_29_february(session, admin, frozen_clock):
    frozen_clock.travel_to("2028-01-31 09:00")
    coach = make_coach(session)
    person = make_entrepreneur(session, entry_date=date(2027, 9, 1))
    log_coaching_sessions(
        session,
        recurrence=Recurrence(Frequency.MONTHLY, count=4),
        session_date=clock.today(),
        start_time=datetime(2028, 1, 31, 10, 0).time(),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[person.id],
        actor=admin,
    )
    assert listed(session, admin, "all") == [
        date(2028, 1, 31),
        date(2028, 2, 29),
        date(2028, 3, 31),
        date(2028, 4, 30),
    ]
    frozen_clock.travel_to(LEAP_DAY)
    assert listed(session, admin, "this_month") == [date(2028, 2, 29)]
    assert listed(session, admin, "last_month") == [date(2028, 1, 31)]


# The dashboard ------------------------------------------------------------------------------


def _room_bookings(session, person_id: int, starts: list[datetime]) -> None:
    room = SharedService(
        name="Salle", category="salle", unit="hour", unit_price_cents=0, bookable=True
    )
    session.add(room)
    session.flush()
    for start in starts:
        session.add(
            Booking(
                service_id=room.id,
                entrepreneur_id=person_id,
                starts_at=start.astimezone(UTC),
                ends_at=(start + timedelta(hours=1)).astimezone(UTC),
                units=1,
            )
        )
    session.commit()


@pytest.mark.parametrize(
    ("when", "this_month", "last_month", "bookings_today"),
    [(NEW_YEARS_EVE, 2, 5, 1), (NEW_YEAR, 1, 2, 1), (LEAP_DAY, 2, 0, 1)],
)
def test_dashboard_months_and_bookings_today(
    session, admin, frozen_clock, machine_zone, when, this_month, last_month, bookings_today
):
    sessions_on(session, SESSION_DAYS)
    person = make_entrepreneur(session, entry_date=date(2026, 1, 5))
    _room_bookings(
        session,
        person.id,
        [
            paris(2026, 12, 31, 20, 0),  # 19:00 UTC, already 1 January in Tokyo
            paris(2027, 1, 1, 0, 15),  # 23:15 UTC on 31 December
            paris(2028, 2, 29, 23, 0),  # 22:00 UTC
        ],
    )
    frozen_clock.travel_to(when)
    kpis = load_dashboard(session, actor=admin, today=clock.today()).kpis
    assert (kpis.sessions_this_month, kpis.sessions_last_month) == (this_month, last_month)
    assert kpis.minutes_this_month == 60 * this_month
    assert kpis.bookings_today == bookings_today


# Contracts ----------------------------------------------------------------------------------


def test_a_contract_ending_on_31_december_is_past_its_end_after_midnight_in_paris(
    session, admin, frozen_clock, machine_zone
):
    people = {}
    for name, end in (("Aubert", date(2026, 12, 31)), ("Blanc", date(2027, 1, 31))):
        person = make_entrepreneur(session, last_name=name, entry_date=date(2025, 12, 1))
        session.add(
            SupportContract(entrepreneur_id=person.id, start_date=date(2026, 1, 1), end_date=end)
        )
        people[name] = end
    session.commit()

    def shown() -> dict[str, tuple[bool, bool]]:
        source = EntrepreneurListSource(EntrepreneurFilter(), admin)
        rows = source.fetch(session, SortOrder("name"), 0, 10)
        return {r.last_name: (r.contract_ends_soon(), r.contract_past_end()) for r in rows}

    def ending_within_30_days() -> int:
        flt = EntrepreneurFilter(contract_ending_within_days=30)
        return EntrepreneurListSource(flt, admin).count(session)

    frozen_clock.travel_to(NEW_YEARS_EVE)
    assert contract_state(people["Aubert"], None, clock.today()) is ContractState.ENDING_SOON
    assert contract_state(people["Blanc"], None, clock.today()) is ContractState.RUNNING
    assert shown() == {"Aubert": (True, False), "Blanc": (False, False)}
    assert ending_within_30_days() == 1

    frozen_clock.travel_to(NEW_YEAR)
    assert contract_state(people["Aubert"], None, clock.today()) is ContractState.PAST_END
    assert contract_state(people["Blanc"], None, clock.today()) is ContractState.ENDING_SOON
    assert shown() == {"Aubert": (False, True), "Blanc": (True, False)}
    assert ending_within_30_days() == 1


# A new record -------------------------------------------------------------------------------


def test_a_record_created_after_midnight_in_paris_enters_in_the_new_year(
    session, admin, frozen_clock, machine_zone
):
    frozen_clock.travel_to(NEW_YEAR)
    person = create_record(session, admin, "Zoé", "Nouvel", birth_year=2027)
    assert (person.entry_date, person.birth_year) == (date(2027, 1, 1), 2027)


# The monthly statement ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "first", "included"),
    [
        (NEW_YEARS_EVE, date(2026, 12, 1), ["31/12 20:00"]),
        (NEW_YEAR, date(2027, 1, 1), ["01/01 00:15"]),
        ("2027-03-31 23:30", date(2027, 3, 1), ["01/03 00:30", "31/03 23:00"]),
        (LEAP_DAY, date(2028, 2, 1), ["29/02 23:00"]),
    ],
)
def test_this_months_statement_takes_the_bookings_of_the_month_in_paris(
    session, admin, frozen_clock, machine_zone, when, first, included
):
    person = make_entrepreneur(session, entry_date=date(2026, 1, 5))
    _room_bookings(
        session,
        person.id,
        [
            paris(2026, 11, 30, 23, 30),
            paris(2026, 12, 31, 20, 0),
            paris(2027, 1, 1, 0, 15),
            paris(2027, 2, 28, 23, 30),
            paris(2027, 3, 1, 0, 30),  # 23:30 UTC on 28 February
            paris(2027, 3, 31, 23, 0),  # 21:00 UTC (summer time)
            paris(2027, 4, 1, 0, 30),  # 22:30 UTC on 31 March
            paris(2028, 2, 29, 23, 0),
            paris(2028, 3, 1, 0, 30),  # 23:30 UTC on 29 February
        ],
    )
    frozen_clock.travel_to(when)
    statement = monthly_statement(session, person.id, clock.today(), actor=admin)
    assert statement.month == first
    assert [b.starts_at.astimezone(PARIS).strftime("%d/%m %H:%M") for b in statement.bookings] == (
        included
    )
