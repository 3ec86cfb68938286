"""The milestone and action item list sources against a plain Python reading of the same rows,
for every query shape they pick (status index, a coach's or a cohort's people, joined sorts):
archived people never listed, filters, sort orders with the id tiebreak, pages that neither
overlap nor skip."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import make_coach, make_entrepreneur

from incubator_app.models import ActionItem, Cohort, Milestone, MilestoneStatus
from incubator_app.services.milestones.list import (
    OPEN,
    ActionItemListSource,
    MilestoneListSource,
)
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core

TODAY = date(2026, 11, 10)
STATUSES = list(MilestoneStatus)


@pytest.fixture
def crowd(session):
    coaches = [make_coach(session, name) for name in ("Zoé", "Anne", "Marc")]
    cohorts = [Cohort(name=f"Promo {n}", start_date=date(2026, 1, n)) for n in (1, 2)]
    session.add_all(cohorts)
    session.flush()
    people = []
    for n in range(12):
        person = make_entrepreneur(session, f"P{n % 5}", f"Nom{n % 4}")
        person.referent_coach_id = coaches[n % 3].id if n % 5 else None
        person.cohort_id = cohorts[n % 2].id if n % 3 else None
        person.archived = n % 4 == 3
        people.append(person)
    for n in range(90):
        person = people[n % 12]
        status = STATUSES[n % 5]
        due = TODAY + timedelta(days=(n * 7) % 50 - 25)  # repeated dates: the tiebreak matters
        session.add(
            Milestone(
                entrepreneur_id=person.id,
                title=f"M{n % 6}",
                due_on=due,
                status=status,
                achieved_on=due if status is MilestoneStatus.ACHIEVED else None,
            )
        )
        done = n % 3 == 0
        session.add(
            ActionItem(
                entrepreneur_id=person.id,
                assignee_coach_id=coaches[n % 3].id if n % 4 else None,
                text=f"A{n % 7}",
                due_on=None if n % 8 == 0 else due,
                done=done,
                done_on=due if done else None,
            )
        )
    session.commit()
    return {"coaches": coaches, "cohorts": cohorts, "people": {p.id: p for p in people}}


def _pages(source, session, sort, size=7):
    total = source.count(session)
    rows = []
    for offset in range(0, total + size, size):
        rows += source.fetch(session, sort, offset, size)
    assert len(rows) == total
    return [r.id for r in rows]


def _last(value):
    return (value is None, value if value is not None else "")


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"due": "overdue"},
        {"due": "this_month"},
        {"due": "next_30_days", "status": None},
        {"status": None},
        {"status": "missed"},
        {"coach": 0},
        {"coach": 1, "status": None},
        {"cohort": 1},
        {"cohort": 0, "due": "overdue"},
        {"person": 0, "status": None},
    ],
)
@pytest.mark.parametrize("sort_key", [None, "entrepreneur", "coach", "cohort", "title"])
def test_milestone_source_matches_python(session, admin, crowd, filters, sort_key):
    coach = crowd["coaches"][filters["coach"]].id if "coach" in filters else None
    cohort = crowd["cohorts"][filters["cohort"]].id if "cohort" in filters else None
    person = list(crowd["people"])[filters["person"]] if "person" in filters else None
    status = filters.get("status", "open")
    source = MilestoneListSource(
        admin,
        TODAY,
        due=filters.get("due"),
        status=status,
        coach_id=coach,
        cohort_id=cohort,
        entrepreneur_id=person,
    )
    people = crowd["people"]
    coach_names = {c.id: c.display_name for c in crowd["coaches"]}
    cohort_names = {c.id: c.name for c in crowd["cohorts"]}
    first = TODAY.replace(day=1)

    def keep(m: Milestone) -> bool:
        p = people[m.entrepreneur_id]
        return (
            not p.archived
            and (status is None or (m.status in OPEN if status == "open" else m.status == status))
            and (filters.get("due") != "overdue" or (m.status in OPEN and m.due_on < TODAY))
            and (
                filters.get("due") != "this_month"
                or first <= m.due_on < date(first.year, first.month + 1, 1)
            )
            and (
                filters.get("due") != "next_30_days"
                or TODAY <= m.due_on <= TODAY + timedelta(days=30)
            )
            and (coach is None or p.referent_coach_id == coach)
            and (cohort is None or p.cohort_id == cohort)
            and (person is None or m.entrepreneur_id == person)
        )

    def key(m: Milestone):
        p = people[m.entrepreneur_id]
        by = {
            None: (m.due_on,),
            "entrepreneur": (p.last_name, p.first_name),
            "coach": (_last(coach_names.get(p.referent_coach_id)),),
            "cohort": (_last(cohort_names.get(p.cohort_id)),),
            "title": (m.title,),
        }[sort_key]
        return (*by, m.id)

    expected = [m.id for m in sorted(filter(keep, session.query(Milestone)), key=key)]
    assert expected, "the fixture should give every case some rows"
    assert _pages(source, session, SortOrder(sort_key)) == expected


@pytest.mark.parametrize(
    "state, coach_index, person_index",
    [
        ("open", None, None),
        ("overdue", None, None),
        ("done", None, None),
        ("all", None, None),
        ("open", 1, None),
        ("overdue", 2, None),
        ("all", None, 2),
    ],
)
@pytest.mark.parametrize("sort_key", [None, "entrepreneur", "assignee", "text"])
def test_action_item_source_matches_python(
    session, admin, crowd, state, coach_index, person_index, sort_key
):
    coach = crowd["coaches"][coach_index].id if coach_index is not None else None
    person = list(crowd["people"])[person_index] if person_index is not None else None
    source = ActionItemListSource(admin, TODAY, state=state, coach_id=coach, entrepreneur_id=person)
    people = crowd["people"]
    coach_names = {c.id: c.display_name for c in crowd["coaches"]}

    def keep(a: ActionItem) -> bool:
        return (
            not people[a.entrepreneur_id].archived
            and (state not in ("open", "overdue") or not a.done)
            and (state != "overdue" or (a.due_on is not None and a.due_on < TODAY))
            and (state != "done" or a.done)
            and (coach is None or a.assignee_coach_id == coach)
            and (person is None or a.entrepreneur_id == person)
        )

    def key(a: ActionItem):
        p = people[a.entrepreneur_id]
        by = {
            None: (_last(a.due_on),),
            "entrepreneur": (p.last_name, p.first_name),
            "assignee": (_last(coach_names.get(a.assignee_coach_id)),),
            "text": (a.text,),
        }[sort_key]
        return (*by, a.id)

    expected = [a.id for a in sorted(filter(keep, session.query(ActionItem)), key=key)]
    assert expected, "the fixture should give every case some rows"
    assert _pages(source, session, SortOrder(sort_key)) == expected
