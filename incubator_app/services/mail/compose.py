"""The RFC 5322 form of an outbox message: what the SMTP server receives, what "Export as
.eml" writes, the same bytes each time (Message-ID and Date come from the row)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from urllib.parse import quote

from incubator_app.models.outbox import OutboxMessage


def as_utc(value: datetime) -> datetime:
    """SQLite gives back naive UTC instants, PostgreSQL aware ones."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def build_email(message: OutboxMessage, *, sender_address: str, sender_name: str) -> EmailMessage:
    """The e-mail as sent: plain UTF-8 text, the attachments (a `text/calendar` one carries
    `method=REQUEST`, so mail programs offer to accept the invitation), the stable Message-ID
    and the Date of its creation (every attempt sends identical headers)."""
    email = EmailMessage(policy=SMTP)
    email["Message-ID"] = message.message_id
    email["Date"] = format_datetime(as_utc(message.created_at))
    email["From"] = formataddr((sender_name, sender_address)) if sender_address else ""
    email["To"] = formataddr((message.to_name, message.to_address))
    email["Subject"] = message.subject
    email["Auto-Submitted"] = "auto-generated"
    email.set_content(message.body_text, subtype="plain", charset="utf-8")
    for attachment in message.attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        params = {"method": "REQUEST"} if attachment.mime_type == "text/calendar" else {}
        email.add_attachment(
            attachment.content,
            maintype=maintype,
            subtype=subtype,
            filename=attachment.filename,
            params=params,
        )
    if email.is_multipart():
        # A boundary drawn from the Message-ID, not at random: every attempt sends the same
        # bytes (a copy handed over twice in the crash window is byte-identical).
        email.set_boundary("=_" + hashlib.sha256(message.message_id.encode()).hexdigest()[:32])
    if message.language:  # after the attachments: making a multipart moves Content-* inside
        email["Content-Language"] = message.language
    return email


def mailto_url(message: OutboxMessage) -> str:
    """`mailto:` with the recipient, subject and body, for the user's own mail program when no
    SMTP server is set (attachments cannot travel in a mailto: link; export as .eml for them)."""
    query = f"subject={quote(message.subject, safe='')}&body={quote(message.body_text, safe='')}"
    return f"mailto:{quote(message.to_address, safe='@')}?{query}"
