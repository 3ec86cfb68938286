"""One rule for "contract ends soon": the list's flag and filter, the due-items list and the
dashboard tile agree; a contract past its end date is not "ending soon" but "past end"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers_people import make_entrepreneur
from sqlalchemy import select

from incubator_app.models import SupportContract
from incubator_app.services.entrepreneurs import due as contracts_due
from incubator_app.services.entrepreneurs.contract_status import ContractState, contract_state
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter, EntrepreneurListSource
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.paging import SortOrder
from incubator_app.services.reporting.dashboard import load_dashboard

pytestmark = pytest.mark.core
TODAY = date(2026, 11, 21)


def test_contract_state_boundaries() -> None:
    def state(days: int, ended_on: date | None = None) -> ContractState | None:
        return contract_state(TODAY + timedelta(days=days), ended_on, TODAY)

    assert state(-11) is ContractState.PAST_END
    assert state(-1) is ContractState.PAST_END
    assert state(0) is ContractState.ENDING_SOON
    assert state(30) is ContractState.ENDING_SOON
    assert state(31) is ContractState.RUNNING
    assert state(-11, ended_on=TODAY - timedelta(days=11)) is ContractState.ENDED
    assert contract_state(None, None, TODAY) is None


@pytest.fixture
def contracts(session, admin) -> dict[str, int]:
    """One incubated person per end date, relative to TODAY (days)."""
    made = {}
    for name, days in [("Past", -11), ("Today", 0), ("Soon", 30), ("Later", 31)]:
        person = make_entrepreneur(session, admin, "Test", name, entry_date=date(2025, 1, 1))
        change_stage(
            session, person.id, "admitted", on=date(2025, 2, 1), expected_version=None, actor=admin
        )
        change_stage(
            session, person.id, "incubated", on=date(2025, 3, 1), expected_version=None, actor=admin
        )
        contract = session.scalars(
            select(SupportContract).where(SupportContract.entrepreneur_id == person.id)
        ).one()
        contract.end_date = TODAY + timedelta(days=days)
        made[name] = person.id
    session.commit()
    return made


def test_list_due_items_and_dashboard_agree(session, admin, contracts) -> None:
    source = EntrepreneurListSource(
        EntrepreneurFilter(contract_ending_within_days=30), admin, today=TODAY
    )
    listed = {r.last_name for r in source.fetch(session, SortOrder(), 0, 100)}
    assert listed == {"Today", "Soon"}
    assert source.count(session) == 2

    due = contracts_due.contracts_ending(session, actor=admin, today=TODAY)
    assert [r.entrepreneur_name.split()[-1] for r in due] == ["Today", "Soon"]
    assert contracts_due.count_contracts_ending(session, actor=admin, today=TODAY) == 2
    board = load_dashboard(session, actor=admin, today=TODAY)
    assert board.kpis.contracts_ending == 2
    assert [r.entrepreneur_id for r in board.contracts_ending] == [
        contracts["Today"],
        contracts["Soon"],
    ]

    every = EntrepreneurListSource(EntrepreneurFilter(), admin, today=TODAY)
    rows = {r.last_name: r for r in every.fetch(session, SortOrder(), 0, 100)}
    flagged = {name for name, r in rows.items() if r.contract_ends_soon(TODAY)}
    assert flagged == {"Today", "Soon"}
    assert {name for name, r in rows.items() if r.contract_past_end(TODAY)} == {"Past"}
