"""The entrepreneurs list source: filters, every sort key, paging without overlap, permissions,
and the activity summary its triggers keep for the last-session / next-milestone columns."""

from __future__ import annotations

from datetime import date

import pytest
from helpers_people import make_actor, make_entrepreneur
from sqlalchemy import select

from incubator_app.errors import ValidationError
from incubator_app.models import EntrepreneurActivity, MilestoneStatus, PathwayStage, Role
from incubator_app.services.actor import Actor
from incubator_app.services.administration.reference_lists import create_discipline
from incubator_app.services.coaching.coaches import create_coach
from incubator_app.services.coaching.sessions import delete_coaching_session, log_coaching_session
from incubator_app.services.entrepreneurs.cohorts import create_cohort
from incubator_app.services.entrepreneurs.list import (
    SORT_KEYS,
    EntrepreneurFilter,
    EntrepreneurListSource,
    entrepreneur_filter_from,
)
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import archive_entrepreneur
from incubator_app.services.milestones.records import create_milestone, set_milestone_status
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core
TODAY = date(2026, 11, 21)


def _names(session, flt: EntrepreneurFilter, actor: Actor, sort=SortOrder()) -> list[str]:
    source = EntrepreneurListSource(flt, actor, today=TODAY)
    rows = source.fetch(session, sort, 0, 100)
    assert source.count(session) == len(rows)
    return [r.last_name for r in rows]


@pytest.fixture
def people(session, admin):
    music = create_discipline(session, code="musique", label="Musique", actor=admin)
    craft = create_discipline(session, code="artisanat", label="Artisanat d'art", actor=admin)
    coach_a = create_coach(session, display_name="Zoé Coach", actor=admin)
    coach_b = create_coach(session, display_name="Alain Coach", actor=admin)
    spring = create_cohort(session, name="Printemps 2026", start_date=date(2026, 3, 1), actor=admin)
    made = {}
    specs = [
        (
            "Hélène",
            "Durand",
            "Théâtre du Sud",
            "helene@example.org",
            "Marseille",
            music,
            coach_a,
            spring,
            date(2025, 1, 10),
        ),
        (
            "Paul",
            "Blanc",
            "Atelier Verre",
            "paul@example.org",
            "Aubagne",
            craft,
            coach_b,
            None,
            date(2026, 2, 1),
        ),
        (
            "Inès",
            "Arnaud",
            "Label 100%_son",
            "ines@example.org",
            "Toulon",
            music,
            None,
            spring,
            date(2026, 6, 15),
        ),
        ("Marc", "Carré", None, None, None, None, coach_a, None, date(2026, 9, 30)),
    ]
    for first, last, project, email, commune, disc, coach, cohort, entered in specs:
        made[last] = make_entrepreneur(
            session,
            admin,
            first,
            last,
            project_name=project,
            email=email,
            commune=commune,
            discipline_id=disc.id if disc else None,
            referent_coach_id=coach.id if coach else None,
            cohort_id=cohort.id if cohort else None,
            entry_date=entered,
        )
    durand = made["Durand"]
    change_stage(
        session, durand.id, "admitted", on=date(2025, 2, 1), expected_version=None, actor=admin
    )
    change_stage(
        session, durand.id, "incubated", on=date(2025, 12, 1), expected_version=None, actor=admin
    )  # CAPE ends 2026-12-01: within 30 days of TODAY
    change_stage(
        session,
        made["Blanc"].id,
        "admitted",
        on=date(2026, 3, 1),
        expected_version=None,
        actor=admin,
    )
    change_stage(
        session,
        made["Blanc"].id,
        "incubated",
        on=date(2026, 3, 2),
        expected_version=None,
        actor=admin,
    )  # ends 2027-03-02
    log_coaching_session(
        session,
        session_date=date(2026, 10, 5),
        duration_minutes=60,
        coach_id=coach_a.id,
        participants=[durand.id],
        actor=admin,
    )
    log_coaching_session(
        session,
        session_date=date(2026, 4, 5),
        duration_minutes=60,
        coach_id=coach_b.id,
        participants=[made["Blanc"].id, durand.id],
        kind="collective",
        actor=admin,
    )
    create_milestone(
        session,
        entrepreneur_id=made["Arnaud"].id,
        title="Premier concert",
        due_on=date(2026, 12, 5),
        actor=admin,
    )
    create_milestone(
        session,
        entrepreneur_id=made["Blanc"].id,
        title="Statuts",
        due_on=date(2027, 1, 5),
        actor=admin,
    )
    archive_entrepreneur(session, made["Carré"].id, expected_version=None, actor=admin)
    return {"made": made, "music": music, "coach_a": coach_a, "spring": spring}


