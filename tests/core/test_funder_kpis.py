"""Funder KPIs against a dataset counted by hand (tests/core/funder_fixture.py)."""

from __future__ import annotations

from datetime import date

import pytest
from funder_fixture import PERIOD, build_funder_fixture

from incubator_app.errors import NotFound, ValidationError
from incubator_app.services.reporting.funder_kpis import (
    Survival,
    funder_kpis,
    grant_summary,
    iter_beneficiary_rows,
)

pytestmark = pytest.mark.core


def _tallies(tallies) -> dict[str, int]:
    return {t.key: t.count for t in tallies}


def test_every_figure_matches_the_hand_count(session, admin):
    fx = build_funder_fixture(session)
    k = funder_kpis(session, fx.grant_id, *PERIOD, actor=admin)

    assert k.grant.reference == "RS-2026-0001"
    assert k.grant.funder_name == "Région Sud"
    assert k.beneficiaries == 7
    assert k.people_supported == 5
    assert (k.admissions, k.incubations) == (2, 2)
    assert _tallies(k.exits) == {
        "business_created": 1,
        "salaried_job": 0,
        "training": 0,
        "job_search": 0,
        "stopped": 1,
        "other": 0,
    }
    assert k.exits_total == 2
    assert k.survival == (Survival(12, 1, 1, 1), Survival(24, 1, 0, 1), Survival(36, 0, 0, 0))
    assert (k.sessions, k.individual_sessions, k.collective_sessions) == (4, 3, 1)
    assert (k.coaching_minutes, k.participant_minutes) == (315, 435)
    assert _tallies(k.by_gender) == {
        "female": 3,
        "male": 2,
        "other": 0,
        "undisclosed": 0,
        "unknown": 0,
    }
    assert _tallies(k.by_age_band) == {
        "under_26": 1,
        "26_34": 0,
        "35_44": 1,
        "45_54": 2,
        "55_plus": 0,
        "unknown": 1,
    }
    assert _tallies(k.by_job_seeker) == {"yes": 3, "no": 1, "unknown": 1}
    assert _tallies(k.by_priority_district) == {"yes": 1, "no": 3, "unknown": 1}
    assert _tallies(k.by_social_minima) == {"yes": 1, "no": 1, "unknown": 3}
    assert k.has_data


def test_annex_lists_the_people_supported_with_their_coaching(session, admin):
    fx = build_funder_fixture(session)
    rows = list(iter_beneficiary_rows(session, fx.grant_id, *PERIOD, actor=admin))
    assert [(r.last_name, r.sessions, r.minutes) for r in rows] == [
        ("Aubert", 2, 210),
        ("Bérenger", 1, 120),
        ("Céleste", 1, 60),
        ("Garnier", 0, 0),
        ("Hébert", 1, 45),
    ]
    by_name = {r.last_name: r for r in rows}
    assert by_name["Céleste"].left_on == date(2024, 2, 1)
    assert by_name["Céleste"].exit_type.value == "business_created"
    assert by_name["Garnier"].admitted_on == date(2026, 4, 1)  # no history: entry date
    assert by_name["Aubert"].admitted_on == date(2025, 11, 10)
    assert by_name["Aubert"].left_on is None
    # The annex adds up to the participant hours of the KPIs.
    kpis = funder_kpis(session, fx.grant_id, *PERIOD, actor=admin)
    assert sum(r.minutes for r in rows) == kpis.participant_minutes
    assert len(rows) == kpis.people_supported


def test_annex_streams_in_small_chunks_with_the_same_rows(session, admin):
    fx = build_funder_fixture(session)
    whole = list(iter_beneficiary_rows(session, fx.grant_id, *PERIOD, actor=admin))
    chunked = list(iter_beneficiary_rows(session, fx.grant_id, *PERIOD, actor=admin, chunk=2))
    assert chunked == whole


def test_other_grant_only_counts_its_own_people(session, admin):
    fx = build_funder_fixture(session)
    k = funder_kpis(session, fx.other_grant_id, *PERIOD, actor=admin)
    # Farid: admitted 20/1; the collective workshop (120) and his own session (30).
    assert (k.beneficiaries, k.people_supported, k.admissions) == (1, 1, 1)
    assert (k.sessions, k.coaching_minutes, k.participant_minutes) == (2, 150, 150)
    assert k.exits_total == 0


def test_a_period_with_nobody_supported_says_so(session, admin):
    fx = build_funder_fixture(session)
    k = funder_kpis(session, fx.grant_id, date(2020, 1, 1), date(2020, 12, 31), actor=admin)
    assert k.people_supported == 0 and k.sessions == 0 and not k.has_data
    assert sum(t.count for t in k.by_gender) == 0
    assert (
        list(
            iter_beneficiary_rows(
                session, fx.grant_id, date(2020, 1, 1), date(2020, 1, 31), actor=admin
            )
        )
        == []
    )


def test_a_one_day_period_includes_its_day(session, admin):
    fx = build_funder_fixture(session)
    day = date(2026, 6, 30)
    k = funder_kpis(session, fx.grant_id, day, day, actor=admin)
    assert (k.sessions, k.coaching_minutes) == (1, 45)  # Hugo's last session
    assert [t.count for t in k.exits if t.key == "stopped"] == [1]


def test_period_ending_before_it_starts_is_refused(session, admin):
    fx = build_funder_fixture(session)
    with pytest.raises(ValidationError) as err:
        funder_kpis(session, fx.grant_id, date(2026, 6, 1), date(2026, 1, 1), actor=admin)
    assert "to" in err.value.field_errors
    with pytest.raises(ValidationError):
        iter_beneficiary_rows(session, fx.grant_id, date(2026, 6, 1), date(2026, 1, 1), actor=admin)


def test_unknown_grant_is_not_found(session, admin):
    with pytest.raises(NotFound):
        funder_kpis(session, 999, *PERIOD, actor=admin)
    with pytest.raises(NotFound):
        grant_summary(session, 999, actor=admin)
    with pytest.raises(NotFound):
        iter_beneficiary_rows(session, 999, *PERIOD, actor=admin)
