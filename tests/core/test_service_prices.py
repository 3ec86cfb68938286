"""Price history of the catalogue, price_on boundaries, usages charged at the price of their day,
bulk monthly charges that skip those already charged, and usage totals."""

from __future__ import annotations

from datetime import date

import pytest
from factories import audit_actions, count, make_actor, make_entrepreneur

from incubator_app.errors import NotFound, PermissionDenied, ValidationError
from incubator_app.models import ServiceUsage, SupportContract
from incubator_app.services.shared_services.catalogue import (
    change_service_price,
    create_shared_service,
    get_shared_service,
    list_service_prices,
    price_on,
)
from incubator_app.services.shared_services.usage import record_service_usage, update_service_usage
from incubator_app.services.shared_services.usage_bulk import (
    charge_monthly_subscription,
    preview_monthly_charge,
)
from incubator_app.services.shared_services.usage_list import UsageListSource
from incubator_app.services.shared_services.usage_totals import (
    usage_total_for_month,
    usage_totals_by_entrepreneur,
    usage_totals_by_month,
)

pytestmark = pytest.mark.core


def _desk(session, actor, price=15000, vat=2000):
    return create_shared_service(
        session,
        name="Bureau partagé",
        category="Bureau et hébergement",
        unit="month",
        unit_price_cents=price,
        vat_rate_bp=vat,
        price_valid_from=date(2026, 1, 1),
        actor=actor,
    )


def test_price_on_boundaries(session, admin):
    s = _desk(session, admin)
    change_service_price(
        session,
        s.id,
        valid_from=date(2026, 7, 1),
        unit_price_cents=16000,
        vat_rate_bp=2000,
        actor=admin,
        today=date(2026, 11, 1),
    )
    change_service_price(
        session,
        s.id,
        valid_from=date(2027, 1, 1),
        unit_price_cents=17000,
        vat_rate_bp=550,
        actor=admin,
        today=date(2026, 11, 1),
    )
    # Before the first price: the first price; the day before a change: the old price.
    assert price_on(session, s.id, date(2025, 5, 1)).unit_price_cents == 15000
    assert price_on(session, s.id, date(2026, 6, 30)).unit_price_cents == 15000
    assert price_on(session, s.id, date(2026, 7, 1)).unit_price_cents == 16000
    assert price_on(session, s.id, date(2026, 12, 31)).unit_price_cents == 16000
    later = price_on(session, s.id, date(2027, 1, 1))
    assert (later.unit_price_cents, later.vat_rate_bp, later.valid_from) == (
        17000,
        550,
        date(2027, 1, 1),
    )
    history = list_service_prices(session, s.id, actor=admin)
    assert [p.valid_from for p in history] == [date(2026, 1, 1), date(2026, 7, 1), date(2027, 1, 1)]
    # The catalogue shows today's price, not the future one.
    assert get_shared_service(session, s.id, actor=admin).unit_price_cents == 16000
    assert audit_actions(session, "shared_service", s.id) == ["create", "price", "price"]
    with pytest.raises(NotFound):
        price_on(session, 9999, date(2026, 1, 1))


def test_changing_a_price_on_the_same_day_replaces_it(session, admin):
    s = _desk(session, admin)
    for cents in (16000, 16500):
        change_service_price(
            session,
            s.id,
            valid_from=date(2026, 7, 1),
            unit_price_cents=cents,
            vat_rate_bp=2000,
            actor=admin,
        )
    assert [p.unit_price_cents for p in list_service_prices(session, s.id, actor=admin)] == [
        15000,
        16500,
    ]


def test_price_change_is_validated_and_needs_permission(session, admin):
    s = _desk(session, admin)
    with pytest.raises(ValidationError) as err:
        change_service_price(
            session, s.id, valid_from=None, unit_price_cents=-5, vat_rate_bp=20000, actor=admin
        )
    assert set(err.value.field_errors) == {"valid_from", "unit_price_cents", "vat_rate_bp"}
    coach = make_actor(session, "coach")
    with pytest.raises(PermissionDenied):
        change_service_price(
            session,
            s.id,
            valid_from=date(2026, 7, 1),
            unit_price_cents=1,
            vat_rate_bp=0,
            actor=coach,
        )
    assert len(list_service_prices(session, s.id, actor=admin)) == 1


def test_usage_keeps_the_price_of_its_day(session, admin):
    s = _desk(session, admin)
    person = make_entrepreneur(session)
    change_service_price(
        session, s.id, valid_from=date(2026, 7, 1), unit_price_cents=16000, vat_rate_bp=550,
        actor=admin,
    )  # fmt: skip
    june = record_service_usage(
        session,
        service_id=s.id,
        entrepreneur_id=person.id,
        used_on=date(2026, 6, 30),
        quantity_hundredths=150,
        actor=admin,
    )
    july = record_service_usage(
        session,
        service_id=s.id,
        entrepreneur_id=person.id,
        used_on=date(2026, 7, 1),
        quantity_hundredths=100,
        actor=admin,
    )
    assert (june.unit_price_cents, june.amount_cents, june.vat_rate_bp, june.vat_cents) == (
        15000,
        22500,
        2000,
        4500,
    )
    assert (july.unit_price_cents, july.amount_cents, july.vat_rate_bp, july.vat_cents) == (
        16000,
        16000,
        550,
        880,
    )
    # A later price change does not touch what was charged...
    change_service_price(
        session, s.id, valid_from=date(2026, 1, 1), unit_price_cents=1, vat_rate_bp=0, actor=admin
    )
    assert session.get(ServiceUsage, june.id).amount_cents == 22500
    # ...but moving a usage to another day charges the price of that day.
    moved = update_service_usage(
        session, june.id, expected_version=june.version_id, used_on=date(2026, 8, 3), actor=admin
    )
    assert (moved.unit_price_cents, moved.amount_cents, moved.vat_rate_bp) == (16000, 24000, 550)


