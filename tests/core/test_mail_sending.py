"""The outbox meets a real SMTP server on 127.0.0.1: the right messages reach it (headers,
UTF-8 subjects, body, attachments); a server that refuses (4xx, 5xx) or is not there leaves
them queued and retried with backoff (the frozen clock moves on); failed after too many
refusals, with the server's answer, and sent again on "Retry"; a claim left by a killed sender
is taken back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from smtp_server import SmtpTestServer
from sqlalchemy import select, update

from incubator_app import clock
from incubator_app.errors import ConflictError, DomainError
from incubator_app.models import OutboxMessage
from incubator_app.models.vocabulary import OutboxStatus, SmtpSecurity
from incubator_app.services.actor import Actor
from incubator_app.services.mail.compose import as_utc
from incubator_app.services.mail.outbox import enqueue_message
from incubator_app.services.mail.sending import (
    SmtpServer,
    backoff_delay,
    retry_message,
    send_due_messages,
    send_test_message,
)

pytestmark = [pytest.mark.core, pytest.mark.clock("2026-12-03 10:00")]

SENDER = "accueil@couveuse.example"
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def smtp():
    server = SmtpTestServer().start()
    yield server
    server.stop()


def _server(smtp: SmtpTestServer, **kw) -> SmtpServer:
    return SmtpServer(
        smtp.host, smtp.port, SmtpSecurity.NONE, SENDER, "La Couveuse « Arts »", timeout=5, **kw
    )


def _enqueue(session, n: int = 1, **kw) -> list[OutboxMessage]:
    out = []
    for i in range(n):
        args = {
            "to_address": f"person{i}@example.org",
            "to_name": f"Personne {i}",
            "subject": f"Message {i}",
            "body": "Bonjour",
        }
        args.update(kw)
        out.append(enqueue_message(session, **args))
    session.commit()
    return out


def _rows(session) -> list[OutboxMessage]:
    session.expire_all()
    return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def test_the_right_messages_reach_the_server(session, smtp) -> None:
    (message,) = _enqueue(
        session,
        to_address="lea.martin@example.org",
        to_name="Léa Martin-Écrivain",
        subject="Inscription confirmée : atelier « Écrire pour la scène » — jeudi",
        body="Bonjour Léa,\n\nVotre place est réservée. À jeudi !\n",
        attachments=[
            ("invitation.ics", "text/calendar", ICS),
            ("plan.pdf", "application/pdf", b"%PDF-1.4 fake"),
        ],
        related_kind="event_registration",
        related_id=3,
    )
    plain = _enqueue(session, to_address="b@example.org", to_name="", subject="Rappel")[0]
    report = send_due_messages(session, actor=Actor.system(), server=_server(smtp))
    assert (report.sent, report.retry_later, report.failed, report.waiting) == (2, 0, 0, 0)

    assert [(f, r) for f, r, _ in smtp.received] == [
        (SENDER, ["lea.martin@example.org"]),
        (SENDER, ["b@example.org"]),
    ]
    first, second = smtp.messages()
    assert first["Message-ID"] == message.message_id
    assert second["Message-ID"] == plain.message_id
    assert first["Subject"] == "Inscription confirmée : atelier « Écrire pour la scène » — jeudi"
    assert first["To"].addresses[0].display_name == "Léa Martin-Écrivain"
    assert first["To"].addresses[0].addr_spec == "lea.martin@example.org"
    assert first["From"].addresses[0].display_name == "La Couveuse « Arts »"
    assert first["From"].addresses[0].addr_spec == SENDER
    assert first["Content-Language"] == "fr"
    assert first["Date"].datetime == as_utc(message.created_at).replace(microsecond=0)
    body = first.get_body(("plain",))
    assert (
        body.get_content().replace("\r\n", "\n")
        == "Bonjour Léa,\n\nVotre place est réservée. À jeudi !\n"
    )
    attachments = list(first.iter_attachments())
    assert [(a.get_filename(), a.get_content_type()) for a in attachments] == [
        ("invitation.ics", "text/calendar"),
        ("plan.pdf", "application/pdf"),
    ]
    assert attachments[0].get_param("method") == "REQUEST"
    assert attachments[0].get_payload(decode=True) == ICS
    assert attachments[1].get_payload(decode=True) == b"%PDF-1.4 fake"

    rows = _rows(session)
    assert [r.status for r in rows] == [OutboxStatus.SENT, OutboxStatus.SENT]
    assert all(r.sent_at is not None and r.attempts == 1 and r.claim_token is None for r in rows)
    # Nothing is sent twice by a second run.
    assert send_due_messages(session, actor=Actor.system(), server=_server(smtp)).sent == 0
    assert smtp.count() == 2


@pytest.mark.parametrize("answer", ["451 4.3.0 Try again later", "550 5.1.1 Unknown user"])
def test_a_refusal_leaves_the_message_queued_and_retried_with_backoff(
    session, smtp, frozen_clock, answer
) -> None:
    _enqueue(session, 3)
    smtp.refuse = answer
    report = send_due_messages(session, actor=Actor.system(), server=_server(smtp), max_attempts=3)
    assert (report.sent, report.retry_later, report.waiting) == (0, 3, 3)
    rows = _rows(session)
    assert {r.status for r in rows} == {OutboxStatus.QUEUED}
    assert all(r.attempts == 1 and r.last_error == answer for r in rows)
    for r in rows:  # the frozen clock ticks: within the run's few seconds
        wait = as_utc(r.next_attempt_at) - as_utc(r.created_at)
        assert backoff_delay(1) <= wait < backoff_delay(1) + timedelta(seconds=5)
    # Not due yet: nothing is tried.
    assert send_due_messages(session, actor=Actor.system(), server=_server(smtp)).retry_later == 0
    frozen_clock.shift(backoff_delay(1))
    assert (
        send_due_messages(
            session, actor=Actor.system(), server=_server(smtp), max_attempts=3
        ).retry_later
        == 3
    )
    assert {r.attempts for r in _rows(session)} == {2}
    frozen_clock.shift(backoff_delay(2) - timedelta(seconds=1))
    assert send_due_messages(session, actor=Actor.system(), server=_server(smtp)).retry_later == 0
    frozen_clock.shift(timedelta(seconds=1))
    report = send_due_messages(session, actor=Actor.system(), server=_server(smtp), max_attempts=3)
    assert (report.failed, report.waiting) == (3, 0)
    rows = _rows(session)
    assert all(r.status is OutboxStatus.FAILED and r.last_error == answer for r in rows)
    assert smtp.count() == 0

    # The server accepts again; "Retry" sends a failed message at once.
    smtp.refuse = None
    retry_message(session, rows[0].id, actor=Actor.system())
    report = send_due_messages(session, actor=Actor.system(), server=_server(smtp))
    assert (report.sent, report.failed) == (1, 0)
    assert smtp.message_ids() == [rows[0].message_id]
    with pytest.raises(ConflictError):
        retry_message(session, rows[0].id, actor=Actor.system())


def test_a_server_that_is_away_leaves_every_message_queued(session, smtp, frozen_clock) -> None:
    messages = _enqueue(session, 4)
    smtp.stop()
    report = send_due_messages(session, actor=Actor.system(), server=_server(smtp))
    assert report.sent == 0 and report.retry_later == 1 and report.waiting == 4
    assert "Connection" in (report.stopped_early or "") or "refused" in (report.stopped_early or "")
    rows = _rows(session)
    # The run stops at the first message: the others keep their turn and their attempts.
    assert [r.attempts for r in rows] == [1, 0, 0, 0]
    assert rows[0].last_error == report.stopped_early
    smtp.start()
    report = send_due_messages(session, actor=Actor.system(), server=_server(smtp))
    assert report.sent == 3 and report.waiting == 1
    frozen_clock.shift(backoff_delay(1))
    assert send_due_messages(session, actor=Actor.system(), server=_server(smtp)).sent == 1
    assert sorted(smtp.message_ids()) == sorted(m.message_id for m in messages)


def test_a_claim_left_by_a_killed_sender_is_taken_back_once_stale(
    session, smtp, frozen_clock
) -> None:
    (message,) = _enqueue(session)
    # What a sender killed after its claim leaves behind.
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message.id)
        .values(
            status=OutboxStatus.SENDING, claim_token="dead", claimed_at=clock.now_utc(), attempts=1
        )
    )
    session.commit()
    assert send_due_messages(session, actor=Actor.system(), server=_server(smtp)).sent == 0
    frozen_clock.shift(timedelta(minutes=11))
    report = send_due_messages(session, actor=Actor.system(), server=_server(smtp))
    assert (report.sent, report.waiting) == (1, 0)
    (row,) = _rows(session)
    assert row.status is OutboxStatus.SENT and row.attempts == 2
    assert smtp.message_ids() == [message.message_id]


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_and_test_message(session) -> None:
    server = SmtpTestServer(login=("accueil", "s3cret-mot")).start()
    try:
        _enqueue(session)
        good = _server(server, login="accueil", password="s3cret-mot")
        bad = _server(server, login="accueil", password="wrong")
        report = send_due_messages(session, actor=Actor.system(), server=bad)
        assert report.sent == 0 and report.stopped_early.startswith("535")
        assert send_due_messages(session, actor=Actor.system(), server=good).sent == 0  # not due
        send_test_message(session, to_address="moi@example.org", actor=Actor.system(), server=good)
        (test_message,) = server.messages()
        assert test_message["To"].addresses[0].addr_spec == "moi@example.org"
        assert len(_rows(session)) == 1  # the test message is not kept in the outbox
        with pytest.raises(DomainError, match="535"):
            send_test_message(
                session, to_address="moi@example.org", actor=Actor.system(), server=bad
            )
    finally:
        server.stop()


def test_sending_without_settings_is_refused_clearly(session) -> None:
    _enqueue(session)
    with pytest.raises(ConflictError, match="No SMTP server"):
        send_due_messages(session, actor=Actor.system())
    assert _rows(session)[0].status is OutboxStatus.QUEUED


@pytest.mark.parametrize("security", [SmtpSecurity.STARTTLS, SmtpSecurity.TLS])
def test_starttls_and_tls(session, tmp_path, security) -> None:
    from smtp_server import self_signed

    server_ctx, client_ctx = self_signed(tmp_path)
    smtp = SmtpTestServer(tls_context=server_ctx, implicit_tls=security is SmtpSecurity.TLS)
    smtp.start()
    try:
        (message,) = _enqueue(session)
        server = SmtpServer(
            smtp.host, smtp.port, security, SENDER, timeout=5, ssl_context=client_ctx
        )
        assert send_due_messages(session, actor=Actor.system(), server=server).sent == 1
        assert smtp.message_ids() == [message.message_id]
        # Without TLS the server refuses (STARTTLS required) or the handshake fails: retried.
        _enqueue(session)
        plain = SmtpServer(smtp.host, smtp.port, SmtpSecurity.NONE, SENDER, timeout=2)
        report = send_due_messages(session, actor=Actor.system(), server=plain)
        assert report.sent == 0 and report.retry_later == 1
    finally:
        smtp.stop()


def test_a_viewer_may_not_send_and_nothing_changes(session, smtp) -> None:
    """Sending changes each message's state (claimed, sent, attempts): a viewer, who writes
    nothing, is refused before any claim, whatever calls the service (the window, the CLI)."""
    from dataclasses import replace

    from incubator_app.errors import PermissionDenied
    from incubator_app.models.vocabulary import Role

    _enqueue(session, 2)
    session.commit()
    viewer = replace(Actor.system(), role=Role.VIEWER, login="lecteur")
    with pytest.raises(PermissionDenied, match="send_mail"):
        send_due_messages(session, actor=viewer, server=_server(smtp))
    assert smtp.count() == 0
    rows = _rows(session)
    assert [r.status for r in rows] == [OutboxStatus.QUEUED, OutboxStatus.QUEUED]
    assert all(r.attempts == 0 and r.claim_token is None for r in rows)
