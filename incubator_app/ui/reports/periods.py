"""Quick picks for a report's period (pure date arithmetic, no Qt)."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

THIS_MONTH = "this_month"
LAST_MONTH = "last_month"
LAST_QUARTER = "last_quarter"
THIS_YEAR = "this_year"
LAST_YEAR = "last_year"
GRANT_PERIOD = "grant_period"


def quick_period(
    pick: str, today: date, grant: tuple[date, date] | None = None
) -> tuple[date, date] | None:
    """[start, end] for `pick` seen from `today`; None for the grant period without a grant."""
    if pick == THIS_MONTH:
        start = today.replace(day=1)
        return start, start + relativedelta(months=1, days=-1)
    if pick == LAST_MONTH:
        start = today.replace(day=1) - relativedelta(months=1)
        return start, start + relativedelta(months=1, days=-1)
    if pick == LAST_QUARTER:
        this_quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        start = this_quarter - relativedelta(months=3)
        return start, this_quarter - relativedelta(days=1)
    if pick == THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if pick == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if pick == GRANT_PERIOD:
        return grant
    raise ValueError(pick)
