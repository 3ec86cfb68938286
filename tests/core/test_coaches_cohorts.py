"""Coach profiles and cohorts: validation, uniqueness, optimistic lock, audit, roles."""

from __future__ import annotations

from datetime import date

import pytest
from helpers_people import count_rows, make_actor
from sqlalchemy import select

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import AuditEntry, Coach, Cohort, Role
from incubator_app.services.coaching.coaches import (
    create_coach,
    get_coach,
    list_coaches,
    update_coach,
)
from incubator_app.services.entrepreneurs.cohorts import (
    create_cohort,
    get_cohort,
    list_cohorts,
    update_cohort,
)

pytestmark = pytest.mark.core


def test_external_expert_without_account(session, admin) -> None:
    coach = create_coach(
        session,
        display_name=" Zoé Lefèvre ",
        email="zoe@example.org",
        phone="+33 6 12 34 56 78",
        specialities="juridique, droits d'auteur",
        actor=admin,
    )
    assert (coach.display_name, coach.user_id, coach.external) == ("Zoé Lefèvre", None, True)
    assert get_coach(session, coach.id, actor=admin).specialities == "juridique, droits d'auteur"
    audit = session.scalar(select(AuditEntry).where(AuditEntry.entity == "coach"))
    assert (audit.action, audit.entity_id) == ("create", coach.id)
    assert audit.changes["display_name"] == "Zoé Lefèvre"
    assert audit.changes["external"] is True


def test_coach_linked_to_an_account_once_only(session, admin) -> None:
    staff = make_actor(session, Role.STAFF, "camille")
    coach = create_coach(session, display_name="Camille", user_id=staff.user_id, actor=admin)
    assert (coach.user_id, coach.external) == (staff.user_id, False)
    with pytest.raises(ConflictError) as err:
        create_coach(session, display_name="Camille bis", user_id=staff.user_id, actor=admin)
    assert "Camille" in str(err.value)
    with pytest.raises(ValidationError) as err:
        create_coach(session, display_name="Nobody", user_id=98765, actor=admin)
    assert set(err.value.field_errors) == {"user_id"}
    assert count_rows(session, Coach) == 1


def test_coach_field_errors_are_collected(session, admin) -> None:
    with pytest.raises(ValidationError) as err:
        create_coach(session, display_name="", email="not-an-email", phone="call me", actor=admin)
    assert set(err.value.field_errors) == {"display_name", "email", "phone"}
    assert count_rows(session, Coach) == 0


def test_coach_update_lock_and_deactivation(session, admin) -> None:
    coach = create_coach(session, display_name="Ana", actor=admin)
    other = create_coach(session, display_name="Bruno", actor=admin)
    updated = update_coach(
        session, coach.id, expected_version=coach.version_id, actor=admin, active=False
    )
    assert updated.active is False
    with pytest.raises(ConflictError):
        update_coach(
            session, coach.id, expected_version=coach.version_id, actor=admin, display_name="X"
        )
    assert [c.id for c in list_coaches(session, actor=admin)] == [other.id]
    assert {c.id for c in list_coaches(session, include_inactive=True, actor=admin)} == {
        coach.id,
        other.id,
    }
    change = session.scalar(
        select(AuditEntry).where(AuditEntry.entity_id == coach.id, AuditEntry.action == "update")
    )
    assert change.changes == {"active": [True, False]}
    with pytest.raises(ValidationError) as err:
        update_coach(session, coach.id, expected_version=None, actor=admin, version_id=7)
    assert "version_id" in err.value.field_errors


def test_staff_adds_external_coaches_viewer_and_coach_cannot(session, admin) -> None:
    staff = make_actor(session, Role.STAFF)
    assert create_coach(session, display_name="Expert", actor=staff).external is True
    for role in (Role.VIEWER, Role.COACH):
        someone = make_actor(session, role)
        before = count_rows(session, Coach)
        with pytest.raises(PermissionDenied):
            create_coach(session, display_name="Intrus", actor=someone)
        with pytest.raises(PermissionDenied):
            update_coach(session, 1, expected_version=None, actor=someone, active=False)
        assert count_rows(session, Coach) == before


def test_cohort_create_unique_name_and_list(session, admin) -> None:
    old = create_cohort(
        session, name="Promo 2025 – Théâtre", start_date=date(2025, 1, 6), actor=admin
    )
    new = create_cohort(
        session,
        name="Promo 2026",
        programme="Fabrique",
        start_date=date(2026, 1, 5),
        end_date=date(2026, 12, 18),
        actor=admin,
    )
    assert get_cohort(session, old.id, actor=admin).name == "Promo 2025 – Théâtre"
    assert old.programme == "CAPE"
    assert [c.id for c in list_cohorts(session, actor=admin)] == [new.id, old.id]
    with pytest.raises(ConflictError) as err:
        create_cohort(session, name="promo 2026", start_date=date(2026, 2, 1), actor=admin)
    assert "promo 2026" in str(err.value)
    assert count_rows(session, Cohort) == 2
    assert count_rows(session, AuditEntry, AuditEntry.entity == "cohort") == 2


def test_cohort_dates_in_order(session, admin) -> None:
    with pytest.raises(ValidationError) as err:
        create_cohort(
            session,
            name="",
            start_date=date(2026, 3, 1),
            end_date=date(2026, 2, 28),
            actor=admin,
        )
    assert set(err.value.field_errors) == {"name", "end_date"}
    cohort = create_cohort(session, name="Promo", start_date=date(2026, 3, 1), actor=admin)
    # Only the end is sent: it is still checked against the stored start.
    with pytest.raises(ValidationError) as err:
        update_cohort(
            session,
            cohort.id,
            expected_version=cohort.version_id,
            actor=admin,
            end_date=date(2026, 1, 1),
        )
    assert set(err.value.field_errors) == {"end_date"}
    session.expire_all()
    assert session.get(Cohort, cohort.id).end_date is None


def test_cohort_update_lock_rename_conflict_and_audit(session, admin) -> None:
    a = create_cohort(session, name="A", start_date=date(2026, 1, 1), actor=admin)
    create_cohort(session, name="B", start_date=date(2026, 1, 1), actor=admin)
    with pytest.raises(ConflictError):
        update_cohort(session, a.id, expected_version=a.version_id, actor=admin, name="b")
    done = update_cohort(
        session, a.id, expected_version=a.version_id, actor=admin, end_date=date(2026, 6, 30)
    )
    assert done.end_date == date(2026, 6, 30)
    with pytest.raises(ConflictError):
        update_cohort(session, a.id, expected_version=a.version_id, actor=admin, name="A2")
    audit = session.scalar(
        select(AuditEntry).where(
            AuditEntry.entity == "cohort",
            AuditEntry.entity_id == a.id,
            AuditEntry.action == "update",
        )
    )
    assert audit.changes == {"end_date": [None, "2026-06-30"]}


@pytest.mark.parametrize("role", [Role.VIEWER, Role.COACH])
def test_cohorts_are_read_only_for_viewer_and_coach(session, admin, role) -> None:
    cohort = create_cohort(session, name="Promo", start_date=date(2026, 1, 1), actor=admin)
    someone = make_actor(session, role)
    with pytest.raises(PermissionDenied):
        create_cohort(session, name="Autre", start_date=date(2026, 1, 1), actor=someone)
    with pytest.raises(PermissionDenied):
        update_cohort(session, cohort.id, expected_version=None, actor=someone, name="X")
    assert [c.name for c in list_cohorts(session, actor=someone)] == ["Promo"]