def test_active_only_by_default_sorted_by_name(session, admin, people) -> None:
    assert _names(session, EntrepreneurFilter(), admin) == ["Arnaud", "Blanc", "Durand"]
    everyone = EntrepreneurFilter(active_only=False)
    assert _names(session, everyone, admin) == ["Arnaud", "Blanc", "Carré", "Durand"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DURAND", ["Durand"]),
        ("hélène dur", ["Durand"]),
        ("durand hél", ["Durand"]),
        ("théâtre", ["Durand"]),
        ("paul@EXAMPLE", ["Blanc"]),
        ("toulon", ["Arnaud"]),
        ("100%_", ["Arnaud"]),  # LIKE wildcards are literal characters here
        ("%", ["Arnaud", "Blanc", "Durand"]),  # punctuation alone is no word: no restriction
        ("%zz", []),
        # The quick search's rule (services/text_match.py): accents and case ignored, every
        # word the start of a word, in any order.
        ("helene", ["Durand"]),
        ("HELE theat", ["Durand"]),
        ("ines", ["Arnaud"]),
        ("sud théâ", ["Durand"]),
        ("atre", []),  # inside a word: not the start of one
        ("  ", ["Arnaud", "Blanc", "Durand"]),
    ],
)
def test_text_filter(session, admin, people, text, expected) -> None:
    assert _names(session, EntrepreneurFilter(text=text), admin) == expected


def test_active_only_means_candidate_admitted_or_incubated(session, admin, people) -> None:
    made = people["made"]
    for last, stage in (("Blanc", "graduated"), ("Arnaud", "refused")):
        change_stage(
            session, made[last].id, stage, on=date(2026, 11, 1), expected_version=None, actor=admin
        )
    withdrawn = make_entrepreneur(session, admin, "Lou", "Retrait", entry_date=date(2026, 1, 5))
    for stage, on in (("admitted", date(2026, 2, 1)), ("withdrew", date(2026, 3, 1))):
        change_stage(session, withdrawn.id, stage, on=on, expected_version=None, actor=admin)
    make_entrepreneur(session, admin, "Zélie", "Candidate", entry_date=date(2026, 10, 1))
    assert _names(session, EntrepreneurFilter(), admin) == ["Candidate", "Durand"]
    everyone = _names(session, EntrepreneurFilter(active_only=False), admin)
    assert everyone == ["Arnaud", "Blanc", "Candidate", "Carré", "Durand", "Retrait"]
    # A stage picked on purpose is listed even with "Active only" (archived people still not).
    graduates = EntrepreneurFilter(stages=(PathwayStage.GRADUATED,))
    assert _names(session, graduates, admin) == ["Blanc"]


def test_structured_filters(session, admin, people) -> None:
    p = people
    assert _names(session, EntrepreneurFilter(stages=(PathwayStage.INCUBATED,)), admin) == [
        "Blanc",
        "Durand",
    ]
    assert _names(session, EntrepreneurFilter(discipline_id=p["music"].id), admin) == [
        "Arnaud",
        "Durand",
    ]
    coach = EntrepreneurFilter(coach_id=p["coach_a"].id, active_only=False)
    assert _names(session, coach, admin) == ["Carré", "Durand"]
    assert _names(session, EntrepreneurFilter(cohort_id=p["spring"].id), admin) == [
        "Arnaud",
        "Durand",
    ]
    period = EntrepreneurFilter(entered_from=date(2026, 1, 1), entered_to=date(2026, 6, 15))
    assert _names(session, period, admin) == ["Arnaud", "Blanc"]
    ending = EntrepreneurFilter(contract_ending_within_days=30)
    assert _names(session, ending, admin) == ["Durand"]
    assert _names(session, EntrepreneurFilter(contract_ending_within_days=200), admin) == [
        "Blanc",
        "Durand",
    ]


