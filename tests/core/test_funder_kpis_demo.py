"""Funder KPIs (counted in Python from the beneficiaries) against the annex (SQL) and a plain
count of the attendances, on every grant of the small demo, over several periods."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import distinct, func, select

from incubator_app.db.migrate import open_database
from incubator_app.demo import REFERENCE_DATE, generate_demo
from incubator_app.models import CoachingSession, Grant, SessionParticipant, grant_beneficiary
from incubator_app.services.actor import Actor
from incubator_app.services.reporting.funder_kpis import funder_kpis, iter_beneficiary_rows
from incubator_app.services.reporting.indicators import grant_indicators

pytestmark = pytest.mark.core


def test_kpis_agree_with_the_annex_and_a_plain_count_on_the_demo(tmp_path):
    path = tmp_path / "demo.sqlite3"
    generate_demo(path, scale="small", reference_date=REFERENCE_DATE)
    db = open_database(path, upgrade=False)
    actor = Actor.system()
    checked = 0
    with db.session() as s:
        grants = s.execute(select(Grant.id, Grant.period_start, Grant.period_end)).all()
        assert grants
        for grant_id, first, last in grants:
            for start, end in (
                (first, last),
                (first, first + timedelta(days=90)),
                (date(2000, 1, 1), REFERENCE_DATE),
            ):
                k = funder_kpis(s, grant_id, start, end, actor=actor)
                annex = list(iter_beneficiary_rows(s, grant_id, start, end, actor=actor))
                assert k.people_supported == len(annex)
                assert k.participant_minutes == sum(r.minutes for r in annex)
                assert k.beneficiaries == s.scalar(
                    select(func.count()).where(grant_beneficiary.c.grant_id == grant_id)
                )
                sessions, minutes = s.execute(
                    select(
                        func.count(distinct(CoachingSession.id)),
                        func.coalesce(func.sum(CoachingSession.duration_minutes), 0),
                    ).where(
                        CoachingSession.id.in_(
                            select(SessionParticipant.session_id)
                            .join(
                                grant_beneficiary,
                                grant_beneficiary.c.entrepreneur_id
                                == SessionParticipant.entrepreneur_id,
                            )
                            .where(
                                grant_beneficiary.c.grant_id == grant_id,
                                SessionParticipant.attended.is_(True),
                            )
                        ),
                        CoachingSession.session_date.between(start, end),
                    )
                ).one()
                assert (k.sessions, k.coaching_minutes) == (sessions, minutes)
                assert k.individual_sessions + k.collective_sessions == k.sessions
                for breakdown in (
                    k.by_gender,
                    k.by_age_band,
                    k.by_job_seeker,
                    k.by_social_minima,
                    k.by_priority_district,
                ):
                    assert sum(t.count for t in breakdown) == k.people_supported
                checked += k.people_supported
            # The demo's targets: each grant has some, and the indicators read them against
            # the same figures.
            kpis, values = grant_indicators(s, grant_id, first, last, actor=actor)
            assert {v.key for v in values} == {
                "people_supported", "positive_exits", "coaching_hours", "share_women"
            }  # fmt: skip
            by_key = {v.key: v for v in values}
            assert by_key["people_supported"].actual == kpis.people_supported
            assert by_key["coaching_hours"].actual == round(kpis.coaching_minutes / 60, 2)
    db.dispose()
    assert checked > 0
