"""Members for the exchange tests: entrepreneurs with accounts, the incubator's account."""

from __future__ import annotations

from factories import make_entrepreneur
from sqlalchemy.orm import Session

from incubator_app.services.actor import Actor
from incubator_app.services.exchange.accounts import (
    AccountView,
    ensure_incubator_account,
    open_entrepreneur_account,
)


def make_members(session: Session, actor: Actor, n: int) -> list[AccountView]:
    names = ["Léa", "Hugo", "Inès", "Malik", "Zoé", "Yanis", "Chloé", "Théo", "Nina", "Sami"]
    out = []
    for k in range(n):
        person = make_entrepreneur(session, names[k % len(names)], f"Membre{k}")
        out.append(open_entrepreneur_account(session, person.id, actor=actor))
    return out


def incubator(session: Session, actor: Actor) -> AccountView:
    return ensure_incubator_account(session, actor=actor)
