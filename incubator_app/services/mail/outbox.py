"""Writing to the outbox: `enqueue_message` adds one e-mail to the caller's transaction.

The message is flushed, never committed here: it is written if and only if the change that
causes it (a registration, a cancellation) is committed, so no e-mail announces a change that
was rolled back and no committed change lacks its e-mail. Sending happens later
(`services/mail/sending.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from email.utils import make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.outbox import MailSettings, OutboxAttachment, OutboxMessage
from incubator_app.models.vocabulary import OutboxStatus
from incubator_app.services.validation import Validator

#: Message-IDs of an incubator without a sender address yet (RFC 6761 reserves `.invalid`).
FALLBACK_DOMAIN = "incubator.invalid"


def message_id_domain(session: Session) -> str:
    """The right-hand side of new Message-IDs: the domain of the incubator's sender address."""
    sender = session.scalar(select(MailSettings.sender_address).limit(1)) or ""
    domain = sender.rpartition("@")[2].strip().lower()
    return domain if domain and "." in domain and " " not in domain else FALLBACK_DOMAIN


def _check_header_text(v: Validator, field: str, value: str, limit: int) -> None:
    if "\r" in value or "\n" in value:
        v.add(field, msg(QT_TRANSLATE_NOOP("Outbox", "A line break is not allowed here.")))
    v.max_length(field, value, limit)


def enqueue_message(
    session: Session,
    *,
    to_address: str,
    to_name: str,
    subject: str,
    body: str,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    related_kind: str | None = None,
    related_id: int | None = None,
    language: str = "fr",
) -> OutboxMessage:
    """Adds an e-mail to the outbox within the caller's transaction (flush, no commit) and
    returns it. `attachments` are (filename, MIME type such as "text/calendar", content).

    Raises ValidationError (nothing added) for a missing or malformed address, an empty
    subject, a line break in a header, or a malformed attachment."""
    to_address = (to_address or "").strip()
    to_name = (to_name or "").strip()
    v = Validator()
    if v.required("to_address", to_address):
        v.email("to_address", to_address)
        _check_header_text(v, "to_address", to_address, 320)
    _check_header_text(v, "to_name", to_name, 200)
    if v.required("subject", subject):
        _check_header_text(v, "subject", subject, 500)
    if body is None:
        v.required("body", body)
    for position, attachment in enumerate(attachments, start=1):
        filename, mime_type, content = attachment
        main, _, sub = (mime_type or "").partition("/")
        if (
            not filename
            or "/" in filename
            or "\\" in filename
            or "\r" in filename
            or "\n" in filename
            or not main
            or not sub
            or not isinstance(content, bytes | bytearray)
        ):
            v.add(
                f"attachments[{position}]",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Outbox", "An attachment needs a file name, a MIME type and bytes."
                    )
                ),
            )
    if v.errors:
        raise ValidationError(v.errors)
    now = clock.now_utc()
    message = OutboxMessage(
        message_id=make_msgid(domain=message_id_domain(session)),
        created_at=now,
        to_address=to_address,
        to_name=to_name,
        subject=subject,
        body_text=body,
        language=language,
        status=OutboxStatus.QUEUED,
        attempts=0,
        next_attempt_at=now,
        related_kind=related_kind,
        related_id=related_id,
    )
    for filename, mime_type, content in attachments:
        message.attachments.append(
            OutboxAttachment(filename=filename, mime_type=mime_type, content=bytes(content))
        )
    session.add(message)
    session.flush()
    return message
