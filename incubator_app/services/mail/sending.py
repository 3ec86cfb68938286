"""Handing the outbox to the SMTP server: retries with exponential backoff, exactly once as far
as the recipient can tell, several senders at once (computers sharing one PostgreSQL database).

How one message goes out
    1. Claim, in its own committed transaction: the oldest due row (queued and
       `next_attempt_at` passed, or 'sending' with a claim older than `stale_after`) is locked
       (PostgreSQL: ``FOR UPDATE SKIP LOCKED``, so concurrent senders take different rows
       without waiting; SQLite: ``BEGIN IMMEDIATE``, the database's write lock) and set to
       'sending' with a random claim token, the claim time and one more attempt.
    2. Send, with no transaction open: MAIL FROM, RCPT TO, DATA with the message's bytes, which
       are the same at every attempt (the Message-ID made at enqueue, the Date of creation).
    3. Record, in its own committed transaction, only if the claim is still ours (same token):
       'sent' after the server's 250 to the end of DATA; after a refusal (4xx, 5xx) or a lost
       connection, back to 'queued' with `next_attempt_at` = now + base × 2^(attempts-1)
       (capped), the server's answer in `last_error`; after `max_attempts`, 'failed'.

What holds across a kill -9 (or a power cut) at any instant
    - Never lost: a message leaves 'queued' only through a committed claim, and leaves
      'sending' only through a committed outcome. A sender killed before step 3 leaves the row
      'sending' with its claim time; once the claim is older than `stale_after`, any sender
      takes it back and sends it again.
    - Never twice before the server's acceptance: a sender killed during step 2 never reached
      the server's 250 to the end of DATA, and an SMTP server delivers nothing before it has
      given that answer (RFC 5321 §4.1.1.4): the retry is the only delivery.
    - The irreducible window: between the server's 250 and the commit of step 3 (reading one
      reply line and committing one UPDATE, milliseconds). The server has the message and the
      database does not know it; no protocol can make those two one atomic step. A kill there
      sends the message again, with the same Message-ID and the same bytes: mail programs and
      mailbox stores that de-duplicate by Message-ID (Gmail, Thunderbird's duplicate filter,
      Outlook's cached mode) show it once. That is the "as far as the recipient can tell": a
      server that keeps both copies will log two deliveries of one Message-ID, at most one
      extra per kill.
    - Two live senders never send the same message: the claim is committed under a row lock
      before anyone talks to the server, and an SMTP timeout (`SMTP_TIMEOUT`) much shorter than
      `stale_after` means a live sender always finishes or gives up before its claim can be
      taken back. Only a sender paused longer than `stale_after` (a suspended laptop) can find
      its claim retaken; its outcome is then ignored (the token differs) and the message
      follows the same rule as a kill in the window.
"""

from __future__ import annotations

import secrets
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import make_msgid

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from incubator_app import clock
from incubator_app.errors import ConflictError, DomainError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.outbox import OutboxMessage
from incubator_app.models.vocabulary import OutboxStatus, SmtpSecurity
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.mail.compose import build_email
from incubator_app.services.mail.smtp_settings import (
    MailSettingsView,
    get_mail_settings,
    smtp_password,
)
from incubator_app.services.records import get_or_raise, record_audit, unit_of_work
from incubator_app.services.validation import Validator

MAX_ATTEMPTS = 6
BACKOFF_BASE = timedelta(minutes=2)
BACKOFF_CAP = timedelta(hours=6)
STALE_AFTER = timedelta(minutes=10)
SMTP_TIMEOUT = 60.0


@dataclass(frozen=True)
class SmtpServer:
    """Where and how to send (from the settings and this computer's keyring)."""

    host: str
    port: int
    security: SmtpSecurity
    sender_address: str
    sender_name: str = ""
    login: str = ""
    password: str | None = field(default=None, repr=False)
    timeout: float = SMTP_TIMEOUT
    # Tests and private relays with their own certificate authority.
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_settings(cls, settings: MailSettingsView, password: str | None) -> SmtpServer:
        return cls(
            host=settings.host,
            port=settings.port,
            security=settings.security,
            sender_address=settings.sender_address,
            sender_name=settings.sender_name,
            login=settings.login,
            password=password,
        )


@dataclass
class SendReport:
    """What one run did, and what waits after it."""

    sent: int = 0
    retry_later: int = 0
    failed: int = 0
    waiting: int = 0
    stopped_early: str | None = None  # the server's answer when it could not be reached


class _ServerGone(Exception):
    """The connection could not be made or was lost: stop this run, retry later."""


