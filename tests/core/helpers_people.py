"""Small builders shared by the people/pathway/document tests (plain functions, no fixtures)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.models import Role
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import actor_for_user, create_user
from incubator_app.services.entrepreneurs.records import EntrepreneurView, create_entrepreneur


def make_actor(session: Session, role: Role | str, login: str | None = None) -> Actor:
    """A real account of that role (a coach account gets its coach profile too)."""
    role = Role(role)
    user = create_user(
        session,
        login=login or f"{role.value}-user",
        display_name=f"{role.value.title()} Person",
        role=role,
        password="password-123",
        actor=Actor.system(),
    )
    return actor_for_user(session, user.id)


def make_entrepreneur(
    session: Session, actor: Actor, first_name: str = "Hélène", last_name: str = "Durand", **kw: Any
) -> EntrepreneurView:
    return create_entrepreneur(
        session, first_name=first_name, last_name=last_name, actor=actor, **kw
    )


def count_rows(session: Session, model: Any, *where: Any) -> int:
    query = select(func.count()).select_from(model)
    if where:
        query = query.where(*where)
    return session.scalar(query) or 0
