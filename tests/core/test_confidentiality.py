"""Confidential notes of a coaching session: readable only by its coach and by admins, through
every function that returns sessions, and never copied into the audit trail."""

from __future__ import annotations

import json
from datetime import date

import pytest
from factories import audit_rows, make_actor, make_entrepreneur, make_topic

from incubator_app.errors import PermissionDenied
from incubator_app.services.coaching.export import coaching_session_export_rows
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.coaching.list import SessionListSource
from incubator_app.services.coaching.sessions import (
    get_coaching_session,
    log_coaching_session,
    sessions_for_entrepreneur,
    update_coaching_session,
)
from incubator_app.services.funding.grants import (
    attribute_sessions,
    create_funder,
    create_grant,
    list_grant_sessions,
)
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core
SECRET = "Problème de santé, ne pas diffuser"


@pytest.fixture
def world(session, admin):
    coach_a = make_actor(session, "coach", "coach_a")
    coach_b = make_actor(session, "coach", "coach_b")
    person = make_entrepreneur(session)
    secret = log_coaching_session(
        session,
        session_date=date(2026, 4, 2),
        duration_minutes=60,
        coach_id=coach_a.coach_id,
        participants=[person.id],
        summary="Plan de diffusion",
        confidential_notes=SECRET,
        actor=coach_a,
    )
    other = log_coaching_session(
        session,
        session_date=date(2026, 4, 3),
        duration_minutes=30,
        coach_id=coach_b.coach_id,
        participants=[person.id],
        confidential_notes="Notes de B",
        actor=coach_b,
    )
    return {
        "coach_a": coach_a,
        "coach_b": coach_b,
        "staff": make_actor(session, "staff", "staff1"),
        "viewer": make_actor(session, "viewer", "viewer1"),
        "admin": admin,
        "person": person,
        "secret": secret,
        "other": other,
    }


def _every_read(session, actor, world):
    """(name, session views or export rows) through every function that returns sessions."""
    person_id = world["person"].id
    sid = world["secret"].id
    return [
        ("get", [get_coaching_session(session, sid, actor=actor)]),
        ("for_entrepreneur", sessions_for_entrepreneur(session, person_id, actor=actor).sessions),
        ("export", coaching_session_export_rows(session, actor=actor)),
    ]


@pytest.mark.parametrize("who", ["coach_b", "staff", "viewer"])
def test_others_never_read_the_notes(session, world, who):
    actor = world[who]
    for name, rows in _every_read(session, actor, world):
        mine = [r for r in rows if r.id == world["secret"].id]
        assert len(mine) == 1, name
        assert mine[0].confidential_notes is None, name
        assert mine[0].notes_hidden is True, name
        assert mine[0].summary == "Plan de diffusion", name
        assert SECRET not in repr(rows), name


@pytest.mark.parametrize("who", ["coach_a", "admin"])
def test_coach_and_admin_read_the_notes(session, world, who):
    actor = world[who]
    for name, rows in _every_read(session, actor, world):
        mine = [r for r in rows if r.id == world["secret"].id]
        assert mine[0].confidential_notes == SECRET, name
        assert mine[0].notes_hidden is False, name


@pytest.mark.parametrize("who", ["coach_a", "coach_b", "staff", "viewer", "admin"])
def test_the_sessions_list_never_carries_notes(session, world, who):
    # The sessions table (its list source) shows the summary, never the notes, even to those
    # who may read them: they open the session for that.
    for keys in ({}, {"entrepreneur_id": world["person"].id}):
        source = SessionListSource(CoachingFilter(**keys), actor=world[who])
        rows = source.fetch(session, SortOrder(), 0, 10)
        assert {r.id: r.summary for r in rows} == {
            world["secret"].id: "Plan de diffusion",
            world["other"].id: None,
        }
        assert SECRET not in repr(rows) and "Notes de B" not in repr(rows)


def test_masking_is_per_row_in_a_mixed_list(session, world):
    person = world["person"].id
    listed = sessions_for_entrepreneur(session, person, actor=world["coach_a"]).sessions
    views = {v.id: v for v in listed}
    assert views[world["secret"].id].confidential_notes == SECRET
    assert views[world["other"].id].confidential_notes is None
    assert views[world["other"].id].notes_hidden is True


def test_views_returned_by_mutations_are_masked_too(session, world):
    staff = world["staff"]
    secret = world["secret"]
    updated = update_coaching_session(
        session, secret.id, expected_version=secret.version_id, actor=staff, duration_minutes=75
    )
    assert updated.confidential_notes is None and updated.notes_hidden
    logged = log_coaching_session(
        session,
        session_date=date(2026, 4, 9),
        duration_minutes=30,
        coach_id=world["coach_a"].coach_id,
        participants=[world["person"].id],
        actor=staff,
    )
    assert logged.notes_hidden is True


