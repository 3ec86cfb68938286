"""Coaching sessions: logging, validation, permissions, optimistic lock, audit, lists, totals."""

from __future__ import annotations

from datetime import date, time

import pytest
from factories import (
    audit_actions,
    audit_rows,
    count,
    make_actor,
    make_coach,
    make_entrepreneur,
    make_topic,
)

from incubator_app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from incubator_app.models import CoachingSession, SessionKind, SessionMode, SessionParticipant
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.coaching.list import SessionListSource
from incubator_app.services.coaching.sessions import (
    Participant,
    delete_coaching_session,
    get_coaching_session,
    log_coaching_session,
    sessions_for_entrepreneur,
    update_coaching_session,
)
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core


def _log(session, actor, coach_id, people, **kw):
    kw.setdefault("session_date", date(2026, 3, 10))
    kw.setdefault("duration_minutes", 60)
    return log_coaching_session(session, coach_id=coach_id, participants=people, actor=actor, **kw)


def test_log_individual_session_returns_view_and_audits(session, admin):
    coach = make_coach(session)
    person = make_entrepreneur(session)
    t1, t2 = make_topic(session, "Prix"), make_topic(session, "Juridique")
    view = _log(
        session,
        admin,
        coach.id,
        [person.id],
        start_time=time(14, 30),
        mode="video",
        topic_ids=[t2.id, t1.id],
        summary="Devis révisé",
        confidential_notes="Difficultés personnelles",
    )
    assert view.kind is SessionKind.INDIVIDUAL
    assert view.mode is SessionMode.VIDEO
    assert view.participants == (Participant(person.id, True),)
    assert view.topic_ids == tuple(sorted([t1.id, t2.id]))
    assert view.start_time == time(14, 30)
    assert view.version_id == 1
    (row,) = audit_rows(session, "coaching_session", view.id)
    assert row.action == "create"
    assert row.user_login == "admin"
    assert row.changes["participants"] == [[person.id, True]]
    assert row.changes["duration_minutes"] == 60


def test_validation_collects_every_field_and_writes_nothing(session, admin):
    coach = make_coach(session)
    a, b = make_entrepreneur(session), make_entrepreneur(session)
    with pytest.raises(ValidationError) as err:
        _log(session, admin, coach.id, [a.id, b.id], duration_minutes=0, mode="carrier-pigeon")
    assert set(err.value.field_errors) == {"duration_minutes", "participants", "mode"}
    with pytest.raises(ValidationError) as err:
        _log(session, admin, coach.id, [], kind="collective", duration_minutes=None)
    assert set(err.value.field_errors) == {"duration_minutes", "participants"}
    assert count(session, CoachingSession) == 0
    assert count(session, SessionParticipant) == 0
    assert audit_rows(session, "coaching_session") == []


def test_unknown_references_are_field_errors(session, admin):
    person = make_entrepreneur(session)
    with pytest.raises(ValidationError) as err:
        _log(session, admin, 9999, [person.id, 8888], kind="collective", topic_ids=[777])
    assert set(err.value.field_errors) == {"coach_id", "participants", "topic_ids"}
    assert "8888" in str(err.value.field_errors["participants"])
    assert count(session, CoachingSession) == 0


def test_duplicate_participant_is_refused(session, admin):
    coach = make_coach(session)
    person = make_entrepreneur(session)
    with pytest.raises(ValidationError) as err:
        _log(
            session, admin, coach.id, [person.id, Participant(person.id, False)], kind="collective"
        )
    assert "participants" in err.value.field_errors


def test_coach_logs_only_own_sessions(session, admin):
    coach_actor = make_actor(session, "coach")
    other = make_coach(session)
    person = make_entrepreneur(session)
    mine = _log(session, coach_actor, coach_actor.coach_id, [person.id])
    assert mine.coach_id == coach_actor.coach_id
    with pytest.raises(PermissionDenied):
        _log(session, coach_actor, other.id, [person.id])
    theirs = _log(session, admin, other.id, [person.id])
    with pytest.raises(PermissionDenied):
        update_coaching_session(
            session, theirs.id, expected_version=1, actor=coach_actor, summary="x"
        )
    with pytest.raises(PermissionDenied):
        delete_coaching_session(session, theirs.id, expected_version=1, actor=coach_actor)
    # Nor may a coach hand their own session to someone else.
    with pytest.raises(PermissionDenied):
        update_coaching_session(
            session, mine.id, expected_version=1, actor=coach_actor, coach_id=other.id
        )
    assert get_coaching_session(session, mine.id, actor=admin).coach_id == coach_actor.coach_id
    staff = make_actor(session, "staff")
    moved = update_coaching_session(
        session, theirs.id, expected_version=1, actor=staff, duration_minutes=90
    )
    assert moved.duration_minutes == 90


def test_viewer_cannot_change_anything(session, admin):
    viewer = make_actor(session, "viewer")
    coach = make_coach(session)
    person = make_entrepreneur(session)
    view = _log(session, admin, coach.id, [person.id])
    with pytest.raises(PermissionDenied):
        _log(session, viewer, coach.id, [person.id])
    with pytest.raises(PermissionDenied):
        update_coaching_session(session, view.id, expected_version=1, actor=viewer, summary="x")
    with pytest.raises(PermissionDenied):
        delete_coaching_session(session, view.id, expected_version=1, actor=viewer)
    assert count(session, CoachingSession) == 1
    assert get_coaching_session(session, view.id, actor=viewer).summary is None