def configured_server(session: Session) -> SmtpServer:
    """The server of the settings with this computer's password; refuses when none is set."""
    settings = get_mail_settings(session)
    if not settings.configured:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Outbox",
                    "No SMTP server is set (Settings, E-mail and calendars): the messages wait"
                    " in the outbox.",
                )
            )
        )
    return SmtpServer.from_settings(settings, smtp_password(settings))


def _connect(server: SmtpServer) -> smtplib.SMTP:
    context = server.ssl_context or ssl.create_default_context()
    local = socket.gethostname() or "localhost"
    try:
        if server.security is SmtpSecurity.TLS:
            connection: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, local, timeout=server.timeout, context=context
            )
        else:
            connection = smtplib.SMTP(server.host, server.port, local, timeout=server.timeout)
        connection.ehlo()
        if server.security is SmtpSecurity.STARTTLS:
            connection.starttls(context=context)
            connection.ehlo()
        if server.login:
            connection.login(server.login, server.password or "")
    except smtplib.SMTPResponseException as exc:
        raise _ServerGone(_answer(exc)) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise _ServerGone(_answer(exc)) from exc
    return connection


def _answer(exc: BaseException) -> str:
    """The server's answer as it said it ("550 5.1.1 Unknown user"), or the network error."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
            for code, text in exc.recipients.values()
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error
        text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        return f"{exc.smtp_code} {text}".strip()
    return f"{type(exc).__name__}: {exc}".strip().rstrip(":")


def _begin_immediate(session: Session) -> bool:
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return False
    raw = conn.connection.driver_connection
    if not raw.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    return True


def _claim_next(session: Session, token: str, stale_after: timedelta) -> OutboxMessage | None:
    """Step 1: claims the oldest due message, reads it (with its attachments) and commits the
    claim; None when none is due."""
    now = clock.now_utc()
    stmt = (
        select(OutboxMessage.id)
        .where(
            or_(
                and_(
                    OutboxMessage.status == OutboxStatus.QUEUED,
                    OutboxMessage.next_attempt_at <= now,
                ),
                and_(
                    OutboxMessage.status == OutboxStatus.SENDING,
                    OutboxMessage.claimed_at < now - stale_after,
                ),
            )
        )
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(1)
    )
    try:
        if not _begin_immediate(session):
            stmt = stmt.with_for_update(skip_locked=True)
        message_id = session.scalar(stmt)
        if message_id is None:
            session.rollback()
            return None
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id)
            .values(
                status=OutboxStatus.SENDING,
                claim_token=token,
                claimed_at=now,
                attempts=OutboxMessage.attempts + 1,
            )
        )
        message = session.scalar(
            select(OutboxMessage)
            .where(OutboxMessage.id == message_id)
            .options(selectinload(OutboxMessage.attachments))
            .execution_options(populate_existing=True)
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return message


def _record(session: Session, message_id: int, token: str, **values: object) -> None:
    """Step 3: writes the outcome if the claim is still ours."""
    try:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.claim_token == token)
            .values(claim_token=None, claimed_at=None, **values)
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise


def backoff_delay(attempts: int, base: timedelta = BACKOFF_BASE) -> timedelta:
    """Wait before the next attempt after `attempts` tries: base, 2×, 4×… capped at 6 h."""
    return min(base * (2 ** max(attempts - 1, 0)), BACKOFF_CAP)


def _record_failure(
    session: Session,
    message: OutboxMessage,
    token: str,
    answer: str,
    max_attempts: int,
    base: timedelta,
    report: SendReport,
) -> None:
    if message.attempts >= max_attempts:
        _record(session, message.id, token, status=OutboxStatus.FAILED, last_error=answer)
        report.failed += 1
    else:
        _record(
            session,
            message.id,
            token,
            status=OutboxStatus.QUEUED,
            last_error=answer,
            next_attempt_at=clock.now_utc() + backoff_delay(message.attempts, base),
        )
        report.retry_later += 1


def send_due_messages(
    session: Session,
    *,
    actor: Actor,
    server: SmtpServer | None = None,
    limit: int | None = None,
    max_attempts: int = MAX_ATTEMPTS,
    backoff: timedelta = BACKOFF_BASE,
    stale_after: timedelta = STALE_AFTER,
    on_sent: Callable[[int], None] | None = None,
) -> SendReport:
    """Sends the messages that are due, one claim at a time (see the module's docstring for the
    guarantee), over one SMTP connection; returns the counts. Commits its own transactions: call
    it outside any unit of work. A server that cannot be reached ends the run (the message in
    hand is retried later, the others keep their turn); a refused message is retried later and
    the run goes on. `server` defaults to the settings (ConflictError when none is set).
    Viewers may not: sending changes each message's state."""
    require(actor, Permission.SEND_MAIL)
    if session.in_transaction():
        session.commit()
    if server is None:
        server = configured_server(session)
    token = secrets.token_hex(16)
    report = SendReport()
    connection: smtplib.SMTP | None = None
    handled = 0
    try:
        while limit is None or handled < limit:
            message = _claim_next(session, token, stale_after)
            if message is None:  # committed: no transaction stays open while sending
                break
            handled += 1
            email = build_email(
                message, sender_address=server.sender_address, sender_name=server.sender_name
            )
            try:
                if connection is None:
                    connection = _connect(server)
                connection.send_message(
                    email, from_addr=server.sender_address, to_addrs=[message.to_address]
                )
            except _ServerGone as exc:
                connection = None
                _record_failure(session, message, token, str(exc), max_attempts, backoff, report)
                report.stopped_early = str(exc)
                break
            except smtplib.SMTPServerDisconnected as exc:
                connection = None
                _record_failure(
                    session, message, token, _answer(exc), max_attempts, backoff, report
                )
                report.stopped_early = _answer(exc)
                break
            except smtplib.SMTPException as exc:  # a refusal of this message (an OSError too)
                _record_failure(
                    session, message, token, _answer(exc), max_attempts, backoff, report
                )
                continue
            except OSError as exc:  # the network: reset, timeout
                connection = None
                _record_failure(
                    session, message, token, _answer(exc), max_attempts, backoff, report
                )
                report.stopped_early = _answer(exc)
                break
            _record(
                session,
                message.id,
                token,
                status=OutboxStatus.SENT,
                sent_at=clock.now_utc(),
                last_error=None,
            )
            report.sent += 1
            if on_sent is not None:
                on_sent(message.id)
    finally:
        if connection is not None:
            try:
                connection.quit()
            except (OSError, smtplib.SMTPException):
                connection.close()
    report.waiting = count_waiting(session)
    return report