def test_staff_may_not_write_notes_they_cannot_read(session, world):
    staff = world["staff"]
    secret = world["secret"]
    with pytest.raises(PermissionDenied):
        update_coaching_session(
            session, secret.id, expected_version=1, actor=staff, confidential_notes="écrasé"
        )
    with pytest.raises(PermissionDenied):
        log_coaching_session(
            session,
            session_date=date(2026, 4, 9),
            duration_minutes=30,
            coach_id=world["coach_a"].coach_id,
            participants=[world["person"].id],
            confidential_notes="à l'aveugle",
            actor=staff,
        )
    again = get_coaching_session(session, secret.id, actor=world["coach_a"])
    assert again.confidential_notes == SECRET and again.version_id == 1


def test_notes_never_reach_the_audit_trail(session, world):
    coach_a = world["coach_a"]
    secret = world["secret"]
    update_coaching_session(
        session,
        secret.id,
        expected_version=1,
        actor=coach_a,
        confidential_notes=SECRET + " (suite)",
    )
    rows = audit_rows(session, "coaching_session", secret.id)
    assert [r.action for r in rows] == ["create", "update"]
    assert "confidential_notes" in rows[1].changes
    assert SECRET not in json.dumps([r.changes for r in rows], ensure_ascii=False)


def test_grant_attribution_exposes_ids_only(session, world):
    admin = world["admin"]
    funder = create_funder(session, name="Région Sud", kind="region", actor=admin)
    grant = create_grant(
        session,
        funder_id=funder.id,
        reference="2026-CULT-01",
        title="Accompagnement",
        amount_cents=1_500_000,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        actor=admin,
    )
    attribute_sessions(session, grant.id, [world["secret"].id], actor=admin)
    assert list_grant_sessions(session, grant.id, actor=world["viewer"]) == [world["secret"].id]


def _new_reads(session, actor, world):
    """Every read added with the coaching page, log dialog, series and stats (issue 4)."""
    from incubator_app.services.coaching.caseload import coach_caseload
    from incubator_app.services.coaching.checks import find_overlapping_sessions
    from incubator_app.services.coaching.filter import CoachingFilter
    from incubator_app.services.coaching.list import SessionListSource
    from incubator_app.services.coaching.recurrence import series_sessions
    from incubator_app.services.coaching.stats import (
        hours_per_coach,
        hours_per_month,
        hours_per_topic,
        totals_for_filter,
    )
    from incubator_app.services.paging import SortOrder

    secret = world["secret"]
    everything = CoachingFilter()
    source = SessionListSource(everything, actor=actor)
    return {
        "list_source": source.fetch(session, SortOrder(), 0, 100),
        "list_source_sorted": source.fetch(session, SortOrder("coach", True), 0, 100),
        "overlaps": find_overlapping_sessions(
            session,
            coach_id=secret.coach_id,
            entrepreneur_ids=[world["person"].id],
            session_date=secret.session_date,
            start_time=None,
            duration_minutes=60,
            actor=actor,
        ),
        "series": series_sessions(session, world["series_id"], actor=actor),
        "caseload": coach_caseload(session, secret.coach_id, actor=actor),
        "per_month": hours_per_month(session, date(2026, 1, 1), date(2026, 12, 31), actor=actor),
        "per_topic": hours_per_topic(session, everything, actor=actor),
        "per_coach": hours_per_coach(session, everything, actor=actor),
        "totals": [totals_for_filter(session, everything, actor=actor)],
    }


@pytest.fixture
def world_with_series(session, world):
    from incubator_app.services.coaching.recurrence import (
        Frequency,
        Recurrence,
        log_coaching_sessions,
    )

    coach_a = world["coach_a"]
    views = log_coaching_sessions(
        session,
        topic_ids=[make_topic(session).id],
        recurrence=Recurrence(Frequency.WEEKLY, count=3),
        session_date=date(2026, 5, 5),
        duration_minutes=60,
        coach_id=coach_a.coach_id,
        participants=[world["person"].id],
        confidential_notes=SECRET,
        actor=coach_a,
    )
    assert views[0].confidential_notes == SECRET  # the coach reads what they wrote
    return {**world, "series_id": views[0].series_id}


