"""A grant's indicators (target, actual, gap) on the hand-counted dataset of funder_fixture.py:
every actual value is the funder report's figure, in the service, the PDF and the workbook."""

from __future__ import annotations

import subprocess
from datetime import date

import openpyxl
import pytest
from funder_fixture import PERIOD, build_funder_fixture
from helpers_people import make_actor

from incubator_app.errors import NotFound, PermissionDenied, ValidationError
from incubator_app.models import AuditEntry, Role
from incubator_app.reports.funder_report import write_funder_report
from incubator_app.reports.funder_texts import share_bp
from incubator_app.reports.funder_workbook import write_funder_workbook
from incubator_app.services.funding.indicators import (
    INDICATOR_KEYS,
    list_grant_targets,
    remove_grant_target,
    set_grant_target,
)
from incubator_app.services.reporting.funder_kpis import funder_kpis
from incubator_app.services.reporting.indicators import (
    all_indicator_values,
    grant_indicators,
    indicator_progress,
)

pytestmark = pytest.mark.core

#: Counted by hand from the fixture's table (first half of 2026).
HAND = {
    "people_supported": 5,
    "beneficiaries": 7,
    "admissions": 2,
    "incubations": 2,
    "exits": 2,
    "positive_exits": 1,
    "exits_business_created": 1,
    "exits_salaried_job": 0,
    "exits_training": 0,
    "exits_job_search": 0,
    "exits_stopped": 1,
    "exits_other": 0,
    "sessions": 4,
    "individual_sessions": 3,
    "collective_sessions": 1,
    "coaching_hours": 5.25,
    "participant_hours": 7.25,
    "survival_12": 100.0,
    "survival_24": 0.0,
    "survival_36": None,  # nobody checked yet: no rate, not 0 %
    "share_women": 60.0,
    "share_under_26": 20.0,
    "share_job_seekers": 60.0,
    "share_social_minima": 20.0,
    "share_priority_district": 20.0,
}


def test_every_indicator_equals_the_funder_report_and_the_hand_count(session, admin):
    fx = build_funder_fixture(session)
    for n, key in enumerate(INDICATOR_KEYS):
        set_grant_target(session, fx.grant_id, key, n % 50, actor=admin)
    kpis, values = grant_indicators(session, fx.grant_id, *PERIOD, actor=admin)
    assert [v.key for v in values] == list(INDICATOR_KEYS)
    assert {v.key: v.actual for v in values} == HAND
    # The same numbers as the report's own figures, read off the report's function directly.
    k = funder_kpis(session, fx.grant_id, *PERIOD, actor=admin)
    by_key = {v.key: v for v in values}
    assert by_key["people_supported"].actual == k.people_supported
    assert by_key["coaching_hours"].actual == k.coaching_minutes / 60
    women = next(t.count for t in k.by_gender if t.key == "female")
    assert by_key["share_women"].actual == share_bp(women, k.people_supported) / 100
    assert by_key["people_supported"].gap == 5 - INDICATOR_KEYS.index("people_supported") % 50
    assert by_key["survival_36"].gap is None
    assert {v.key: v.actual for v in all_indicator_values(kpis)} == HAND


