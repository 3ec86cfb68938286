"""Who may do what in the exchange, and who sees a balance.

The exchange reuses the app's permissions: staff who record service use record transfers for
members (members have no login of their own yet), settings are the incubator's settings, and
everyone who may view the app sees offers and requests. A balance is private: staff see every
balance; anybody else only those of members who opted in."""

from __future__ import annotations

from incubator_app.services.actor import Actor, Permission, can, require

RECORD = Permission.RECORD_SERVICE_USE
CONFIGURE = Permission.MANAGE_SETTINGS
VIEW = Permission.VIEW


def require_record(actor: Actor) -> None:
    require(actor, RECORD)


def require_configure(actor: Actor) -> None:
    require(actor, CONFIGURE)


def require_view(actor: Actor) -> None:
    require(actor, VIEW)


def sees_private_balances(actor: Actor) -> bool:
    return can(actor, RECORD)


def may_see_balance(actor: Actor, balance_public: bool) -> bool:
    return balance_public or sees_private_balances(actor)
