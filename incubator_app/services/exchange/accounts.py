"""Members' accounts: the incubator's own account, one per entrepreneur, and named accounts for
contacts and organisations; their limits, declared trade and privacy choice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Discipline, Entrepreneur
from incubator_app.models.exchange import (
    AccountKind,
    ExchangeAccount,
    ExchangeBalance,
)
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import (
    may_see_balance,
    require_configure,
    require_record,
    require_view,
)
from incubator_app.services.records import (
    get_or_raise,
    load_for_update,
    record_audit,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.validation import Validator

INCUBATOR_ACCOUNT_NAME = "La couveuse"


@cache
def account_label() -> ColumnElement[str]:
    """The member's name in SQL (needs an outer join of `Entrepreneur` on the account). Built
    once: SQL expressions are immutable, and building this one costs more than running it."""
    return func.coalesce(
        Entrepreneur.first_name + " " + Entrepreneur.last_name, ExchangeAccount.name, ""
    )


@cache
def account_commune() -> ColumnElement[str | None]:
    return func.coalesce(ExchangeAccount.commune, Entrepreneur.commune)


@dataclass(frozen=True)
class AccountView:
    id: int
    kind: AccountKind
    label: str
    entrepreneur_id: int | None
    commune: str | None
    neighbourhood: str | None
    professional_activity: str | None
    min_minutes: int | None
    max_minutes: int | None
    balance_public: bool
    active: bool
    joined_on: date
    # None when the actor may not see it (privacy).
    balance_minutes: int | None
    version_id: int


def _view(session: Session, account: ExchangeAccount, actor: Actor) -> AccountView:
    label, commune, balance = session.execute(
        select(account_label(), account_commune(), ExchangeBalance.minutes)
        .select_from(ExchangeAccount)
        .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
        .outerjoin(ExchangeBalance, ExchangeBalance.account_id == ExchangeAccount.id)
        .where(ExchangeAccount.id == account.id)
    ).one()
    return AccountView(
        id=account.id,
        kind=account.kind,
        label=label,
        entrepreneur_id=account.entrepreneur_id,
        commune=commune,
        neighbourhood=account.neighbourhood,
        professional_activity=account.professional_activity,
        min_minutes=account.min_minutes,
        max_minutes=account.max_minutes,
        balance_public=account.balance_public,
        active=account.active,
        joined_on=account.joined_on,
        balance_minutes=balance if may_see_balance(actor, account.balance_public) else None,
        version_id=account.version_id,
    )


def _new_account(session: Session, actor: Actor, **values: Any) -> ExchangeAccount:
    account = ExchangeAccount(joined_on=clock.today(), **values)
    session.add(account)
    session.flush()
    session.add(ExchangeBalance(account_id=account.id, minutes=0, movement_count=0))
    record_audit(
        session, actor, "exchange_account", account.id, "create", {"kind": account.kind.value}
    )
    return account


def incubator_account_id(session: Session) -> int | None:
    return session.scalar(
        select(ExchangeAccount.id)
        .where(ExchangeAccount.kind == AccountKind.INCUBATOR)
        .order_by(ExchangeAccount.id)
        .limit(1)
    )


def ensure_incubator_account(session: Session, *, actor: Actor) -> AccountView:
    """The incubator's own account (created on first use; there is only one)."""
    require_record(actor)
    account_id = incubator_account_id(session)
    if account_id is None:
        with unit_of_work(session):
            account = _new_account(
                session, actor, kind=AccountKind.INCUBATOR, name=INCUBATOR_ACCOUNT_NAME
            )
        account_id = account.id
    return _view(session, get_or_raise(session, ExchangeAccount, account_id), actor)


def _trade_of(session: Session, person: Entrepreneur) -> str | None:
    """An entrepreneur's declared trade: their discipline and project, to warn on offers."""
    parts = []
    if person.discipline_id is not None:
        discipline = session.get(Discipline, person.discipline_id)
        if discipline is not None:
            parts.append(discipline.label)
    if person.project_name:
        parts.append(person.project_name)
    return ", ".join(parts) or None


def open_entrepreneur_account(
    session: Session, entrepreneur_id: int, *, actor: Actor
) -> AccountView:
    """The entrepreneur's account, opened if they have none yet."""
    require_record(actor)
    person = get_or_raise(session, Entrepreneur, entrepreneur_id)
    existing = session.scalar(
        select(ExchangeAccount).where(ExchangeAccount.entrepreneur_id == entrepreneur_id)
    )
    if existing is not None:
        return _view(session, existing, actor)
    with unit_of_work(session):
        account = _new_account(
            session,
            actor,
            kind=AccountKind.ENTREPRENEUR,
            entrepreneur_id=entrepreneur_id,
            professional_activity=_trade_of(session, person),
        )
    return _view(session, account, actor)


def open_named_account(
    session: Session,
    *,
    kind: AccountKind | str,
    name: str,
    commune: str | None = None,
    neighbourhood: str | None = None,
    professional_activity: str | None = None,
    actor: Actor,
) -> AccountView:
    """An account for a contact or an organisation (not yet linked to their records)."""
    require_record(actor)
    v = Validator()
    kind = v.choice("kind", kind, AccountKind)
    if kind in (AccountKind.ENTREPRENEUR, AccountKind.INCUBATOR):
        v.add(
            "kind",
            msg(QT_TRANSLATE_NOOP("Exchange", "Use the entrepreneur's or incubator's account.")),
        )
    v.required("name", name)
    v.max_length("name", name, 200)
    v.raise_if_any()
    with unit_of_work(session):
        account = _new_account(
            session,
            actor,
            kind=kind,
            name=name.strip(),
            commune=commune,
            neighbourhood=neighbourhood,
            professional_activity=professional_activity,
        )
    return _view(session, account, actor)


