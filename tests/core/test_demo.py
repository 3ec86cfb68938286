"""Demo data: right order of magnitude, coherent, deterministic, and safe with existing data."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import func, select, text

from incubator_app.db.migrate import open_database
from incubator_app.demo import generate_demo
from incubator_app.errors import ConflictError, ValidationError
from incubator_app.models import (
    Base,
    Booking,
    CoachingSession,
    Entrepreneur,
    ExitOutcome,
    IncubatorProfile,
    ServiceUsage,
    SessionParticipant,
    SharedService,
    StageChange,
    SupportContract,
    User,
)
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import authenticate, create_user

pytestmark = pytest.mark.core

# Any fixed day: the demo's dates are relative to it (see test_demo_determinism.py).
REFERENCE = date(2026, 11, 18)


def digest(db_url: str) -> str:
    """SHA-256 over every table's rows, in primary-key order."""
    database = open_database(db_url)
    h = hashlib.sha256()
    try:
        with database.engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                order = list(table.primary_key.columns)
                for row in conn.execute(select(*table.c).order_by(*order)):
                    h.update(repr((table.name, tuple(row))).encode())
    finally:
        database.dispose()
    return h.hexdigest()


@pytest.fixture
def small_demo(db_url: str) -> str:
    summary = generate_demo(db_url, seed=1, scale="small", reference_date=REFERENCE)
    assert summary.counts["entrepreneur"] == 40
    return db_url


def test_small_scale_has_the_expected_order_of_magnitude(db_url: str) -> None:
    phases: list[str] = []
    summary = generate_demo(
        db_url, seed=1, scale="small", progress=lambda p, _d, _t: phases.append(p)
    )
    counts = summary.counts
    assert counts["incubator_profile"] == 1
    assert counts["entrepreneur"] == 40
    assert 3 <= counts["coach"] <= 10
    assert 600 <= counts["coaching_session"] <= 1000
    assert 200 <= counts["milestone"] <= 700
    assert 1_000 <= counts["service_usage"] <= 4_000
    assert 100 <= counts["booking"] <= 600
    assert counts["revenue"] > 50
    assert counts["funder"] == 2 and counts["grant_agreement"] == 3
    assert counts["grant_beneficiary"] > 0
    assert 0 < counts["audit_entry"] < 100
    assert summary.seconds > 0
    assert {"activity", "entrepreneurs"} <= set(phases)


def test_demo_accounts_log_in_and_profile_is_marked_demo(small_demo: str) -> None:
    database = open_database(small_demo)
    try:
        with database.session() as session:
            assert session.scalar(select(IncubatorProfile.is_demo)) is True
            assert authenticate(session, "admin", "demo-admin").role.value == "admin"
            coach = authenticate(session, "coach01", "demo-coach")
            assert coach.role.value == "coach" and coach.coach_id is not None
            assert authenticate(session, "staff01", "demo-staff").role.value == "staff"
            # Every account its own hash (issue 20 §3): no row shared, none left a placeholder.
            hashes = list(session.scalars(select(User.password_hash)))
            assert len(hashes) == len(set(hashes)) > 5
            assert all(h.startswith("$argon2id$") for h in hashes)
    finally:
        database.dispose()


