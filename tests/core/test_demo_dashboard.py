"""A fresh demo is alive on its reference date: every dashboard tile that has data in real life
shows some, whatever the day (a 1st of the month, a month's or a year's end, a Monday, a Sunday).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import func, select

from incubator_app import clock
from incubator_app.db.migrate import open_database
from incubator_app.demo import generate_demo
from incubator_app.models import SupportContract, User
from incubator_app.services.administration.users import actor_for_user
from incubator_app.services.entrepreneurs.contract_status import past_end_condition
from incubator_app.services.reporting.dashboard import Kpis, load_dashboard
from incubator_app.services.shared_services.bookings import (
    bookings_in_range,
    list_bookable_resources,
)
from incubator_app.services.shared_services.revenue_summary import revenue_by_entrepreneur
from incubator_app.services.shared_services.usage_totals import usage_totals_by_entrepreneur

pytestmark = pytest.mark.core

PARIS = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class Alive:
    kpis: Kpis
    bookings_this_week: int
    contracts_past_end: int
    usage_this_month: int
    revenue_this_month: int


def look_at(db: Path) -> Alive:
    """What the dashboard, the week's calendar and the month's service pages show today."""
    today = clock.today()
    database = open_database(db)
    try:
        with database.session() as s:
            admin_id = s.scalar(select(User.id).where(User.login == "admin"))
            assert admin_id is not None
            actor = actor_for_user(s, admin_id)
            kpis = load_dashboard(s, actor=actor, today=today).kpis
            monday = today - timedelta(days=today.weekday())
            week = (
                datetime.combine(monday, time(0), PARIS),
                datetime.combine(monday + timedelta(days=7), time(0), PARIS),
            )
            in_week = sum(
                len(bookings_in_range(s, r.id, *week, actor=actor))
                for r in list_bookable_resources(s, actor=actor)
            )
            past_end = s.scalar(
                select(func.count(SupportContract.id)).where(past_end_condition(today))
            )
            usages = usage_totals_by_entrepreneur(s, today, actor=actor)
            revenues = revenue_by_entrepreneur(s, today, actor=actor)
            usage = sum(t.total.count for t in usages)
            revenue = sum(r.revenue.total_cents for r in revenues)
    finally:
        database.dispose()
    return Alive(kpis, in_week, past_end or 0, usage, revenue)


def alive_on(tmp_path: Path, reference: date) -> Alive:
    db = tmp_path / f"demo-{reference}.sqlite3"
    generate_demo(db, seed=1, scale="small", reference_date=reference)
    # 10:30 in Paris on the reference day: the person evaluating the app opens it.
    with time_machine.travel(datetime.combine(reference, time(10, 30), PARIS), tick=False):
        assert clock.today() == reference
        return look_at(db)


def assert_alive(alive: Alive, *, working_day: bool) -> None:
    k = alive.kpis
    assert k.active_entrepreneurs > 0 and k.in_admission > 0
    assert k.sessions_this_month > 0 and k.minutes_this_month > 0
    assert k.sessions_last_month > 0 and k.minutes_last_month > 0
    assert k.milestones_due_this_month > 0
    assert k.milestones_overdue > 0
    assert k.contracts_ending > 0
    assert alive.contracts_past_end > 0
    # The dashboard's own figure: contracts ended, stage to update.
    assert k.contracts_past_end == alive.contracts_past_end
    assert k.action_items_overdue > 0
    assert k.follow_ups_due > 0
    assert alive.bookings_this_week > 0
    assert alive.usage_this_month > 0
    assert alive.revenue_this_month > 0
    if working_day:
        assert k.bookings_today > 0
    else:
        # The demo incubator is closed at weekends, like most: nobody books a room on Sunday,
        # and an empty "bookings today" tile is the truth then.
        assert k.bookings_today == 0


@pytest.mark.parametrize(
    ("reference", "working_day"),
    [
        (date(2027, 1, 1), True),  # a 1st of the month (and a new year): "this month" is young
        (date(2027, 2, 28), False),  # the end of February, a Sunday
        (date(2026, 12, 31), True),  # the end of the year, a Thursday
        (date(2027, 3, 1), True),  # a Monday, the 1st of the month
        (date(2026, 12, 13), False),  # a Sunday in the middle of the month
        (date(2028, 2, 29), True),  # a leap day, a Tuesday
    ],
)
def test_the_demo_is_alive_on_its_reference_date(
    tmp_path: Path, reference: date, working_day: bool
) -> None:
    assert (reference.weekday() < 5) == working_day
    assert_alive(alive_on(tmp_path, reference), working_day=working_day)


def test_a_demo_made_today_is_alive_today(tmp_path: Path) -> None:
    """Without --reference-date: generated and opened on the same (frozen) day."""
    moment = datetime(2027, 4, 14, 9, 0, tzinfo=PARIS)  # a Wednesday
    with time_machine.travel(moment, tick=False):
        summary = generate_demo(tmp_path / "today.sqlite3", seed=3, scale="small")
        assert summary.reference_date == date(2027, 4, 14)
        assert_alive(look_at(tmp_path / "today.sqlite3"), working_day=True)
