"""Recurring sessions (rrule: end of month, DST), logging with action items in one
transaction, series edits and deletes, and the duplicate (overlap) check."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from factories import audit_actions, count, make_coach, make_entrepreneur, make_topic

from incubator_app.errors import ConflictError, ValidationError
from incubator_app.models import ActionItem, CoachingSession
from incubator_app.services.coaching.checks import find_overlapping_sessions
from incubator_app.services.coaching.recurrence import (
    Frequency,
    NewActionItem,
    Recurrence,
    SeriesScope,
    delete_session_series,
    log_coaching_sessions,
    occurrence_dates,
    occurrence_datetimes,
    series_sessions,
    update_session_series,
)
from incubator_app.services.coaching.sessions import get_coaching_session

pytestmark = pytest.mark.core
PARIS = ZoneInfo("Europe/Paris")


def test_monthly_on_the_31st_falls_on_the_last_day_of_short_months():
    dates = occurrence_dates(date(2026, 1, 31), Recurrence(Frequency.MONTHLY, count=5))
    assert dates == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]
    leap = occurrence_dates(date(2028, 1, 30), Recurrence(Frequency.MONTHLY, count=3))
    assert leap == [date(2028, 1, 30), date(2028, 2, 29), date(2028, 3, 30)]


def test_every_other_tuesday_keeps_14h_across_the_dst_change():
    first = datetime(2026, 10, 13, 14, 0, tzinfo=PARIS)
    rec = Recurrence(Frequency.WEEKLY, interval=2, until=date(2026, 12, 31))
    occurrences = occurrence_datetimes(first, rec)
    assert [o.date() for o in occurrences] == [
        date(2026, 10, 13),
        date(2026, 10, 27),
        date(2026, 11, 10),
        date(2026, 11, 24),
        date(2026, 12, 8),
        date(2026, 12, 22),
    ]
    assert all(o.time() == time(14, 0) and o.weekday() == 1 for o in occurrences)
    # Summer time before 25 October, winter time after: the UTC hour moves, the wall time not.
    assert occurrences[0].utcoffset().total_seconds() == 7200
    assert occurrences[1].utcoffset().total_seconds() == 3600


def test_three_months_of_every_other_tuesday_logged_as_one_series(session, admin):
    coach, person = make_coach(session), make_entrepreneur(session)
    topic = make_topic(session)
    views = log_coaching_sessions(
        session,
        recurrence=Recurrence(Frequency.WEEKLY, interval=2, until=date(2027, 1, 12)),
        session_date=date(2026, 10, 13),
        start_time=time(14, 0),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[person.id],
        topic_ids=[topic.id],
        action_items=[NewActionItem("Envoyer le devis", date(2026, 10, 20))],
        actor=admin,
    )
    assert len(views) == 7
    assert len({v.series_id for v in views}) == 1 and views[0].series_id
    assert all(v.start_time == time(14, 0) and v.topic_ids == (topic.id,) for v in views)
    item = session.query(ActionItem).one()
    assert item.session_id == views[0].id and item.entrepreneur_id == person.id
    assert item.assignee_coach_id == coach.id
    assert audit_actions(session, "action_item") == ["create"]


def test_a_bad_action_item_writes_nothing(session, admin):
    coach, person = make_coach(session), make_entrepreneur(session)
    with pytest.raises(ValidationError) as err:
        log_coaching_sessions(
            session,
            recurrence=Recurrence(Frequency.WEEKLY, count=4),
            session_date=date(2026, 10, 13),
            duration_minutes=60,
            coach_id=coach.id,
            participants=[person.id],
            action_items=[NewActionItem("ok"), NewActionItem("  ")],
            actor=admin,
        )
    assert "action_items" in err.value.field_errors
    assert count(session, CoachingSession) == 0 and count(session, ActionItem) == 0


def test_series_end_before_start_and_too_long_are_refused(session, admin):
    coach, person = make_coach(session), make_entrepreneur(session)
    base = dict(
        session_date=date(2026, 10, 13),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[person.id],
        actor=admin,
    )
    with pytest.raises(ValidationError):
        log_coaching_sessions(
            session, recurrence=Recurrence(Frequency.WEEKLY, until=date(2026, 1, 1)), **base
        )
    with pytest.raises(ValidationError):
        log_coaching_sessions(
            session, recurrence=Recurrence(Frequency.WEEKLY, until=date(2036, 1, 1)), **base
        )
    assert count(session, CoachingSession) == 0


@pytest.fixture
def series(session, admin):
    coach, person = make_coach(session), make_entrepreneur(session)
    views = log_coaching_sessions(
        session,
        recurrence=Recurrence(Frequency.WEEKLY, count=5),
        session_date=date(2026, 3, 3),
        start_time=time(10, 0),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[person.id],
        actor=admin,
    )
    return views


def test_edit_one_occurrence_only(session, admin, series):
    third = series[2]
    update_session_series(
        session, third.id, scope="this", expected_version=1, actor=admin, start_time=time(11, 0)
    )
    times = [v.start_time for v in series_sessions(session, third.series_id, actor=admin)]
    assert times == [time(10, 0), time(10, 0), time(11, 0), time(10, 0), time(10, 0)]


def test_edit_this_and_following_moves_dates_and_splits_the_series(session, admin, series):
    third = series[2]
    changed = update_session_series(
        session,
        third.id,
        scope=SeriesScope.FOLLOWING,
        expected_version=third.version_id,
        actor=admin,
        session_date=date(2026, 3, 18),  # one day later
        duration_minutes=90,
    )
    assert [v.session_date for v in changed] == [
        date(2026, 3, 18),
        date(2026, 3, 25),
        date(2026, 4, 1),
    ]
    assert all(v.duration_minutes == 90 for v in changed)
    assert len({v.series_id for v in changed}) == 1
    assert changed[0].series_id != third.series_id
    first_part = series_sessions(session, third.series_id, actor=admin)
    assert [v.duration_minutes for v in first_part] == [60, 60]


def test_edit_all_changes_every_occurrence(session, admin, series):
    update_session_series(
        session, series[3].id, scope="all", expected_version=1, actor=admin, summary="Suivi"
    )
    assert {v.summary for v in series_sessions(session, series[0].series_id, actor=admin)} == {
        "Suivi"
    }
    assert audit_actions(session, "coaching_session", series[0].id) == ["create", "update"]


def test_series_edit_with_a_stale_version_changes_nothing(session, admin, series):
    update_session_series(
        session, series[0].id, scope="this", expected_version=1, actor=admin, summary="x"
    )
    with pytest.raises(ConflictError):
        update_session_series(
            session, series[0].id, scope="all", expected_version=1, actor=admin, summary="y"
        )
    summaries = [v.summary for v in series_sessions(session, series[0].series_id, actor=admin)]
    assert summaries == ["x", None, None, None, None]


def test_a_bad_value_in_a_series_edit_changes_nothing(session, admin, series):
    with pytest.raises(ValidationError):
        update_session_series(
            session,
            series[1].id,
            scope="all",
            expected_version=1,
            actor=admin,
            duration_minutes=0,
        )
    assert {
        v.duration_minutes for v in series_sessions(session, series[0].series_id, actor=admin)
    } == {60}


def test_delete_following_and_all(session, admin, series):
    assert (
        delete_session_series(
            session, series[3].id, scope="following", expected_version=1, actor=admin
        )
        == 2
    )
    assert len(series_sessions(session, series[0].series_id, actor=admin)) == 3
    assert (
        delete_session_series(session, series[1].id, scope="this", expected_version=1, actor=admin)
        == 1
    )
    assert (
        delete_session_series(session, series[0].id, scope="all", expected_version=1, actor=admin)
        == 2
    )
    assert count(session, CoachingSession) == 0
    assert audit_actions(session, "coaching_session", series[4].id) == ["create", "delete"]


def test_overlapping_sessions_are_found(session, admin):
    coach, other_coach = make_coach(session), make_coach(session)
    person, someone_else = make_entrepreneur(session), make_entrepreneur(session)
    day = date(2026, 5, 12)
    logged = log_coaching_sessions(
        session,
        session_date=day,
        start_time=time(14, 0),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[person.id],
        actor=admin,
    )[0]

    def find(start, minutes=60, *, coach_id=coach.id, people=(person.id,), on=day, exclude=None):
        return [
            o.id
            for o in find_overlapping_sessions(
                session,
                coach_id=coach_id,
                entrepreneur_ids=people,
                session_date=on,
                start_time=start,
                duration_minutes=minutes,
                exclude_session_id=exclude,
                actor=admin,
            )
        ]

    assert find(time(14, 30)) == [logged.id]
    assert find(time(13, 30)) == [logged.id]
    assert find(None) == [logged.id]  # no time given: the same day is enough
    assert find(time(15, 0)) == []  # starts when the other ends
    assert find(time(13, 0)) == []  # ends when the other starts
    assert find(time(14, 0), coach_id=other_coach.id) == []
    assert find(time(14, 0), people=(someone_else.id,)) == []
    assert find(time(14, 0), on=date(2026, 5, 13)) == []
    assert find(time(14, 0), exclude=logged.id) == []
    assert get_coaching_session(session, logged.id, actor=admin).series_id is None
