"""Exact amounts: the rounding rule of services/money.py, revenue contributions, and (hypothesis)
totals computed in SQL and in statements equal the sum of their lines for random usage sets."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from factories import make_entrepreneur
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from incubator_app.models import ServiceUsage, SupportContract
from incubator_app.services.money import amount_for, format_cents, format_rate_bp, share_of, vat_for
from incubator_app.services.shared_services.catalogue import create_shared_service
from incubator_app.services.shared_services.revenue import record_revenue
from incubator_app.services.shared_services.revenue_summary import (
    revenue_by_entrepreneur,
    revenue_of_month,
    revenue_over_contract,
)
from incubator_app.services.shared_services.statements import monthly_statement
from incubator_app.services.shared_services.usage import record_service_usage
from incubator_app.services.shared_services.usage_list import UsageListSource
from incubator_app.services.shared_services.usage_totals import (
    usage_total_for_month,
    usage_totals_by_entrepreneur,
)

pytestmark = pytest.mark.core


def test_rounding_rule_is_half_up_per_line():
    assert amount_for(1250, 33) == 413  # 412.5 → 413
    assert amount_for(1250, 31) == 388  # 387.5 → 388
    assert amount_for(999, 1) == 10  # 9.99 → 10
    assert vat_for(4500, 550) == 248  # 247.5 → 248
    assert vat_for(4499, 550) == 247  # 247.445 → 247
    assert vat_for(1, 2000) == 0  # 0.2 → 0
    assert vat_for(3, 2000) == 1  # 0.6 → 1
    # Two lines of 0.03 € at 20 %: VAT per line (0.01 + 0.01), never on the total (0.01).
    assert vat_for(3, 2000) + vat_for(3, 2000) == 2
    assert share_of(123456, 1000) == 12346  # 12 345.6 → 12 346
    assert share_of(5, 1000) == 1  # 0.5 → 1
    assert (format_cents(123456), format_cents(5), format_cents(0)) == ("1234.56", "0.05", "0.00")
    assert (format_rate_bp(2000), format_rate_bp(550), format_rate_bp(1)) == ("20", "5.5", "0.01")


def test_contribution_uses_the_contract_running_that_month(session, admin):
    person = make_entrepreneur(session, "Anna", "Aubert")
    other = make_entrepreneur(session, "Bruno", "Blanc")
    session.add_all(
        [
            SupportContract(
                entrepreneur_id=person.id,
                start_date=date(2026, 1, 15),
                end_date=date(2026, 6, 14),
                revenue_share_bp=500,
            ),
            SupportContract(
                entrepreneur_id=person.id,
                start_date=date(2026, 6, 15),
                end_date=date(2026, 12, 14),
                revenue_share_bp=1000,
            ),
        ]
    )
    session.commit()
    for month, amount in ((date(2026, 3, 1), 100001), (date(2026, 6, 1), 20000)):
        record_revenue(
            session, entrepreneur_id=person.id, month=month, amount_cents=amount, actor=admin
        )
    record_revenue(
        session,
        entrepreneur_id=person.id,
        month=date(2026, 6, 1),
        amount_cents=99999,
        channel="own",
        actor=admin,
    )
    record_revenue(
        session, entrepreneur_id=other.id, month=date(2026, 6, 1), amount_cents=7000, actor=admin
    )
    march = revenue_of_month(session, person.id, date(2026, 3, 9), actor=admin)
    assert (march.share_bp, march.contribution_cents) == (500, 5000)  # 5 000.05 → 5 000
    # June is covered by both contracts: the one that started later applies; own revenue owes 0.
    june = revenue_of_month(session, person.id, date(2026, 6, 1), actor=admin)
    assert (june.total_cents, june.share_bp, june.contribution_cents) == (119999, 1000, 2000)
    series = revenue_over_contract(session, person.id, actor=admin)
    assert (series.start, series.end, len(series.months)) == (
        date(2026, 1, 1),
        date(2026, 12, 1),
        12,
    )
    assert series.months[1].total_cents == 0  # February: zero, not missing
    assert series.contribution_cents == 7000
    cut = revenue_over_contract(session, person.id, actor=admin, until=date(2026, 8, 20))
    assert cut.end == date(2026, 8, 1)
    rows = revenue_by_entrepreneur(session, date(2026, 6, 1), actor=admin)
    got = [(r.entrepreneur_name, r.revenue.share_bp, r.revenue.contribution_cents) for r in rows]
    assert got == [("Aubert Anna", 1000, 2000), ("Blanc Bruno", 0, 0)]


lines = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=500_000),  # unit price, cents
        st.sampled_from([0, 210, 550, 1000, 2000]),  # VAT, basis points
        st.integers(min_value=1, max_value=10_000),  # quantity, hundredths
        st.integers(min_value=1, max_value=28),  # day of the month
        st.booleans(),  # which entrepreneur
    ),
    min_size=0,
    max_size=12,
)


_names = itertools.count(1)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(usage_set=lines)
def test_totals_equal_the_sum_of_their_lines(session, admin, usage_set):
    # The database lives across examples: each example starts from no usage at all.
    session.execute(delete(ServiceUsage))
    session.commit()
    anna = make_entrepreneur(session, "Anna").id
    bruno = make_entrepreneur(session, "Bruno").id
    expected: dict[int, list[int]] = {anna: [0, 0], bruno: [0, 0]}
    for price, vat, qty, day, second in usage_set:
        service = create_shared_service(
            session, name=f"Service {next(_names)}", category="Atelier", unit="hour",
            unit_price_cents=price, vat_rate_bp=vat, price_valid_from=date(2020, 1, 1),
            actor=admin,
        )  # fmt: skip
        person = bruno if second else anna
        record_service_usage(
            session, service_id=service.id, entrepreneur_id=person, used_on=date(2026, 3, day),
            quantity_hundredths=qty, actor=admin,
        )  # fmt: skip
        expected[person][0] += amount_for(price, qty)
        expected[person][1] += vat_for(amount_for(price, qty), vat)
    march = date(2026, 3, 1)
    for person in (anna, bruno):
        total = usage_total_for_month(session, person, march, actor=admin)
        assert [total.amount_cents, total.vat_cents] == expected[person]
        statement = monthly_statement(session, person, march, actor=admin)
        lines_ = statement.usage_lines
        assert statement.totals.amount_cents == sum(ln.amount_cents for ln in lines_)
        assert statement.totals.vat_cents == sum(ln.vat_cents for ln in lines_)
        assert statement.totals.total_cents == sum(ln.total_cents for ln in lines_)
        assert [statement.totals.amount_cents, statement.totals.vat_cents] == expected[person]
        assert sum(v.vat_cents for v in statement.vat_by_rate) == statement.totals.vat_cents
    everyone = usage_totals_by_entrepreneur(session, march, actor=admin)
    listed = UsageListSource(admin, month=march).totals(session)
    assert listed.amount_cents == sum(t.total.amount_cents for t in everyone)
    assert listed.vat_cents == sum(t.total.vat_cents for t in everyone)
    assert listed.amount_cents == expected[anna][0] + expected[bruno][0]
    assert listed.vat_cents == expected[anna][1] + expected[bruno][1]
