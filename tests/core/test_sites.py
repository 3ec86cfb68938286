"""Sites of a network: sites and memberships, the sites a person sees, the entrepreneurs list
filtered by site (and not on a single-site install), audited moves between sites."""

from __future__ import annotations

import pytest
from helpers_people import make_actor, make_entrepreneur
from sqlalchemy import select

from incubator_app.errors import NotFound, PermissionDenied, ValidationError
from incubator_app.models import AuditEntry, Entrepreneur, Role
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter, EntrepreneurListSource
from incubator_app.services.entrepreneurs.records import get_entrepreneur
from incubator_app.services.paging import SortOrder
from incubator_app.services.sites.members import (
    add_member,
    list_members,
    remove_member,
    sites_of,
)
from incubator_app.services.sites.moves import move_entrepreneur
from incubator_app.services.sites.records import (
    create_site,
    find_site,
    is_multi_site,
    list_sites,
    set_site_active,
    update_site,
)

pytestmark = pytest.mark.core


def _names(session, actor, **flt) -> list[str]:
    source = EntrepreneurListSource(EntrepreneurFilter(active_only=False, **flt), actor)
    rows = source.fetch(session, SortOrder(), 0, 100)
    assert source.count(session) == len(rows)
    return [r.last_name for r in rows]


@pytest.fixture
def network(session, admin):
    """Two sites, a coach of Marseille, a staff member of both, people on each site."""
    mrs = create_site(session, name="Marseille", code="mrs", commune="Marseille", actor=admin)
    avi = create_site(session, name="Avignon", code="AVI", actor=admin)
    coach = make_actor(session, Role.COACH, "coach-mrs")
    staff = make_actor(session, Role.STAFF, "staff-both")
    add_member(session, mrs.id, coach.user_id, Role.COACH, actor=admin)
    add_member(session, mrs.id, staff.user_id, Role.STAFF, actor=admin)
    add_member(session, avi.id, staff.user_id, Role.STAFF, actor=admin)
    people = {}
    for last, site in (("Durand", mrs), ("Martin", avi), ("Bernard", None)):
        person = make_entrepreneur(session, admin, last_name=last)
        if site is not None:
            move_entrepreneur(session, person.id, site.id, actor=admin)
        people[last] = person.id
    return mrs, avi, coach, staff, people


def test_single_site_install_filters_nothing(session, admin):
    coach = make_actor(session, Role.COACH, "coach-one")
    make_entrepreneur(session, admin, last_name="Durand")
    assert not is_multi_site(session)
    assert sites_of(session, coach) is None
    one = create_site(session, name="Siège", code="HQ", actor=admin)
    add_member(session, one.id, coach.user_id, Role.COACH, actor=admin)
    # One site is still a single-site install: everyone sees everyone.
    assert not is_multi_site(session)
    assert sites_of(session, coach) is None
    assert _names(session, coach) == ["Durand"]


def test_sites_created_renamed_deactivated(session, admin, network):
    mrs, avi, *_ = network
    assert mrs.code == "MRS"
    rows = list_sites(session, actor=admin)
    assert [(r.name, r.members, r.entrepreneurs) for r in rows] == [
        ("Avignon", 1, 1),
        ("Marseille", 2, 1),
    ]
    renamed = update_site(
        session, avi.id, name="Avignon Nord", expected_version=avi.version_id, actor=admin
    )
    assert find_site(session, "avi").name == "Avignon Nord"
    with pytest.raises(ValidationError) as err:
        update_site(session, avi.id, code="mrs", expected_version=renamed.version_id, actor=admin)
    assert "code" in err.value.field_errors
    with pytest.raises(ValidationError):
        create_site(session, name=" ", code="X", actor=admin)
    set_site_active(session, avi.id, active=False, expected_version=renamed.version_id, actor=admin)
    assert [r.name for r in list_sites(session, actor=admin)] == ["Marseille"]
    assert not is_multi_site(session)


def test_only_admins_manage_sites(session, network):
    mrs, _avi, coach, staff, _ = network
    for who in (coach, staff):
        with pytest.raises(PermissionDenied):
            create_site(session, name="Arles", code="ARL", actor=who)
        with pytest.raises(PermissionDenied):
            add_member(session, mrs.id, who.user_id, Role.ADMIN, actor=who)


def test_memberships_and_the_sites_each_person_sees(session, admin, network):
    mrs, avi, coach, staff, _ = network
    assert sites_of(session, coach) == (mrs.id,)
    assert sites_of(session, staff) == tuple(sorted((mrs.id, avi.id)))
    assert sites_of(session, admin) is None  # network level
    members = list_members(session, mrs.id, actor=admin)
    assert [(m.login, m.role) for m in members] == [
        ("coach-mrs", Role.COACH),
        ("staff-both", Role.STAFF),
    ]
    # Adding again changes the role; removing leaves the other site.
    add_member(session, avi.id, staff.user_id, Role.VIEWER, actor=admin)
    assert [m.role for m in list_members(session, avi.id, actor=admin)] == [Role.VIEWER]
    remove_member(session, list_members(session, avi.id, actor=admin)[0].id, actor=admin)
    assert sites_of(session, staff) == (mrs.id,)


