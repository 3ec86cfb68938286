"""Events: registering, the waiting list and its offers (the known bugs of the field are the
tests: CiviCRM's offer counted from the registration, JEM's promotion of everyone), duplicate
registrations, staff reorder with a reason, closing date, capacity, e-mails in the outbox."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta

import pytest
from event_helpers import new_event, outbox, taken
from factories import audit_actions, make_entrepreneur
from sqlalchemy import select

from incubator_app import clock
from incubator_app.errors import ConflictError, ValidationError
from incubator_app.models import Registration, RegistrationChange
from incubator_app.models.vocabulary import RegistrationStatus as S
from incubator_app.services.events.detail import event_detail
from incubator_app.services.events.records import cancel_event, change_capacity, update_event
from incubator_app.services.events.registrations import (
    accept_offer,
    cancel_registration,
    decline_offer,
    mark_attendance,
    move_in_waiting_list,
    register,
)
from incubator_app.services.events.tick import tick

pytestmark = pytest.mark.core


def _reg(session, admin, event_id, n: int, party: int = 1):
    return register(
        session,
        event_id,
        email=f"p{n}@exemple.fr",
        name=f"Personne {n}",
        party_size=party,
        actor=admin,
    )


@contextmanager
def refused(words: str):
    """A ConflictError whose message (its English source, whatever the language) says `words`."""
    with pytest.raises(ConflictError) as caught:
        yield
    message = caught.value.message
    assert words in message.source.format(**message.params), message


def _status(session, reg_id):
    session.expire_all()
    return session.get(Registration, reg_id).status


def test_registered_then_waitlisted_in_order(session, admin):
    ev = new_event(session, admin, capacity=2)
    outcomes = [_reg(session, admin, ev, n) for n in range(5)]
    assert [o.status for o in outcomes] == [S.REGISTERED] * 2 + [S.WAITLISTED] * 3
    assert [o.waiting_position for o in outcomes] == [None, None, 1, 2, 3]
    detail = event_detail(session, ev, actor=admin)
    assert [r.id for r in detail.waiting] == [o.id for o in outcomes[2:]]
    assert detail.taken == 2


def test_same_person_twice_is_refused_clearly(session, admin):
    ev = new_event(session, admin, capacity=1)
    person = make_entrepreneur(session)
    register(session, ev, entrepreneur_id=person.id, actor=admin)
    with refused("already registered"):
        register(session, ev, entrepreneur_id=person.id, actor=admin)
    _reg(session, admin, ev, 1)
    with refused("already registered"):
        register(session, ev, email="P1@Exemple.fr", name="Personne 1", actor=admin)
    # After a cancellation the person may register again.
    first = session.scalars(select(Registration).where(Registration.entrepreneur_id == person.id))
    cancel_registration(session, first.one().id, actor=admin)
    again = register(session, ev, entrepreneur_id=person.id, actor=admin)
    assert again.status is S.WAITLISTED


def test_one_cancellation_promotes_once_and_offer_counts_from_the_offer(
    session, admin, frozen_clock
):
    ev = new_event(session, admin, capacity=2, offer_hours=48)
    a, _, c, d = (_reg(session, admin, ev, n) for n in range(4))
    frozen_clock.shift(timedelta(hours=30))  # long after c and d registered
    cancel_registration(session, a.id, actor=admin)
    assert _status(session, c.id) is S.OFFERED
    assert _status(session, d.id) is S.WAITLISTED  # JEM promoted everyone
    reg = session.get(Registration, c.id)
    offered_at = clock.now_utc()
    deadline = reg.offer_expires_at.replace(tzinfo=offered_at.tzinfo)
    # 48 h from the offer, not from the registration (CiviCRM).
    assert abs((deadline - offered_at) - timedelta(hours=48)) < timedelta(seconds=5)
    assert taken(session, ev) == 2
    # Idempotent: running the step again changes nothing.
    assert tick(session, actor=admin).offers == 0
    assert _status(session, d.id) is S.WAITLISTED


def test_expired_offer_frees_the_place_for_the_next(session, admin, frozen_clock):
    ev = new_event(session, admin, capacity=1, offer_hours=24)
    a, b, c = (_reg(session, admin, ev, n) for n in range(3))
    cancel_registration(session, a.id, actor=admin)
    assert _status(session, b.id) is S.OFFERED
    frozen_clock.shift(timedelta(hours=24, minutes=1))
    result = tick(session, actor=admin)
    assert result.offers == 1
    assert _status(session, b.id) is S.EXPIRED
    assert _status(session, c.id) is S.OFFERED
    with refused("expired"):
        accept_offer(session, b.id, actor=admin)
    accept_offer(session, c.id, actor=admin)
    assert _status(session, c.id) is S.REGISTERED
    assert taken(session, ev) == 1


def test_decline_offers_again(session, admin):
    ev = new_event(session, admin, capacity=1)
    a, b, c = (_reg(session, admin, ev, n) for n in range(3))
    cancel_registration(session, a.id, actor=admin)
    decline_offer(session, b.id, actor=admin)
    assert _status(session, b.id) is S.DECLINED
    assert _status(session, c.id) is S.OFFERED


def test_group_waits_and_nobody_jumps_unless_staff_decide(session, admin):
    ev = new_event(session, admin, capacity=3)
    a = _reg(session, admin, ev, 0)
    _reg(session, admin, ev, 1, party=2)
    group = _reg(session, admin, ev, 2, party=2)
    single = _reg(session, admin, ev, 3)
    assert group.status is S.WAITLISTED and single.status is S.WAITLISTED
    cancel_registration(session, a.id, actor=admin)  # 1 place free: the group needs 2
    assert _status(session, group.id) is S.WAITLISTED
    assert _status(session, single.id) is S.WAITLISTED
    with pytest.raises(ValidationError):
        move_in_waiting_list(session, single.id, 1, reason="  ", actor=admin)
    move_in_waiting_list(
        session, single.id, 1, reason="Vient de loin, une seule place libre", actor=admin
    )
    assert _status(session, single.id) is S.OFFERED
    assert _status(session, group.id) is S.WAITLISTED
    assert "reorder" in audit_actions(session, "registration", single.id)
    reasons = session.scalars(
        select(RegistrationChange.reason).where(RegistrationChange.registration_id == single.id)
    ).all()
    assert "Vient de loin, une seule place libre" in reasons


def test_closing_date_stops_offers(session, admin, frozen_clock):
    closes = clock.now_utc() + timedelta(days=1)
    ev = new_event(session, admin, capacity=1, registration_closes_at=closes)
    a, b = (_reg(session, admin, ev, n) for n in range(2))
    frozen_clock.shift(timedelta(days=1, minutes=1))
    cancel_registration(session, a.id, actor=admin)
    assert _status(session, b.id) is S.WAITLISTED
    with refused("closed"):
        _reg(session, admin, ev, 9)


def test_offer_is_shorter_near_the_event(session, admin):
    ev = new_event(session, admin, capacity=1, starts_in=timedelta(hours=10), offer_hours=48)
    a, b = (_reg(session, admin, ev, n) for n in range(2))
    cancel_registration(session, a.id, actor=admin)
    reg = session.get(Registration, b.id)
    left = reg.offer_expires_at.replace(tzinfo=clock.now_utc().tzinfo) - clock.now_utc()
    assert timedelta(hours=4, minutes=59) < left <= timedelta(hours=5)


def test_capacity_up_promotes_down_is_refused_below_taken(session, admin):
    ev = new_event(session, admin, capacity=1)
    _, b, c = (_reg(session, admin, ev, n) for n in range(3))
    change_capacity(session, ev, 3, actor=admin)
    assert _status(session, b.id) is S.OFFERED and _status(session, c.id) is S.OFFERED
    with refused("cannot be lower"):
        change_capacity(session, ev, 2, actor=admin)
    assert taken(session, ev) == 3


def test_emails_in_the_outbox_in_french(session, admin):
    ev = new_event(session, admin, capacity=1)
    a, b = (_reg(session, admin, ev, n) for n in range(2))
    cancel_registration(session, a.id, actor=admin)
    messages = outbox(session)
    kinds = [(m.related_kind, m.related_id) for m in messages]
    assert kinds == [
        ("registration:confirmed", a.id),
        ("registration:waitlisted", b.id),
        ("registration:offered", b.id),
    ]
    confirmed = messages[0]
    assert confirmed.attachments[0].mime_type == "text/calendar"
    assert b"BEGIN:VEVENT" in confirmed.attachments[0].content
    assert "Café & Cie" in confirmed.subject
    offer = messages[2]
    assert "/" in offer.body_text  # the deadline, dd/mm/yyyy


def test_reminder_two_days_before_once(session, admin, frozen_clock):
    ev = new_event(session, admin, capacity=2, starts_in=timedelta(days=3))
    a = _reg(session, admin, ev, 0)
    assert tick(session, actor=admin).reminders == 0
    frozen_clock.shift(timedelta(days=1, hours=1))
    assert tick(session, actor=admin).reminders == 1
    assert tick(session, actor=admin).reminders == 0
    reminder = [m for m in outbox(session) if m.related_kind == "registration:reminder"]
    assert [m.related_id for m in reminder] == [a.id]


def test_cancelled_by_incubator_tells_everyone(session, admin):
    ev = new_event(session, admin, capacity=1)
    a, b = (_reg(session, admin, ev, n) for n in range(2))
    cancel_event(session, ev, reason="Intervenante malade", actor=admin)
    assert _status(session, a.id) is S.CANCELLED and _status(session, b.id) is S.CANCELLED
    told = [m.related_id for m in outbox(session) if "cancelled" in (m.related_kind or "")]
    assert told == [a.id, b.id]
    with refused("cancelled"):
        _reg(session, admin, ev, 5)


def test_attendance_and_edit(session, admin):
    ev = new_event(session, admin, capacity=2)
    a = _reg(session, admin, ev, 0)
    mark_attendance(session, a.id, True, actor=admin)
    assert _status(session, a.id) is S.ATTENDED
    mark_attendance(session, a.id, False, actor=admin)
    assert _status(session, a.id) is S.ABSENT
    update_event(session, ev, {"title": "Nouveau titre"}, actor=admin)
    assert event_detail(session, ev, actor=admin).title == "Nouveau titre"


def test_bad_input(session, admin):
    with pytest.raises(ValidationError):
        new_event(session, admin, capacity=0)
    ev = new_event(session, admin, capacity=1)
    with pytest.raises(ValidationError):
        _reg(session, admin, ev, 1, party=0)
    with pytest.raises(ValidationError):
        register(session, ev, actor=admin)
