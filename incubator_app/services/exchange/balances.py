"""The members and their balances (windowed, sorted in SQL). A private balance is hidden
(None) from anyone who is not staff, and sorting by balance then orders by the visible ones
only, so the order itself leaks nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, case, func, literal, select
from sqlalchemy.orm import Session

from incubator_app.models import Entrepreneur
from incubator_app.models.exchange import AccountKind, ExchangeAccount, ExchangeBalance
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import require_view, sees_private_balances
from incubator_app.services.exchange.accounts import account_commune, account_label
from incubator_app.services.paging import SortOrder, apply_sort, window
from incubator_app.services.text_match import query_words, word_prefix_condition


@dataclass(frozen=True)
class BalanceRow:
    id: int
    label: str
    kind: AccountKind
    commune: str | None
    balance_minutes: int | None
    movement_count: int
    last_movement_on: date | None
    active: bool


@dataclass(frozen=True)
class BalanceFilter:
    text: str | None = None
    kind: AccountKind | None = None
    include_inactive: bool = False


class BalanceListSource:
    """Sort keys: label, balance, movements, last_movement_on, commune, kind."""

    def __init__(self, actor: Actor, balance_filter: BalanceFilter | None = None) -> None:
        require_view(actor)
        self.actor = actor
        self.filter = balance_filter or BalanceFilter()

    def _visible_balance(self):
        if sees_private_balances(self.actor):
            return ExchangeBalance.minutes
        return case((ExchangeAccount.balance_public, ExchangeBalance.minutes), else_=literal(None))

    def _stmt(self, session: Session, *columns) -> Select:
        stmt = (
            select(*columns)
            .select_from(ExchangeAccount)
            .join(ExchangeBalance, ExchangeBalance.account_id == ExchangeAccount.id)
            .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
        )
        f = self.filter
        if not f.include_inactive:
            stmt = stmt.where(ExchangeAccount.active.is_(True))
        if f.kind is not None:
            stmt = stmt.where(ExchangeAccount.kind == f.kind)
        matching = word_prefix_condition(
            f.text, [account_label(), account_commune()], session.get_bind().dialect.name
        )
        if matching is not None:
            stmt = stmt.where(matching)
        return stmt

    def count(self, session: Session) -> int:
        if not query_words(self.filter.text):
            # No name filter: the count needs no join with the entrepreneurs.
            stmt = select(func.count()).select_from(ExchangeAccount)
            if not self.filter.include_inactive:
                stmt = stmt.where(ExchangeAccount.active.is_(True))
            if self.filter.kind is not None:
                stmt = stmt.where(ExchangeAccount.kind == self.filter.kind)
            return session.scalar(stmt) or 0
        return session.scalar(self._stmt(session, func.count())) or 0

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> Sequence[BalanceRow]:
        balance = self._visible_balance()
        label = account_label()
        stmt = self._stmt(
            session,
            ExchangeAccount.id,
            label,
            ExchangeAccount.kind,
            account_commune(),
            balance,
            ExchangeBalance.movement_count,
            ExchangeBalance.last_movement_on,
            ExchangeAccount.active,
        )
        stmt = apply_sort(
            stmt,
            sort,
            {
                "label": func.lower(label),
                "balance": balance,
                "movements": ExchangeBalance.movement_count,
                "last_movement_on": ExchangeBalance.last_movement_on,
                "commune": account_commune(),
                "kind": ExchangeAccount.kind,
            },
            default=[func.lower(label)],
            tiebreak=ExchangeAccount.id,
        )
        return [BalanceRow(*row) for row in session.execute(window(stmt, offset, limit))]