def test_list_defaults_to_the_users_sites(session, admin, network):
    mrs, avi, coach, staff, _ = network
    assert _names(session, coach) == ["Durand"]
    assert _names(session, staff) == ["Durand", "Martin"]
    assert _names(session, admin) == ["Bernard", "Durand", "Martin"]
    assert _names(session, admin, site_id=avi.id) == ["Martin"]
    assert _names(session, staff, site_id=mrs.id) == ["Durand"]
    # A site one does not work on shows nobody, whatever is asked.
    assert _names(session, coach, site_id=avi.id) == []


def test_move_is_audited_with_from_and_to(session, admin, network):
    mrs, avi, coach, staff, people = network
    person = get_entrepreneur(session, people["Durand"], actor=admin)
    assert person.site_id == mrs.id
    assert move_entrepreneur(
        session, person.id, avi.id, expected_version=person.version_id, actor=staff
    )
    assert not move_entrepreneur(session, person.id, avi.id, actor=staff)
    entry = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == "entrepreneur", AuditEntry.action == "move_site")
        .order_by(AuditEntry.id.desc())
    ).first()
    assert entry.entity_id == person.id and entry.user_login == "staff-both"
    assert entry.changes == {"site_id": [mrs.id, avi.id], "site": ["Marseille", "Avignon"]}
    assert _names(session, coach) == []
    # The coach of Marseille may not move Avignon's people (nor edit anyone: coach role).
    with pytest.raises(PermissionDenied):
        move_entrepreneur(session, person.id, mrs.id, actor=coach)
    with pytest.raises(NotFound):
        move_entrepreneur(session, person.id, 999_999, actor=admin)


def test_new_people_go_to_the_creators_site(session, admin, network):
    mrs, avi, coach, staff, _ = network
    solo = make_actor(session, Role.STAFF, "staff-avi")
    add_member(session, avi.id, solo.user_id, Role.STAFF, actor=admin)
    added = make_entrepreneur(session, solo, last_name="Petit")
    assert session.get(Entrepreneur, added.id).site_id == avi.id
    # Two sites: the first of them (on no site, they would no longer see the person).
    assert make_entrepreneur(session, staff, last_name="Roux").site_id == min(mrs.id, avi.id)
    # Network level: no site chosen for them.
    assert make_entrepreneur(session, admin, last_name="Blanc").site_id is None
    # Someone of one site does not send people to a site that is not theirs.
    with pytest.raises(PermissionDenied):
        move_entrepreneur(session, added.id, mrs.id, actor=solo)
    with pytest.raises(PermissionDenied):
        move_entrepreneur(session, added.id, None, actor=solo)
    assert session.get(Entrepreneur, added.id).site_id == avi.id


def test_funder_figures_of_one_site_add_up_to_the_network(session, admin):
    """The hand-counted grant of funder_fixture.py split over two sites: each site's figures
    count its own beneficiaries only, and the two add up to the consolidated figures."""
    from funder_fixture import PERIOD, build_funder_fixture

    from incubator_app.models import grant_beneficiary
    from incubator_app.services.reporting.funder_kpis import funder_kpis

    fx = build_funder_fixture(session)
    mrs = create_site(session, name="Marseille", code="MRS", actor=admin)
    avi = create_site(session, name="Avignon", code="AVI", actor=admin)
    people = session.scalars(
        select(grant_beneficiary.c.entrepreneur_id)
        .where(grant_beneficiary.c.grant_id == fx.grant_id)
        .order_by(grant_beneficiary.c.entrepreneur_id)
    ).all()
    for index, person_id in enumerate(people):
        move_entrepreneur(session, person_id, (mrs, avi)[index % 2].id, actor=admin)
    start, end = PERIOD
    whole = funder_kpis(session, fx.grant_id, start, end, actor=admin)
    parts = [
        funder_kpis(session, fx.grant_id, start, end, actor=admin, site_id=site.id)
        for site in (mrs, avi)
    ]
    assert [p.beneficiaries for p in parts] == [(len(people) + 1) // 2, len(people) // 2]
    for field in (
        "beneficiaries",
        "people_supported",
        "admissions",
        "incubations",
        "participant_minutes",
    ):
        assert sum(getattr(p, field) for p in parts) == getattr(whole, field), field
    assert whole.people_supported > 0 and all(p.people_supported for p in parts)
