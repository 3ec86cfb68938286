"""Transfers: double entry, one-to-one or one-to-many, never edited nor deleted; a correction is
a reversing transfer with a reason. Every transfer locks the accounts it moves
(services/exchange/lock.py), checks their limits, writes its movements with the balance after
each, and updates the stored balances, all in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.exchange import (
    ExchangeBalance,
    ExchangeListing,
    ExchangeMovement,
    ExchangeTransfer,
    LimitMode,
    TransferKind,
)
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import require_record, require_view
from incubator_app.services.exchange.limits import LimitExceeded, find_breaches
from incubator_app.services.exchange.lock import lock_balances, lock_members
from incubator_app.services.exchange.rules import current_rules
from incubator_app.services.records import record_audit, unit_of_work
from incubator_app.services.validation import Validator

# One exchange between two members is at most 100 hours: beyond that it is a typing slip.
MAX_MINUTES_PER_PAIR = 100 * 60
MAX_COUNTERPARTS = 200


@dataclass(frozen=True)
class TransferView:
    id: int
    kind: TransferKind
    done_on: date
    total_minutes: int
    category: str | None
    listing_id: int | None
    note: str | None
    reverses_id: int | None
    flagged: bool
    # (account_id, signed minutes), in account order.
    legs: tuple[tuple[int, int], ...]
    # Set when the transfer was only flagged beyond a limit: the messages staff see.
    warnings: tuple[str, ...] = ()


def legs_of(from_ids: Sequence[int], to_ids: Sequence[int], minutes: int) -> dict[int, int]:
    """One side has one account; each pair moves `minutes` (a workshop for 8: 8 × minutes)."""
    deltas: dict[int, int] = {}
    for payer in from_ids:
        deltas[payer] = deltas.get(payer, 0) - minutes * len(to_ids)
    for payee in to_ids:
        deltas[payee] = deltas.get(payee, 0) + minutes * len(from_ids)
    return deltas


def _validate(
    from_ids: Sequence[int], to_ids: Sequence[int], minutes: object, done_on: date
) -> None:
    v = Validator()
    if v.whole_number("minutes", minutes):
        v.int_range("minutes", minutes, 1, MAX_MINUTES_PER_PAIR)  # type: ignore[arg-type]
    if not from_ids:
        v.add("from", msg(QT_TRANSLATE_NOOP("Exchange", "Choose who gives the hours.")))
    if not to_ids:
        v.add("to", msg(QT_TRANSLATE_NOOP("Exchange", "Choose who receives the hours.")))
    if from_ids and to_ids and len(from_ids) > 1 and len(to_ids) > 1:
        v.add(
            "to",
            msg(QT_TRANSLATE_NOOP("Exchange", "One side of a transfer must be a single member.")),
        )
    if len(set(from_ids)) != len(from_ids) or len(set(to_ids)) != len(to_ids):
        v.add("to", msg(QT_TRANSLATE_NOOP("Exchange", "A member is listed twice.")))
    if set(from_ids) & set(to_ids):
        v.add(
            "to",
            msg(QT_TRANSLATE_NOOP("Exchange", "A member cannot exchange hours with themselves.")),
        )
    if len(from_ids) + len(to_ids) > MAX_COUNTERPARTS + 1:
        v.add(
            "to",
            msg(
                QT_TRANSLATE_NOOP("Exchange", "At most {n} members in one transfer."),
                n=MAX_COUNTERPARTS,
            ),
        )
    if done_on > clock.today():
        v.add(
            "done_on", msg(QT_TRANSLATE_NOOP("Exchange", "The exchange cannot be in the future."))
        )
    v.raise_if_any()


def post_transfer(
    session: Session,
    deltas: dict[int, int],
    *,
    done_on: date,
    category: str | None,
    listing_id: int | None,
    note: str | None,
    actor: Actor,
    reverses_id: int | None = None,
) -> PostedTransfer:
    """Writes one balanced transfer inside the caller's unit of work (which must not have
    written anything yet on SQLite: the lock is taken here)."""
    assert sum(deltas.values()) == 0 and all(deltas.values())
    members = lock_members(session, deltas)
    missing = sorted(set(deltas) - set(members))
    if missing:
        raise NotFound(
            msg(QT_TRANSLATE_NOOP("Exchange", "No exchange member with id {id}."), id=missing[0])
        )
    inactive = [i for i in sorted(deltas) if not members[i].active]
    if inactive and reverses_id is None:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP("Exchange", "{member} no longer takes part in the exchange."),
                member=members[inactive[0]].label,
            )
        )
    rules = current_rules(session)
    breaches = find_breaches(members, deltas, rules)
    if breaches and reverses_id is None and rules.limit_mode is LimitMode.REFUSE:
        raise LimitExceeded(breaches[0].message())
    transfer_id = session.execute(
        insert(ExchangeTransfer)
        .values(
            kind=TransferKind.REVERSAL if reverses_id is not None else TransferKind.TRANSFER,
            done_on=done_on,
            total_minutes=sum(d for d in deltas.values() if d > 0),
            category=category,
            listing_id=listing_id,
            note=note,
            reverses_id=reverses_id,
            flagged=bool(breaches),
            recorded_by=actor.login,
        )
        .returning(ExchangeTransfer.id)
    ).scalar_one()
    legs = sorted(deltas.items())
    session.execute(
        insert(ExchangeMovement),
        [
            {
                "transfer_id": transfer_id,
                "account_id": account_id,
                "minutes": delta,
                "balance_after": members[account_id].balance + delta,
                "done_on": done_on,
            }
            for account_id, delta in legs
        ],
    )
    # Absolute values, computed under the lock (an ORM bulk UPDATE by primary key).
    session.execute(
        update(ExchangeBalance),
        [
            {
                "account_id": account_id,
                "minutes": members[account_id].balance + delta,
                "movement_count": members[account_id].movement_count + 1,
                "last_movement_on": max(done_on, members[account_id].last_movement_on or done_on),
            }
            for account_id, delta in legs
        ],
    )
    record_audit(
        session,
        actor,
        "exchange_transfer",
        transfer_id,
        "reverse" if reverses_id is not None else "create",
        {"legs": {str(k): v for k, v in legs}, "reverses": reverses_id},
    )
    return PostedTransfer(
        id=transfer_id,
        kind=TransferKind.REVERSAL if reverses_id is not None else TransferKind.TRANSFER,
        done_on=done_on,
        total_minutes=sum(d for d in deltas.values() if d > 0),
        category=category,
        listing_id=listing_id,
        note=note,
        reverses_id=reverses_id,
        flagged=bool(breaches),
        warnings=tuple(str(b.message()) for b in breaches),
    )


@dataclass(frozen=True)
class PostedTransfer:
    id: int
    kind: TransferKind
    done_on: date
    total_minutes: int
    category: str | None
    listing_id: int | None
    note: str | None
    reverses_id: int | None
    flagged: bool
    warnings: tuple[str, ...] = ()


def _view(transfer: ExchangeTransfer | PostedTransfer, deltas: dict[int, int]) -> TransferView:
    return TransferView(
        id=transfer.id,
        kind=transfer.kind,
        done_on=transfer.done_on,
        total_minutes=transfer.total_minutes,
        category=transfer.category,
        listing_id=transfer.listing_id,
        note=transfer.note,
        reverses_id=transfer.reverses_id,
        flagged=transfer.flagged,
        legs=tuple(sorted(deltas.items())),
        warnings=getattr(transfer, "warnings", ()),
    )


def record_transfer(
    session: Session,
    *,
    from_ids: Sequence[int],
    to_ids: Sequence[int],
    minutes: int,
    done_on: date | None = None,
    category: str | None = None,
    listing_id: int | None = None,
    note: str | None = None,
    actor: Actor,
) -> TransferView:
    """Hours flow from the `from` members to the `to` members: "I received" (the receiver pays
    the giver) or a workshop given to several members (one giver, N payers)."""
    require_record(actor)
    done_on = done_on or clock.today()
    from_ids, to_ids = list(from_ids), list(to_ids)
    _validate(from_ids, to_ids, minutes, done_on)
    deltas = legs_of(from_ids, to_ids, minutes)
    with unit_of_work(session):
        if listing_id is not None:
            listing = session.get(ExchangeListing, listing_id)
            if listing is None:
                raise NotFound(
                    msg(
                        QT_TRANSLATE_NOOP("Exchange", "No offer or request with id {id}."),
                        id=listing_id,
                    )
                )
            category = category or listing.category
        transfer = post_transfer(
            session,
            deltas,
            done_on=done_on,
            category=(category or "").strip() or None,
            listing_id=listing_id,
            note=(note or "").strip() or None,
            actor=actor,
        )
    return _view(transfer, deltas)


def transfer_legs(session: Session, transfer_id: int) -> dict[int, int]:
    rows = session.execute(
        select(ExchangeMovement.account_id, ExchangeMovement.minutes).where(
            ExchangeMovement.transfer_id == transfer_id
        )
    )
    return {account_id: minutes for account_id, minutes in rows}


def reverse_transfer(
    session: Session, transfer_id: int, *, reason: str, actor: Actor
) -> TransferView:
    """The correcting transfer: every movement of the original, opposite, with the reason.
    A reversal is never refused by a limit (it is flagged instead), and a transfer is reversed
    at most once; a reversal itself cannot be reversed (record a new transfer instead)."""
    require_record(actor)
    v = Validator()
    v.required("reason", reason)
    v.max_length("reason", reason, 2000)
    v.raise_if_any()
    with unit_of_work(session):
        original = session.get(ExchangeTransfer, transfer_id)
        if original is None:
            raise NotFound(
                msg(QT_TRANSLATE_NOOP("Exchange", "No transfer with id {id}."), id=transfer_id)
            )
        if original.kind is TransferKind.REVERSAL:
            raise ConflictError(
                msg(QT_TRANSLATE_NOOP("Exchange", "A reversal cannot be reversed."))
            )
        legs = transfer_legs(session, transfer_id)
        deltas = {account_id: -minutes for account_id, minutes in legs.items()}
        # The lock comes first; only then is "already reversed" read, so two reversals of the
        # same transfer cannot both pass (the unique reverses_id would refuse the second anyway).
        lock_balances(session, deltas)
        already = session.scalar(
            select(ExchangeTransfer.id).where(ExchangeTransfer.reverses_id == transfer_id)
        )
        if already is not None:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP("Exchange", "Transfer {id} was already reversed by {by}."),
                    id=transfer_id,
                    by=already,
                )
            )
        reversal = post_transfer(
            session,
            deltas,
            done_on=clock.today(),
            category=original.category,
            listing_id=original.listing_id,
            note=reason.strip(),
            actor=actor,
            reverses_id=transfer_id,
        )
    return _view(reversal, deltas)


def get_transfer(session: Session, transfer_id: int, *, actor: Actor) -> TransferView:
    require_view(actor)
    transfer = session.get(ExchangeTransfer, transfer_id)
    if transfer is None:
        raise NotFound(
            msg(QT_TRANSLATE_NOOP("Exchange", "No transfer with id {id}."), id=transfer_id)
        )
    return _view(transfer, transfer_legs(session, transfer_id))
