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
