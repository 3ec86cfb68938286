"""The sessions page's list source (filters, order, pages), the entrepreneur look-up and a
coach's caseload."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from factories import make_coach, make_entrepreneur, make_topic

from incubator_app.errors import ValidationError
from incubator_app.models import Entrepreneur
from incubator_app.services.coaching.caseload import coach_caseload
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.coaching.list import SessionListSource
from incubator_app.services.coaching.lookup import find_entrepreneur_choices, resolve_entrepreneur
from incubator_app.services.coaching.sessions import Participant, log_coaching_session
from incubator_app.services.milestones.action_items import create_action_item
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core
TODAY = date(2026, 6, 15)


@pytest.fixture
def world(session, admin):
    ana, bob = make_coach(session, "Ana"), make_coach(session, "Bob")
    lea = make_entrepreneur(session, "Léa", "Dupont")
    marc = make_entrepreneur(session, "Marc", "Dupuis")
    topic = make_topic(session, "Prix")
    ids = []
    for n in range(12):
        ids.append(
            log_coaching_session(
                session,
                session_date=date(2026, 6, 1) + timedelta(days=n),
                start_time=time(9 + n % 3, 0),
                duration_minutes=30 + 5 * n,
                coach_id=(ana if n % 2 == 0 else bob).id,
                participants=[lea.id] if n < 6 else [Participant(lea.id), Participant(marc.id)],
                kind="individual" if n < 6 else "collective",
                topic_ids=[topic.id] if n % 3 == 0 else [],
                actor=admin,
            ).id
        )
    return {"ana": ana, "bob": bob, "lea": lea, "marc": marc, "topic": topic, "ids": ids}


def _all(session, source, sort=SortOrder(), page=5):
    rows, offset = [], 0
    while chunk := source.fetch(session, sort, offset, page):
        rows.extend(chunk)
        offset += page
    return rows


def test_pages_cover_every_row_once_newest_first(session, admin, world):
    source = SessionListSource(CoachingFilter(), actor=admin)
    assert source.count(session) == 12
    rows = _all(session, source)
    assert [r.id for r in rows] == list(reversed(world["ids"]))
    assert rows[0].participant_names == ("Léa Dupont", "Marc Dupuis")
    assert rows[0].coach_name == "Bob"


def test_sorts_are_stable_across_pages(session, admin, world):
    source = SessionListSource(CoachingFilter(), actor=admin)
    for key in ("duration", "coach", "kind", "mode", "date"):
        for descending in (False, True):
            rows = _all(session, source, SortOrder(key, descending), page=4)
            assert sorted(r.id for r in rows) == sorted(world["ids"]), key
    by_duration = _all(session, source, SortOrder("duration", True))
    assert [r.duration_minutes for r in by_duration] == sorted(
        (r.duration_minutes for r in by_duration), reverse=True
    )
    with pytest.raises(ValidationError):
        source.fetch(session, SortOrder("confidential_notes"), 0, 5)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ({"coach_id": "ana"}, 6),
        ({"entrepreneur_id": "marc"}, 6),
        ({"topic_id": "topic"}, 4),
        ({"topic_id": "topic", "date_from": date(2026, 6, 5)}, 2),
        ({"kind": "collective", "coach_id": "bob"}, 3),
        ({"date_from": date(2026, 6, 3), "date_to": date(2026, 6, 4)}, 2),
    ],
)
def test_filters_count_and_fetch_the_same_rows(session, admin, world, keys, expected):
    resolved = {
        k: (world[v].id if isinstance(v, str) and v in world else v) for k, v in keys.items()
    }
    source = SessionListSource(CoachingFilter.from_keys(**resolved), actor=admin)
    assert source.count(session) == expected
    assert len(_all(session, source)) == expected
    assert len(_all(session, source, SortOrder("duration"))) == expected


def test_entrepreneur_lookup_matches_word_prefixes_accents_and_limits(session, admin, world):
    def names(text, **kw):
        return [c.name for c in find_entrepreneur_choices(session, text, actor=admin, **kw)]

    assert sorted(names("dup")) == ["Léa Dupont", "Marc Dupuis"]
    assert names("marc dup") == ["Marc Dupuis"]
    assert names("LEA") == ["Léa Dupont"]  # case and accents ignored
    assert names("100%") == []
    for n in range(20):
        make_entrepreneur(session, "Zoé", f"Zed{n:02d}")
    assert len(names("zed", limit=12)) == 12
    archived = session.get(Entrepreneur, world["marc"].id)
    archived.archived = True
    session.commit()
    assert names("dup") == ["Léa Dupont"]
    assert sorted(names("dup", include_archived=True)) == ["Léa Dupont", "Marc Dupuis"]


def test_typed_text_resolves_to_one_entrepreneur_or_says_so(session, admin, world):
    lea, marc = world["lea"].id, world["marc"].id
    assert resolve_entrepreneur(session, "  ", actor=admin) is None
    assert resolve_entrepreneur(session, "dup", actor=admin, selected_id=marc) == marc
    assert resolve_entrepreneur(session, "lea dup", actor=admin) == lea
    assert resolve_entrepreneur(session, "Marc Dupuis", actor=admin) == marc
    with pytest.raises(ValidationError) as raised:
        resolve_entrepreneur(session, "dup", actor=admin)
    assert "entrepreneur_id" in raised.value.field_errors


def test_caseload_hours_dates_and_actions(session, admin, world):
    marc, ana = world["marc"], world["ana"]
    create_action_item(
        session, entrepreneur_id=marc.id, text="Devis", due_on=date(2026, 6, 1), actor=admin
    )
    create_action_item(session, entrepreneur_id=marc.id, text="Statuts", actor=admin)
    rows = {r.name: r for r in coach_caseload(session, ana.id, actor=admin, today=TODAY)}
    assert list(rows) == ["Marc Dupuis", "Léa Dupont"]  # overdue actions first
    # Ana's sessions: days 1, 3, 5, 7, 9, 11 of June; 30 + 10n minutes; 13th+ are "next".
    assert rows["Léa Dupont"].minutes_this_month == 30 + 40 + 50 + 60 + 70 + 80
    assert rows["Léa Dupont"].last_session == date(2026, 6, 11)
    assert rows["Léa Dupont"].next_session is None
    assert rows["Marc Dupuis"].minutes_this_month == 60 + 70 + 80
    assert (rows["Marc Dupuis"].open_actions, rows["Marc Dupuis"].overdue_actions) == (2, 1)
    later = coach_caseload(session, ana.id, actor=admin, today=date(2026, 6, 4))
    assert {r.name: r.next_session for r in later}["Léa Dupont"] == date(2026, 6, 5)
