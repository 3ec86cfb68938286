"""Funders, grants, reporting deadlines, and attribution of entrepreneurs and sessions."""

from __future__ import annotations

from datetime import date

import pytest
from factories import audit_actions, audit_rows, count, make_actor, make_coach, make_entrepreneur

from incubator_app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from incubator_app.models import Funder, FunderKind, Grant, GrantDeadline
from incubator_app.services.coaching.sessions import log_coaching_session
from incubator_app.services.funding.grants import (
    add_grant_deadline,
    attribute_entrepreneurs,
    attribute_sessions,
    create_funder,
    create_grant,
    delete_grant_deadline,
    get_funder,
    get_grant,
    grants_of_entrepreneur,
    list_funders,
    list_grant_beneficiaries,
    list_grant_deadlines,
    list_grant_sessions,
    list_grants,
    unattribute_entrepreneurs,
    unattribute_sessions,
    update_funder,
    update_grant,
    update_grant_deadline,
)

pytestmark = pytest.mark.core


def _grant(session, actor, funder_id, reference="CONV-2026-01", **kw):
    return create_grant(
        session,
        funder_id=funder_id,
        reference=reference,
        title=kw.pop("title", "Accompagnement des porteurs"),
        amount_cents=kw.pop("amount_cents", 2_500_000),
        period_start=kw.pop("period_start", date(2026, 1, 1)),
        period_end=kw.pop("period_end", date(2026, 12, 31)),
        actor=actor,
    )


def test_funder_crud_uniqueness_and_validation(session, admin):
    f = create_funder(
        session, name="Région Sud", kind="region", contact_email="a@b.fr", actor=admin
    )
    assert f.kind is FunderKind.REGION and f.version_id == 1
    with pytest.raises(ConflictError) as err:
        create_funder(session, name="région sud", kind="region", actor=admin)
    assert "région sud" in str(err.value)
    with pytest.raises(ValidationError) as err:
        create_funder(session, name=" ", kind="bank", contact_email="nope", actor=admin)
    assert set(err.value.field_errors) == {"name", "kind", "contact_email"}
    assert count(session, Funder) == 1
    drac = create_funder(session, name="DRAC PACA", kind=FunderKind.STATE, actor=admin)
    with pytest.raises(ConflictError):
        update_funder(session, drac.id, expected_version=1, actor=admin, name="Région Sud")
    renamed = update_funder(session, drac.id, expected_version=1, actor=admin, notes="Appel 2026")
    assert renamed.notes == "Appel 2026" and renamed.version_id == 2
    with pytest.raises(ConflictError):
        update_funder(session, drac.id, expected_version=1, actor=admin, notes="perdu")
    assert [x.name for x in list_funders(session, actor=admin)] == ["DRAC PACA", "Région Sud"]
    assert [x.name for x in list_funders(session, actor=admin, kind="state")] == ["DRAC PACA"]
    assert get_funder(session, drac.id, actor=admin).notes == "Appel 2026"
    assert audit_actions(session, "funder", drac.id) == ["create", "update"]


def test_grant_reference_unique_per_funder_and_period_order(session, admin):
    region = create_funder(session, name="Région Sud", kind="region", actor=admin)
    city = create_funder(session, name="Ville de Marseille", kind="municipality", actor=admin)
    g = _grant(session, admin, region.id)
    assert (g.amount_cents, g.beneficiary_count, g.session_count) == (2_500_000, 0, 0)
    with pytest.raises(ConflictError):
        _grant(session, admin, region.id)
    _grant(session, admin, city.id)  # same reference, other funder: fine
    with pytest.raises(ValidationError) as err:
        _grant(
            session,
            admin,
            region.id,
            reference="",
            amount_cents=-5,
            period_start=date(2026, 6, 1),
            period_end=date(2026, 1, 1),
        )
    assert set(err.value.field_errors) == {"reference", "amount_cents"}
    with pytest.raises(ValidationError) as err:
        _grant(
            session,
            admin,
            region.id,
            "X",
            period_start=date(2026, 6, 1),
            period_end=date(2026, 1, 1),
        )
    assert set(err.value.field_errors) == {"period_end"}
    with pytest.raises(ValidationError) as err:
        _grant(session, admin, 999, "Y")
    assert set(err.value.field_errors) == {"funder_id"}
    assert count(session, Grant) == 2
    with pytest.raises(ValidationError) as err:
        update_grant(session, g.id, expected_version=1, actor=admin, period_end=date(2025, 12, 31))
    assert set(err.value.field_errors) == {"period_end"}
    updated = update_grant(session, g.id, expected_version=1, actor=admin, amount_cents=3_000_000)
    assert updated.amount_cents == 3_000_000 and updated.version_id == 2
    with pytest.raises(ConflictError):
        update_grant(session, g.id, expected_version=1, actor=admin, title="perdu")
    assert [x.id for x in list_grants(session, actor=admin, funder_id=region.id)] == [g.id]
    assert len(list_grants(session, actor=admin, active_on=date(2026, 7, 1))) == 2
    assert list_grants(session, actor=admin, active_on=date(2027, 1, 1)) == []
    assert audit_actions(session, "grant_agreement", g.id) == ["create", "update"]


