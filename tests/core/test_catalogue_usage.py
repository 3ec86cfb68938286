"""Shared-service catalogue and usage: validation, uniqueness, frozen prices, SQL totals."""

from __future__ import annotations

from datetime import date

import pytest
from factories import audit_actions, audit_rows, count, make_actor, make_entrepreneur

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import ServiceUnit, ServiceUsage, SharedService
from incubator_app.services.shared_services.catalogue import (
    create_shared_service,
    get_shared_service,
    list_shared_services,
    update_shared_service,
)
from incubator_app.services.shared_services.usage import (
    amount_for,
    delete_service_usage,
    get_service_usage,
    list_service_usage,
    record_service_usage,
    update_service_usage,
    vat_for,
)

pytestmark = pytest.mark.core


def _service(session, actor, name="Salle de répétition", price=1250, **kw):
    return create_shared_service(
        session,
        name=name,
        category=kw.pop("category", "Salles"),
        unit=kw.pop("unit", "hour"),
        unit_price_cents=price,
        actor=actor,
        **kw,
    )


def test_create_service_and_audit(session, admin):
    s = _service(session, admin, vat_rate_bp=550, bookable=True, capacity=3)
    assert (s.unit, s.unit_price_cents, s.vat_rate_bp, s.bookable, s.capacity, s.active) == (
        ServiceUnit.HOUR,
        1250,
        550,
        True,
        3,
        True,
    )
    (row,) = audit_rows(session, "shared_service", s.id)
    assert row.action == "create" and row.changes["unit_price_cents"] == 1250


def test_service_validation_collects_fields(session, admin):
    with pytest.raises(ValidationError) as err:
        create_shared_service(
            session,
            name="",
            category=" ",
            unit="week",
            unit_price_cents=12.5,
            vat_rate_bp=10001,
            capacity=0,
            actor=admin,
        )
    assert set(err.value.field_errors) == {
        "name",
        "category",
        "unit",
        "unit_price_cents",
        "vat_rate_bp",
        "capacity",
    }
    with pytest.raises(ValidationError) as err:
        _service(session, admin, price=-1)
    assert set(err.value.field_errors) == {"unit_price_cents"}
    assert count(session, SharedService) == 0


def test_service_name_is_unique(session, admin):
    first = _service(session, admin)
    with pytest.raises(ConflictError) as err:
        _service(session, admin, name="salle de répétition")
    assert "salle de répétition" in str(err.value)
    other = _service(session, admin, name="Comptabilité", unit="month", category="Gestion")
    with pytest.raises(ConflictError):
        update_shared_service(
            session, other.id, expected_version=1, actor=admin, name="Salle de répétition"
        )
    assert count(session, SharedService) == 2
    assert get_shared_service(session, first.id, actor=admin).name == "Salle de répétition"


def test_update_service_version_and_lists(session, admin):
    s = _service(session, admin, bookable=True)
    _service(session, admin, name="Conseil juridique", category="Gestion", unit="item")
    updated = update_shared_service(
        session, s.id, expected_version=1, actor=admin, unit_price_cents=1500, active=False
    )
    assert (updated.unit_price_cents, updated.active, updated.version_id) == (1500, False, 2)
    with pytest.raises(ConflictError):
        update_shared_service(session, s.id, expected_version=1, actor=admin, capacity=4)
    with pytest.raises(ValidationError) as err:
        update_shared_service(session, s.id, expected_version=2, actor=admin, vat_rate_bp=-5)
    assert set(err.value.field_errors) == {"vat_rate_bp"}
    names = [x.name for x in list_shared_services(session, actor=admin)]
    assert names == ["Conseil juridique", "Salle de répétition"]
    assert [x.name for x in list_shared_services(session, actor=admin, active_only=True)] == [
        "Conseil juridique"
    ]
    assert [x.name for x in list_shared_services(session, actor=admin, bookable=True)] == [
        "Salle de répétition"
    ]
    assert audit_actions(session, "shared_service", s.id) == ["create", "update", "price"]


@pytest.mark.parametrize(
    ("price", "qty", "expected"),
    [(1250, 150, 1875), (333, 50, 167), (333, 150, 500), (1, 50, 1), (1, 49, 0), (999, 1, 10)],
)
def test_amount_rounds_half_up_in_integers(price, qty, expected):
    assert amount_for(price, qty) == expected


def test_vat_rounds_half_up():
    assert vat_for(1875, 2000) == 375
    assert vat_for(1, 5000) == 1  # 0.5 cent rounds up
    assert vat_for(1875, 550) == 103


def test_usage_freezes_price_and_vat(session, admin):
    service = _service(session, admin, price=1250, vat_rate_bp=2000)
    person = make_entrepreneur(session)
    usage = record_service_usage(
        session,
        service_id=service.id,
        entrepreneur_id=person.id,
        used_on=date(2026, 3, 4),
        quantity_hundredths=150,
        actor=admin,
    )
    assert (usage.unit_price_cents, usage.amount_cents, usage.vat_rate_bp) == (1250, 1875, 2000)
    assert usage.vat_cents == 375
    update_shared_service(
        session, service.id, expected_version=1, actor=admin, unit_price_cents=2000, vat_rate_bp=550
    )
    session.expire_all()
    again = get_service_usage(session, usage.id, actor=admin)
    assert (again.unit_price_cents, again.amount_cents, again.vat_rate_bp) == (1250, 1875, 2000)
    # A change of quantity recomputes with the frozen price, not the new one.
    changed = update_service_usage(
        session, usage.id, expected_version=1, actor=admin, quantity_hundredths=200
    )
    assert (changed.unit_price_cents, changed.amount_cents) == (1250, 2500)
    diff = audit_rows(session, "service_usage", usage.id)[-1].changes
    assert diff["amount_cents"] == [1875, 2500]
    newer = record_service_usage(
        session,
        service_id=service.id,
        entrepreneur_id=person.id,
        used_on=date(2026, 3, 5),
        quantity_hundredths=100,
        actor=admin,
    )
    assert (newer.unit_price_cents, newer.amount_cents, newer.vat_rate_bp) == (2000, 2000, 550)


