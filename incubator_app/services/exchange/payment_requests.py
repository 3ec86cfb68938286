""" "I gave": a payment request from the member who gave hours to the member who received them.
The payer accepts (a transfer is written) or refuses with a reason; a request nobody answered is
accepted automatically on its `auto_accept_on` day (the incubator's delay, 14 days by default,
counted on the app's clock) by `settle_due_requests`, which the page and the CLI run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.exchange import (
    ExchangeAccount,
    ExchangePaymentRequest,
    RequestStatus,
)
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import require_record, require_view
from incubator_app.services.exchange.accounts import labels_of
from incubator_app.services.exchange.ledger import MAX_MINUTES_PER_PAIR, post_transfer
from incubator_app.services.exchange.limits import LimitExceeded
from incubator_app.services.exchange.lock import lock_balances
from incubator_app.services.exchange.rules import current_rules
from incubator_app.services.records import check_version, record_audit, unit_of_work
from incubator_app.services.validation import Validator


@dataclass(frozen=True)
class PaymentRequestView:
    id: int
    payer_id: int
    payer_label: str
    payee_id: int
    payee_label: str
    minutes: int
    category: str | None
    note: str | None
    requested_on: date
    auto_accept_on: date
    status: RequestStatus
    decided_on: date | None
    refusal_reason: str | None
    transfer_id: int | None
    version_id: int


def _view(session: Session, r: ExchangePaymentRequest) -> PaymentRequestView:
    labels = labels_of(session, {r.payer_id, r.payee_id})
    return PaymentRequestView(
        id=r.id,
        payer_id=r.payer_id,
        payer_label=labels.get(r.payer_id, ""),
        payee_id=r.payee_id,
        payee_label=labels.get(r.payee_id, ""),
        minutes=r.minutes,
        category=r.category,
        note=r.note,
        requested_on=r.requested_on,
        auto_accept_on=r.auto_accept_on,
        status=r.status,
        decided_on=r.decided_on,
        refusal_reason=r.refusal_reason,
        transfer_id=r.transfer_id,
        version_id=r.version_id,
    )


def request_payment(
    session: Session,
    *,
    payer_id: int,
    payee_id: int,
    minutes: int,
    category: str | None = None,
    listing_id: int | None = None,
    note: str | None = None,
    actor: Actor,
) -> PaymentRequestView:
    require_record(actor)
    v = Validator()
    if v.whole_number("minutes", minutes):
        v.int_range("minutes", minutes, 1, MAX_MINUTES_PER_PAIR)
    if payer_id == payee_id:
        v.add(
            "payer",
            msg(QT_TRANSLATE_NOOP("Exchange", "A member cannot exchange hours with themselves.")),
        )
    v.raise_if_any()
    today = clock.today()
    with unit_of_work(session):
        for account_id in (payer_id, payee_id):
            if session.get(ExchangeAccount, account_id) is None:
                raise NotFound(
                    msg(
                        QT_TRANSLATE_NOOP("Exchange", "No exchange member with id {id}."),
                        id=account_id,
                    )
                )
        request = ExchangePaymentRequest(
            payer_id=payer_id,
            payee_id=payee_id,
            minutes=minutes,
            category=(category or "").strip() or None,
            listing_id=listing_id,
            note=(note or "").strip() or None,
            requested_on=today,
            auto_accept_on=today + timedelta(days=current_rules(session).auto_accept_days),
        )
        session.add(request)
        session.flush()
        record_audit(
            session,
            actor,
            "exchange_payment_request",
            request.id,
            "create",
            {"payer": payer_id, "payee": payee_id, "minutes": minutes},
        )
    return _view(session, request)


def _not_pending(request: ExchangePaymentRequest) -> ConflictError:
    return ConflictError(
        msg(
            QT_TRANSLATE_NOOP("Exchange", "Payment request {id} is no longer waiting ({status})."),
            id=request.id,
            status=request.status.value,
        )
    )


def _load_pending(
    session: Session, request_id: int, expected_version: int | None
) -> ExchangePaymentRequest:
    request = session.get(ExchangePaymentRequest, request_id, populate_existing=True)
    if request is None:
        raise NotFound(
            msg(QT_TRANSLATE_NOOP("Exchange", "No payment request with id {id}."), id=request_id)
        )
    check_version(request, expected_version)
    if request.status is not RequestStatus.PENDING:
        raise _not_pending(request)
    return request


def _accept(
    session: Session,
    request_id: int,
    expected_version: int | None,
    status: RequestStatus,
    actor: Actor,
) -> ExchangePaymentRequest:
    with unit_of_work(session):
        head = session.execute(
            select(ExchangePaymentRequest.payer_id, ExchangePaymentRequest.payee_id).where(
                ExchangePaymentRequest.id == request_id
            )
        ).first()
        if head is not None:
            # Lock before reading the status: two acceptances cannot both see "pending".
            lock_balances(session, head)
        request = _load_pending(session, request_id, expected_version)
        today = clock.today()
        transfer = post_transfer(
            session,
            {request.payer_id: -request.minutes, request.payee_id: request.minutes},
            done_on=min(today, request.auto_accept_on)
            if status is RequestStatus.AUTO_ACCEPTED
            else today,
            category=request.category,
            listing_id=request.listing_id,
            note=request.note,
            actor=actor,
        )
        request.status = status
        request.decided_on = today
        request.transfer_id = transfer.id
        record_audit(
            session,
            actor,
            "exchange_payment_request",
            request.id,
            status.value,
            {"transfer": transfer.id},
        )
    return request


def accept_payment_request(
    session: Session, request_id: int, *, expected_version: int | None = None, actor: Actor
) -> PaymentRequestView:
    require_record(actor)
    request = _accept(session, request_id, expected_version, RequestStatus.ACCEPTED, actor)
    return _view(session, request)


def refuse_payment_request(
    session: Session,
    request_id: int,
    *,
    reason: str,
    expected_version: int | None = None,
    actor: Actor,
) -> PaymentRequestView:
    require_record(actor)
    v = Validator()
    v.required("reason", reason)
    v.raise_if_any()
    with unit_of_work(session):
        request = _load_pending(session, request_id, expected_version)
        request.status = RequestStatus.REFUSED
        request.decided_on = clock.today()
        request.refusal_reason = reason.strip()
        record_audit(
            session, actor, "exchange_payment_request", request.id, "refuse", {"reason": reason}
        )
    return _view(session, request)


def cancel_payment_request(
    session: Session, request_id: int, *, expected_version: int | None = None, actor: Actor
) -> PaymentRequestView:
    require_record(actor)
    with unit_of_work(session):
        request = _load_pending(session, request_id, expected_version)
        request.status = RequestStatus.CANCELLED
        request.decided_on = clock.today()
        record_audit(session, actor, "exchange_payment_request", request.id, "cancel")
    return _view(session, request)


@dataclass(frozen=True)
class SettleResult:
    accepted: tuple[int, ...]
    # Requests that stay pending because a limit refuses them: (request id, message).
    blocked: tuple[tuple[int, str], ...]


def settle_due_requests(session: Session, *, actor: Actor) -> SettleResult:
    """Accepts every pending request whose day has come, oldest first, one transaction each (a
    request a limit refuses stays pending and is reported)."""
    require_record(actor)
    due = session.scalars(
        select(ExchangePaymentRequest.id)
        .where(
            ExchangePaymentRequest.status == RequestStatus.PENDING,
            ExchangePaymentRequest.auto_accept_on <= clock.today(),
        )
        .order_by(ExchangePaymentRequest.auto_accept_on, ExchangePaymentRequest.id)
    ).all()
    session.rollback()
    accepted, blocked = [], []
    for request_id in due:
        try:
            _accept(session, request_id, None, RequestStatus.AUTO_ACCEPTED, actor)
        except LimitExceeded as exc:
            blocked.append((request_id, str(exc)))
        except ConflictError:
            continue  # decided meanwhile by someone else
        else:
            accepted.append(request_id)
    return SettleResult(tuple(accepted), tuple(blocked))


def list_payment_requests(
    session: Session,
    *,
    status: RequestStatus | None = RequestStatus.PENDING,
    account_id: int | None = None,
    limit: int = 500,
    actor: Actor,
) -> list[PaymentRequestView]:
    require_view(actor)
    stmt = select(ExchangePaymentRequest)
    if status is not None:
        stmt = stmt.where(ExchangePaymentRequest.status == status)
    if account_id is not None:
        stmt = stmt.where(
            (ExchangePaymentRequest.payer_id == account_id)
            | (ExchangePaymentRequest.payee_id == account_id)
        )
    rows = session.scalars(
        stmt.order_by(ExchangePaymentRequest.auto_accept_on, ExchangePaymentRequest.id).limit(limit)
    ).all()
    return [_view(session, r) for r in rows]
