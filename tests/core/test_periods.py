"""services/periods.py: one convention, half-open [start, end), at month, year, leap-year and
week edges; the quick picks seen from edge days."""

from __future__ import annotations

from datetime import date

import pytest

from incubator_app.errors import ValidationError
from incubator_app.services.periods import (
    DateRange,
    Period,
    first_of_month,
    month_of,
    months_between,
    period_range,
    quarter_of,
    week_of,
    year_of,
)

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("day", "start", "end", "last"),
    [
        (date(2026, 1, 31), date(2026, 1, 1), date(2026, 2, 1), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 1), date(2026, 3, 1), date(2026, 2, 28)),
        (date(2028, 2, 29), date(2028, 2, 1), date(2028, 3, 1), date(2028, 2, 29)),
        (date(2026, 12, 31), date(2026, 12, 1), date(2027, 1, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2027, 1, 1), date(2027, 2, 1), date(2027, 1, 31)),
    ],
)
def test_a_month_is_half_open(day: date, start: date, end: date, last: date) -> None:
    month = month_of(day)
    assert month == DateRange(start, end)
    assert month.last_day == last
    assert day in month and end not in month and start in month
    assert first_of_month(day) == start
    first, after = month  # unpacks like the helpers it replaces
    assert (first, after) == (start, end)


def test_months_chain_without_gap_over_a_leap_year() -> None:
    day, total = date(2027, 12, 1), 0
    for _ in range(14):
        month = month_of(day)
        assert month.start == day
        total += month.days
        day = month.end
    assert day == date(2029, 2, 1)
    assert total == (date(2029, 2, 1) - date(2027, 12, 1)).days  # 2028 has 366 days


def test_weeks_start_on_monday_and_years_and_quarters_are_half_open() -> None:
    sunday, monday = date(2026, 11, 29), date(2026, 11, 30)
    assert week_of(sunday) == DateRange(date(2026, 11, 23), monday)
    assert week_of(monday) == DateRange(monday, date(2026, 12, 7))
    assert year_of(date(2026, 12, 31)) == DateRange(date(2026, 1, 1), date(2027, 1, 1))
    assert quarter_of(date(2026, 12, 31)) == DateRange(date(2026, 10, 1), date(2027, 1, 1))
    assert quarter_of(date(2027, 1, 1)) == DateRange(date(2027, 1, 1), date(2027, 4, 1))


def test_months_between_lists_every_month_touched() -> None:
    assert months_between(date(2026, 11, 30), date(2027, 2, 1)) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]
    assert months_between(date(2026, 3, 5), date(2026, 3, 5)) == [date(2026, 3, 1)]
    assert months_between(date(2026, 3, 5), date(2026, 2, 5)) == []


@pytest.mark.parametrize(
    ("today", "period", "expected"),
    [
        # 1 January: last month and last year are the year before.
        (date(2027, 1, 1), Period.LAST_MONTH, (date(2026, 12, 1), date(2027, 1, 1))),
        (date(2027, 1, 1), Period.LAST_YEAR, (date(2026, 1, 1), date(2027, 1, 1))),
        (date(2027, 1, 1), Period.LAST_QUARTER, (date(2026, 10, 1), date(2027, 1, 1))),
        (date(2027, 1, 1), Period.THIS_WEEK, (date(2026, 12, 28), date(2027, 1, 4))),
        # 31 March: last month is February (28 days), this month ends with 31 March.
        (date(2027, 3, 31), Period.LAST_MONTH, (date(2027, 2, 1), date(2027, 3, 1))),
        (date(2027, 3, 31), Period.THIS_MONTH, (date(2027, 3, 1), date(2027, 4, 1))),
        # 29 February: last 12 months start on 1 March of the year before, today included.
        (date(2028, 2, 29), Period.LAST_12_MONTHS, (date(2027, 3, 1), date(2028, 3, 1))),
        (date(2027, 12, 31), Period.LAST_12_MONTHS, (date(2027, 1, 1), date(2028, 1, 1))),
        (date(2027, 12, 31), Period.THIS_YEAR, (date(2027, 1, 1), date(2028, 1, 1))),
        # A Sunday is the last day of its week.
        (date(2027, 3, 28), Period.THIS_WEEK, (date(2027, 3, 22), date(2027, 3, 29))),
    ],
)
def test_quick_picks_from_edge_days(today: date, period: Period, expected: tuple) -> None:
    assert period_range(period, today) == DateRange(*expected)
    assert today in period_range(Period.THIS_MONTH, today)


def test_all_time_and_unknown_picks() -> None:
    assert period_range(Period.ALL, date(2026, 12, 2)) is None
    assert period_range("this_month", date(2026, 12, 2)) == month_of(date(2026, 12, 2))
    with pytest.raises(ValidationError) as caught:
        period_range("fortnight", date(2026, 12, 2))
    assert "period" in caught.value.field_errors
