"""The waiting list against a plain Python reference model, driven by hypothesis' state machine:
registrations of single people and groups, cancellations, offers accepted or declined, time
passing beyond offer deadlines (and the tick), capacity going up and down, staff moving someone
in the waiting list with a reason.

After every step the database says what the model says (each registration's status, queue key
and offer deadline), and: places taken ≤ capacity; every offer's deadline is its offer time plus
the hold; the number of offers ever made equals the model's (a freed place is offered exactly
once, nobody is offered a place that is not free); the offers follow the queue order (no
waiting registration ahead of an offered one fits in the places that were free).

One database per test run, one event per example, derandomized; at least 10,000 steps run in
total (asserted)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from incubator_app.errors import ConflictError
from incubator_app.models import Contact, Event, Registration, RegistrationChange
from incubator_app.models.vocabulary import RegistrationStatus as S
from incubator_app.services.actor import Actor
from incubator_app.services.events.records import change_capacity, create_event
from incubator_app.services.events.registrations import (
    accept_offer,
    cancel_registration,
    decline_offer,
    move_in_waiting_list,
    register,
)
from incubator_app.services.events.tick import tick

pytestmark = pytest.mark.core

PEOPLE = 7
EXAMPLES = 125
STEPS = 100
MIN_TOTAL_STEPS = 10_000
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OFFER_HOURS = 24
ACTOR = Actor.system()

HOLDING = {"registered", "offered"}
ACTIVE = {"registered", "offered", "waitlisted"}


@dataclass
class Reg:
    person: int
    party: int
    status: str
    key: int
    expires: datetime | None = None


@dataclass
class Model:
    """What the event must look like, computed by hand."""

    capacity: int
    starts: datetime
    regs: dict[int, Reg] = field(default_factory=dict)
    offers_made: int = 0

    def taken(self) -> int:
        return sum(r.party for r in self.regs.values() if r.status in HOLDING)

    def waiting(self) -> list[tuple[int, Reg]]:
        return sorted(
            ((i, r) for i, r in self.regs.items() if r.status == "waitlisted"),
            key=lambda item: item[1].key,
        )

    def promote(self, now: datetime) -> None:
        for r in self.regs.values():
            if r.status == "offered" and r.expires is not None and r.expires <= now:
                r.status, r.expires = "expired", None
        if now >= self.starts:
            return
        hold = min(timedelta(hours=OFFER_HOURS), (self.starts - now) / 2)
        if hold < timedelta(minutes=10):
            return
        free = self.capacity - self.taken()
        for _, r in self.waiting():
            if free <= 0 or r.party > free:
                break
            r.status, r.expires = "offered", now + hold
            free -= r.party
            self.offers_made += 1


class WaitingListMachine(RuleBasedStateMachine):
    session = None  # set by the test
    people: list[int] = []
    steps = 0

    def __init__(self) -> None:
        super().__init__()
        self.traveller = time_machine.travel(START, tick=False)
        self.clock = self.traveller.start()
        self.now = START
        capacity = 3
        starts = START + timedelta(days=6)
        self.event_id = create_event(
            self.session,
            title="Atelier",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            capacity=capacity,
            offer_hours=OFFER_HOURS,
            actor=ACTOR,
        )
        self.model = Model(capacity=capacity, starts=starts)

    def teardown(self) -> None:
        self.traveller.stop()

    def _step(self) -> None:
        type(self).steps += 1

    def _ids(self, statuses: set[str]) -> list[int]:
        return sorted(i for i, r in self.model.regs.items() if r.status in statuses)

    # --- rules -----------------------------------------------------------------------------

    @rule(person=st.integers(0, PEOPLE - 1), party=st.sampled_from([1, 1, 1, 2, 3]))
    def register(self, person: int, party: int) -> None:
        self._step()
        m = self.model
        refused = self.now >= m.starts or any(
            r.person == person and r.status in ACTIVE for r in m.regs.values()
        )
        try:
            outcome = register(
                self.session,
                self.event_id,
                contact_id=self.people[person],
                party_size=party,
                actor=ACTOR,
            )
        except ConflictError as exc:
            assert refused, str(exc)
            return
        assert not refused
        m.promote(self.now)
        fits = not m.waiting() and party <= m.capacity - m.taken()
        key = max((r.key for r in m.regs.values()), default=0) + 1
        m.regs[outcome.id] = Reg(person, party, "registered" if fits else "waitlisted", key)
        m.promote(self.now)

    @precondition(lambda self: self._ids(ACTIVE))
    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        self._step()
        reg_id = data.draw(st.sampled_from(self._ids(ACTIVE)))
        cancel_registration(self.session, reg_id, actor=ACTOR)
        self.model.regs[reg_id].status = "cancelled"
        self.model.regs[reg_id].expires = None
        self.model.promote(self.now)

    @precondition(lambda self: self._ids({"offered"}))
    @rule(data=st.data(), accept=st.booleans())
    def answer_offer(self, data: st.DataObject, accept: bool) -> None:
        self._step()
        reg_id = data.draw(st.sampled_from(self._ids({"offered"})))
        m = self.model
        r = m.regs[reg_id]
        if accept:
            m.promote(self.now)  # an offer past its deadline expires before it is accepted
            expected_ok = r.status == "offered"
            try:
                accept_offer(self.session, reg_id, actor=ACTOR)
            except ConflictError:
                assert not expected_ok
                return
            assert expected_ok
            r.status, r.expires = "registered", None
        else:
            decline_offer(self.session, reg_id, actor=ACTOR)
            r.status, r.expires = "declined", None
            m.promote(self.now)

    @rule(minutes=st.sampled_from([5, 60, 600, 24 * 60, 24 * 60 + 1, 30 * 60]), run=st.booleans())
    def time_passes(self, minutes: int, run: bool) -> None:
        self._step()
        self.now += timedelta(minutes=minutes)
        self.clock.move_to(self.now)
        if run:
            tick(self.session, actor=ACTOR)
            self.model.promote(self.now)

    @rule(capacity=st.integers(1, 6))
    def change_capacity(self, capacity: int) -> None:
        self._step()
        m = self.model
        refused = capacity < m.taken()
        try:
            change_capacity(self.session, self.event_id, capacity, actor=ACTOR)
        except ConflictError:
            assert refused
            return
        assert not refused
        m.capacity = capacity
        m.promote(self.now)

    @precondition(lambda self: self._ids({"waitlisted"}))
    @rule(data=st.data(), position=st.integers(1, 4))
    def staff_reorder(self, data: st.DataObject, position: int) -> None:
        self._step()
        m = self.model
        reg_id = data.draw(st.sampled_from(self._ids({"waitlisted"})))
        move_in_waiting_list(self.session, reg_id, position, reason="staff decision", actor=ACTOR)
        waiting = m.waiting()
        keys = sorted(r.key for _, r in waiting)
        order = [i for i, _ in waiting if i != reg_id]
        order.insert(min(position, len(order) + 1) - 1, reg_id)
        for i, key in zip(order, keys, strict=True):
            m.regs[i].key = key
        m.promote(self.now)

    # --- invariants ------------------------------------------------------------------------

    @invariant()
    def database_matches_the_model(self) -> None:
        s = self.session
        rows = s.execute(
            select(
                Registration.id,
                Registration.status,
                Registration.queue_key,
                Registration.party_size,
                Registration.offered_at,
                Registration.offer_expires_at,
            ).where(Registration.event_id == self.event_id)
        ).all()
        offers = s.scalar(
            select(func.count())
            .select_from(RegistrationChange)
            .join(Registration, Registration.id == RegistrationChange.registration_id)
            .where(
                Registration.event_id == self.event_id,
                RegistrationChange.to_status == S.OFFERED.value,
            )
        )
        stored = s.scalar(select(Event.places_taken).where(Event.id == self.event_id))
        s.rollback()
        m = self.model
        utc = lambda v: v.replace(tzinfo=UTC) if v is not None and v.tzinfo is None else v  # noqa: E731
        got = {r[0]: (r[1].value, r[2], utc(r[5])) for r in rows}
        assert got == {i: (r.status, r.key, r.expires) for i, r in m.regs.items()}
        held = sum(r[3] for r in rows if r[1] in (S.REGISTERED, S.OFFERED))
        assert held <= m.capacity
        assert stored == held  # the list's stored copy follows every change
        # A freed place is offered exactly once; each offer holds from its own offer time.
        assert offers == m.offers_made
        for r in rows:
            if r[1] is S.OFFERED:
                hold = utc(r[5]) - utc(r[4])
                assert timedelta(minutes=10) <= hold <= timedelta(hours=OFFER_HOURS)


@pytest.mark.timeout(1800)  # 10,000 steps of transactions: minutes on a loaded PostgreSQL runner
def test_waiting_list_state_machine(session) -> None:
    # Without e-mail addresses: the e-mails are tested in test_events.py, and hypothesis seeds
    # `random`, which email.utils.make_msgid draws from (same Message-ID at a frozen instant).
    contacts = [Contact(last_name=f"Personne {k}") for k in range(PEOPLE)]
    session.add_all(contacts)
    session.commit()
    WaitingListMachine.session = session
    WaitingListMachine.people = [c.id for c in contacts]
    WaitingListMachine.steps = 0
    run_state_machine_as_test(
        WaitingListMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            derandomize=True,
        ),
    )
    print(f"waiting list state machine: {WaitingListMachine.steps} steps")
    assert WaitingListMachine.steps >= MIN_TOTAL_STEPS, WaitingListMachine.steps
