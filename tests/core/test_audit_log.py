"""Reading the audit trail: newest first, filters, limit, who may read it."""

from __future__ import annotations

from datetime import date

import pytest
from helpers_people import make_actor, make_entrepreneur

from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.models import Role
from incubator_app.services.administration.audit_log import list_audit
from incubator_app.services.entrepreneurs.cohorts import create_cohort
from incubator_app.services.entrepreneurs.records import update_entrepreneur

pytestmark = pytest.mark.core


def test_newest_first_with_filters_and_limit(session, admin) -> None:
    staff = make_actor(session, Role.STAFF, "lea")
    person = make_entrepreneur(session, admin)
    other = make_entrepreneur(session, admin, first_name="Paul")
    update_entrepreneur(
        session, person.id, expected_version=person.version_id, actor=staff, commune="Marseille"
    )
    create_cohort(session, name="Promo 2026", start_date=date(2026, 1, 5), actor=staff)

    everything = list_audit(session, actor=admin)
    assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)
    assert (everything[0].entity, everything[0].action, everything[0].user_login) == (
        "cohort",
        "create",
        "lea",
    )

    trail = list_audit(session, entity="entrepreneur", entity_id=person.id, actor=staff)
    assert [e.action for e in trail] == ["update", "create"]
    assert trail[0].changes == {"commune": [None, "Marseille"]}
    assert trail[0].user_id == staff.user_id
    assert trail[1].changes["first_name"] == "Hélène"
    assert all(e.entity_id == person.id for e in trail)
    assert other.id not in {e.entity_id for e in trail}

    assert [e.user_login for e in list_audit(session, user_login="lea", actor=admin)] == [
        "lea",
        "lea",
    ]
    assert len(list_audit(session, limit=2, actor=admin)) == 2


def test_limit_is_validated(session, admin) -> None:
    with pytest.raises(ValidationError) as err:
        list_audit(session, limit=0, actor=admin)
    assert set(err.value.field_errors) == {"limit"}


@pytest.mark.parametrize("role", [Role.VIEWER, Role.COACH])
def test_viewer_and_coach_cannot_read_the_trail(session, admin, role) -> None:
    make_entrepreneur(session, admin)
    someone = make_actor(session, role)
    with pytest.raises(PermissionDenied):
        list_audit(session, actor=someone)