@pytest.mark.parametrize("who", ["coach_b", "staff", "viewer"])
def test_no_new_read_leaks_the_notes(session, world_with_series, who):
    actor = world_with_series[who]
    reads = _new_reads(session, actor, world_with_series)
    for name, rows in reads.items():
        assert rows, name  # each read returns something, so the check below means something
        assert SECRET not in repr(rows), name
        for row in rows:
            assert getattr(row, "confidential_notes", None) is None, name
    assert all(v.notes_hidden for v in reads["series"])
    assert [r.id for r in reads["overlaps"]] == [world_with_series["secret"].id]


def test_series_edits_return_masked_views_to_staff(session, world_with_series):
    from incubator_app.services.coaching.recurrence import series_sessions, update_session_series

    staff = world_with_series["staff"]
    first = series_sessions(session, world_with_series["series_id"], actor=staff)[0]
    changed = update_session_series(
        session,
        first.id,
        scope="all",
        expected_version=first.version_id,
        actor=staff,
        summary="Revu",
    )
    assert len(changed) == 3 and all(
        v.notes_hidden and v.confidential_notes is None for v in changed
    )
    with pytest.raises(PermissionDenied):
        update_session_series(
            session,
            first.id,
            scope="all",
            expected_version=None,
            actor=staff,
            confidential_notes="écrasé",
        )


# Issue 20 §3: notes belong to their author. Two ways to read another coach's notes are closed:
# moving a session to another coach, and re-linking a coach profile to another account.


def _every_text(session, actor, world, tmp_path) -> dict[str, str]:
    """What `actor` can get out of every read path: views, exports, the list, the report's data
    and PDF, quick search, the record's history and the audit log (text, to search)."""
    from pdf_checks import pdf_text

    from incubator_app.reports.entrepreneur_report import build_entrepreneur_report
    from incubator_app.services.actor import Permission, can
    from incubator_app.services.administration.audit_log import entrepreneur_history, list_audit
    from incubator_app.services.entrepreneurs.quick_search import quick_search_entrepreneurs
    from incubator_app.services.reporting.entrepreneur_report import entrepreneur_report_data

    person_id = world["person"].id
    texts = {name: repr(rows) for name, rows in _every_read(session, actor, world)}
    source = SessionListSource(CoachingFilter(), actor=actor)
    texts["list"] = repr(source.fetch(session, SortOrder(), 0, 100))
    data = entrepreneur_report_data(session, person_id, actor=actor)
    texts["report_data"] = repr(data)
    pdf = build_entrepreneur_report(data, tmp_path / f"report-{actor.login}.pdf")
    texts["report_pdf"] = pdf_text(pdf)
    texts["quick_search"] = repr(quick_search_entrepreneurs(session, "santé", actor=actor))
    if can(actor, Permission.MANAGE_SETTINGS):
        texts["history"] = repr(entrepreneur_history(session, person_id, actor=actor))
        texts["audit"] = repr(list_audit(session, actor=actor))
    return texts


def _readers(session, actor, world) -> bool:
    view = get_coaching_session(session, world["secret"].id, actor=actor)
    return view.confidential_notes == SECRET


def test_moving_a_session_leaves_the_notes_with_their_author(session, world, tmp_path):
    """Path 1: staff move coach A's session to coach B. B reads nothing, A keeps reading."""
    staff, coach_a, coach_b = world["staff"], world["coach_a"], world["coach_b"]
    secret = world["secret"]
    moved = update_coaching_session(
        session,
        secret.id,
        expected_version=secret.version_id,
        actor=staff,
        coach_id=coach_b.coach_id,
    )
    assert moved.coach_id == coach_b.coach_id and moved.has_notes and moved.notes_hidden
    assert not moved.notes_writable
    for name, text in _every_text(session, coach_b, world, tmp_path).items():
        assert SECRET not in text, name
    assert not _readers(session, coach_b, world)
    assert _readers(session, coach_a, world) and _readers(session, world["admin"], world)
    # The same paths carry the notes to their author: the checks above are not vacuous.
    assert SECRET in _every_text(session, coach_a, world, tmp_path)["for_entrepreneur"]
    # The new coach may neither overwrite nor clear notes they cannot read.
    for notes in ("remplacées", None):
        with pytest.raises(PermissionDenied, match="author of the confidential notes"):
            update_coaching_session(
                session,
                secret.id,
                expected_version=None,
                actor=coach_b,
                confidential_notes=notes,
            )
    again = get_coaching_session(session, secret.id, actor=coach_a)
    assert again.confidential_notes == SECRET and again.coach_id == coach_b.coach_id
    # The move is audited (coach changed), the notes are not in it.
    move = audit_rows(session, "coaching_session", secret.id)[-1]
    assert move.changes["coach_id"] == [coach_a.coach_id, coach_b.coach_id]
    assert SECRET not in json.dumps(move.changes, ensure_ascii=False)


