"""Contracts past their end date, stage still to update: the due list, its count, the dashboard
figure and the entrepreneurs list filter agree; a closed contract, an archived person and a
contract still running are not in it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers_people import make_actor, make_entrepreneur
from sqlalchemy import select

from incubator_app.models import Entrepreneur, SupportContract
from incubator_app.services.entrepreneurs import due
from incubator_app.services.entrepreneurs.list import (
    EntrepreneurFilter,
    EntrepreneurListSource,
    entrepreneur_filter_from,
)
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.paging import SortOrder
from incubator_app.services.reporting.dashboard import load_dashboard

pytestmark = pytest.mark.core
TODAY = date(2026, 11, 21)


def _incubated(session, admin, name: str, end_in_days: int) -> int:
    person = make_entrepreneur(session, admin, "Test", name, entry_date=date(2025, 1, 1))
    for stage, on in (("admitted", date(2025, 2, 1)), ("incubated", date(2025, 3, 1))):
        change_stage(session, person.id, stage, on=on, expected_version=None, actor=admin)
    contract = session.scalars(
        select(SupportContract).where(SupportContract.entrepreneur_id == person.id)
    ).one()
    contract.end_date = TODAY + timedelta(days=end_in_days)
    session.commit()
    return person.id


@pytest.fixture
def people(session, admin) -> dict[str, int]:
    made = {
        name: _incubated(session, admin, name, days)
        for name, days in [("Long", -40), ("Yesterday", -1), ("Today", 0), ("Soon", 12)]
    }
    # Graduated after the end: the contract is closed, nothing left to do.
    made["Done"] = _incubated(session, admin, "Done", -20)
    change_stage(
        session,
        made["Done"],
        "graduated",
        on=TODAY - timedelta(days=2),
        expected_version=None,
        actor=admin,
    )
    # Archived: out of every list, as elsewhere.
    made["Gone"] = _incubated(session, admin, "Gone", -5)
    session.get(Entrepreneur, made["Gone"]).archived = True
    session.commit()
    return made


def _names(session, flt: EntrepreneurFilter, admin) -> set[str]:
    source = EntrepreneurListSource(flt, admin, today=TODAY)
    rows = source.fetch(session, SortOrder(), 0, 100)
    assert source.count(session) == len(rows)
    return {r.last_name for r in rows}


def test_due_list_count_and_dashboard_agree(session, admin, people) -> None:
    rows = due.contracts_past_end(session, actor=admin, today=TODAY)
    assert [(r.entrepreneur_name, r.days_past) for r in rows] == [
        ("Test Long", 40),
        ("Test Yesterday", 1),
    ]
    assert rows[0].end_date == TODAY - timedelta(days=40)
    assert due.count_contracts_past_end(session, actor=admin, today=TODAY) == 2
    assert [
        r.entrepreneur_name
        for r in due.contracts_past_end(session, actor=admin, today=TODAY, limit=1)
    ] == ["Test Long"]

    board = load_dashboard(session, actor=admin, today=TODAY)
    assert board.kpis.contracts_past_end == 2
    assert [r.entrepreneur_id for r in board.contracts_past_end] == [
        people["Long"],
        people["Yesterday"],
    ]
    # Ending today is "ending soon", never both.
    assert board.kpis.contracts_ending == 2


def test_the_list_filters_them_alone_or_with_contracts_ending_soon(session, admin, people) -> None:
    assert _names(session, EntrepreneurFilter(contract_past_end=True), admin) == {
        "Long",
        "Yesterday",
    }
    both = EntrepreneurFilter(contract_past_end=True, contract_ending_within_days=30)
    assert _names(session, both, admin) == {"Long", "Yesterday", "Today", "Soon"}
    assert _names(session, entrepreneur_filter_from(contract_past_end=True), admin) == {
        "Long",
        "Yesterday",
    }
    # The day after, yesterday's "ending today" has ended too.
    source = EntrepreneurListSource(
        EntrepreneurFilter(contract_past_end=True), admin, today=TODAY + timedelta(days=1)
    )
    assert {r.last_name for r in source.fetch(session, SortOrder(), 0, 100)} == {
        "Long",
        "Yesterday",
        "Today",
    }


def test_a_coach_sees_only_their_caseload(session, admin, people) -> None:
    coach = make_actor(session, "coach")
    session.get(Entrepreneur, people["Yesterday"]).referent_coach_id = coach.coach_id
    session.commit()
    rows = due.contracts_past_end(session, actor=coach, today=TODAY)
    assert [r.entrepreneur_id for r in rows] == [people["Yesterday"]]
    assert load_dashboard(session, actor=coach, today=TODAY).kpis.contracts_past_end == 1
