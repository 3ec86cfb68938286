"""Late and due lists, the dashboard's figures (hand-counted fixture), the plan a contract
starts, and the milestone / action item list sources."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from factories import make_actor, make_coach, make_entrepreneur

from incubator_app import clock
from incubator_app.models import (
    ActionItem,
    Booking,
    BookingStatus,
    CoachingSession,
    Cohort,
    FollowUpCheckpoint,
    Milestone,
    MilestoneStatus,
    MilestoneTemplate,
    PathwayStage,
    SharedService,
    SupportContract,
)
from incubator_app.services.administration.setup import create_incubator
from incubator_app.services.entrepreneurs import due as contracts_due
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.milestones import due_items
from incubator_app.services.milestones.list import ActionItemListSource, MilestoneListSource
from incubator_app.services.milestones.records import (
    DEFAULT_MILESTONE_TEMPLATES,
    delete_milestone,
    list_milestones,
    save_milestone,
)
from incubator_app.services.paging import SortOrder
from incubator_app.services.reporting.dashboard import load_dashboard

pytestmark = pytest.mark.core

TODAY = date(2026, 11, 10)


@pytest.fixture
def world(session, admin):
    """Two coaches, three entrepreneurs (one archived), dated items around TODAY."""
    c1, c2 = make_coach(session, "Alice Coach"), make_coach(session, "Bruno Coach")
    a = make_entrepreneur(session, "Ana")
    b = make_entrepreneur(session, "Ben")
    gone = make_entrepreneur(session, "Gus")
    a.referent_coach_id, b.referent_coach_id, gone.referent_coach_id = c1.id, c2.id, c1.id
    gone.archived = True
    add = session.add
    # Action items: 2 overdue (a: assigned c2; b: unassigned → c2 via referent), 1 done,
    # 1 due today (not late), 1 overdue on the archived person.
    add(
        ActionItem(
            entrepreneur_id=a.id, assignee_coach_id=c2.id, text="A1", due_on=date(2026, 11, 1)
        )
    )
    add(ActionItem(entrepreneur_id=b.id, text="B1", due_on=date(2026, 10, 1)))
    add(
        ActionItem(
            entrepreneur_id=a.id,
            text="done",
            due_on=date(2026, 9, 1),
            done=True,
            done_on=date(2026, 9, 2),
        )
    )
    add(ActionItem(entrepreneur_id=a.id, text="today", due_on=TODAY))
    add(ActionItem(entrepreneur_id=gone.id, text="G1", due_on=date(2026, 1, 1)))
    # Milestones: a overdue (planned), a due this month (in progress), b achieved this month,
    # b missed last month, gone overdue (archived: hidden).
    for pid, title, due, status in (
        (a.id, "late", date(2026, 11, 5), MilestoneStatus.PLANNED),
        (a.id, "soon", date(2026, 11, 20), MilestoneStatus.IN_PROGRESS),
        (b.id, "done", date(2026, 11, 3), MilestoneStatus.ACHIEVED),
        (b.id, "missed", date(2026, 10, 3), MilestoneStatus.MISSED),
        (gone.id, "hidden", date(2026, 10, 3), MilestoneStatus.PLANNED),
    ):
        add(
            Milestone(
                entrepreneur_id=pid,
                title=title,
                due_on=due,
                status=status,
                achieved_on=due if status is MilestoneStatus.ACHIEVED else None,
            )
        )
    # Contracts: a ends in 20 days, b in 45 days, an ended one inside the window.
    add(
        SupportContract(
            entrepreneur_id=a.id, start_date=date(2025, 11, 30), end_date=date(2026, 11, 30)
        )
    )
    add(
        SupportContract(
            entrepreneur_id=b.id, start_date=date(2025, 12, 25), end_date=date(2026, 12, 25)
        )
    )
    add(
        SupportContract(
            entrepreneur_id=b.id,
            start_date=date(2025, 11, 20),
            end_date=date(2026, 11, 20),
            ended_on=date(2026, 6, 1),
        )
    )
    # Follow-ups: one due and pending, one due and answered, one in the future.
    add(FollowUpCheckpoint(entrepreneur_id=b.id, months_after_exit=6, due_on=date(2026, 11, 1)))
    add(
        FollowUpCheckpoint(
            entrepreneur_id=a.id,
            months_after_exit=6,
            due_on=date(2026, 10, 1),
            checked_on=date(2026, 10, 2),
            business_active=True,
        )
    )
    add(FollowUpCheckpoint(entrepreneur_id=a.id, months_after_exit=12, due_on=date(2027, 4, 1)))
    session.commit()
    return {"c1": c1, "c2": c2, "a": a, "b": b, "gone": gone}


def test_due_lists_for_staff(session, admin, world):
    a, b = world["a"], world["b"]
    overdue = due_items.overdue_action_items(session, actor=admin, today=TODAY)
    assert [(r.text, r.days_late) for r in overdue] == [("A1", 9), ("B1", 40)]
    assert (overdue[0].assignee_name, overdue[1].assignee_name) == ("Bruno Coach", None)
    assert due_items.count_overdue_action_items(session, actor=admin, today=TODAY) == 2
    late = due_items.overdue_milestones(session, actor=admin, today=TODAY)
    assert [(r.title, r.entrepreneur_id, r.overdue) for r in late] == [("late", a.id, True)]
    month = due_items.milestones_due_between(
        session, date(2026, 11, 1), date(2026, 11, 30), actor=admin, today=TODAY
    )
    assert [r.title for r in month] == ["late", "soon"]
    ending = contracts_due.contracts_ending(session, actor=admin, today=TODAY)
    assert [(r.entrepreneur_id, r.days_left) for r in ending] == [(a.id, 20)]
    assert (
        contracts_due.count_contracts_ending(session, actor=admin, today=TODAY, within_days=60) == 2
    )
    calls = contracts_due.follow_ups_due(session, actor=admin, today=TODAY)
    assert [(r.entrepreneur_id, r.months_after_exit) for r in calls] == [(b.id, 6)]
    assert (
        contracts_due.count_follow_ups_due(session, actor=admin, today=TODAY, within_days=200) == 2
    )


def test_due_lists_follow_the_coach_actor(session, admin, world):
    coach = make_actor(session, "coach")  # a coach account gets its own coach profile
    b = world["b"]
    b.referent_coach_id = coach.coach_id
    session.commit()
    # b's unassigned item is theirs (referent); a's item is assigned to c2, not them.
    assert [r.text for r in due_items.overdue_action_items(session, actor=coach, today=TODAY)] == [
        "B1"
    ]
    assert due_items.overdue_milestones(session, actor=coach, today=TODAY) == []
    assert contracts_due.count_follow_ups_due(session, actor=coach, today=TODAY) == 1
    assert contracts_due.count_contracts_ending(session, actor=coach, today=TODAY) == 0
    # Staff narrow by coach explicitly.
    c2 = world["c2"]
    assert (
        due_items.count_overdue_action_items(session, actor=admin, today=TODAY, coach_id=c2.id) == 1
    )


def test_dashboard_figures_match_the_hand_count(session, admin, world):
    a, b = world["a"], world["b"]
    cohort_person = make_entrepreneur(session, "Cléo")
    cohort_person.stage = PathwayStage.CANDIDATE
    session.add_all(
        [
            CoachingSession(
                session_date=date(2026, 11, 2), duration_minutes=90, coach_id=world["c1"].id
            ),
            CoachingSession(
                session_date=date(2026, 10, 30), duration_minutes=60, coach_id=world["c1"].id
            ),
            CoachingSession(
                session_date=date(2026, 10, 2), duration_minutes=30, coach_id=world["c1"].id
            ),
            CoachingSession(
                session_date=date(2025, 11, 30), duration_minutes=45, coach_id=world["c1"].id
            ),
        ]
    )
    room = SharedService(
        name="Salle", category="salle", unit="hour", unit_price_cents=0, bookable=True
    )
    session.add(room)
    session.flush()
    zone = clock.zone()  # the incubator's wall clock, not the computer's
    for day, status in (
        (TODAY, BookingStatus.CONFIRMED),
        (TODAY, BookingStatus.CANCELLED),
        (date(2026, 11, 11), BookingStatus.CONFIRMED),
    ):
        start = datetime.combine(day, time(10), zone).astimezone(UTC)
        session.add(
            Booking(
                service_id=room.id,
                entrepreneur_id=a.id,
                starts_at=start,
                ends_at=start.replace(hour=start.hour + 1),
                status=status,
            )
        )
    session.commit()

    d = load_dashboard(session, actor=admin, today=TODAY)
    k = d.kpis
    # Incubated and not archived: Ana and Ben (Gus is archived); Cléo is a candidate.
    assert (k.active_entrepreneurs, k.in_admission) == (2, 1)
    assert (k.sessions_this_month, k.minutes_this_month) == (1, 90)
    assert (k.sessions_last_month, k.minutes_last_month) == (2, 90)
    assert (k.milestones_due_this_month, k.milestones_overdue) == (2, 1)
    assert (k.contracts_ending, k.bookings_today) == (1, 1)
    assert (k.action_items_overdue, k.follow_ups_due) == (2, 1)
    assert len(d.hours_per_month) == 12
    assert d.hours_per_month[0].month == date(2025, 12, 1)
    assert [m.minutes for m in d.hours_per_month[-2:]] == [90, 90]
    # Funnel counts everyone, archived included: 4 people, 3 reached incubation.
    assert [(f.stage, f.count) for f in d.funnel] == [
        (PathwayStage.CANDIDATE, 4),
        (PathwayStage.ADMITTED, 3),
        (PathwayStage.INCUBATED, 3),
        (PathwayStage.GRADUATED, 0),
    ]
    assert sum(x.count for x in d.disciplines) == 2
    assert [r.text for r in d.overdue_actions] == ["A1", "B1"]
    assert [r.entrepreneur_id for r in d.contracts_ending] == [a.id]
    assert [r.entrepreneur_id for r in d.follow_ups_due] == [b.id]


def test_new_incubator_has_the_default_template_and_incubation_plans_it(db, session):
    admin = create_incubator(
        session,
        name="Couveuse",
        admin_login="boss",
        admin_display_name="Boss",
        admin_password="long-enough-password",
    )
    titles = {t.title for t in session.query(MilestoneTemplate)}
    assert titles == {t[0] for t in DEFAULT_MILESTONE_TEMPLATES}
    person = make_entrepreneur(session, "Léa")
    person.stage = PathwayStage.ADMITTED
    session.commit()
    # 31 January + 1 month is 28/29 February; + 3 months is 30 April (leap year 2028 too).
    session.add(MilestoneTemplate(programme="CAPE", title="Un mois", offset_months=1))
    session.commit()
    change_stage(
        session,
        person.id,
        "incubated",
        on=date(2028, 1, 31),
        expected_version=person.version_id,
        actor=admin,
    )
    plan = {m.title: m.due_on for m in list_milestones(session, person.id, actor=admin)}
    assert plan["Un mois"] == date(2028, 2, 29)
    assert plan["Business plan validé"] == date(2028, 4, 30)
    assert plan["Bilan de fin de contrat"] == date(2029, 1, 31)
    assert len(plan) == len(DEFAULT_MILESTONE_TEMPLATES) + 1


def test_cohort_programme_chooses_the_template(session, admin):
    session.add(Cohort(name="Résidence 2027", programme="Résidence", start_date=date(2027, 1, 1)))
    session.add(
        MilestoneTemplate(programme="Résidence", title="Sortie de résidence", offset_months=2)
    )
    session.commit()
    cohort_id = session.query(Cohort).one().id
    person = make_entrepreneur(session)
    person.stage, person.cohort_id = PathwayStage.ADMITTED, cohort_id
    session.commit()
    change_stage(
        session,
        person.id,
        "incubated",
        on=date(2027, 1, 31),
        expected_version=person.version_id,
        actor=admin,
    )
    plan = list_milestones(session, person.id, actor=admin)
    assert [(m.title, m.due_on) for m in plan] == [("Sortie de résidence", date(2027, 3, 31))]


def test_save_and_delete_milestone(session, admin, world):
    m = session.query(Milestone).filter_by(title="soon").one()
    saved = save_milestone(
        session,
        m.id,
        title=" Devis ",
        due_on=date(2026, 11, 25),
        status="achieved",
        achieved_on=date(2026, 11, 9),
        evidence="Devis n°12",
        expected_version=m.version_id,
        actor=admin,
    )
    assert (saved.title, saved.status, saved.achieved_on, saved.evidence) == (
        "Devis",
        MilestoneStatus.ACHIEVED,
        date(2026, 11, 9),
        "Devis n°12",
    )
    from incubator_app.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        save_milestone(
            session,
            m.id,
            title="",
            due_on=date(2026, 11, 25),
            status="achieved",
            expected_version=saved.version_id,
            actor=admin,
        )
    assert set(err.value.field_errors) == {"title", "achieved_on"}
    back = save_milestone(
        session,
        m.id,
        title="Devis",
        due_on=date(2026, 11, 25),
        status="planned",
        achieved_on=date(2026, 11, 9),
        expected_version=saved.version_id,
        actor=admin,
    )
    assert back.achieved_on is None
    delete_milestone(session, m.id, expected_version=back.version_id, actor=admin)
    assert session.get(Milestone, m.id) is None


def test_list_sources_filter_and_page(session, admin, world):
    c1 = world["c1"]
    src = MilestoneListSource(admin, TODAY, due="overdue")
    assert src.count(session) == 1
    assert [r.title for r in src.fetch(session, SortOrder(), 0, 10)] == ["late"]
    month = MilestoneListSource(admin, TODAY, due="this_month", status=None)
    assert [r.title for r in month.fetch(session, SortOrder("due_on", True), 0, 10)] == [
        "soon",
        "late",
        "done",
    ]
    mine = MilestoneListSource(admin, TODAY, status=None, coach_id=c1.id)
    assert {r.title for r in mine.fetch(session, SortOrder("title"), 0, 10)} == {"late", "soon"}
    assert MilestoneListSource(admin, TODAY, status="missed").count(session) == 1
    from incubator_app.errors import ValidationError

    with pytest.raises(ValidationError):
        MilestoneListSource(admin, TODAY, due="someday")
    actions = ActionItemListSource(admin, TODAY, state="overdue")
    assert [r.text for r in actions.fetch(session, SortOrder(), 0, 10)] == ["B1", "A1"]
    assert ActionItemListSource(admin, TODAY, state="done").count(session) == 1
    assert ActionItemListSource(admin, TODAY, state="all").count(session) == 4
    first = ActionItemListSource(admin, TODAY, state="all").fetch(session, SortOrder(), 0, 2)
    rest = ActionItemListSource(admin, TODAY, state="all").fetch(session, SortOrder(), 2, 2)
    assert len({r.id for r in first + rest}) == 4
