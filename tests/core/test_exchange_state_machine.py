"""The ledger against a plain Python reference model, driven by hypothesis' state machine:
transfers, one-to-many transfers, reversals, payment requests accepted, refused or
auto-accepted as days pass, limits (per member, per category of members, the defaults) and the
limit mode changing. After every step the stored
balances and the sums of movements of the example's members equal the model's balances; after
every example the whole ledger's check holds (every transfer has its movements, each balance is
the sum of its movements, the total is zero).

One database per test run; each example opens fresh members of every category (entrepreneurs,
a contact, an organisation; the incubator's account is shared and its balance carried into the
model). At least 10,000 steps run in total (asserted)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from factories import make_entrepreneur
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import bindparam, func, select

from incubator_app.errors import ConflictError
from incubator_app.models.exchange import (
    AccountKind,
    ExchangeBalance,
    ExchangeMovement,
    LimitMode,
)
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.accounts import (
    ensure_incubator_account,
    open_entrepreneur_account,
    open_named_account,
    update_account,
)
from incubator_app.services.exchange.check import check_ledger
from incubator_app.services.exchange.ledger import record_transfer, reverse_transfer
from incubator_app.services.exchange.limits import LimitExceeded
from incubator_app.services.exchange.payment_requests import (
    accept_payment_request,
    cancel_payment_request,
    refuse_payment_request,
    request_payment,
    settle_due_requests,
)
from incubator_app.services.exchange.rules import (
    LIMITED_KINDS,
    set_kind_limits,
    update_exchange_rules,
)

pytestmark = pytest.mark.core

# Entrepreneurs, then one contact and one organisation: each category has its own limits.
ENTREPRENEURS = 3
EXAMPLES = 120
STEPS = 100
MIN_TOTAL_STEPS = 10_000
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ACTOR = Actor.system()


@dataclass
class Model:
    """What the ledger must say, computed by hand."""

    balances: dict[int, int]
    incubator: int
    kinds: dict[int, AccountKind] = field(default_factory=dict)
    limits: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)
    kind_limits: dict[AccountKind, tuple[int | None, int | None]] = field(default_factory=dict)
    default_min: int = -20 * 60
    default_max: int = 40 * 60
    mode: LimitMode = LimitMode.REFUSE
    delay: int = 14
    today: date = START.date()
    # transfer id -> (deltas, is_reversal, reversed)
    transfers: dict[int, list] = field(default_factory=dict)
    # request id -> [payer, payee, minutes, due day, status]
    requests: dict[int, list] = field(default_factory=dict)

    def bounds(self, account: int) -> tuple[int | None, int | None]:
        if account == self.incubator:
            return None, None
        low, high = self.limits.get(account, (None, None))
        kind_low, kind_high = self.kind_limits.get(self.kinds[account], (None, None))
        low = kind_low if low is None else low
        high = kind_high if high is None else high
        return (
            self.default_min if low is None else low,
            self.default_max if high is None else high,
        )

    def breaches(self, deltas: dict[int, int]) -> bool:
        for account, delta in deltas.items():
            low, high = self.bounds(account)
            after = self.balances[account] + delta
            if delta < 0 and low is not None and after < low:
                return True
            if delta > 0 and high is not None and after > high:
                return True
        return False

    def apply(self, deltas: dict[int, int]) -> None:
        for account, delta in deltas.items():
            self.balances[account] += delta


_summed = (
    select(func.coalesce(func.sum(ExchangeMovement.minutes), 0))
    .where(ExchangeMovement.account_id == ExchangeBalance.account_id)
    .scalar_subquery()
)
# Stored balance and sum of movements of the example's members, in one query.
INVARIANT_QUERY = select(ExchangeBalance.account_id, ExchangeBalance.minutes, _summed).where(
    ExchangeBalance.account_id.in_(bindparam("ids", expanding=True))
)


class LedgerMachine(RuleBasedStateMachine):
    session = None  # set by the test
    steps = 0

    def __init__(self) -> None:
        super().__init__()
        self.traveller = time_machine.travel(START, tick=False)
        self.clock = self.traveller.start()
        update_exchange_rules(
            self.session,
            {
                "limit_mode": LimitMode.REFUSE,
                "default_min_minutes": -20 * 60,
                "default_max_minutes": 40 * 60,
                "auto_accept_days": 14,
            },
            actor=ACTOR,
        )
        for kind in LIMITED_KINDS:
            set_kind_limits(self.session, kind, min_minutes=None, max_minutes=None, actor=ACTOR)
        house = ensure_incubator_account(self.session, actor=ACTOR)
        members = [
            open_entrepreneur_account(
                self.session, make_entrepreneur(self.session, "Membre").id, actor=ACTOR
            )
            for _ in range(ENTREPRENEURS)
        ]
        members += [
            open_named_account(self.session, kind=kind, name=f"{kind.value} {k}", actor=ACTOR)
            for k, kind in enumerate((AccountKind.CONTACT, AccountKind.ORGANISATION))
        ]
        self.ids = [house.id, *(m.id for m in members)]
        self.model = Model(
            balances={house.id: house.balance_minutes or 0, **{m.id: 0 for m in members}},
            incubator=house.id,
            kinds={house.id: AccountKind.INCUBATOR, **{m.id: m.kind for m in members}},
        )

    def teardown(self) -> None:
        try:
            for request_id, req in self.model.requests.items():
                if req[4] == "pending":
                    cancel_payment_request(self.session, request_id, actor=ACTOR)
            assert check_ledger(self.session, actor=ACTOR).holds
        finally:
            self.traveller.stop()

    def _step(self) -> None:
        type(self).steps += 1

    def _post(self, from_ids: list[int], to_ids: list[int], minutes: int) -> None:
        deltas: dict[int, int] = {}
        for a in from_ids:
            deltas[a] = deltas.get(a, 0) - minutes * len(to_ids)
        for b in to_ids:
            deltas[b] = deltas.get(b, 0) + minutes * len(from_ids)
        refused = self.model.mode is LimitMode.REFUSE and self.model.breaches(deltas)
        try:
            view = record_transfer(
                self.session, from_ids=from_ids, to_ids=to_ids, minutes=minutes, actor=ACTOR
            )
        except LimitExceeded:
            assert refused
            return
        assert not refused
        assert view.flagged == self.model.breaches(deltas)
        self.model.apply(deltas)
        self.model.transfers[view.id] = [deltas, False, False]

    # --- transfers -------------------------------------------------------------------------

    @rule(data=st.data(), minutes=st.integers(1, 12 * 60))
    def transfer(self, data, minutes: int) -> None:
        self._step()
        payer, payee = data.draw(
            st.lists(st.sampled_from(self.ids), min_size=2, max_size=2, unique=True)
        )
        self._post([payer], [payee], minutes)

    @rule(data=st.data(), minutes=st.integers(15, 4 * 60), giver_pays=st.booleans())
    def one_to_many(self, data, minutes: int, giver_pays: bool) -> None:
        self._step()
        chosen = data.draw(st.lists(st.sampled_from(self.ids), min_size=3, max_size=6, unique=True))
        one, many = chosen[0], chosen[1:]
        if giver_pays:
            self._post([one], many, minutes)
        else:
            self._post(many, [one], minutes)

    @precondition(lambda self: self.model.transfers)
    @rule(data=st.data())
    def reverse(self, data) -> None:
        self._step()
        transfer_id = data.draw(st.sampled_from(sorted(self.model.transfers)))
        deltas, is_reversal, reversed_ = self.model.transfers[transfer_id]
        try:
            view = reverse_transfer(
                self.session, transfer_id, reason="Erreur de saisie", actor=ACTOR
            )
        except ConflictError:
            assert is_reversal or reversed_
            return
        assert not (is_reversal or reversed_)
        opposite = {a: -d for a, d in deltas.items()}
        assert view.flagged == self.model.breaches(opposite)
        self.model.apply(opposite)
        self.model.transfers[transfer_id][2] = True
        self.model.transfers[view.id] = [opposite, True, False]

    # --- payment requests ------------------------------------------------------------------

    @rule(data=st.data(), minutes=st.integers(1, 8 * 60))
    def request(self, data, minutes: int) -> None:
        self._step()
        payer, payee = data.draw(
            st.lists(st.sampled_from(self.ids), min_size=2, max_size=2, unique=True)
        )
        view = request_payment(
            self.session, payer_id=payer, payee_id=payee, minutes=minutes, actor=ACTOR
        )
        due = self.model.today + timedelta(days=self.model.delay)
        assert view.auto_accept_on == due
        self.model.requests[view.id] = [payer, payee, minutes, due, "pending"]

    def _accept_in_model(self, request_id: int, status: str) -> bool:
        payer, payee, minutes, _, _ = self.model.requests[request_id]
        deltas = {payer: -minutes, payee: minutes}
        if self.model.mode is LimitMode.REFUSE and self.model.breaches(deltas):
            return False
        self.model.apply(deltas)
        self.model.requests[request_id][4] = status
        return True

    @precondition(lambda self: self.model.requests)
    @rule(data=st.data(), accept=st.booleans())
    def answer(self, data, accept: bool) -> None:
        self._step()
        request_id = data.draw(st.sampled_from(sorted(self.model.requests)))
        pending = self.model.requests[request_id][4] == "pending"
        try:
            if accept:
                accept_payment_request(self.session, request_id, actor=ACTOR)
            else:
                refuse_payment_request(self.session, request_id, reason="Non", actor=ACTOR)
        except LimitExceeded:
            assert pending and accept
            payer, payee, minutes, _, _ = self.model.requests[request_id]
            assert self.model.breaches({payer: -minutes, payee: minutes})
            return
        except ConflictError:
            assert not pending
            return
        assert pending
        if accept:
            assert self._accept_in_model(request_id, "accepted")
        else:
            self.model.requests[request_id][4] = "refused"

    @rule(days=st.integers(1, 10))
    def days_pass(self, days: int) -> None:
        self._step()
        self.model.today += timedelta(days=days)
        self.clock.move_to(datetime.combine(self.model.today, START.timetz()))
        result = settle_due_requests(self.session, actor=ACTOR)
        due = sorted(
            (req[3], rid)
            for rid, req in self.model.requests.items()
            if req[4] == "pending" and req[3] <= self.model.today
        )
        expected_accepted, expected_blocked = [], []
        for _, rid in due:
            if self._accept_in_model(rid, "auto_accepted"):
                expected_accepted.append(rid)
            else:
                expected_blocked.append(rid)
        assert list(result.accepted) == expected_accepted
        assert [rid for rid, _ in result.blocked] == expected_blocked

    # --- limits ----------------------------------------------------------------------------

    @rule(
        data=st.data(),
        low=st.none() | st.integers(-40 * 60, 0),
        high=st.none() | st.integers(0, 60 * 60),
    )
    def set_member_limits(self, data, low, high) -> None:
        self._step()
        account = data.draw(st.sampled_from(self.ids[1:]))
        if low is not None and high is not None and low > high:
            return
        update_account(
            self.session, account, {"min_minutes": low, "max_minutes": high}, actor=ACTOR
        )
        self.model.limits[account] = (low, high)

    @rule(
        kind=st.sampled_from(LIMITED_KINDS),
        low=st.none() | st.integers(-30 * 60, 0),
        high=st.none() | st.integers(0, 50 * 60),
    )
    def set_category_limits(self, kind, low, high) -> None:
        self._step()
        rules = set_kind_limits(self.session, kind, min_minutes=low, max_minutes=high, actor=ACTOR)
        assert rules.limits_for(kind, None, None) == (
            rules.default_min_minutes if low is None else low,
            rules.default_max_minutes if high is None else high,
        )
        self.model.kind_limits[kind] = (low, high)

    @rule(
        mode=st.sampled_from(list(LimitMode)),
        low=st.integers(-30 * 60, 0),
        high=st.integers(0, 50 * 60),
        delay=st.integers(0, 30),
    )
    def change_rules(self, mode, low, high, delay) -> None:
        self._step()
        update_exchange_rules(
            self.session,
            {
                "limit_mode": mode,
                "default_min_minutes": low,
                "default_max_minutes": high,
                "auto_accept_days": delay,
            },
            actor=ACTOR,
        )
        self.model.mode, self.model.default_min, self.model.default_max = mode, low, high
        self.model.delay = delay

    # --- invariants ------------------------------------------------------------------------

    @invariant()
    def balances_match_the_model(self) -> None:
        rows = self.session.execute(INVARIANT_QUERY, {"ids": self.ids}).all()
        self.session.rollback()
        assert {a: (stored, summed) for a, stored, summed in rows} == {
            a: (b, b) for a, b in self.model.balances.items()
        }


def test_ledger_state_machine(session) -> None:
    LedgerMachine.session = session
    LedgerMachine.steps = 0
    run_state_machine_as_test(
        LedgerMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            # The same runs every time: a test that reaches its step count only on some draws
            # would be flaky.
            derandomize=True,
        ),
    )
    print(f"ledger state machine: {LedgerMachine.steps} steps")
    assert LedgerMachine.steps >= MIN_TOTAL_STEPS, LedgerMachine.steps