def test_rows_carry_what_the_list_shows(session, admin, people) -> None:
    source = EntrepreneurListSource(EntrepreneurFilter(), admin, today=TODAY)
    rows = {r.last_name: r for r in source.fetch(session, SortOrder(), 0, 10)}
    durand = rows["Durand"]
    assert durand.display_name == "Durand Hélène"
    assert (durand.discipline, durand.coach, durand.cohort) == (
        "Musique",
        "Zoé Coach",
        "Printemps 2026",
    )
    assert durand.last_session_on == date(2026, 10, 5)
    assert durand.contract_end == date(2026, 12, 1)
    assert durand.contract_ends_soon(TODAY)
    assert not rows["Blanc"].contract_ends_soon(TODAY)
    assert (rows["Arnaud"].next_milestone_due, rows["Arnaud"].next_milestone_title) == (
        date(2026, 12, 5),
        "Premier concert",
    )
    assert rows["Arnaud"].last_session_on is None and rows["Arnaud"].contract_end is None


EXPECTED_ASC = {
    "name": ["Arnaud", "Blanc", "Durand"],
    "project": ["Blanc", "Arnaud", "Durand"],
    "discipline": ["Blanc", "Durand", "Arnaud"],  # ties: by id
    "stage": ["Arnaud", "Durand", "Blanc"],  # pathway order
    "coach": ["Blanc", "Durand", "Arnaud"],
    "cohort": ["Durand", "Arnaud", "Blanc"],
    "entry_date": ["Durand", "Blanc", "Arnaud"],
    "last_session": ["Blanc", "Durand", "Arnaud"],
    "next_milestone": ["Arnaud", "Blanc", "Durand"],
    "contract_end": ["Durand", "Blanc", "Arnaud"],
    "email": ["Durand", "Arnaud", "Blanc"],
    "commune": ["Blanc", "Durand", "Arnaud"],
}


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_in_both_directions(session, admin, people, key) -> None:
    asc = _names(session, EntrepreneurFilter(), admin, SortOrder(key))
    assert asc == EXPECTED_ASC[key]
    desc = _names(session, EntrepreneurFilter(), admin, SortOrder(key, descending=True))
    # Empty values stay last whichever the direction.
    assert sorted(desc) == sorted(asc) and desc != asc


@pytest.mark.parametrize("share", [10**9, 0])
@pytest.mark.parametrize(
    "flt",
    [EntrepreneurFilter(), EntrepreneurFilter(stages=(PathwayStage.INCUBATED,))],
    ids=["active", "one stage"],
)
def test_broad_and_narrow_filters_list_the_same_rows(
    session, admin, people, monkeypatch, share, flt
) -> None:
    """Whether the page walks the name index (a broad filter) or the stage index (a narrow
    one) changes the plan, never the rows or their order."""
    expected = _names(session, flt, admin, SortOrder("name"))
    monkeypatch.setattr("incubator_app.services.entrepreneurs.list.BROAD_SHARE", share)
    source = EntrepreneurListSource(flt, admin, today=TODAY)
    assert source._broad(session) is (share > 0)
    assert [r.last_name for r in source.fetch(session, SortOrder("name"), 0, 100)] == expected
    assert _names(session, flt, admin, SortOrder("name", descending=True)) == expected[::-1]