def test_deadlines(session, admin):
    region = create_funder(session, name="Région Sud", kind="region", actor=admin)
    g = _grant(session, admin, region.id)
    with pytest.raises(ValidationError) as err:
        add_grant_deadline(session, g.id, label="", due_on="30/06", actor=admin)
    assert set(err.value.field_errors) == {"label", "due_on"}
    with pytest.raises(NotFound):
        add_grant_deadline(session, 999, label="Bilan", due_on=date(2026, 6, 30), actor=admin)
    final = add_grant_deadline(
        session, g.id, label="Bilan final", due_on=date(2027, 3, 31), actor=admin
    )
    mid = add_grant_deadline(
        session, g.id, label="Bilan intermédiaire", due_on=date(2026, 7, 15), actor=admin
    )
    assert [d.id for d in list_grant_deadlines(session, actor=admin, grant_id=g.id)] == [
        mid.id,
        final.id,
    ]
    sent = update_grant_deadline(
        session, mid.id, expected_version=1, actor=admin, submitted_on=date(2026, 7, 10)
    )
    assert sent.submitted_on == date(2026, 7, 10) and sent.version_id == 2
    with pytest.raises(ConflictError):
        update_grant_deadline(session, mid.id, expected_version=1, actor=admin, label="x")
    assert [d.id for d in list_grant_deadlines(session, actor=admin, pending_only=True)] == [
        final.id
    ]
    delete_grant_deadline(session, final.id, expected_version=1, actor=admin)
    assert count(session, GrantDeadline) == 1
    assert audit_actions(session, "grant_deadline", mid.id) == ["create", "update"]
    assert audit_actions(session, "grant_deadline", final.id) == ["create", "delete"]


def test_attribute_and_unattribute(session, admin):
    region = create_funder(session, name="Région Sud", kind="region", actor=admin)
    g = _grant(session, admin, region.id)
    coach = make_coach(session)
    a, b = make_entrepreneur(session), make_entrepreneur(session)
    inside = log_coaching_session(
        session,
        session_date=date(2026, 5, 1),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[a.id],
        actor=admin,
    )
    before = log_coaching_session(
        session,
        session_date=date(2025, 12, 20),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[a.id],
        actor=admin,
    )
    assert attribute_entrepreneurs(session, g.id, [a.id, b.id], actor=admin) == [a.id, b.id]
    assert attribute_entrepreneurs(session, g.id, [a.id], actor=admin) == []  # idempotent
    with pytest.raises(ValidationError) as err:
        attribute_entrepreneurs(session, g.id, [a.id, 999], actor=admin)
    assert set(err.value.field_errors) == {"entrepreneur_ids"}
    with pytest.raises(ValidationError) as err:
        attribute_sessions(session, g.id, [inside.id, before.id], actor=admin)
    assert set(err.value.field_errors) == {"session_ids"}
    assert list_grant_sessions(session, g.id, actor=admin) == []  # all or nothing
    assert attribute_sessions(session, g.id, [inside.id], actor=admin) == [inside.id]
    view = get_grant(session, g.id, actor=admin)
    assert (view.beneficiary_count, view.session_count) == (2, 1)
    assert [x.id for x in grants_of_entrepreneur(session, b.id, actor=admin)] == [g.id]
    assert unattribute_entrepreneurs(session, g.id, [b.id, 999], actor=admin) == [b.id]
    assert list_grant_beneficiaries(session, g.id, actor=admin) == [a.id]
    assert unattribute_sessions(session, g.id, [inside.id], actor=admin) == [inside.id]
    assert get_grant(session, g.id, actor=admin).session_count == 0
    actions = audit_actions(session, "grant_agreement", g.id)
    assert actions == ["create", "attribute", "attribute", "unattribute", "unattribute"]
    changes = [r.changes for r in audit_rows(session, "grant_agreement", g.id)[1:]]
    assert changes == [
        {"entrepreneur_id": [a.id, b.id]},
        {"session_id": [inside.id]},
        {"entrepreneur_id": [b.id]},
        {"session_id": [inside.id]},
    ]


def test_viewer_and_coach_change_nothing(session, admin):
    region = create_funder(session, name="Région Sud", kind="region", actor=admin)
    g = _grant(session, admin, region.id)
    d = add_grant_deadline(session, g.id, label="Bilan", due_on=date(2026, 6, 30), actor=admin)
    person = make_entrepreneur(session)
    attribute_entrepreneurs(session, g.id, [person.id], actor=admin)
    for role in ("viewer", "coach"):
        actor = make_actor(session, role)
        calls = [
            lambda a=actor: create_funder(session, name="X", kind="other", actor=a),
            lambda a=actor: update_funder(
                session, region.id, expected_version=1, actor=a, notes="x"
            ),
            lambda a=actor: _grant(session, a, region.id, "Z"),
            lambda a=actor: update_grant(session, g.id, expected_version=1, actor=a, title="x"),
            lambda a=actor: add_grant_deadline(
                session, g.id, label="x", due_on=date(2026, 1, 1), actor=a
            ),
            lambda a=actor: update_grant_deadline(
                session, d.id, expected_version=1, actor=a, label="x"
            ),
            lambda a=actor: delete_grant_deadline(session, d.id, expected_version=1, actor=a),
            lambda a=actor: attribute_entrepreneurs(session, g.id, [person.id], actor=a),
            lambda a=actor: unattribute_entrepreneurs(session, g.id, [person.id], actor=a),
            lambda a=actor: attribute_sessions(session, g.id, [], actor=a),
            lambda a=actor: unattribute_sessions(session, g.id, [], actor=a),
        ]
        for call in calls:
            with pytest.raises(PermissionDenied):
                call()
    assert (count(session, Funder), count(session, Grant), count(session, GrantDeadline)) == (
        1,
        1,
        1,
    )
    assert list_grant_beneficiaries(session, g.id, actor=admin) == [person.id]
    staff = make_actor(session, "staff")
    assert create_funder(session, name="Fondation", kind="foundation", actor=staff).id
