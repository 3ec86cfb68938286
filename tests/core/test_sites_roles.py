"""Roles per site decide what a person may do (issue 18): someone who is staff on Marseille
and viewer on Avignon writes on Marseille's records only, and is told which site and which
role refused it; network-level people keep every site. Records of another site opened by id
are refused with a message naming the site (sessions, milestones, documents, bookings, events,
action items), not the person."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from event_helpers import new_event
from helpers_people import make_actor, make_entrepreneur

from incubator_app.errors import PermissionDenied
from incubator_app.models import Role
from incubator_app.services.coaching.sessions import (
    delete_coaching_session,
    get_coaching_session,
    log_coaching_session,
    update_coaching_session,
)
from incubator_app.services.entrepreneurs.records import (
    create_entrepreneur,
    get_entrepreneur,
    update_entrepreneur,
)
from incubator_app.services.events.detail import event_detail
from incubator_app.services.events.records import change_capacity, update_event
from incubator_app.services.events.registrations import cancel_registration, register
from incubator_app.services.milestones.action_items import create_action_item, get_action_item
from incubator_app.services.milestones.records import (
    create_milestone,
    get_milestone,
    update_milestone,
)
from incubator_app.services.shared_services.bookings import (
    cancel_booking,
    create_booking,
    get_booking,
)
from incubator_app.services.shared_services.catalogue import create_shared_service
from incubator_app.services.sites.members import add_member
from incubator_app.services.sites.moves import move_entrepreneur
from incubator_app.services.sites.records import create_site
from incubator_app.services.sites.rights import can_on_site, site_roles, writable_sites

pytestmark = pytest.mark.core


def at(hour: int, day: int = 10) -> datetime:
    return datetime(2026, 6, day, hour, tzinfo=UTC)


@pytest.fixture
def net(session, admin):
    """Marseille and Avignon; `mixed` is staff (account role) on Marseille and viewer on
    Avignon; a coach coach on Marseille and viewer on Avignon; one person on each site, each
    with a milestone and a session by the coach (logged by the administrator)."""
    mrs = create_site(session, name="Marseille", code="MRS", actor=admin)
    avi = create_site(session, name="Avignon", code="AVI", actor=admin)
    mixed = make_actor(session, Role.STAFF, "mixed")
    coach = make_actor(session, Role.COACH, "coach-mixed")
    for who, role_mrs in ((mixed, Role.STAFF), (coach, Role.COACH)):
        add_member(session, mrs.id, who.user_id, role_mrs, actor=admin)
        add_member(session, avi.id, who.user_id, Role.VIEWER, actor=admin)
    people, milestones, sessions = {}, {}, {}
    for last, site in (("Durand", mrs), ("Martin", avi)):
        person = make_entrepreneur(session, admin, last_name=last)
        move_entrepreneur(session, person.id, site.id, actor=admin)
        people[last] = person.id
        milestones[last] = create_milestone(
            session, entrepreneur_id=person.id, title="Bilan", due_on=date(2026, 7, 1), actor=admin
        ).id
        sessions[last] = log_coaching_session(
            session,
            session_date=date(2026, 6, 1),
            duration_minutes=60,
            coach_id=coach.coach_id,
            participants=[person.id],
            actor=admin,
        ).id
    return {
        "mrs": mrs,
        "avi": avi,
        "mixed": mixed,
        "coach": coach,
        "people": people,
        "milestones": milestones,
        "sessions": sessions,
    }


def _refused(call, *words: str) -> str:
    with pytest.raises(PermissionDenied) as refused:
        call()
    text = str(refused.value.message)
    for word in words:
        assert word in text, text
    return text


def test_the_role_on_each_site(session, admin, net):
    mrs, avi, mixed = net["mrs"], net["avi"], net["mixed"]
    from incubator_app.services.actor import Permission

    assert site_roles(session, mixed) == {mrs.id: Role.STAFF, avi.id: Role.VIEWER}
    assert writable_sites(session, mixed, Permission.EDIT_ENTREPRENEURS) == (mrs.id,)
    assert can_on_site(session, mixed, Permission.EDIT_ENTREPRENEURS, mrs.id)
    assert not can_on_site(session, mixed, Permission.EDIT_ENTREPRENEURS, avi.id)
    # Network-level: every site, with the account's role.
    assert site_roles(session, admin) is None
    assert can_on_site(session, admin, Permission.EDIT_ENTREPRENEURS, avi.id)
    network_staff = make_actor(session, Role.STAFF, "network-staff")
    assert writable_sites(session, network_staff, Permission.MANAGE_EVENTS) is None
    # The account's role stays the ceiling: a viewer account made staff on a site writes
    # nothing there.
    viewer = make_actor(session, Role.VIEWER, "viewer-acct")
    add_member(session, mrs.id, viewer.user_id, Role.STAFF, actor=admin)
    assert writable_sites(session, viewer, Permission.EDIT_ENTREPRENEURS) == ()


def test_entrepreneurs_written_on_the_staff_site_only(session, admin, net):
    mixed, people = net["mixed"], net["people"]
    # Reading: both sites (viewer on Avignon).
    assert get_entrepreneur(session, people["Martin"], actor=mixed).last_name == "Martin"
    update_entrepreneur(
        session, people["Durand"], expected_version=None, email="d@example.org", actor=mixed
    )
    _refused(
        lambda: update_entrepreneur(
            session, people["Martin"], expected_version=None, email="m@example.org", actor=mixed
        ),
        "mixed is viewer on the site Avignon",
        "(change the entrepreneurs' records)",
    )
    assert get_entrepreneur(session, people["Martin"], actor=admin).email is None
    # Nobody is sent to (or taken from) a site where one only reads.
    _refused(
        lambda: move_entrepreneur(session, people["Durand"], net["avi"].id, actor=mixed),
        "mixed is viewer on the site Avignon",
    )
    _refused(
        lambda: move_entrepreneur(session, people["Martin"], net["mrs"].id, actor=mixed),
        "Avignon",
    )
    # A new person goes to the site where they may add people.
    new = create_entrepreneur(session, first_name="Léa", last_name="Roux", actor=mixed)
    assert new.site_id == net["mrs"].id
    # Network-level staff keep every site.
    network_staff = make_actor(session, Role.STAFF, "network-staff")
    update_entrepreneur(
        session, people["Martin"], expected_version=None, email="m@example.org", actor=network_staff
    )


def test_milestones_and_action_items_by_site(session, net):
    coach, people, milestones = net["coach"], net["people"], net["milestones"]
    update_milestone(
        session, milestones["Durand"], expected_version=None, title="Bilan 6 mois", actor=coach
    )
    _refused(
        lambda: update_milestone(
            session, milestones["Martin"], expected_version=None, title="x", actor=coach
        ),
        "viewer on the site Avignon",
    )
    _refused(
        lambda: create_milestone(
            session,
            entrepreneur_id=people["Martin"],
            title="Étude de marché",
            due_on=date(2026, 9, 1),
            actor=coach,
        ),
        "Avignon",
    )
    _refused(
        lambda: create_action_item(
            session, entrepreneur_id=people["Martin"], text="Appeler", actor=coach
        ),
        "Avignon",
    )
    item = create_action_item(
        session,
        entrepreneur_id=people["Durand"],
        text="Appeler",
        assignee_coach_id=coach.coach_id,
        actor=coach,
    )
    assert item.text == "Appeler"


def test_sessions_logged_and_changed_on_the_coachs_site_only(session, net):
    coach, people, sessions = net["coach"], net["people"], net["sessions"]
    # Reading a session of Avignon: allowed (viewer there).
    assert get_coaching_session(session, sessions["Martin"], actor=coach).id == sessions["Martin"]
    _refused(
        lambda: log_coaching_session(
            session,
            session_date=date(2026, 6, 2),
            duration_minutes=30,
            coach_id=coach.coach_id,
            participants=[people["Martin"]],
            actor=coach,
        ),
        "coach-mixed is viewer on the site Avignon",
        "(log coaching sessions)",
    )
    _refused(
        lambda: update_coaching_session(
            session, sessions["Martin"], summary="x", expected_version=None, actor=coach
        ),
        "Avignon",
    )
    _refused(
        lambda: delete_coaching_session(
            session, sessions["Martin"], expected_version=None, actor=coach
        ),
        "Avignon",
    )
    # Adding Avignon's person to a Marseille session is refused; the Marseille session itself
    # is the coach's to change.
    _refused(
        lambda: update_coaching_session(
            session,
            sessions["Durand"],
            participants=[people["Durand"], people["Martin"]],
            kind="collective",
            expected_version=None,
            actor=coach,
        ),
        "Avignon",
    )
    update_coaching_session(
        session, sessions["Durand"], summary="Bilan", expected_version=None, actor=coach
    )


def test_bookings_and_events_by_site(session, admin, net, frozen_clock):
    mixed, people, mrs, avi = net["mixed"], net["people"], net["mrs"], net["avi"]
    room = create_shared_service(
        session,
        name="Studio",
        category="Salles",
        unit="hour",
        unit_price_cents=1500,
        bookable=True,
        capacity=1,
        site_id=None,
        actor=admin,
    )
    mine = create_booking(
        session,
        service_id=room.id,
        starts_at=at(9),
        ends_at=at(10),
        entrepreneur_id=people["Durand"],
        actor=mixed,
    )
    _refused(
        lambda: create_booking(
            session,
            service_id=room.id,
            starts_at=at(11),
            ends_at=at(12),
            entrepreneur_id=people["Martin"],
            actor=mixed,
        ),
        "viewer on the site Avignon",
    )
    theirs = create_booking(
        session,
        service_id=room.id,
        starts_at=at(13),
        ends_at=at(14),
        entrepreneur_id=people["Martin"],
        actor=admin,
    )
    _refused(
        lambda: cancel_booking(session, theirs.id, expected_version=None, actor=mixed), "Avignon"
    )
    cancel_booking(session, mine.id, expected_version=None, actor=mixed)

    avi_event = new_event(session, admin, site_id=avi.id)
    mrs_event = new_event(session, admin, site_id=mrs.id)
    change_capacity(session, mrs_event, 5, actor=mixed)
    _refused(lambda: change_capacity(session, avi_event, 5, actor=mixed), "Avignon")
    _refused(lambda: update_event(session, avi_event, {"title": "Autre"}, actor=mixed), "Avignon")
    _refused(
        lambda: register(session, avi_event, entrepreneur_id=people["Durand"], actor=mixed),
        "viewer on the site Avignon",
    )
    outcome = register(session, avi_event, entrepreneur_id=people["Martin"], actor=admin)
    _refused(lambda: cancel_registration(session, outcome.id, actor=mixed))
    register(session, mrs_event, entrepreneur_id=people["Durand"], actor=mixed)


def test_records_of_other_sites_refused_by_id_naming_the_site(session, admin, net, frozen_clock):
    """Someone of Marseille only opens Avignon's records by id: refused, with the site's name
    and not the person's."""
    mrs, avi, people = net["mrs"], net["avi"], net["people"]
    local = make_actor(session, Role.COACH, "coach-mrs-only")
    add_member(session, mrs.id, local.user_id, Role.COACH, actor=admin)
    room = create_shared_service(
        session,
        name="Atelier",
        category="Salles",
        unit="hour",
        unit_price_cents=0,
        bookable=True,
        capacity=2,
        site_id=None,
        actor=admin,
    )
    booking = create_booking(
        session,
        service_id=room.id,
        starts_at=at(9),
        ends_at=at(10),
        entrepreneur_id=people["Martin"],
        actor=admin,
    )
    item = create_action_item(
        session, entrepreneur_id=people["Martin"], text="Relancer", actor=admin
    )
    event = new_event(session, admin, site_id=avi.id)
    calls = {
        "Coaching session": lambda: get_coaching_session(
            session, net["sessions"]["Martin"], actor=local
        ),
        "Milestone": lambda: get_milestone(session, net["milestones"]["Martin"], actor=local),
        "Booking": lambda: get_booking(session, booking.id, actor=local),
        "Action item": lambda: get_action_item(session, item.id, actor=local),
        "Event": lambda: event_detail(session, event, actor=local),
    }
    for what, call in calls.items():
        text = _refused(call, what, "site Avignon", "coach-mrs-only")
        assert "Martin" not in text
    # Their own site's records open.
    assert get_milestone(session, net["milestones"]["Durand"], actor=local).title == "Bilan"
    assert get_coaching_session(session, net["sessions"]["Durand"], actor=local)
