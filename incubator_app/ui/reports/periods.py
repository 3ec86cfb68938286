"""Quick picks for a report's period, inclusive for the form's two date fields (the arithmetic
is services/periods.py's; no Qt)."""

from __future__ import annotations

from datetime import date

from incubator_app.services.periods import Period, period_range

THIS_MONTH = Period.THIS_MONTH.value
LAST_MONTH = Period.LAST_MONTH.value
LAST_QUARTER = Period.LAST_QUARTER.value
THIS_YEAR = Period.THIS_YEAR.value
LAST_YEAR = Period.LAST_YEAR.value
GRANT_PERIOD = "grant_period"


def quick_period(
    pick: str, today: date, grant: tuple[date, date] | None = None
) -> tuple[date, date] | None:
    """[start, end] for `pick` seen from `today`; None for the grant period without a grant."""
    if pick == GRANT_PERIOD:
        return grant
    if pick not in {THIS_MONTH, LAST_MONTH, LAST_QUARTER, THIS_YEAR, LAST_YEAR}:
        raise ValueError(pick)
    picked = period_range(pick, today)
    if picked is None:
        raise ValueError(pick)
    return picked.start, picked.last_day