def test_update_replaces_participants_and_topics_and_bumps_version(session, admin):
    coach = make_coach(session)
    a, b, c = (make_entrepreneur(session) for _ in range(3))
    topic = make_topic(session)
    view = _log(session, admin, coach.id, [a.id])
    updated = update_coaching_session(
        session,
        view.id,
        expected_version=view.version_id,
        actor=admin,
        kind="collective",
        participants=[Participant(b.id, attended=False), c.id],
        topic_ids=[topic.id],
    )
    assert updated.kind is SessionKind.COLLECTIVE
    assert updated.participants == (Participant(b.id, False), Participant(c.id, True))
    assert updated.topic_ids == (topic.id,)
    assert updated.version_id == view.version_id + 1
    assert audit_actions(session, "coaching_session", view.id) == ["create", "update"]
    diff = audit_rows(session, "coaching_session", view.id)[-1].changes
    assert diff["kind"] == ["individual", "collective"]
    assert diff["participants"][1] == [[b.id, False], [c.id, True]]
    # Only the attendance flag changes: still a change of the session, still versioned.
    again = update_coaching_session(
        session,
        view.id,
        expected_version=updated.version_id,
        actor=admin,
        participants=[Participant(b.id, True), c.id],
    )
    assert again.version_id == updated.version_id + 1
    assert count(session, SessionParticipant) == 2


def test_update_checks_the_resulting_state(session, admin):
    coach = make_coach(session)
    a, b = make_entrepreneur(session), make_entrepreneur(session)
    view = _log(session, admin, coach.id, [a.id, b.id], kind="collective")
    with pytest.raises(ValidationError) as err:
        update_coaching_session(
            session, view.id, expected_version=1, actor=admin, kind="individual"
        )
    assert set(err.value.field_errors) == {"participants"}
    with pytest.raises(ValidationError) as err:
        update_coaching_session(session, view.id, expected_version=1, actor=admin, series_id="x")
    assert set(err.value.field_errors) == {"series_id"}
    fresh = get_coaching_session(session, view.id, actor=admin)
    assert fresh.kind is SessionKind.COLLECTIVE and fresh.version_id == 1


def test_stale_version_is_a_conflict_and_changes_nothing(session, admin):
    coach = make_coach(session)
    person = make_entrepreneur(session)
    view = _log(session, admin, coach.id, [person.id])
    update_coaching_session(session, view.id, expected_version=1, actor=admin, summary="first")
    with pytest.raises(ConflictError):
        update_coaching_session(session, view.id, expected_version=1, actor=admin, summary="lost")
    with pytest.raises(ConflictError):
        delete_coaching_session(session, view.id, expected_version=1, actor=admin)
    assert get_coaching_session(session, view.id, actor=admin).summary == "first"
    assert audit_actions(session, "coaching_session", view.id) == ["create", "update"]


def test_delete_removes_links_and_audits(session, admin):
    coach = make_coach(session)
    person = make_entrepreneur(session)
    topic = make_topic(session)
    view = _log(session, admin, coach.id, [person.id], topic_ids=[topic.id])
    delete_coaching_session(session, view.id, expected_version=1, actor=admin)
    assert count(session, CoachingSession) == 0
    assert count(session, SessionParticipant) == 0
    assert audit_actions(session, "coaching_session", view.id) == ["create", "delete"]
    with pytest.raises(NotFound):
        get_coaching_session(session, view.id, actor=admin)


def test_list_filters_and_paging(session, admin):
    c1, c2 = make_coach(session), make_coach(session)
    a, b = make_entrepreneur(session), make_entrepreneur(session)
    s1 = _log(session, admin, c1.id, [a.id], session_date=date(2026, 1, 10))
    s2 = _log(session, admin, c1.id, [b.id], session_date=date(2026, 2, 10))
    s3 = _log(session, admin, c2.id, [a.id, b.id], kind="collective", session_date=date(2026, 3, 1))

    def listed(offset: int = 0, limit: int = 100, **keys) -> list[int]:
        source = SessionListSource(CoachingFilter(**keys), actor=admin)
        return [r.id for r in source.fetch(session, SortOrder(), offset, limit)]

    def counted(**keys) -> int:
        return SessionListSource(CoachingFilter(**keys), actor=admin).count(session)

    assert listed() == [s3.id, s2.id, s1.id]  # newest first
    assert listed(coach_id=c1.id) == [s2.id, s1.id]
    assert listed(entrepreneur_id=a.id) == [s3.id, s1.id]
    period = {"date_from": date(2026, 2, 1), "date_to": date(2026, 3, 1)}  # both included
    assert listed(**period) == [s3.id, s2.id]
    assert listed(offset=1, limit=1) == [s2.id]
    assert counted(entrepreneur_id=b.id) == 2
    assert counted(coach_id=c2.id, **period) == 1


def test_sessions_for_entrepreneur_totals(session, admin):
    coach = make_coach(session)
    a, b = make_entrepreneur(session), make_entrepreneur(session)
    _log(session, admin, coach.id, [a.id], duration_minutes=60, session_date=date(2026, 1, 5))
    _log(
        session,
        admin,
        coach.id,
        [Participant(a.id, attended=False), b.id],
        kind="collective",
        duration_minutes=120,
        session_date=date(2026, 2, 5),
    )
    _log(session, admin, coach.id, [b.id], duration_minutes=45)
    result = sessions_for_entrepreneur(session, a.id, actor=admin)
    assert (result.session_count, result.total_minutes) == (2, 180)
    assert (result.attended_count, result.attended_minutes) == (1, 60)
    assert len(result.sessions) == 2
    january = sessions_for_entrepreneur(session, a.id, actor=admin, date_to=date(2026, 1, 31))
    assert (january.session_count, january.total_minutes) == (1, 60)
    with pytest.raises(NotFound):
        sessions_for_entrepreneur(session, 424242, actor=admin)
