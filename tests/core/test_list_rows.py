"""The rows of the list pages: made without the dataclass __init__ (services/paging.row_maker,
issue 12) they must be the same frozen values __init__ makes, every field set; and the list
sources that run their statements on the session's connection still see the session's own
pending changes."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from factories import make_coach, make_entrepreneur

from incubator_app.models import Entrepreneur, Milestone, MilestoneStatus, PathwayStage
from incubator_app.services.entrepreneurs.list import (
    EntrepreneurFilter,
    EntrepreneurListSource,
    EntrepreneurRow,
)
from incubator_app.services.milestones.list import MilestoneListSource, MilestoneRow
from incubator_app.services.paging import SortOrder, row_maker

pytestmark = pytest.mark.core

TODAY = date(2026, 11, 10)


@dataclasses.dataclass(frozen=True)
class Pair:
    id: int
    label: str | None


def test_a_made_row_is_the_row_init_makes() -> None:
    made = row_maker(Pair)({"id": 3, "label": "x"})
    plain = Pair(3, "x")
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert type(made) is Pair
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.label = "y"  # type: ignore[misc]
    assert dataclasses.replace(made, label="y") == Pair(3, "y")
    assert dataclasses.asdict(made) == {"id": 3, "label": "x"}


@dataclasses.dataclass
class Mutable:
    id: int


@dataclasses.dataclass(frozen=True, slots=True)
class Slotted:
    id: int


@dataclasses.dataclass(frozen=True)
class Checked:
    id: int

    def __post_init__(self) -> None:
        if self.id < 0:
            raise ValueError


@pytest.mark.parametrize("cls", [Mutable, Slotted, Checked, int])
def test_only_plain_frozen_dataclasses(cls) -> None:
    with pytest.raises(TypeError):
        row_maker(cls)


def _same_as_init(rows, cls) -> None:
    names = [f.name for f in dataclasses.fields(cls)]
    assert rows
    for row in rows:
        assert type(row) is cls and list(vars(row)) == names  # every field, nothing else
        assert row == cls(**{name: getattr(row, name) for name in names})


@pytest.fixture
def overdue(session):
    coach = make_coach(session, "Anne Coach")
    people = [make_entrepreneur(session, f"P{n}", f"Nom{n}") for n in range(3)]
    for n, person in enumerate(people):
        person.referent_coach_id = coach.id if n else None
        session.add(
            Milestone(
                entrepreneur_id=person.id,
                title=f"M{n}",
                due_on=TODAY - timedelta(days=n + 1),
                status=MilestoneStatus.PLANNED,
            )
        )
    session.commit()
    return people


def test_list_rows_have_every_field(session, admin, overdue) -> None:
    milestones = MilestoneListSource(admin, TODAY, due="overdue").fetch(session, SortOrder(), 0, 50)
    _same_as_init(milestones, MilestoneRow)
    assert all(r.overdue for r in milestones)
    for sort in (SortOrder(), SortOrder("last_session", True), SortOrder("stage")):
        people = EntrepreneurListSource(EntrepreneurFilter(), admin, today=TODAY).fetch(
            session, sort, 0, 50
        )
        _same_as_init(people, EntrepreneurRow)


def test_a_list_sees_the_sessions_pending_changes(session, admin, overdue) -> None:
    """As the ORM's autoflush did before the list ran its statements on the connection."""
    source = EntrepreneurListSource(EntrepreneurFilter(), admin, today=TODAY)
    before = source.count(session)
    session.add(
        Entrepreneur(
            first_name="Zélie",
            last_name="Pending",
            entry_date=TODAY,
            stage=PathwayStage.INCUBATED,
        )
    )
    fresh = EntrepreneurListSource(EntrepreneurFilter(), admin, today=TODAY)
    assert fresh.count(session) == before + 1
    names = [r.last_name for r in fresh.fetch(session, SortOrder(), 0, 50)]
    assert "Pending" in names
    session.rollback()


def test_a_filter_given_lists_still_lists(session, admin, overdue) -> None:
    """The statements are kept by filter; a filter holding a list (not hashable) is served
    all the same."""
    flt = EntrepreneurFilter(stages=[PathwayStage.INCUBATED])  # type: ignore[arg-type]
    source = EntrepreneurListSource(flt, admin, today=TODAY)
    assert source.count(session) == len(source.fetch(session, SortOrder(), 0, 50)) == 3
