"""The one rule for "a support contract ends soon" (no Qt).

The entrepreneurs list (flag and filter), the record's Pathway tab, the due-items lists and the
dashboard tile all use it, so they always agree:

- ENDING_SOON: still running (`ended_on` empty) and its end date falls between today and
  today + `within_days`, both included;
- PAST_END: still running but its end date is before today: the contract is over and the
  entrepreneur's stage probably needs updating (graduation, exit or renewal);
- ENDED: closed (`ended_on` set, by a stage change);
- RUNNING: anything else.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

from sqlalchemy import ColumnElement, and_

from incubator_app.models import SupportContract

#: Contracts ending within this many days are flagged everywhere.
CONTRACT_WARNING_DAYS = 30


class ContractState(Enum):
    RUNNING = "running"
    ENDING_SOON = "ending_soon"
    PAST_END = "past_end"
    ENDED = "ended"


def contract_state(
    end_date: date | None,
    ended_on: date | None,
    today: date,
    within_days: int = CONTRACT_WARNING_DAYS,
) -> ContractState | None:
    """Where a contract stands on `today` (None when there is no contract)."""
    if end_date is None:
        return None
    if ended_on is not None:
        return ContractState.ENDED
    if end_date < today:
        return ContractState.PAST_END
    if end_date <= today + timedelta(days=within_days):
        return ContractState.ENDING_SOON
    return ContractState.RUNNING


def ending_soon_condition(
    today: date, within_days: int = CONTRACT_WARNING_DAYS
) -> ColumnElement[bool]:
    """SQL twin of `contract_state(...) is ENDING_SOON` on SupportContract."""
    return and_(
        SupportContract.ended_on.is_(None),
        SupportContract.end_date >= today,
        SupportContract.end_date <= today + timedelta(days=within_days),
    )


def past_end_condition(today: date) -> ColumnElement[bool]:
    """SQL twin of `contract_state(...) is PAST_END` on SupportContract."""
    return and_(SupportContract.ended_on.is_(None), SupportContract.end_date < today)
