"""Monthly revenue per entrepreneur and channel: upsert, month normalisation, SQL totals."""

from __future__ import annotations

from datetime import date

import pytest
from factories import audit_actions, audit_rows, count, make_actor, make_entrepreneur

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import Revenue, RevenueChannel
from incubator_app.services.shared_services.revenue import (
    delete_revenue,
    get_revenue,
    list_revenue,
    record_revenue,
    revenue_total,
)

pytestmark = pytest.mark.core


def test_record_normalises_month_and_upserts(session, admin):
    person = make_entrepreneur(session)
    first = record_revenue(
        session,
        entrepreneur_id=person.id,
        month=date(2026, 3, 17),
        amount_cents=120_000,
        actor=admin,
    )
    assert first.month == date(2026, 3, 1) and first.channel is RevenueChannel.INCUBATOR
    same = record_revenue(
        session,
        entrepreneur_id=person.id,
        month=date(2026, 3, 31),
        amount_cents=150_000,
        actor=admin,
    )
    assert same.id == first.id and same.amount_cents == 150_000 and same.version_id == 2
    own = record_revenue(
        session,
        entrepreneur_id=person.id,
        month=date(2026, 3, 2),
        amount_cents=30_000,
        channel="own",
        actor=admin,
    )
    assert own.id != first.id
    assert count(session, Revenue) == 2
    assert audit_actions(session, "revenue", first.id) == ["create", "update"]
    assert audit_rows(session, "revenue", first.id)[1].changes == {
        "amount_cents": [120_000, 150_000]
    }
    # Same amount again: no change, no audit row, no new version.
    unchanged = record_revenue(
        session,
        entrepreneur_id=person.id,
        month=date(2026, 3, 1),
        amount_cents=150_000,
        actor=admin,
    )
    assert unchanged.version_id == 2
    assert audit_actions(session, "revenue", first.id) == ["create", "update"]


def test_upsert_respects_expected_version(session, admin):
    person = make_entrepreneur(session)
    row = record_revenue(
        session, entrepreneur_id=person.id, month=date(2026, 1, 1), amount_cents=100, actor=admin
    )
    record_revenue(
        session,
        entrepreneur_id=person.id,
        month=date(2026, 1, 1),
        amount_cents=200,
        expected_version=row.version_id,
        actor=admin,
    )
    with pytest.raises(ConflictError):
        record_revenue(
            session,
            entrepreneur_id=person.id,
            month=date(2026, 1, 1),
            amount_cents=300,
            expected_version=row.version_id,
            actor=admin,
        )
    assert get_revenue(session, row.id, actor=admin).amount_cents == 200


def test_validation(session, admin):
    person = make_entrepreneur(session)
    with pytest.raises(ValidationError) as err:
        record_revenue(
            session,
            entrepreneur_id=person.id,
            month=None,
            amount_cents=10.5,
            channel="cash",
            actor=admin,
        )
    assert set(err.value.field_errors) == {"month", "amount_cents", "channel"}
    with pytest.raises(ValidationError) as err:
        record_revenue(
            session, entrepreneur_id=person.id, month=date(2026, 1, 1), amount_cents=-1, actor=admin
        )
    assert set(err.value.field_errors) == {"amount_cents"}
    with pytest.raises(ValidationError) as err:
        record_revenue(
            session, entrepreneur_id=999, month=date(2026, 1, 1), amount_cents=1, actor=admin
        )
    assert set(err.value.field_errors) == {"entrepreneur_id"}
    assert count(session, Revenue) == 0
    assert audit_rows(session, "revenue") == []


def test_list_and_totals_per_period(session, admin):
    a, b = make_entrepreneur(session), make_entrepreneur(session)

    def put(person, month, amount, channel="incubator"):
        return record_revenue(
            session,
            entrepreneur_id=person.id,
            month=month,
            amount_cents=amount,
            channel=channel,
            actor=admin,
        )

    put(a, date(2025, 12, 1), 1_000)
    put(a, date(2026, 1, 1), 2_000)
    put(a, date(2026, 1, 1), 500, "own")
    put(a, date(2026, 2, 1), 3_000)
    put(b, date(2026, 1, 1), 7_000)
    listed = list_revenue(session, a.id, actor=admin, date_from=date(2026, 1, 15))
    assert [(r.month, r.channel.value) for r in listed] == [
        (date(2026, 1, 1), "incubator"),
        (date(2026, 1, 1), "own"),
        (date(2026, 2, 1), "incubator"),
    ]
    # Any day of a month counts the whole month.
    q1 = revenue_total(session, actor=admin, date_from=date(2026, 1, 20), date_to=date(2026, 3, 31))
    assert (q1.incubator_cents, q1.own_cents, q1.total_cents) == (12_000, 500, 12_500)
    only_a = revenue_total(session, actor=admin, entrepreneur_id=a.id)
    assert only_a.total_cents == 6_500
    empty = revenue_total(session, actor=admin, date_from=date(2030, 1, 1))
    assert empty.total_cents == 0


def test_delete_and_permissions(session, admin):
    person = make_entrepreneur(session)
    row = record_revenue(
        session, entrepreneur_id=person.id, month=date(2026, 1, 1), amount_cents=100, actor=admin
    )
    for role in ("viewer", "coach"):
        actor = make_actor(session, role)
        with pytest.raises(PermissionDenied):
            record_revenue(
                session,
                entrepreneur_id=person.id,
                month=date(2026, 1, 1),
                amount_cents=5,
                actor=actor,
            )
        with pytest.raises(PermissionDenied):
            delete_revenue(session, row.id, expected_version=1, actor=actor)
    assert get_revenue(session, row.id, actor=admin).amount_cents == 100
    with pytest.raises(ConflictError):
        delete_revenue(session, row.id, expected_version=7, actor=admin)
    delete_revenue(session, row.id, expected_version=1, actor=admin)
    assert count(session, Revenue) == 0
    assert audit_actions(session, "revenue", row.id) == ["create", "delete"]