@pytest.mark.parametrize("key", ["last_session", "next_milestone"])
@pytest.mark.parametrize("descending", [False, True])
def test_activity_sorts_page_by_page_as_in_one_go(session, admin, people, key, descending):
    """Small windows of dated people are read off the date's index, the window that reaches
    the people without a date from the general statement: together, the same list."""
    source = EntrepreneurListSource(EntrepreneurFilter(), admin, today=TODAY)
    sort = SortOrder(key, descending)
    whole = [r.id for r in source.fetch(session, sort, 0, 100)]
    for size in (1, 2):
        paged = []
        for offset in range(0, len(whole), size):
            paged += [r.id for r in source.fetch(session, sort, offset, size)]
        assert paged == whole


def test_unknown_sort_key_is_refused(session, admin, people) -> None:
    source = EntrepreneurListSource(EntrepreneurFilter(), admin)
    with pytest.raises(ValidationError):
        source.fetch(session, SortOrder("shoe_size"), 0, 10)


def test_pages_never_overlap_when_values_tie(session, admin) -> None:
    for n in range(23):
        make_entrepreneur(session, admin, f"P{n:02d}", "Même", entry_date=date(2026, 1, 1))
    for key in ("name", "entry_date", "last_session", "stage"):
        for descending in (False, True):
            source = EntrepreneurListSource(EntrepreneurFilter(), admin)
            seen = []
            for offset in range(0, 23, 5):
                seen += [r.id for r in source.fetch(session, SortOrder(key, descending), offset, 5)]
            assert len(seen) == len(set(seen)) == 23


def test_bad_filters_are_refused_and_viewers_may_read(session, admin, people) -> None:
    with pytest.raises(ValidationError) as err:
        EntrepreneurListSource(
            EntrepreneurFilter(entered_from=date(2026, 5, 1), entered_to=date(2026, 1, 1)), admin
        )
    assert "entered_to" in err.value.field_errors
    viewer = make_actor(session, Role.VIEWER)
    assert len(_names(session, EntrepreneurFilter(), viewer)) == 3
    coach = make_actor(session, Role.COACH)
    assert len(_names(session, EntrepreneurFilter(), coach)) == 3


def test_filter_from_page_keys() -> None:
    flt = entrepreneur_filter_from(stage="incubated", coach_id=3, text="x", ignored=1)
    assert flt == EntrepreneurFilter(text="x", stages=(PathwayStage.INCUBATED,), coach_id=3)


def _activity(session, person_id: int) -> tuple[date | None, date | None]:
    session.expire_all()
    row = session.scalar(
        select(EntrepreneurActivity).where(EntrepreneurActivity.entrepreneur_id == person_id)
    )
    return (row.last_session_on, row.next_milestone_due) if row else (None, None)


def test_activity_summary_follows_sessions_and_milestones(session, admin) -> None:
    coach = create_coach(session, display_name="Coach", actor=admin)
    person = make_entrepreneur(session, admin, "Léa", "Roux")
    assert _activity(session, person.id) == (None, None)
    late = log_coaching_session(
        session,
        session_date=date(2026, 5, 1),
        duration_minutes=30,
        coach_id=coach.id,
        participants=[person.id],
        actor=admin,
    )
    log_coaching_session(
        session,
        session_date=date(2026, 3, 1),
        duration_minutes=30,
        coach_id=coach.id,
        participants=[person.id],
        actor=admin,
    )
    assert _activity(session, person.id)[0] == date(2026, 5, 1)
    delete_coaching_session(session, late.id, expected_version=None, actor=admin)
    assert _activity(session, person.id)[0] == date(2026, 3, 1)

    first = create_milestone(
        session, entrepreneur_id=person.id, title="A", due_on=date(2026, 7, 1), actor=admin
    )
    create_milestone(
        session, entrepreneur_id=person.id, title="B", due_on=date(2026, 9, 1), actor=admin
    )
    assert _activity(session, person.id)[1] == date(2026, 7, 1)
    set_milestone_status(
        session,
        first.id,
        MilestoneStatus.ACHIEVED,
        achieved_on=date(2026, 6, 30),
        expected_version=None,
        actor=admin,
    )
    assert _activity(session, person.id)[1] == date(2026, 9, 1)
