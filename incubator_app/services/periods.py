"""Calendar periods with one convention: a `DateRange` is half-open, `[start, end)` (no Qt).

`end` is the first day after the period, so a month is `[1 Feb, 1 Mar)` whatever its length,
ranges chain without gaps, and SQL reads `day >= start AND day < end`. Where a person sees or
types an inclusive period ("du 01/02 au 28/02"), use `last_day`.

The quick picks of the coaching page and the reports (this week, last month, last quarter…) are
computed here from the clock's day (`incubator_app.clock.today`); weeks start on Monday.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg


class DateRange(NamedTuple):
    """`[start, end)`: `end` is excluded. Unpacks as `first, after = month_of(day)`."""

    start: date
    end: date

    @property
    def last_day(self) -> date:
        """The period's last day (inclusive), for display and inclusive filters."""
        return self.end - timedelta(days=1)

    def __contains__(self, day: object) -> bool:  # type: ignore[override]
        return isinstance(day, date) and self.start <= day < self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def month_of(day: date) -> DateRange:
    first = first_of_month(day)
    return DateRange(first, first + relativedelta(months=1))


def week_of(day: date) -> DateRange:
    monday = day - timedelta(days=day.weekday())
    return DateRange(monday, monday + timedelta(days=7))


def quarter_of(day: date) -> DateRange:
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return DateRange(first, first + relativedelta(months=3))


def year_of(day: date) -> DateRange:
    return DateRange(date(day.year, 1, 1), date(day.year + 1, 1, 1))


def months_between(first: date, last: date) -> list[date]:
    """The first day of every month touching `[first, last]` (both included), in order."""
    months, month = [], first_of_month(first)
    while month <= last:
        months.append(month)
        month += relativedelta(months=1)
    return months


class Period(enum.StrEnum):
    """Quick picks of a period, seen from a given day."""

    ALL = "all"
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    LAST_12_MONTHS = "last_12_months"


def period_range(period: Period | str, today: date) -> DateRange | None:
    """The range of a quick pick seen from `today`; None for all time. "Last 12 months" ends
    with `today` included and starts the day after the same day a year before."""
    try:
        period = Period(period)
    except ValueError:
        raise ValidationError(
            {"period": msg(QT_TRANSLATE_NOOP("Periods", "Unknown period {p}."), p=period)}
        ) from None
    if period is Period.THIS_WEEK:
        return week_of(today)
    if period is Period.THIS_MONTH:
        return month_of(today)
    if period is Period.LAST_MONTH:
        return month_of(first_of_month(today) - timedelta(days=1))
    if period is Period.LAST_QUARTER:
        return quarter_of(quarter_of(today).start - timedelta(days=1))
    if period is Period.THIS_YEAR:
        return year_of(today)
    if period is Period.LAST_YEAR:
        return year_of(date(today.year - 1, 1, 1))
    if period is Period.LAST_12_MONTHS:
        end = today + timedelta(days=1)
        return DateRange(today - relativedelta(years=1) + timedelta(days=1), end)
    return None
