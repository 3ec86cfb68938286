"""A registration's place on its event's waiting list (1 = next to be offered)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.models import Registration
from incubator_app.models.vocabulary import RegistrationStatus


def waiting_position_of(session: Session, reg: Registration) -> int | None:
    if reg.status is not RegistrationStatus.WAITLISTED:
        return None
    ahead = session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.event_id == reg.event_id,
            Registration.status == RegistrationStatus.WAITLISTED,
            Registration.queue_key < reg.queue_key,
        )
    )
    return int(ahead or 0) + 1