def test_small_demo_data_is_coherent(small_demo: str) -> None:
    ref = REFERENCE
    database = open_database(small_demo)
    try:
        with database.session() as s:
            if database.url.get_backend_name() == "sqlite":
                assert s.execute(text("PRAGMA foreign_key_check")).all() == []
                # Bulk loading skips CHECK constraints for speed; the result must still obey them.
                assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"

            # Usage amounts are frozen as unit price × quantity; bookings are not charged twice.
            for u in s.scalars(select(ServiceUsage)):
                assert u.amount_cents * 100 == u.unit_price_cents * u.quantity_hundredths
            linked = s.execute(
                select(ServiceUsage, Booking).join(Booking, ServiceUsage.booking_id == Booking.id)
            ).all()
            assert linked
            for usage, booking in linked:
                assert booking.status.value == "done"
                assert (usage.service_id, usage.entrepreneur_id) == (
                    booking.service_id,
                    booking.entrepreneur_id,
                )

            # No resource is ever booked beyond its capacity.
            capacity = dict(s.execute(select(SharedService.id, SharedService.capacity)).all())
            bookings = s.scalars(select(Booking).where(Booking.status != "cancelled")).all()
            by_service = defaultdict(list)
            for b in bookings:
                assert b.units <= capacity[b.service_id]
                by_service[b.service_id].append(b)
            for items in by_service.values():
                items.sort(key=lambda b: b.starts_at)
                for before, after in zip(items, items[1:], strict=False):
                    assert before.ends_at <= after.starts_at
            assert any(b.starts_at.date() > ref for b in bookings)  # the calendar goes on

            # Stage history is a chain in date order that ends at the current stage.
            history = defaultdict(list)
            for c in s.scalars(
                select(StageChange).order_by(StageChange.changed_on, StageChange.id)
            ):
                history[c.entrepreneur_id].append(c)
            people = {e.id: e for e in s.scalars(select(Entrepreneur))}
            in_pathway: dict[int, tuple[date, date]] = {}
            for pid, person in people.items():
                chain = history[pid]
                assert chain[0].from_stage is None and chain[0].to_stage.value == "candidate"
                assert chain[0].changed_on == person.entry_date
                for before, after in zip(chain, chain[1:], strict=False):
                    assert after.from_stage == before.to_stage
                    assert after.changed_on >= before.changed_on
                assert chain[-1].to_stage == person.stage
                admitted = [c.changed_on for c in chain if c.to_stage.value == "admitted"]
                left = [
                    c.changed_on
                    for c in chain[1:]
                    if c.to_stage.value not in ("admitted", "incubated")
                ]
                if admitted:
                    in_pathway[pid] = (admitted[0], left[0] if left else ref)
                assert re.fullmatch(r"\d{5}", person.postal_code or "")
            stages = {p.stage.value for p in people.values()}
            assert {"candidate", "incubated", "graduated"} <= stages
            assert any(p.postal_code.startswith("0") for p in people.values())

            # CAPE contracts for those who reached incubation; exits for those who left it.
            contracts = defaultdict(list)
            for c in s.scalars(select(SupportContract)):
                contracts[c.entrepreneur_id].append(c)
                assert c.end_date > c.start_date and 0 <= c.renewals <= 2
            exits = {e.entrepreneur_id for e in s.scalars(select(ExitOutcome))}
            for pid, person in people.items():
                reached = any(c.to_stage.value == "incubated" for c in history[pid])
                assert len(contracts[pid]) == (1 if reached else 0)
                assert (pid in exits) == (reached and person.stage.value in ("graduated", "exited"))

            # Every session has participants who were in their pathway that day.
            participants = defaultdict(list)
            for sp in s.scalars(select(SessionParticipant)):
                participants[sp.session_id].append(sp)
            sessions = s.scalars(select(CoachingSession)).all()
            kinds = {cs.kind.value for cs in sessions}
            assert kinds == {"individual", "collective"}
            for cs in sessions:
                members = participants[cs.id]
                assert len(members) == 1 if cs.kind.value == "individual" else len(members) >= 2
                assert cs.session_date <= ref and cs.session_date.weekday() < 5
                for sp in members:
                    start, end = in_pathway[sp.entrepreneur_id]
                    assert start <= cs.session_date <= end

            # Action items: some done, some overdue.
            done = s.scalar(text("SELECT COUNT(*) FROM action_item WHERE done"))
            overdue = s.scalar(
                text("SELECT COUNT(*) FROM action_item WHERE NOT done AND due_on < :ref"),
                {"ref": ref},
            )
            assert done > 0 and overdue > 0
            statuses = set(s.scalars(text("SELECT DISTINCT status FROM milestone")))
            assert {"achieved", "planned", "missed"} <= statuses

            # The directory's links: between actors, to people and to entrepreneurs, all on
            # live (not merged) actors; some actors keep none.
            live = set(
                s.scalars(text("SELECT id FROM directory_actor WHERE merged_into_id IS NULL"))
            )
            linked: set[int] = set()
            for sql in (
                "SELECT from_actor_id FROM directory_actor_link",
                "SELECT to_actor_id FROM directory_actor_link",
                "SELECT actor_id FROM directory_actor_contact",
                "SELECT actor_id FROM directory_actor_entrepreneur",
            ):
                found = set(s.scalars(text(sql)))
                assert found and found <= live, sql
                linked |= found
            kinds = set(s.scalars(text("SELECT DISTINCT kind FROM directory_actor_link")))
            assert kinds == {"member_of", "partner_of"}
            kinds = set(s.scalars(text("SELECT DISTINCT kind FROM directory_actor_entrepreneur")))
            assert kinds == {"company", "partner_venue"}
            assert 0 < len(linked) < len(live)
    finally:
        database.dispose()


