"""The skills exchange's ledger: double entry, one-to-many, reversals, limits (refused or
flagged), payment requests accepted, refused or auto-accepted on the app's clock, privacy of
balances, and the check that finds a tampered ledger."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine
from exchange_helpers import incubator, make_members
from factories import make_actor
from sqlalchemy import text

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import AuditEntry
from incubator_app.models.exchange import AccountKind, LimitMode, RequestStatus, TransferKind
from incubator_app.services.exchange.accounts import (
    get_account,
    open_named_account,
    update_account,
)
from incubator_app.services.exchange.balances import BalanceListSource
from incubator_app.services.exchange.check import check_ledger
from incubator_app.services.exchange.ledger import record_transfer, reverse_transfer
from incubator_app.services.exchange.limits import LimitExceeded, hours_text
from incubator_app.services.exchange.payment_requests import (
    accept_payment_request,
    refuse_payment_request,
    request_payment,
    settle_due_requests,
)
from incubator_app.services.exchange.rules import set_kind_limits, update_exchange_rules
from incubator_app.services.exchange.statement import member_statement
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core


def balance(session, admin, account) -> int:
    return get_account(session, account.id, actor=admin).balance_minutes


def test_a_transfer_writes_two_opposite_movements_and_an_audit_row(session, admin):
    lea, hugo = make_members(session, admin, 2)
    t = record_transfer(
        session, from_ids=[lea.id], to_ids=[hugo.id], minutes=90, note="Maquette", actor=admin
    )
    assert t.legs == ((lea.id, -90), (hugo.id, 90))
    assert (balance(session, admin, lea), balance(session, admin, hugo)) == (-90, 90)
    assert check_ledger(session, actor=admin).holds
    assert session.query(AuditEntry).filter_by(entity="exchange_transfer").count() == 1


def test_a_workshop_for_several_members_is_one_transfer(session, admin):
    giver, *learners = make_members(session, admin, 9)
    t = record_transfer(
        session, from_ids=[m.id for m in learners], to_ids=[giver.id], minutes=120, actor=admin
    )
    assert t.total_minutes == 8 * 120
    assert balance(session, admin, giver) == 960
    assert {balance(session, admin, m) for m in learners} == {-120}
    statement = member_statement(session, giver.id, actor=admin)
    assert [line.counterpart for line in statement.lines] == [f"{learners[0].label} +7"]
    assert member_statement(session, learners[3].id, actor=admin).lines[0].counterpart == (
        giver.label
    )


@pytest.mark.parametrize(
    ("from_ids", "to_ids", "minutes", "field"),
    [
        ([0], [0], 60, "to"),
        ([0], [1], 0, "minutes"),
        ([0], [1], 1.5, "minutes"),
        ([0, 1], [2, 3], 60, "to"),
        ([], [1], 60, "from"),
    ],
)
def test_bad_transfers_are_refused_by_field(session, admin, from_ids, to_ids, minutes, field):
    members = make_members(session, admin, 4)
    with pytest.raises(ValidationError) as err:
        record_transfer(
            session,
            from_ids=[members[i].id for i in from_ids],
            to_ids=[members[i].id for i in to_ids],
            minutes=minutes,
            actor=admin,
        )
    assert field in err.value.field_errors
    assert check_ledger(session, actor=admin).transfers == 0


def test_a_reversal_corrects_once_and_keeps_the_original(session, admin):
    lea, hugo = make_members(session, admin, 2)
    t = record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=45, actor=admin)
    with pytest.raises(ValidationError):
        reverse_transfer(session, t.id, reason="  ", actor=admin)
    r = reverse_transfer(session, t.id, reason="Saisi deux fois", actor=admin)
    assert r.kind is TransferKind.REVERSAL and r.reverses_id == t.id and r.note == "Saisi deux fois"
    assert (balance(session, admin, lea), balance(session, admin, hugo)) == (0, 0)
    with pytest.raises(ConflictError, match="already reversed"):
        reverse_transfer(session, t.id, reason="encore", actor=admin)
    with pytest.raises(ConflictError):
        reverse_transfer(session, r.id, reason="annuler l'annulation", actor=admin)
    check = check_ledger(session, actor=admin)
    assert check.holds and check.transfers == 2 and check.movements == 4


def test_limits_refuse_with_a_clear_message_or_only_flag(session, admin):
    lea, hugo = make_members(session, admin, 2)
    update_account(session, lea.id, {"min_minutes": -60}, actor=admin)
    with pytest.raises(LimitExceeded, match=r"below the minimum of -1 h") as err:
        record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=90, actor=admin)
    assert "Léa Membre0" in str(err.value) and "-1 h 30" in str(err.value)
    assert check_ledger(session, actor=admin).transfers == 0
    update_exchange_rules(session, {"limit_mode": LimitMode.FLAG}, actor=admin)
    t = record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=90, actor=admin)
    assert t.flagged and t.warnings
    # Moving back towards the allowed range is always possible.
    update_exchange_rules(session, {"limit_mode": "refuse"}, actor=admin)
    record_transfer(session, from_ids=[hugo.id], to_ids=[lea.id], minutes=10, actor=admin)
    assert balance(session, admin, lea) == -80


def test_limits_per_category_of_members_between_the_account_and_the_defaults(session, admin):
    lea, hugo = make_members(session, admin, 2)
    asso = open_named_account(
        session, kind=AccountKind.ORGANISATION, name="Centre social du Panier", actor=admin
    )
    rules = set_kind_limits(
        session, AccountKind.ENTREPRENEUR, min_minutes=-60, max_minutes=None, actor=admin
    )
    assert rules.limits_for(AccountKind.ENTREPRENEUR, None, None) == (-60, 40 * 60)
    assert rules.limits_for(AccountKind.ORGANISATION, None, None) == (-20 * 60, 40 * 60)
    assert rules.limits_for(AccountKind.ENTREPRENEUR, -120, None) == (-120, 40 * 60)
    # The entrepreneurs' minimum applies to Léa, not to the organisation (the default does).
    with pytest.raises(LimitExceeded, match=r"Léa Membre0 would go down to -1 h 30, below the"):
        record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=90, actor=admin)
    record_transfer(session, from_ids=[asso.id], to_ids=[hugo.id], minutes=90, actor=admin)
    # An account's own limit comes before its category's.
    update_account(session, lea.id, {"min_minutes": -120}, actor=admin)
    record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=90, actor=admin)
    # Back to the default: the category's limit removed.
    set_kind_limits(session, "entrepreneur", min_minutes=None, max_minutes=None, actor=admin)
    # Saving the same limits again writes nothing (the Rules tab saves every category).
    set_kind_limits(session, "entrepreneur", min_minutes=None, max_minutes=None, actor=admin)
    assert session.query(AuditEntry).filter_by(entity="exchange_kind_limit").count() == 2
    record_transfer(session, from_ids=[hugo.id], to_ids=[asso.id], minutes=170, actor=admin)
    assert balance(session, admin, hugo) == 10
    with pytest.raises(ValidationError) as err:
        set_kind_limits(session, "incubator", min_minutes=-60, max_minutes=60, actor=admin)
    assert set(err.value.field_errors) == {"kind"}
    with pytest.raises(ValidationError) as err:
        set_kind_limits(session, "contact", min_minutes=60, max_minutes=-1, actor=admin)
    assert set(err.value.field_errors) == {"min_minutes", "max_minutes"}
    coach = make_actor(session, "coach")
    with pytest.raises(PermissionDenied):
        set_kind_limits(session, "contact", min_minutes=-60, max_minutes=None, actor=coach)
    assert check_ledger(session, actor=admin).holds


def test_maximum_balance_and_the_incubator_has_no_limit(session, admin):
    (lea,) = make_members(session, admin, 1)
    house = incubator(session, admin)
    update_exchange_rules(session, {"default_max_minutes": 120}, actor=admin)
    record_transfer(session, from_ids=[house.id], to_ids=[lea.id], minutes=120, actor=admin)
    with pytest.raises(LimitExceeded, match="above the maximum"):
        record_transfer(session, from_ids=[house.id], to_ids=[lea.id], minutes=1, actor=admin)
    assert balance(session, admin, house) == -120


def test_payment_request_accepted_refused_and_auto_accepted_after_the_delay(session, admin):
    lea, hugo = make_members(session, admin, 2)
    with time_machine.travel(datetime(2026, 11, 2, 10, tzinfo=UTC), tick=False):
        first = request_payment(session, payer_id=lea.id, payee_id=hugo.id, minutes=60, actor=admin)
        second = request_payment(
            session, payer_id=lea.id, payee_id=hugo.id, minutes=30, actor=admin
        )
        third = request_payment(session, payer_id=hugo.id, payee_id=lea.id, minutes=15, actor=admin)
        assert first.auto_accept_on == date(2026, 11, 16)
        accepted = accept_payment_request(session, first.id, actor=admin)
        assert accepted.status is RequestStatus.ACCEPTED and accepted.transfer_id
        refused = refuse_payment_request(session, third.id, reason="Pas eu lieu", actor=admin)
        assert refused.status is RequestStatus.REFUSED
        with pytest.raises(ConflictError, match="no longer waiting"):
            accept_payment_request(session, first.id, actor=admin)
    with time_machine.travel(datetime(2026, 11, 15, 22, 59, tzinfo=UTC), tick=False):
        assert settle_due_requests(session, actor=admin).accepted == ()
    # 16/11 00:00 in Paris is 15/11 23:00 UTC: the incubator's day decides.
    with time_machine.travel(datetime(2026, 11, 15, 23, 0, tzinfo=UTC), tick=False):
        assert settle_due_requests(session, actor=admin).accepted == (second.id,)
    assert balance(session, admin, lea) == -90
    assert check_ledger(session, actor=admin).holds


def test_auto_acceptance_blocked_by_a_limit_stays_pending(session, admin):
    lea, hugo = make_members(session, admin, 2)
    update_account(session, lea.id, {"min_minutes": 0}, actor=admin)
    with time_machine.travel(datetime(2026, 10, 1, 10, tzinfo=UTC), tick=False):
        r = request_payment(session, payer_id=lea.id, payee_id=hugo.id, minutes=60, actor=admin)
    with time_machine.travel(datetime(2026, 10, 20, 10, tzinfo=UTC), tick=False):
        result = settle_due_requests(session, actor=admin)
    assert result.accepted == () and result.blocked[0][0] == r.id
    assert "Léa Membre0" in result.blocked[0][1]


def test_balances_are_private_unless_the_member_opts_in(session, admin):
    lea, hugo = make_members(session, admin, 2)
    record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=30, actor=admin)
    viewer = make_actor(session, "viewer")
    assert get_account(session, lea.id, actor=viewer).balance_minutes is None
    with pytest.raises(PermissionDenied):
        member_statement(session, lea.id, actor=viewer)
    update_account(session, hugo.id, {"balance_public": True}, actor=admin)
    rows = BalanceListSource(viewer).fetch(session, SortOrder("balance", True), 0, 10)
    assert [(r.id, r.balance_minutes) for r in rows] == [(hugo.id, 30), (lea.id, None)]
    assert member_statement(session, hugo.id, actor=viewer).closing_minutes == 30
    with pytest.raises(PermissionDenied):
        record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=5, actor=viewer)
    coach = make_actor(session, "coach")
    with pytest.raises(PermissionDenied):
        update_account(session, lea.id, {"min_minutes": -600}, actor=coach)


def test_the_check_finds_a_tampered_ledger(session, admin):
    lea, hugo = make_members(session, admin, 2)
    t = record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=30, actor=admin)
    assert check_ledger(session, actor=admin).holds
    session.execute(
        text("UPDATE exchange_balance SET minutes = 31 WHERE account_id = :a"), {"a": hugo.id}
    )
    session.execute(text("DELETE FROM exchange_movement WHERE account_id = :a"), {"a": lea.id})
    session.commit()
    check = check_ledger(session, actor=admin)
    assert not check.holds
    assert check.broken_transfers == (t.id,)
    assert {a for a, _, _ in check.wrong_balances} == {lea.id, hugo.id}
    assert check.total_minutes == 1 and check.movements_total == 30


def test_statement_period_opening_balance_and_series(session, admin):
    lea, hugo = make_members(session, admin, 2)
    from incubator_app.services.periods import month_of

    with time_machine.travel(datetime(2026, 10, 10, 10, tzinfo=UTC), tick=False):
        record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=60, actor=admin)
    with time_machine.travel(datetime(2026, 11, 10, 10, tzinfo=UTC), tick=False):
        record_transfer(session, from_ids=[hugo.id], to_ids=[lea.id], minutes=15, actor=admin)
        record_transfer(session, from_ids=[hugo.id], to_ids=[lea.id], minutes=15, actor=admin)
    s = member_statement(session, lea.id, period=month_of(date(2026, 11, 1)), actor=admin)
    assert (s.opening_minutes, s.closing_minutes, s.minutes_in, s.minutes_out) == (-60, -30, 30, 0)
    assert s.series == ((date(2026, 11, 10), -30),)
    assert [line.counterpart for line in s.lines] == ["Hugo Membre1"] * 2


def test_hours_text():
    assert [hours_text(m) for m in (0, 60, 90, -90, 605)] == [
        "0 h",
        "1 h",
        "1 h 30",
        "-1 h 30",
        "10 h 05",
    ]