def get_account(session: Session, account_id: int, *, actor: Actor) -> AccountView:
    require_view(actor)
    return _view(session, get_or_raise(session, ExchangeAccount, account_id), actor)


def account_for_entrepreneur(
    session: Session, entrepreneur_id: int, *, actor: Actor
) -> AccountView | None:
    require_view(actor)
    account = session.scalar(
        select(ExchangeAccount).where(ExchangeAccount.entrepreneur_id == entrepreneur_id)
    )
    return None if account is None else _view(session, account, actor)


EDITABLE = (
    "commune",
    "neighbourhood",
    "professional_activity",
    "min_minutes",
    "max_minutes",
    "balance_public",
    "active",
    "name",
)


def update_account(
    session: Session,
    account_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
    actor: Actor,
) -> AccountView:
    """Limits (None = the incubator's defaults), trade, privacy choice, name of a named member."""
    if set(changes) & {"min_minutes", "max_minutes"}:
        require_configure(actor)
    else:
        require_record(actor)
    v = Validator()
    v.only_fields(changes, EDITABLE)
    for field in ("min_minutes", "max_minutes"):
        if changes.get(field) is not None:
            v.whole_number(field, changes[field])
    if isinstance(changes.get("min_minutes"), int) and changes["min_minutes"] > 0:
        v.add(
            "min_minutes",
            msg(QT_TRANSLATE_NOOP("Exchange", "The minimum balance cannot be above zero.")),
        )
    if isinstance(changes.get("max_minutes"), int) and changes["max_minutes"] < 0:
        v.add(
            "max_minutes",
            msg(QT_TRANSLATE_NOOP("Exchange", "The maximum balance cannot be below zero.")),
        )
    v.raise_if_any()
    with unit_of_work(session):
        account = load_for_update(session, ExchangeAccount, account_id, expected_version)
        if "name" in changes and account.kind is AccountKind.ENTREPRENEUR:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Exchange", "An entrepreneur's name is changed on their record."
                    )
                )
            )
        update_with_audit(session, actor, account, "exchange_account", changes)
    return _view(session, account, actor)


def require_account(session: Session, account_id: int) -> ExchangeAccount:
    account = session.get(ExchangeAccount, account_id)
    if account is None:
        raise NotFound(
            msg(QT_TRANSLATE_NOOP("Exchange", "No exchange member with id {id}."), id=account_id)
        )
    return account


def labels_of(session: Session, account_ids: list[int] | set[int]) -> dict[int, str]:
    if not account_ids:
        return {}
    rows = session.execute(
        select(ExchangeAccount.id, account_label())
        .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
        .where(ExchangeAccount.id.in_(list(account_ids)))
    )
    return {account_id: label for account_id, label in rows}


def resolve_member(session: Session, text: str, *, actor: Actor) -> AccountView:
    """A member named on the command line: an account id ("12"), the incubator ("incubator"
    or "couveuse"), "e:ID" for an entrepreneur's account, or an exact name (any case)."""
    require_view(actor)
    t = (text or "").strip()
    account_id: int | None = None
    if t.isdigit():
        account_id = int(t)
    elif t.lower() in ("incubator", "couveuse", "la couveuse"):
        account_id = incubator_account_id(session)
    elif t.lower().startswith("e:") and t[2:].isdigit():
        account_id = session.scalar(
            select(ExchangeAccount.id).where(ExchangeAccount.entrepreneur_id == int(t[2:]))
        )
    else:
        found = session.scalars(
            select(ExchangeAccount.id)
            .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
            .where(func.lower(account_label()) == t.lower())
            .limit(2)
        ).all()
        if len(found) > 1:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Exchange", "Several members are called “{name}”: give the account id."
                    ),
                    name=t,
                )
            )
        account_id = found[0] if found else None
    if account_id is None or session.get(ExchangeAccount, account_id) is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Exchange", "No exchange member “{name}”."), name=t))
    return get_account(session, account_id, actor=actor)


@dataclass(frozen=True)
class MemberChoice:
    id: int
    label: str
    kind: AccountKind


def member_choices(session: Session, *, actor: Actor) -> list[MemberChoice]:
    """Every active member, by name, for pickers (a few thousand short rows at most)."""
    require_view(actor)
    rows = session.execute(
        select(ExchangeAccount.id, account_label(), ExchangeAccount.kind)
        .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
        .where(ExchangeAccount.active.is_(True))
        .order_by(func.lower(account_label()), ExchangeAccount.id)
    )
    return [MemberChoice(*row) for row in rows]


def open_accounts_for_all_entrepreneurs(session: Session, *, actor: Actor) -> int:
    """Opens an account for every entrepreneur who has none (not archived); returns how many."""
    require_record(actor)
    missing = session.scalars(
        select(Entrepreneur.id)
        .outerjoin(ExchangeAccount, ExchangeAccount.entrepreneur_id == Entrepreneur.id)
        .where(ExchangeAccount.id.is_(None), Entrepreneur.archived.is_(False))
        .order_by(Entrepreneur.id)
    ).all()
    for person_id in missing:
        open_entrepreneur_account(session, person_id, actor=actor)
    return len(missing)
