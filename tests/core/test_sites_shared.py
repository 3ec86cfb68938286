"""Services, rooms and events of a network's sites (issue 18): each belongs to a site or, with
no site, to the whole network; lists show the site picked or the person's own sites, always
with the network's; new ones go to their creator's site unless another is chosen."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from helpers_people import make_actor

from incubator_app import clock
from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.models import Event, Role, SharedService
from incubator_app.services.events.list import EventFilter, EventListSource
from incubator_app.services.events.records import create_event, update_event
from incubator_app.services.paging import SortOrder
from incubator_app.services.shared_services.bookings import list_bookable_resources
from incubator_app.services.shared_services.catalogue import (
    create_shared_service,
    list_shared_services,
    update_shared_service,
)
from incubator_app.services.sites.members import add_member
from incubator_app.services.sites.records import create_site, set_site_active

pytestmark = [pytest.mark.core, pytest.mark.clock("2026-11-02 09:00")]


def _titles(session, actor, **flt) -> list[str]:
    source = EventListSource(actor, EventFilter(**flt))
    rows = source.fetch(session, SortOrder(), 0, 100)
    assert source.count(session) == len(rows)
    return sorted(r.title for r in rows)


def _event(session, actor, title: str, **fields) -> int:
    starts = datetime(2026, 12, 1, 14, tzinfo=clock.zone())
    return create_event(
        session,
        title=title,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        capacity=10,
        actor=actor,
        **fields,
    )


@pytest.fixture
def network(session, admin, frozen_clock):
    mrs = create_site(session, name="Marseille", code="MRS", actor=admin)
    avi = create_site(session, name="Avignon", code="AVI", actor=admin)
    staff_mrs = make_actor(session, Role.STAFF, "staff-mrs")
    staff_avi = make_actor(session, Role.STAFF, "staff-avi")
    add_member(session, mrs.id, staff_mrs.user_id, Role.STAFF, actor=admin)
    add_member(session, avi.id, staff_avi.user_id, Role.STAFF, actor=admin)
    return mrs.id, avi.id, staff_mrs, staff_avi


def test_events_go_to_their_creators_site_and_lists_show_ones_sites(session, admin, network):
    mrs, avi, staff_mrs, staff_avi = network
    here = _event(session, staff_mrs, "Atelier à Marseille")
    _event(session, staff_avi, "Atelier à Avignon")
    _event(session, admin, "Rencontre du réseau")  # an administrator's: the network's
    assert session.get(Event, here).site_id == mrs
    assert _titles(session, staff_mrs) == ["Atelier à Marseille", "Rencontre du réseau"]
    assert _titles(session, staff_avi) == ["Atelier à Avignon", "Rencontre du réseau"]
    assert len(_titles(session, admin)) == 3
    # The administrator picks a site: its events and the network's.
    assert _titles(session, admin, site_id=avi) == ["Atelier à Avignon", "Rencontre du réseau"]
    # Someone of Marseille picking Avignon (a forged filter) sees nothing of it.
    assert _titles(session, staff_mrs, site_id=avi) == []
    # Chosen explicitly: the network's, or a site of one's own, not another's.
    shared = _event(session, staff_mrs, "Visite commune", site_id=None)
    assert session.get(Event, shared).site_id is None
    with pytest.raises(PermissionDenied):
        _event(session, staff_mrs, "Chez les voisins", site_id=avi)
    with pytest.raises(PermissionDenied):
        update_event(session, here, {"site_id": avi}, actor=staff_mrs)
    update_event(session, here, {"site_id": avi}, actor=admin)
    assert session.get(Event, here).site_id == avi
    with pytest.raises(ValidationError):
        update_event(session, here, {"site_id": 999_999}, actor=admin)


def test_services_and_rooms_of_a_site(session, admin, network):
    mrs, avi, staff_mrs, staff_avi = network
    room = create_shared_service(
        session,
        name="Studio de Marseille",
        category="Rehearsal room",
        unit="hour",
        unit_price_cents=1500,
        bookable=True,
        actor=staff_mrs,
    )
    assert room.site_id == mrs
    create_shared_service(
        session,
        name="Salle d'Avignon",
        category="Rehearsal room",
        unit="hour",
        unit_price_cents=1500,
        bookable=True,
        actor=staff_avi,
    )
    create_shared_service(
        session,
        name="Expertise comptable",
        category="Accounting",
        unit="hour",
        unit_price_cents=6000,
        actor=admin,
    )
    names = lambda actor, **kw: [s.name for s in list_shared_services(session, actor=actor, **kw)]  # noqa: E731
    assert names(staff_mrs) == ["Expertise comptable", "Studio de Marseille"]
    assert len(names(admin)) == 3
    assert names(admin, site_id=avi) == ["Expertise comptable", "Salle d'Avignon"]
    rooms = [r.name for r in list_bookable_resources(session, actor=staff_avi)]
    assert rooms == ["Salle d'Avignon"]
    with pytest.raises(PermissionDenied):
        update_shared_service(session, room.id, expected_version=None, site_id=avi, actor=staff_mrs)
    moved = update_shared_service(
        session, room.id, expected_version=None, site_id=None, actor=staff_mrs
    )
    assert moved.site_id is None
    assert session.get(SharedService, room.id).site_id is None


def test_below_two_sites_every_list_shows_everything(session, admin, network):
    mrs, avi, staff_mrs, staff_avi = network
    _event(session, staff_avi, "Atelier à Avignon")
    set_site_active(session, mrs, active=False, expected_version=None, actor=admin)
    # One active site left: no network, nothing filtered, nothing given a site.
    assert _titles(session, staff_mrs) == ["Atelier à Avignon"]
    assert session.get(Event, _event(session, staff_avi, "Deuxième")).site_id is None