def _contract(session, person, start, end, share_bp=0, ended_on=None):
    session.add(
        SupportContract(
            entrepreneur_id=person.id,
            start_date=start,
            end_date=end,
            revenue_share_bp=share_bp,
            ended_on=ended_on,
        )
    )
    session.commit()


def test_bulk_monthly_charge_previews_and_skips_those_already_charged(session, admin):
    s = _desk(session, admin)
    anna = make_entrepreneur(session, "Anna", "Aubert")
    bruno = make_entrepreneur(session, "Bruno", "Blanc")
    chloe = make_entrepreneur(session, "Chloé", "Carré")
    gone = make_entrepreneur(session, "Denis", "Dupont")
    _contract(session, anna, date(2026, 1, 5), date(2027, 1, 4))
    _contract(session, bruno, date(2026, 3, 31), date(2027, 3, 30))  # starts on the last day
    _contract(session, chloe, date(2025, 3, 1), date(2026, 2, 28))
    _contract(session, gone, date(2025, 3, 1), date(2026, 3, 1), ended_on=date(2026, 2, 10))
    # Anna already paid her desk in March (mid-month).
    record_service_usage(
        session,
        service_id=s.id,
        entrepreneur_id=anna.id,
        used_on=date(2026, 3, 12),
        quantity_hundredths=100,
        actor=admin,
    )
    preview = preview_monthly_charge(session, s.id, date(2026, 3, 17), actor=admin)
    assert preview.month == date(2026, 3, 1)
    assert [c.name for c in preview.to_charge] == ["Blanc Bruno"]
    assert [c.name for c in preview.skipped] == ["Aubert Anna"]
    assert (preview.amount_cents, preview.vat_cents) == (15000, 3000)

    result = charge_monthly_subscription(session, s.id, date(2026, 3, 1), actor=admin)
    assert result.charged_entrepreneur_ids == (bruno.id,)
    assert result.skipped_entrepreneur_ids == (anna.id,)
    (usage_id,) = result.created_usage_ids
    usage = session.get(ServiceUsage, usage_id)
    assert (usage.used_on, usage.amount_cents) == (date(2026, 3, 1), 15000)
    # Twice is harmless: nobody is charged again.
    again = charge_monthly_subscription(session, s.id, date(2026, 3, 1), actor=admin)
    assert again.created_usage_ids == ()
    assert count(session, ServiceUsage) == 2
    # February: Chloé and Denis (until his early end) and Anna; only the chosen ones.
    feb = charge_monthly_subscription(
        session, s.id, date(2026, 2, 1), entrepreneur_ids=[chloe.id, gone.id], actor=admin
    )
    assert set(feb.charged_entrepreneur_ids) == {chloe.id, gone.id}


def test_bulk_charge_is_all_or_nothing_and_checks_rights(session, admin):
    s = _desk(session, admin)
    viewer = make_actor(session, "viewer")
    with pytest.raises(PermissionDenied):
        preview_monthly_charge(session, s.id, date(2026, 3, 1), actor=viewer)
    with pytest.raises(ValidationError):
        charge_monthly_subscription(
            session, s.id, date(2026, 3, 1), quantity_hundredths=0, actor=admin
        )
    assert count(session, ServiceUsage) == 0


def test_usage_totals_per_month_and_per_entrepreneur(session, admin):
    s = _desk(session, admin, price=1999, vat=2000)
    anna = make_entrepreneur(session, "Anna", "Aubert")
    bruno = make_entrepreneur(session, "Bruno", "Blanc")
    for person, day, qty in (
        (anna, date(2026, 3, 2), 150),
        (anna, date(2026, 3, 31), 50),
        (anna, date(2026, 4, 1), 100),
        (bruno, date(2026, 3, 15), 250),
    ):
        record_service_usage(
            session,
            service_id=s.id,
            entrepreneur_id=person.id,
            used_on=day,
            quantity_hundredths=qty,
            actor=admin,
        )
    # 19.99 × 1.5 = 29.985 → 29.99 (VAT 6.00); × 0.5 = 9.995 → 10.00 (VAT 2.00)
    march = usage_total_for_month(session, anna.id, date(2026, 3, 20), actor=admin)
    assert (march.count, march.amount_cents, march.vat_cents, march.total_cents) == (
        2,
        3999,
        800,
        4799,
    )
    by_month = usage_totals_by_month(session, anna.id, actor=admin)
    assert [(m.month, m.total.amount_cents) for m in by_month] == [
        (date(2026, 3, 1), 3999),
        (date(2026, 4, 1), 1999),
    ]
    everyone = usage_totals_by_entrepreneur(session, date(2026, 3, 1), actor=admin)
    # 19.99 × 2.5 = 49.975 → 49.98, VAT 9.996 → 10.00
    assert [(t.entrepreneur_name, t.total.amount_cents, t.total.vat_cents) for t in everyone] == [
        ("Aubert Anna", 3999, 800),
        ("Blanc Bruno", 4998, 1000),
    ]
    source = UsageListSource(admin, month=date(2026, 3, 1))
    assert source.count(session) == 3
    assert source.totals(session).amount_cents == 3999 + 4998