def test_usage_validation_and_nothing_written(session, admin):
    service = _service(session, admin)
    retired = _service(session, admin, name="Ancien service")
    update_shared_service(session, retired.id, expected_version=1, actor=admin, active=False)
    person = make_entrepreneur(session)
    with pytest.raises(ValidationError) as err:
        record_service_usage(
            session,
            service_id=service.id,
            entrepreneur_id=person.id,
            used_on=None,
            quantity_hundredths=1.5,
            actor=admin,
        )
    assert set(err.value.field_errors) == {"used_on", "quantity_hundredths"}
    with pytest.raises(ValidationError) as err:
        record_service_usage(
            session,
            service_id=service.id,
            entrepreneur_id=person.id,
            used_on=date(2026, 3, 1),
            quantity_hundredths=0,
            actor=admin,
        )
    assert set(err.value.field_errors) == {"quantity_hundredths"}
    with pytest.raises(ValidationError) as err:
        record_service_usage(
            session,
            service_id=retired.id,
            entrepreneur_id=999,
            used_on=date(2026, 3, 1),
            quantity_hundredths=100,
            actor=admin,
        )
    assert set(err.value.field_errors) == {"service_id", "entrepreneur_id"}
    assert count(session, ServiceUsage) == 0
    assert audit_rows(session, "service_usage") == []


def test_usage_update_delete_and_conflicts(session, admin):
    service = _service(session, admin)
    person = make_entrepreneur(session)
    usage = record_service_usage(
        session,
        service_id=service.id,
        entrepreneur_id=person.id,
        used_on=date(2026, 3, 4),
        quantity_hundredths=100,
        actor=admin,
    )
    with pytest.raises(ValidationError) as err:
        update_service_usage(session, usage.id, expected_version=1, actor=admin, unit_price_cents=1)
    assert set(err.value.field_errors) == {"unit_price_cents"}
    update_service_usage(session, usage.id, expected_version=1, actor=admin, notes="ok")
    with pytest.raises(ConflictError):
        update_service_usage(session, usage.id, expected_version=1, actor=admin, notes="lost")
    with pytest.raises(ConflictError):
        delete_service_usage(session, usage.id, expected_version=1, actor=admin)
    delete_service_usage(session, usage.id, expected_version=2, actor=admin)
    assert count(session, ServiceUsage) == 0
    assert audit_actions(session, "service_usage", usage.id) == ["create", "update", "delete"]


def test_list_per_entrepreneur_and_month_with_sql_totals(session, admin):
    room = _service(session, admin, price=1250, vat_rate_bp=2000)
    books = _service(session, admin, name="Compta", price=4000, vat_rate_bp=0, unit="month")
    a, b = make_entrepreneur(session), make_entrepreneur(session)

    def use(person, service, day, qty):
        return record_service_usage(
            session,
            service_id=service.id,
            entrepreneur_id=person.id,
            used_on=day,
            quantity_hundredths=qty,
            actor=admin,
        )

    use(a, room, date(2026, 2, 28), 100)  # February: outside
    u1 = use(a, room, date(2026, 3, 1), 150)  # 1875 + 375 VAT
    u2 = use(a, books, date(2026, 3, 31), 100)  # 4000 + 0 VAT
    use(b, room, date(2026, 3, 15), 100)  # other entrepreneur
    use(a, room, date(2026, 4, 1), 100)  # April: outside
    march = list_service_usage(session, actor=admin, entrepreneur_id=a.id, month=date(2026, 3, 17))
    assert [u.id for u in march.items] == [u1.id, u2.id]
    assert (march.count, march.quantity_hundredths) == (2, 250)
    assert (march.amount_cents, march.vat_cents) == (5875, 375)
    page = list_service_usage(
        session, actor=admin, entrepreneur_id=a.id, month=date(2026, 3, 1), limit=1
    )
    assert len(page.items) == 1 and page.amount_cents == 5875  # totals cover every page
    everyone = list_service_usage(session, actor=admin, month=date(2026, 3, 1))
    assert everyone.count == 3 and everyone.amount_cents == 5875 + 1250


def test_viewer_and_coach_cannot_touch_catalogue_or_usage(session, admin):
    service = _service(session, admin)
    person = make_entrepreneur(session)
    usage = record_service_usage(
        session,
        service_id=service.id,
        entrepreneur_id=person.id,
        used_on=date(2026, 3, 4),
        quantity_hundredths=100,
        actor=admin,
    )
    for role in ("viewer", "coach"):
        actor = make_actor(session, role)
        for call in (
            lambda a=actor: _service(session, a, name="Autre"),
            lambda a=actor: update_shared_service(
                session, service.id, expected_version=1, actor=a, capacity=2
            ),
            lambda a=actor: record_service_usage(
                session,
                service_id=service.id,
                entrepreneur_id=person.id,
                used_on=date(2026, 3, 4),
                quantity_hundredths=100,
                actor=a,
            ),
            lambda a=actor: update_service_usage(
                session, usage.id, expected_version=1, actor=a, notes="x"
            ),
            lambda a=actor: delete_service_usage(session, usage.id, expected_version=1, actor=a),
        ):
            with pytest.raises(PermissionDenied):
                call()
    assert count(session, SharedService) == 1 and count(session, ServiceUsage) == 1
    staff = make_actor(session, "staff")
    assert _service(session, staff, name="Par le staff").name == "Par le staff"
