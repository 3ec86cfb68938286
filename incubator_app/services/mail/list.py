"""What the outbox holds, for the Outbox view and `incubator-app outbox list`: each message's
status, recipient, subject, dates and the server's last answer; the counts by status; a message
as an .eml file or a mailto: link (for the user's own mail program when no SMTP is set)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from incubator_app.models.outbox import OutboxAttachment, OutboxMessage
from incubator_app.models.vocabulary import OutboxStatus
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.mail.compose import as_utc, build_email, mailto_url
from incubator_app.services.mail.smtp_settings import get_mail_settings
from incubator_app.services.records import get_or_raise

DEFAULT_LIMIT = 2000


@dataclass(frozen=True)
class OutboxRow:
    id: int
    message_id: str
    status: OutboxStatus
    to_address: str
    to_name: str
    subject: str
    created_at: datetime  # aware, UTC
    sent_at: datetime | None
    next_attempt_at: datetime
    attempts: int
    last_error: str | None
    attachment_count: int
    related_kind: str | None
    related_id: int | None


def list_outbox(
    session: Session,
    *,
    actor: Actor,
    status: OutboxStatus | str | None = None,
    related_kind: str | None = None,
    related_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[OutboxRow]:
    """The newest messages first (optionally of one status, or caused by one record)."""
    require(actor, Permission.MANAGE_SETTINGS)
    attachments = (
        select(func.count())
        .where(OutboxAttachment.outbox_message_id == OutboxMessage.id)
        .scalar_subquery()
    )
    stmt = select(
        OutboxMessage.id,
        OutboxMessage.message_id,
        OutboxMessage.status,
        OutboxMessage.to_address,
        OutboxMessage.to_name,
        OutboxMessage.subject,
        OutboxMessage.created_at,
        OutboxMessage.sent_at,
        OutboxMessage.next_attempt_at,
        OutboxMessage.attempts,
        OutboxMessage.last_error,
        attachments,
        OutboxMessage.related_kind,
        OutboxMessage.related_id,
    )
    if status is not None:
        stmt = stmt.where(OutboxMessage.status == OutboxStatus(status))
    if related_kind is not None:
        stmt = stmt.where(OutboxMessage.related_kind == related_kind)
    if related_id is not None:
        stmt = stmt.where(OutboxMessage.related_id == related_id)
    stmt = stmt.order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc()).limit(limit)
    rows = []
    for r in session.execute(stmt):
        rows.append(
            OutboxRow(
                r[0],
                r[1],
                OutboxStatus(r[2]),
                r[3],
                r[4],
                r[5],
                as_utc(r[6]),
                as_utc(r[7]) if r[7] is not None else None,
                as_utc(r[8]),
                r[9],
                r[10],
                r[11],
                r[12],
                r[13],
            )
        )
    return rows


def outbox_counts(session: Session) -> dict[OutboxStatus, int]:
    """How many messages have each status (every status present, 0 when none)."""
    counts = {s: 0 for s in OutboxStatus}
    stmt = select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    for status, n in session.execute(stmt):
        counts[OutboxStatus(status)] = n
    return counts


def _message(session: Session, message_id: int) -> OutboxMessage:
    get_or_raise(session, OutboxMessage, message_id)
    message = session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .options(selectinload(OutboxMessage.attachments))
    )
    assert message is not None
    return message


def message_eml(session: Session, message_id: int, *, actor: Actor) -> bytes:
    """The message as an .eml file (RFC 5322, attachments included), the bytes it is sent as."""
    require(actor, Permission.MANAGE_SETTINGS)
    settings = get_mail_settings(session)
    email = build_email(
        _message(session, message_id),
        sender_address=settings.sender_address,
        sender_name=settings.sender_name,
    )
    return email.as_bytes()


def message_mailto(session: Session, message_id: int, *, actor: Actor) -> str:
    """A mailto: link with the recipient, subject and body (attachments do not travel)."""
    require(actor, Permission.MANAGE_SETTINGS)
    return mailto_url(_message(session, message_id))
