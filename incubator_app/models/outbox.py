"""The outbox: e-mails written in the same transaction as the change that causes them, sent
afterwards by `services/mail/sending.py`; the SMTP settings of the incubator (one row, the
password is in the computer's keyring, never here)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from incubator_app.models.base import Base, Versioned, str_enum, utcnow
from incubator_app.models.vocabulary import OutboxStatus, SmtpSecurity


class OutboxMessage(Base):
    """One e-mail to one recipient. `message_id` (RFC 5322 Message-ID) is made at enqueue and
    never changes: every attempt sends the same header, so the recipient's mail program shows a
    message handed over twice (the irreducible window of a crash, see sending.py) only once.
    Not edited by people (the sender claims rows with a token), so not versioned."""

    __tablename__ = "outbox_message"
    __table_args__ = (
        Index("ix_outbox_message_due", "status", "next_attempt_at"),
        Index("ix_outbox_message_related", "related_kind", "related_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    to_address: Mapped[str] = mapped_column(String(320))
    to_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(500))
    body_text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(10), default="fr")
    status: Mapped[OutboxStatus] = mapped_column(
        str_enum(OutboxStatus, "outbox_status"), default=OutboxStatus.QUEUED
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # When a queued message may next be tried (now at enqueue, later after a refusal).
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The server's last answer ("550 5.1.1 <x@y>: Recipient address rejected"), or the network
    # error when it could not be reached.
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    # Who is handing this message to the server right now (status 'sending'): a random token
    # and when it was taken; a claim older than the stale delay is taken back (sender killed).
    claim_token: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None]
    # What caused it ('event_registration', 12), to show "e-mails sent" on that record.
    related_kind: Mapped[str | None] = mapped_column(String(40))
    related_id: Mapped[int | None] = mapped_column(Integer)

    attachments: Mapped[list[OutboxAttachment]] = relationship(
        back_populates="message",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="OutboxAttachment.id",
    )


class OutboxAttachment(Base):
    """A file sent with an outbox message (an .ics invitation, a certificate)."""

    __tablename__ = "outbox_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_message_id: Mapped[int] = mapped_column(
        ForeignKey("outbox_message.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)

    message: Mapped[OutboxMessage] = relationship(back_populates="attachments")


class MailSettings(Versioned, Base):
    """One row: how the incubator sends e-mail (SMTP) and where it publishes calendar files.
    The SMTP password is in the keyring of each computer that sends (mail/smtp_settings.py)."""

    __tablename__ = "mail_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(255), default="")
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[SmtpSecurity] = mapped_column(
        str_enum(SmtpSecurity, "smtp_security"), default=SmtpSecurity.STARTTLS
    )
    login: Mapped[str] = mapped_column(String(255), default="")
    sender_address: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    # The shared folder where the coaches' and rooms' .ics feeds are written ("" = not set).
    calendar_folder: Mapped[str] = mapped_column(Text, default="")
