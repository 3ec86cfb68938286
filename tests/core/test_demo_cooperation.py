"""The demo's projects under way: the same for a seed, at each scale's count, every one with
participants (entrepreneurs not archived, contacts), dates in order, checked by the service."""

from __future__ import annotations

from datetime import date

import pytest

from incubator_app.db.migrate import open_database
from incubator_app.demo import generate_demo
from incubator_app.demo.cooperation import PROJECT_COUNTS
from incubator_app.services.actor import Actor
from incubator_app.services.cooperation.projects import list_projects

pytestmark = pytest.mark.core


def test_small_demo_has_projects_with_participants(db_url: str) -> None:
    generate_demo(db_url, seed=3, scale="small", reference_date=date(2026, 11, 18))
    database = open_database(db_url)
    try:
        with database.session() as s:
            projects = list_projects(s, actor=Actor.system())
    finally:
        database.dispose()
    assert len(projects) == PROJECT_COUNTS["small"]
    assert PROJECT_COUNTS["small"] < PROJECT_COUNTS["incubator"] < PROJECT_COUNTS["network"]
    for p in projects:
        assert p.members and any(m.kind == "entrepreneur" for m in p.members)
        assert p.starts_on <= p.ends_on and p.places and p.territory
    assert projects[0].status.value == "under_way"
    assert len({p.title for p in projects}) == len(projects)


def test_small_demo_has_a_verifiable_draw_with_answers(db_url: str) -> None:
    from incubator_app.models.cooperation import CooperationDraw
    from incubator_app.services.cooperation.calls import list_calls, list_volunteers
    from incubator_app.services.cooperation.confirmations import CONFIRMED, panel_state
    from incubator_app.services.cooperation.draws.replacement import quota_violations
    from incubator_app.services.cooperation.recorded_draws import (
        frozen_inputs,
        list_draws,
        verify_draw,
    )

    generate_demo(db_url, seed=3, scale="small", reference_date=date(2026, 11, 18))
    database = open_database(db_url)
    actor = Actor.system()
    try:
        with database.session() as s:
            (call,) = list_calls(s, actor=actor)
            assert call.volunteers == 30
            pool = list_volunteers(s, call.id, actor=actor)
            assert {v.code[0] for v in pool} == {"e", "c"}
            assert all(v.categories for v in pool if v.entrepreneur_id)
            (draw,) = list_draws(s, call.id, actor=actor)
            assert draw.seed and verify_draw(s, draw.id, actor=actor)
            state = panel_state(s, draw.id, actor=actor)
            assert [kind for _code, kind in state.left] == ["declined"]
            assert any(p.replaces for p in state.places)
            assert sum(p.status == CONFIRMED for p in state.places) >= 4
            inputs = frozen_inputs(s.get(CooperationDraw, draw.id))
            if not state.unfilled:
                assert quota_violations(inputs, {p.code: p.group for p in state.places}) == []
    finally:
        database.dispose()
