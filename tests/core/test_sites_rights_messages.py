"""A site role's refusal says in words what may not be done there, in the reader's language,
never the permission's internal name (services/sites/rights.py)."""

from __future__ import annotations

import pytest
from helpers_people import make_actor

from incubator_app.errors import PermissionDenied
from incubator_app.i18n import set_core_language
from incubator_app.models import Role
from incubator_app.services.actor import Permission
from incubator_app.services.sites.members import add_member
from incubator_app.services.sites.records import create_site
from incubator_app.services.sites.rights import PERMISSION_LABELS, require_on_site

pytestmark = pytest.mark.core


@pytest.fixture
def english():
    set_core_language("en")
    yield
    set_core_language("en")


def _refusal(session, actor, site_id) -> str:
    with pytest.raises(PermissionDenied) as refused:
        require_on_site(session, actor, Permission.EDIT_ENTREPRENEURS, site_id)
    return str(refused.value)


def test_the_refusals_name_the_permission_in_words(session, admin, english):
    mrs = create_site(session, name="Marseille", code="mrs", actor=admin)
    create_site(session, name="Avignon", code="avi", actor=admin)
    staff = make_actor(session, Role.STAFF, "lea")
    add_member(session, mrs.id, staff.user_id, Role.VIEWER, actor=admin)
    on_site, on_network = _refusal(session, staff, mrs.id), _refusal(session, staff, None)
    assert on_site.endswith("they may not do this there (change the entrepreneurs' records).")
    assert "on any of their sites (change the entrepreneurs' records)" in on_network
    set_core_language("fr")
    on_site, on_network = _refusal(session, staff, mrs.id), _refusal(session, staff, None)
    assert "(modifier les fiches des entrepreneur·es)" in on_site
    assert "(modifier les fiches des entrepreneur·es)" in on_network
    for text in (on_site, on_network):
        assert "edit_entrepreneurs" not in text


def test_every_permission_has_words():
    assert set(PERMISSION_LABELS) == set(Permission)