def test_demo_leaves_planner_statistics(small_demo: str) -> None:
    """ANALYZE ran on either engine: the planner of a fresh demo knows its tables' sizes."""
    database = open_database(small_demo)
    try:
        with database.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                analyzed = conn.exec_driver_sql(
                    "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables"
                    " WHERE relname = 'coaching_session'"
                ).scalar()
            else:
                analyzed = conn.exec_driver_sql(
                    "SELECT count(*) > 0 FROM sqlite_stat1 WHERE tbl = 'coaching_session'"
                ).scalar()
        assert analyzed
    finally:
        database.dispose()


def test_same_seed_same_data_and_force_replaces(small_demo: str) -> None:
    first = digest(small_demo)
    other = generate_demo(small_demo, seed=2, scale="small", force=True, reference_date=REFERENCE)
    assert other.counts["entrepreneur"] == 40
    assert digest(small_demo) != first
    generate_demo(small_demo, seed=1, scale="small", force=True, reference_date=REFERENCE)
    assert digest(small_demo) == first


def test_refuses_a_database_with_data_and_changes_nothing(small_demo: str) -> None:
    before = digest(small_demo)
    with pytest.raises(ConflictError, match="--force"):
        generate_demo(small_demo, seed=3, scale="small")
    assert digest(small_demo) == before


def test_refuses_a_database_with_accounts_only(db_url: str) -> None:
    database = open_database(db_url)
    with database.session() as session:
        create_user(
            session,
            login="marie",
            display_name="Marie Curie",
            role="staff",
            password="a-long-password",
            actor=Actor.system(),
        )
    database.dispose()
    with pytest.raises(ConflictError):
        generate_demo(db_url, scale="small")
    database = open_database(db_url)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 1
        assert session.scalar(select(func.count()).select_from(Entrepreneur)) == 0
    database.dispose()


def test_unknown_scale_is_a_validation_error(tmp_path) -> None:
    target = tmp_path / "never.sqlite3"
    with pytest.raises(ValidationError) as caught:
        generate_demo(str(target), scale="galaxy")
    assert "scale" in caught.value.field_errors
    assert not target.exists()


def test_small_demo_has_training_cycles_with_attendance_and_a_waiting_list(
    small_demo: str,
) -> None:
    from incubator_app.models import Course, CourseEnrolment, CourseWaiting, Event, Registration
    from incubator_app.services.events.courses import Completion, course_progress

    database = open_database(small_demo)
    try:
        with database.session() as s:
            courses = s.scalars(select(Course.id).order_by(Course.id)).all()
            assert len(courses) == 3
            admin = Actor.system()
            done = [course_progress(s, c, actor=admin) for c in courses]
            assert all(len(p.modules) == 4 for p in done)
            # The past cycle is over: attendance marked, some completed; the last is to come.
            assert any(e.completion is Completion.COMPLETED for e in done[0].enrolments)
            assert {e.completion for e in done[-1].enrolments} == {Completion.ONGOING}
            assert len(done[-1].enrolments) == 12
            waiting = s.scalars(
                select(CourseWaiting.queue_key).where(CourseWaiting.course_id == courses[-1])
            ).all()
            assert sorted(waiting) == [1, 2, 3]
            # The rule of places, and the stored count, on every module.
            for event in s.scalars(select(Event).where(Event.course_id.is_not(None))):
                held = s.scalar(
                    select(func.count()).where(
                        Registration.event_id == event.id,
                        Registration.status.in_(("registered", "attended", "absent", "offered")),
                    )
                )
                assert held == event.places_taken <= event.capacity
            assert s.scalar(select(func.count()).select_from(CourseEnrolment)) >= 18
    finally:
        database.dispose()


def test_demo_activity_summary_is_what_each_person_computes_to(small_demo: str) -> None:
    """The demo fills entrepreneur_activity in one grouped pass after the load: the same rows
    as each person's own last session and next open milestone (the triggers' definitions)."""
    from incubator_app.models.entrepreneur_activity import _LAST, _NEXT

    database = open_database(small_demo)
    try:
        with database.engine.connect() as conn:
            expected = conn.exec_driver_sql(
                f"SELECT * FROM (SELECT e.id, {_LAST.format(who='e.id')} AS last_on,"
                f" {_NEXT.format(who='e.id')} AS next_due FROM entrepreneur e) AS computed"
                " WHERE last_on IS NOT NULL OR next_due IS NOT NULL ORDER BY 1"
            ).all()
            stored = conn.exec_driver_sql(
                "SELECT entrepreneur_id, last_session_on, next_milestone_due"
                " FROM entrepreneur_activity ORDER BY 1"
            ).all()
    finally:
        database.dispose()
    assert len(expected) > 20
    assert any(row[2] is None for row in expected)  # people without an open milestone too
    assert stored == expected
