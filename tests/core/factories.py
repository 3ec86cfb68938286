"""Plain factory functions for core tests. Entrepreneurs, coaches and topics are created with the
ORM directly (their services are written in parallel); actors go through the users service."""

from __future__ import annotations

import itertools
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.models import (
    AuditEntry,
    Coach,
    CoachingTopic,
    Entrepreneur,
    PathwayStage,
    Role,
)
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import actor_for_user, create_user

_seq = itertools.count(1)


def make_actor(session: Session, role: Role | str, login: str | None = None) -> Actor:
    """A user account of that role (a coach account also gets its coach profile)."""
    role = Role(role)
    login = login or f"{role.value}{next(_seq)}"
    user = create_user(
        session,
        login=login,
        display_name=login.title(),
        role=role,
        password="long-enough-password",
        actor=Actor.system(),
    )
    return actor_for_user(session, user.id)


def make_coach(session: Session, name: str | None = None, *, external: bool = False) -> Coach:
    """A coach profile without an account (an external expert)."""
    coach = Coach(display_name=name or f"Coach {next(_seq)}", external=external)
    session.add(coach)
    session.commit()
    return coach


def make_entrepreneur(
    session: Session,
    first_name: str = "Camille",
    last_name: str | None = None,
    *,
    entry_date: date = date(2026, 1, 5),
) -> Entrepreneur:
    person = Entrepreneur(
        first_name=first_name,
        last_name=last_name or f"Martin{next(_seq)}",
        entry_date=entry_date,
        stage=PathwayStage.INCUBATED,
    )
    session.add(person)
    session.commit()
    return person


def make_topic(session: Session, label: str = "Modèle économique") -> CoachingTopic:
    n = next(_seq)
    topic = CoachingTopic(code=f"topic_{n}", label=label, position=n)
    session.add(topic)
    session.commit()
    return topic


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def audit_rows(session: Session, entity: str, entity_id: int | None = None) -> list[AuditEntry]:
    stmt = select(AuditEntry).where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    return list(session.scalars(stmt.order_by(AuditEntry.id)))


def audit_actions(session: Session, entity: str, entity_id: int | None = None) -> list[str]:
    return [row.action for row in audit_rows(session, entity, entity_id)]
