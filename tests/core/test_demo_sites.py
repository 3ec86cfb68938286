"""The demo's sites: a network writes one site per incubator with its staff and coaches as
members and every entrepreneur on one of them; a single incubator writes none. The network
scale itself (50,000 people) is too big for a test: a small scale with three sites stands in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from incubator_app.db.migrate import open_database
from incubator_app.demo import generate_demo
from incubator_app.demo.places import SITES
from incubator_app.demo.scales import SCALES
from incubator_app.demo.sites import site_code
from incubator_app.models import (
    Entrepreneur,
    Event,
    Registration,
    Role,
    SharedService,
    Site,
    SiteMembership,
    User,
)
from incubator_app.services.administration.users import actor_for_user
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter, EntrepreneurListSource
from incubator_app.services.shared_services.catalogue import list_shared_services
from incubator_app.services.sites.members import sites_of
from incubator_app.services.sites.records import is_multi_site

pytestmark = pytest.mark.core
REFERENCE = date(2026, 11, 18)


def test_the_25_network_sites_have_distinct_codes():
    taken: set[str] = set()
    codes = [site_code(site.name, taken) for site in SITES]
    assert len(set(codes)) == len(codes) == SCALES["network"].sites == 25
    assert codes[:2] == ["MARS", "NICE"]


def test_single_incubator_demo_has_no_site(db_url):
    generate_demo(db_url, seed=1, scale="small", reference_date=REFERENCE)
    db = open_database(db_url, create=False)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Site)) == 0
            assert s.scalar(select(func.count()).where(Entrepreneur.site_id.is_not(None))) == 0
    finally:
        db.dispose()


def test_network_demo_spreads_people_over_its_sites(db_url, monkeypatch):
    monkeypatch.setitem(SCALES, "small", replace(SCALES["small"], sites=3, entrepreneurs=60))
    generate_demo(db_url, seed=1, scale="small", reference_date=REFERENCE)
    db = open_database(db_url, create=False)
    try:
        with db.session() as s:
            assert is_multi_site(s)
            names = s.scalars(select(Site.name).order_by(Site.id)).all()
            assert names == ["Marseille", "Nice", "Toulon"]
            per_site = dict(
                s.execute(
                    select(Entrepreneur.site_id, func.count()).group_by(Entrepreneur.site_id)
                ).all()
            )
            assert None not in per_site and len(per_site) == 3 and min(per_site.values()) > 5
            # Each site: its staff (2) and its coaches with an account, nobody on two sites.
            roles = dict(
                s.execute(
                    select(SiteMembership.role, func.count()).group_by(SiteMembership.role)
                ).all()
            )
            assert roles[Role.STAFF] == 3 * 2 and roles[Role.COACH] >= 3
            one = s.scalars(
                select(User).join(SiteMembership, SiteMembership.user_id == User.id).limit(1)
            ).one()
            actor = actor_for_user(s, one.id)
            (site_id,) = sites_of(s, actor)
            source = EntrepreneurListSource(EntrepreneurFilter(active_only=False), actor)
            assert source.count(s) == per_site[site_id]
            # Rooms are each in one site's building, the other services the network's: a
            # site's people see their own rooms and the network's services.
            rooms = dict(
                s.execute(
                    select(SharedService.site_id, func.count())
                    .where(SharedService.bookable)
                    .group_by(SharedService.site_id)
                ).all()
            )
            assert None not in rooms and len(rooms) == 3
            shown = list_shared_services(s, actor=actor)
            assert {v.site_id for v in shown} == {None, site_id}
            assert sum(1 for v in shown if v.bookable) == rooms[site_id]
            # Events too: most are one site's, registering that site's people (and
            # contacts); about one in ten is the whole network's, and so are the courses.
            events = dict(
                s.execute(
                    select(Event.site_id, func.count())
                    .where(Event.course_id.is_(None))
                    .group_by(Event.site_id)
                ).all()
            )
            assert set(events) == {None, *per_site} and min(events.values()) > 0
            assert events[None] < sum(events.values()) / 4
            strangers = s.scalar(
                select(func.count())
                .select_from(Registration)
                .join(Event, Event.id == Registration.event_id)
                .join(Entrepreneur, Entrepreneur.id == Registration.entrepreneur_id)
                .where(Event.site_id.is_not(None), Event.site_id != Entrepreneur.site_id)
            )
            assert strangers == 0
            assert s.scalar(
                select(func.count())
                .select_from(Registration)
                .where(Registration.entrepreneur_id.is_not(None))
            )
    finally:
        db.dispose()
