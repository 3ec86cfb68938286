"""Lists of a network default to the user's sites (issue 18): the milestones list, the
coaching sessions list and the dashboard's due lists and figures show someone of one site the
people of that site only; network-level people and single-site installs see everyone."""

from __future__ import annotations

from datetime import date

import pytest
from helpers_people import make_actor, make_entrepreneur

from incubator_app.models import Role
from incubator_app.services.coaching.filter import CoachingFilter
from incubator_app.services.coaching.list import SessionListSource
from incubator_app.services.coaching.sessions import log_coaching_session
from incubator_app.services.milestones.due_items import (
    count_overdue_milestones,
    overdue_milestones,
)
from incubator_app.services.milestones.list import MilestoneListSource
from incubator_app.services.milestones.records import create_milestone
from incubator_app.services.paging import SortOrder
from incubator_app.services.reporting.dashboard import load_dashboard
from incubator_app.services.sites.members import add_member
from incubator_app.services.sites.moves import move_entrepreneur
from incubator_app.services.sites.records import create_site, set_site_active

pytestmark = pytest.mark.core

TODAY = date(2026, 6, 15)


@pytest.fixture
def network(session, admin):
    """Marseille and Avignon, one person on each with an overdue milestone and a session by
    the coach of Marseille; a staff member and that coach on Marseille only."""
    mrs = create_site(session, name="Marseille", code="MRS", actor=admin)
    avi = create_site(session, name="Avignon", code="AVI", actor=admin)
    staff = make_actor(session, Role.STAFF, "staff-mrs")
    coach = make_actor(session, Role.COACH, "coach-mrs")
    other_coach = make_actor(session, Role.COACH, "coach-avi")
    add_member(session, mrs.id, staff.user_id, Role.STAFF, actor=admin)
    add_member(session, mrs.id, coach.user_id, Role.COACH, actor=admin)
    add_member(session, avi.id, other_coach.user_id, Role.COACH, actor=admin)
    people = {}
    for last, site in (("Durand", mrs), ("Martin", avi)):
        person = make_entrepreneur(session, admin, last_name=last)
        move_entrepreneur(session, person.id, site.id, actor=admin)
        create_milestone(
            session,
            entrepreneur_id=person.id,
            title=f"Bilan {last}",
            due_on=date(2026, 5, 1),
            actor=admin,
        )
        people[last] = person.id
    for last, who in (("Durand", coach), ("Martin", other_coach)):
        log_coaching_session(
            session,
            session_date=date(2026, 6, 1),
            duration_minutes=60,
            coach_id=who.coach_id,
            participants=[people[last]],
            summary=f"Séance {last}",
            actor=who,
        )
    return mrs.id, avi.id, staff, coach, people


def _milestones(session, actor, **kw) -> list[str]:
    source = MilestoneListSource(actor=actor, today=TODAY, **kw)
    rows = source.fetch(session, SortOrder(), 0, 50)
    assert source.count(session) == len(rows)
    return sorted(r.title for r in rows)


def _sessions(session, actor) -> list[str]:
    source = SessionListSource(CoachingFilter(), actor=actor)
    rows = source.fetch(session, SortOrder(), 0, 50)
    assert source.count(session) == len(rows)
    return sorted(r.summary for r in rows)


def test_milestones_list_shows_ones_sites(session, admin, network):
    mrs, avi, staff, _coach, _people = network
    assert _milestones(session, staff) == ["Bilan Durand"]
    assert _milestones(session, admin) == ["Bilan Durand", "Bilan Martin"]
    assert _milestones(session, admin, site_id=avi) == ["Bilan Martin"]
    assert _milestones(session, staff, site_id=avi) == []  # not theirs


def test_sessions_list_shows_ones_sites_and_ones_own(session, admin, network):
    _mrs, _avi, staff, coach, _people = network
    assert _sessions(session, staff) == ["Séance Durand"]
    assert _sessions(session, coach) == ["Séance Durand"]
    assert _sessions(session, admin) == ["Séance Durand", "Séance Martin"]


def test_dashboard_counts_ones_sites(session, admin, network):
    mrs, _avi, staff, _coach, _people = network
    assert count_overdue_milestones(session, actor=staff, today=TODAY) == 1
    assert [r.title for r in overdue_milestones(session, actor=staff, today=TODAY)] == [
        "Bilan Durand"
    ]
    assert count_overdue_milestones(session, actor=admin, today=TODAY) == 2
    mine = load_dashboard(session, actor=staff, today=TODAY)
    everyone = load_dashboard(session, actor=admin, today=TODAY)
    assert mine.kpis.milestones_overdue == 1 and everyone.kpis.milestones_overdue == 2
    assert sum(s.count for s in mine.funnel[:1]) == 1
    assert sum(s.count for s in everyone.funnel[:1]) == 2
    # One active site left: no network, everyone sees everyone.
    set_site_active(session, mrs, active=False, expected_version=None, actor=admin)
    assert count_overdue_milestones(session, actor=staff, today=TODAY) == 2
    assert _milestones(session, staff) == ["Bilan Durand", "Bilan Martin"]
    assert _sessions(session, staff) == ["Séance Durand", "Séance Martin"]