def test_an_admin_correction_keeps_the_author_and_new_notes_belong_to_their_writer(session, world):
    admin, coach_a, coach_b = world["admin"], world["coach_a"], world["coach_b"]
    secret = world["secret"]
    update_coaching_session(
        session, secret.id, expected_version=None, actor=admin, confidential_notes=SECRET + "."
    )
    assert get_coaching_session(session, secret.id, actor=coach_a).confidential_notes == (
        SECRET + "."
    )
    # Cleared, then written again by the session's (new) coach: the notes are theirs now.
    update_coaching_session(
        session, secret.id, expected_version=None, actor=admin, confidential_notes=None
    )
    update_coaching_session(
        session, secret.id, expected_version=None, actor=admin, coach_id=coach_b.coach_id
    )
    update_coaching_session(
        session, secret.id, expected_version=None, actor=coach_b, confidential_notes="De B"
    )
    assert get_coaching_session(session, secret.id, actor=coach_b).confidential_notes == "De B"
    assert get_coaching_session(session, secret.id, actor=coach_a).confidential_notes is None


def test_staff_may_not_link_a_coach_profile_to_an_account(session, world):
    """Path 2, first half: linking accounts to coach profiles is for admins only."""
    from incubator_app.services.coaching.coaches import create_coach, get_coach, update_coach

    staff, coach_a = world["staff"], world["coach_a"]
    profile = get_coach(session, coach_a.coach_id, actor=staff)
    for user_id in (staff.user_id, None):
        with pytest.raises(PermissionDenied, match="manage_users"):
            update_coach(
                session,
                profile.id,
                expected_version=profile.version_id,
                actor=staff,
                user_id=user_id,
            )
    with pytest.raises(PermissionDenied, match="manage_users"):
        create_coach(session, display_name="Moi", user_id=staff.user_id, actor=staff)
    after = get_coach(session, coach_a.coach_id, actor=staff)
    assert after.user_id == coach_a.user_id and after.version_id == profile.version_id
    # Staff still edit the profile itself, and add outside experts without an account.
    update_coach(
        session, profile.id, expected_version=profile.version_id, actor=staff, phone="0491000000"
    )
    assert create_coach(session, display_name="Expert", actor=staff).user_id is None


def test_an_admin_relinking_a_profile_grants_no_earlier_notes(session, world, tmp_path):
    """Path 2, second half: the account now linked to coach A's profile reads none of the
    notes written before; the link is audited; A keeps their notes."""
    from incubator_app.services.administration.users import actor_for_user
    from incubator_app.services.coaching.coaches import get_coach, update_coach

    admin, staff, coach_a = world["admin"], world["staff"], world["coach_a"]
    profile = get_coach(session, coach_a.coach_id, actor=admin)
    update_coach(
        session,
        profile.id,
        expected_version=profile.version_id,
        actor=admin,
        user_id=staff.user_id,
    )
    linked = actor_for_user(session, staff.user_id)
    assert linked.coach_id == coach_a.coach_id
    for name, text in _every_text(session, linked, world, tmp_path).items():
        assert SECRET not in text, name
    views = sessions_for_entrepreneur(session, world["person"].id, actor=linked).sessions
    mine = next(v for v in views if v.id == world["secret"].id)
    assert mine.notes_hidden and mine.has_notes and not mine.notes_writable
    with pytest.raises(PermissionDenied):
        update_coaching_session(
            session,
            world["secret"].id,
            expected_version=None,
            actor=linked,
            confidential_notes="écrasé",
        )
    # The author, now without a coach profile, still reads what they wrote.
    author = actor_for_user(session, coach_a.user_id)
    assert author.coach_id is None and _readers(session, author, world)
    # New notes of the newly linked account are theirs.
    fresh = log_coaching_session(
        session,
        session_date=date(2026, 4, 10),
        duration_minutes=45,
        coach_id=coach_a.coach_id,
        participants=[world["person"].id],
        confidential_notes="Nouvelles notes",
        actor=linked,
    )
    assert fresh.confidential_notes == "Nouvelles notes"
    assert get_coaching_session(session, fresh.id, actor=author).confidential_notes is None
    link = [r for r in audit_rows(session, "coach", profile.id) if r.action == "link_account"]
    assert [r.changes for r in link] == [{"user_id": [coach_a.user_id, staff.user_id]}]
    assert link[0].user_login == admin.login