def count_waiting(session: Session) -> int:
    """Messages not yet handed to the server (queued, or being sent right now)."""
    waiting = session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.status.in_((OutboxStatus.QUEUED, OutboxStatus.SENDING)))
    )
    session.commit()
    return int(waiting or 0)


def retry_message(session: Session, message_id: int, *, actor: Actor) -> None:
    """ "Retry": a failed or waiting message is due now again, with a fresh count of attempts
    (its last answer stays until the next one). A sent message or one being sent is refused."""
    require(actor, Permission.MANAGE_SETTINGS)
    with unit_of_work(session):
        message = get_or_raise(session, OutboxMessage, message_id)
        if message.status not in (OutboxStatus.FAILED, OutboxStatus.QUEUED):
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Outbox", "Only a waiting or failed message can be sent again."
                    )
                )
            )
        message.status = OutboxStatus.QUEUED
        message.attempts = 0
        message.next_attempt_at = clock.now_utc()
        record_audit(session, actor, "outbox_message", message.id, "retry", {})


def send_test_message(
    session: Session, *, to_address: str, actor: Actor, server: SmtpServer | None = None
) -> None:
    """ "Send a test message" from the settings: directly (not through the outbox), so the
    server's answer is shown at once. Raises DomainError with that answer."""
    require(actor, Permission.MANAGE_SETTINGS)
    from incubator_app.services.mail.outbox import message_id_domain

    v = Validator()
    if v.required("to_address", to_address):
        v.email("to_address", to_address.strip())
    v.raise_if_any()
    if server is None:
        server = configured_server(session)
    now = clock.now_utc()
    message = OutboxMessage(  # not added to the session: a test is not kept in the outbox
        message_id=make_msgid(domain=message_id_domain(session)),
        created_at=now,
        to_address=to_address.strip(),
        to_name="",
        subject=str(msg(QT_TRANSLATE_NOOP("Outbox", "Test message from the incubator"))),
        body_text=str(
            msg(
                QT_TRANSLATE_NOOP(
                    "Outbox",
                    "This message checks the e-mail settings of the incubator application.",
                )
            )
        ),
        language="fr",
        attachments=[],
    )
    session.commit()
    email = build_email(
        message, sender_address=server.sender_address, sender_name=server.sender_name
    )
    connection: smtplib.SMTP | None = None
    try:
        connection = _connect(server)
        connection.send_message(
            email, from_addr=server.sender_address, to_addrs=[message.to_address]
        )
    except _ServerGone as exc:
        raise DomainError(_failed(str(exc))) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise DomainError(_failed(_answer(exc))) from exc
    finally:
        if connection is not None:
            try:
                connection.quit()
            except (OSError, smtplib.SMTPException):
                connection.close()


def _failed(answer: str):
    return msg(
        QT_TRANSLATE_NOOP("Outbox", "The server did not take the message: {answer}"), answer=answer
    )