def test_quick_search_and_opening_by_id_check_the_site(session, admin, network):
    from incubator_app.errors import PermissionDenied
    from incubator_app.services.entrepreneurs.quick_search import quick_search_entrepreneurs
    from incubator_app.services.entrepreneurs.records import get_entrepreneur

    _mrs, _avi, staff, _coach, people = network
    found = [h.id for h in quick_search_entrepreneurs(session, "Hélène", actor=staff)]
    assert found == [people["Durand"]]
    everyone = {h.id for h in quick_search_entrepreneurs(session, "Hélène", actor=admin)}
    assert everyone == set(people.values())
    assert get_entrepreneur(session, people["Durand"], actor=staff).last_name == "Durand"
    with pytest.raises(PermissionDenied) as refused:
        get_entrepreneur(session, people["Martin"], actor=staff)
    text = str(refused.value.message)
    assert "Avignon" in text and "staff-mrs" in text and "Martin" not in text
    assert get_entrepreneur(session, people["Martin"], actor=admin).last_name == "Martin"


def test_a_sites_coach_logs_sessions_with_their_sites_people_only(session, admin, network):
    from incubator_app.errors import PermissionDenied
    from incubator_app.services.coaching.sessions import update_coaching_session

    _mrs, _avi, _staff, coach, people = network
    with pytest.raises(PermissionDenied) as refused:
        log_coaching_session(
            session,
            session_date=date(2026, 6, 2),
            duration_minutes=30,
            coach_id=coach.coach_id,
            participants=[people["Martin"]],
            actor=coach,
        )
    assert str(people["Martin"]) in str(refused.value.message)
    # An administrator's session with people of both sites: the coach may still edit it, not
    # add another site's person to it.
    both = log_coaching_session(
        session,
        session_date=date(2026, 6, 3),
        duration_minutes=60,
        kind="collective",
        coach_id=coach.coach_id,
        participants=[people["Durand"], people["Martin"]],
        actor=admin,
    )
    update_coaching_session(
        session, both.id, summary="Atelier commun", expected_version=None, actor=coach
    )


def test_a_site_picked_on_the_coaching_list_and_its_totals(session, admin, network):
    """A site picked: the sessions of its people, and totals of those sessions only; a site
    that is not one's own shows nothing."""
    from incubator_app.services.coaching.stats import totals_for_filter

    mrs, avi, _staff, coach, people = network
    for picked, name in ((mrs, "Durand"), (avi, "Martin")):
        flt = CoachingFilter(site_id=picked)
        source = SessionListSource(flt, actor=admin)
        rows = source.fetch(session, SortOrder(), 0, 50)
        assert source.count(session) == len(rows) == 1
        assert any(name in n for n in rows[0].participant_names)
        totals = totals_for_filter(session, flt, actor=admin)
        assert (totals.sessions, totals.entrepreneurs) == (1, 1)
    # The coach of Marseille: their own sites by default, Avignon picked shows nothing.
    assert totals_for_filter(session, CoachingFilter(), actor=coach).sessions == 1
    hidden = SessionListSource(CoachingFilter(site_id=avi), actor=coach)
    assert hidden.count(session) == 0
    assert totals_for_filter(session, CoachingFilter(site_id=avi), actor=coach).sessions == 0
    # The whole network for the administrator, as before.
    assert totals_for_filter(session, CoachingFilter(), actor=admin).sessions == 2


def test_a_site_picked_on_the_action_items_list(session, admin, network):
    from incubator_app.services.milestones.action_items import create_action_item
    from incubator_app.services.milestones.list import ActionItemListSource

    mrs, avi, _staff, coach, people = network
    for name in ("Durand", "Martin"):
        create_action_item(
            session, entrepreneur_id=people[name], text=f"Appeler {name}", actor=admin
        )

    def texts(actor, **kw) -> list[str]:
        source = ActionItemListSource(actor, TODAY, **kw)
        rows = source.fetch(session, SortOrder(), 0, 50)
        assert source.count(session) == len(rows)
        by_name = source.fetch(session, SortOrder("entrepreneur"), 0, 50)
        assert sorted(r.text for r in by_name) == sorted(r.text for r in rows)
        return sorted(r.text for r in rows)

    assert texts(admin) == ["Appeler Durand", "Appeler Martin"]
    assert texts(admin, site_id=avi) == ["Appeler Martin"]
    assert texts(coach) == ["Appeler Durand"]
    assert texts(coach, site_id=avi) == []
