"""Retention rules: who is past their time, and their bulk anonymisation."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from factories import make_entrepreneur

from incubator_app.models import (
    ConsentRecord,
    Contact,
    Entrepreneur,
    ExitOutcome,
    ExitType,
    PathwayStage,
    StageChange,
)
from incubator_app.services.privacy.people import PersonRef
from incubator_app.services.privacy.policy import ANONYMISED
from incubator_app.services.privacy.retention import apply_retention, retention_review

pytestmark = pytest.mark.core


def _person(session, last, stage, changed_on):
    p = make_entrepreneur(session, "Test", last, entry_date=date(2020, 1, 6))
    p.stage = stage
    session.add(StageChange(entrepreneur_id=p.id, to_stage=stage, changed_on=changed_on))
    session.commit()
    return p.id


@pytest.mark.clock("2026-11-18 10:00")
def test_the_review_lists_those_past_their_time_and_only_them(session, admin):
    refused_old = _person(session, "Refusée-2025", PathwayStage.REFUSED, date(2025, 11, 1))
    _person(session, "Refusée-récente", PathwayStage.REFUSED, date(2026, 1, 10))
    left_old = _person(session, "Sortie-2023", PathwayStage.EXITED, date(2023, 6, 1))
    recent = _person(session, "Sortie-2024", PathwayStage.EXITED, date(2023, 6, 1))
    # The exit date of the outcome wins over the stage change.
    session.add(ExitOutcome(entrepreneur_id=recent, exit_type=ExitType.STOPPED, reason="-",
                            exit_date=date(2024, 2, 1)))  # fmt: skip
    _person(session, "En-cours", PathwayStage.INCUBATED, date(2020, 1, 6))
    quiet = Contact(last_name="Silencieux", created_at=datetime(2022, 1, 5, tzinfo=UTC))
    active = Contact(last_name="Actif", created_at=datetime(2022, 1, 5, tzinfo=UTC))
    session.add_all([quiet, active])
    session.flush()
    session.add(
        ConsentRecord(
            contact_id=active.id,
            purpose="newsletter",
            given_on=date(2025, 3, 1),
            source="web",
            text_version="v1",
        )
    )
    session.commit()  # fmt: skip

    review = retention_review(session, actor=admin)
    assert [(c.person, c.rule.key, c.due_on) for c in review] == [
        (PersonRef("contact", quiet.id), "contact", date(2025, 1, 5)),
        (PersonRef("entrepreneur", left_old), "former", date(2026, 6, 1)),
        (PersonRef("entrepreneur", refused_old), "refused", date(2026, 11, 1)),
    ]

    reports = apply_retention(session, [c.person for c in review], actor=admin)
    assert len(reports) == 3
    assert session.get(Entrepreneur, left_old).last_name == ANONYMISED
    assert session.get(Contact, quiet.id).last_name == ANONYMISED
    assert session.get(Contact, active.id).last_name == "Actif"
    assert retention_review(session, actor=admin) == []
