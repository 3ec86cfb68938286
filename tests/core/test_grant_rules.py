"""Attaching people and sessions to a grant in bulk, and the reporting deadlines due on the
dashboard."""

from __future__ import annotations

from datetime import date

import pytest
from factories import make_coach, make_entrepreneur
from funder_fixture import build_funder_fixture

from incubator_app.models import AuditEntry, Cohort, PathwayStage
from incubator_app.services.coaching.sessions import log_coaching_session
from incubator_app.services.funding.grants import (
    add_grant_deadline,
    create_grant,
    list_grant_beneficiaries,
    list_grant_sessions,
    update_grant,
    update_grant_deadline,
)
from incubator_app.services.funding.rules import (
    BeneficiaryRule,
    attribute_beneficiaries_sessions,
    attribute_by_rule,
    count_deadlines_due,
    deadlines_due,
    preview_rule,
)
from incubator_app.services.reporting.dashboard import load_dashboard

pytestmark = pytest.mark.core


def _grant(session, admin, funder_id):
    return create_grant(
        session, funder_id=funder_id, reference="DEP-27", title="Département 2027",
        amount_cents=1_000_000, period_start=date(2026, 1, 1), period_end=date(2026, 12, 31),
        co_funders="FSE+, Ville de Marseille", actor=admin,
    )  # fmt: skip


def test_attach_by_cohort_stage_and_entry_date(session, admin):
    fx = build_funder_fixture(session)
    from incubator_app.models import Grant

    funder_id = session.get(Grant, fx.grant_id).funder_id
    grant = _grant(session, admin, funder_id)
    assert grant.co_funders == "FSE+, Ville de Marseille"
    cohort = Cohort(name="Promo test", start_date=date(2026, 1, 5))
    session.add(cohort)
    a = make_entrepreneur(session, "Ana", entry_date=date(2026, 2, 1))
    b = make_entrepreneur(session, "Ben", entry_date=date(2025, 2, 1))
    c = make_entrepreneur(session, "Cléo", entry_date=date(2026, 3, 1))
    session.flush()
    a.cohort_id = b.cohort_id = cohort.id
    c.stage = PathwayStage.INCUBATED
    session.commit()

    assert preview_rule(session, grant.id, BeneficiaryRule(), actor=admin) == 0  # nobody
    by_cohort = BeneficiaryRule(cohort_id=cohort.id)
    assert preview_rule(session, grant.id, by_cohort, actor=admin) == 2
    assert attribute_by_rule(session, grant.id, by_cohort, actor=admin) == sorted([a.id, b.id])
    assert preview_rule(session, grant.id, by_cohort, actor=admin) == 0
    assert attribute_by_rule(session, grant.id, by_cohort, actor=admin) == []  # idempotent
    in_period = BeneficiaryRule(cohort_id=cohort.id, entered_during_grant=True)
    assert preview_rule(session, grant.id, in_period, actor=admin) == 0
    incubated = BeneficiaryRule(stages=("incubated",), entered_during_grant=True)
    added = attribute_by_rule(session, grant.id, incubated, actor=admin)
    assert c.id in added and a.id not in added
    assert {a.id, b.id, c.id} <= set(list_grant_beneficiaries(session, grant.id, actor=admin))

    coach = make_coach(session)
    inside = log_coaching_session(
        session, session_date=date(2026, 4, 2), duration_minutes=60, coach_id=coach.id,
        participants=[a.id], actor=admin,
    )  # fmt: skip
    outside = log_coaching_session(
        session, session_date=date(2027, 4, 2), duration_minutes=60, coach_id=coach.id,
        participants=[a.id], actor=admin,
    )  # fmt: skip
    added = attribute_beneficiaries_sessions(session, grant.id, actor=admin)
    assert inside.id in added and outside.id not in added
    assert list_grant_sessions(session, grant.id, actor=admin) == added
    assert attribute_beneficiaries_sessions(session, grant.id, actor=admin) == []
    attributions = session.query(AuditEntry).filter_by(entity="grant_agreement", action="attribute")
    assert attributions.count() == 3  # one row per bulk change, not one per person

    changed = update_grant(
        session, grant.id, expected_version=grant.version_id, actor=admin, co_funders="  "
    )
    assert changed.co_funders is None


@pytest.mark.clock("2026-06-10 09:00")
def test_deadlines_due_on_the_dashboard(session, admin):
    fx = build_funder_fixture(session)
    late = add_grant_deadline(session, fx.grant_id, label="Bilan intermédiaire",
                              due_on=date(2026, 6, 1), actor=admin)  # fmt: skip
    soon = add_grant_deadline(session, fx.grant_id, label="Bilan semestriel",
                              due_on=date(2026, 7, 1), actor=admin)  # fmt: skip
    add_grant_deadline(session, fx.grant_id, label="Bilan final", due_on=date(2027, 3, 1),
                       actor=admin)  # fmt: skip
    sent = add_grant_deadline(session, fx.grant_id, label="Déjà envoyé",
                              due_on=date(2026, 5, 1), actor=admin)  # fmt: skip
    update_grant_deadline(session, sent.id, expected_version=sent.version_id, actor=admin,
                          submitted_on=date(2026, 4, 30))  # fmt: skip
    today = date(2026, 6, 10)
    rows = deadlines_due(session, actor=admin, today=today)
    assert [r.id for r in rows] == [late.id, soon.id]
    assert rows[0].grant_reference == "RS-2026-0001" and rows[0].funder_name == "Région Sud"
    assert count_deadlines_due(session, actor=admin, today=today) == 2
    board = load_dashboard(session, actor=admin, today=today)
    assert [r.label for r in board.grant_deadlines] == ["Bilan intermédiaire", "Bilan semestriel"]
    assert board.grant_deadlines_count == 2
