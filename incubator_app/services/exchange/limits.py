"""Minimum and maximum balances: per account, else per category of members (the account's
kind), else the incubator's defaults; none for the incubator's own account. Only a movement
*towards* the outside of the range is checked, so an account already beyond a limit that was
lowered can always come back."""

from __future__ import annotations

from dataclasses import dataclass

from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.services.exchange.hours import hours_text
from incubator_app.services.exchange.lock import LockedMember
from incubator_app.services.exchange.rules import ExchangeRules


class LimitExceeded(ConflictError):
    """A transfer would take an account beyond its limit and the incubator refuses those."""


@dataclass(frozen=True)
class Breach:
    account_id: int
    label: str
    balance_after: int
    limit: int
    below: bool

    def message(self) -> Msg:
        if self.below:
            key = QT_TRANSLATE_NOOP(
                "Exchange",
                "{member} would go down to {after}, below the minimum of {limit}.",
            )
        else:
            key = QT_TRANSLATE_NOOP(
                "Exchange",
                "{member} would go up to {after}, above the maximum of {limit}.",
            )
        return msg(
            key,
            member=self.label,
            after=hours_text(self.balance_after),
            limit=hours_text(self.limit),
        )


def limits_of(account: LockedMember, rules: ExchangeRules) -> tuple[int | None, int | None]:
    return rules.limits_for(account.kind, account.min_minutes, account.max_minutes)


def find_breaches(
    members: dict[int, LockedMember],
    deltas: dict[int, int],
    rules: ExchangeRules,
) -> list[Breach]:
    breaches = []
    for account_id, delta in sorted(deltas.items()):
        member = members[account_id]
        low, high = limits_of(member, rules)
        after = member.balance + delta
        if delta < 0 and low is not None and after < low:
            breaches.append(Breach(account_id, member.label, after, low, True))
        if delta > 0 and high is not None and after > high:
            breaches.append(Breach(account_id, member.label, after, high, False))
    return breaches