def test_workbook_and_pdf_show_target_actual_and_gap(session, admin, tmp_path):
    fx = build_funder_fixture(session)
    set_grant_target(session, fx.grant_id, "people_supported", 8, actor=admin)
    set_grant_target(session, fx.grant_id, "coaching_hours", 4, actor=admin)
    set_grant_target(session, fx.grant_id, "share_women", 50, actor=admin)
    path = write_funder_workbook(
        session, fx.grant_id, *PERIOD, tmp_path / "r.xlsx", actor=admin, locale="en"
    )
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(path)["Key figures"].iter_rows()]
    # Rows are as wide as the widest table of the sheet (the survival table's six columns).
    start = [r[:5] for r in rows].index(["Indicator", "Target", "Actual", "Gap", None])
    targets = {r[0]: r[1:4] for r in rows[start + 1 : start + 4]}
    assert targets["People supported"] == [8, 5, -3]
    assert targets["Coaching hours delivered"] == [4, 5.25, 1.25]
    assert targets["Share of women (%)"] == [0.5, 0.6, pytest.approx(0.1)]
    # The key figures above it say the same.
    figures = {r[0]: r[1] for r in rows[:start] if r and r[0]}
    assert (
        figures["People supported"] == 5
        and figures["Positive exits (business, job or training)"] == 1
    )

    pdf = write_funder_report(
        session, fx.grant_id, *PERIOD, tmp_path / "r.pdf", actor=admin, locale="fr"
    )
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    page = " ".join(text.stdout.split())
    assert "Objectifs de la subvention" in page or "Targets of the grant" in page
    assert "Personnes accompagnées 8 5 -3" in page or "People supported 8 5 -3" in page


def test_no_target_no_section(session, admin, tmp_path):
    fx = build_funder_fixture(session)
    path = write_funder_workbook(
        session, fx.grant_id, *PERIOD, tmp_path / "r.xlsx", actor=admin, locale="en"
    )
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(path)["Key figures"].iter_rows()]
    assert ["Indicator", "Target", "Actual", "Gap"] not in rows


def test_targets_are_set_changed_removed_and_audited(session, admin):
    fx = build_funder_fixture(session)
    set_grant_target(session, fx.grant_id, "exits", 3, actor=admin)
    set_grant_target(session, fx.grant_id, "admissions", 10, actor=admin)
    changed = set_grant_target(session, fx.grant_id, "exits", 4, actor=admin)
    assert changed.target == 4
    assert [
        (t.indicator, t.target) for t in list_grant_targets(session, fx.grant_id, actor=admin)
    ] == [
        ("admissions", 10),
        ("exits", 4),
    ]
    assert remove_grant_target(session, fx.grant_id, "exits", actor=admin)
    assert not remove_grant_target(session, fx.grant_id, "exits", actor=admin)
    actions = [
        a
        for (a,) in session.query(AuditEntry.action)
        .filter_by(entity="grant_indicator")
        .order_by(AuditEntry.id)
    ]
    assert actions == ["create", "create", "update", "delete"]


@pytest.mark.parametrize(
    ("key", "target", "field"),
    [("nonsense", 3, "indicator"), ("exits", -1, "target"), ("share_women", 120, "target"),
     ("exits", "x", "target")],
)  # fmt: skip
def test_bad_targets_are_refused_and_nothing_written(session, admin, key, target, field):
    fx = build_funder_fixture(session)
    with pytest.raises(ValidationError) as caught:
        set_grant_target(session, fx.grant_id, key, target, actor=admin)
    assert field in caught.value.field_errors
    assert list_grant_targets(session, fx.grant_id, actor=admin) == []


def test_unknown_grant_and_viewer(session, admin):
    viewer = make_actor(session, Role.VIEWER)
    with pytest.raises(NotFound):
        set_grant_target(session, 999, "exits", 1, actor=admin)
    fx = build_funder_fixture(session)
    with pytest.raises(PermissionDenied):
        set_grant_target(session, fx.grant_id, "exits", 1, actor=viewer)


@pytest.mark.clock("2026-04-15 10:00")
def test_progress_is_the_report_of_each_month_so_far(session, admin):
    fx = build_funder_fixture(session)
    points = indicator_progress(session, fx.grant_id, "participant_hours", actor=admin)
    assert [p.until for p in points] == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)
    ]  # fmt: skip
    for p in points:
        k = funder_kpis(session, fx.grant_id, date(2026, 1, 1), p.until, actor=admin)
        assert p.actual == round(k.participant_minutes / 60, 2)
    assert [p.actual for p in points] == sorted(p.actual for p in points)  # it only grows
