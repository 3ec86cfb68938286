"""The outbox sent in the background: nothing goes (and the status bar says why) without an
SMTP server; once one is set, a run hands the due messages to a real server on loopback, in
batches, each exactly once even with a second sender (another computer) running beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from smtp_server import SmtpTestServer  # noqa: E402

from incubator_app.models.vocabulary import OutboxStatus, SmtpSecurity  # noqa: E402
from incubator_app.services.mail.list import list_outbox  # noqa: E402
from incubator_app.services.mail.outbox import enqueue_message  # noqa: E402
from incubator_app.services.mail.smtp_settings import (  # noqa: E402
    get_mail_settings,
    update_mail_settings,
)
from incubator_app.ui.administration import outbox_sender  # noqa: E402
from incubator_app.ui.administration.outbox_sender import OutboxSender  # noqa: E402

pytestmark = [pytest.mark.ui, pytest.mark.clock("2026-12-03 10:00")]


@pytest.fixture
def smtp():
    server = SmtpTestServer().start()
    yield server
    server.stop()


def _enqueue(context, n: int) -> None:
    with context.db.session() as s:
        for i in range(n):
            enqueue_message(
                s,
                to_address=f"personne{i}@example.org",
                to_name=f"Personne {i}",
                subject=f"Atelier n° {i}",
                body="Bonjour.",
            )
        s.commit()


def _statuses(context) -> list[OutboxStatus]:
    with context.db.session() as s:
        return [m.status for m in list_outbox(s, actor=context.actor)]


def test_background_sending(qtbot, context, smtp, monkeypatch) -> None:
    monkeypatch.setattr(outbox_sender, "BATCH", 3)
    _enqueue(context, 7)
    sender = OutboxSender(context)
    sender.timer.stop()  # the test runs it by hand
    with qtbot.waitSignal(sender.ran, timeout=10_000):
        sender.run()
    assert smtp.count() == 0 and set(_statuses(context)) == {OutboxStatus.QUEUED}
    assert sender.label.text() == "Outbox: 7 waiting (no SMTP server set)"

    with context.db.session() as s:
        update_mail_settings(
            s,
            expected_version=get_mail_settings(s).version_id,
            host="127.0.0.1",
            port=smtp.port,
            security=SmtpSecurity.NONE.value,
            sender_address="couveuse@example.org",
            actor=context.actor,
        )
    # A full batch goes on at once until nothing is due; a second sender (another computer)
    # runs beside it (on this one worker; processes racing: the core mail tests): each message
    # reaches the server once.
    other = OutboxSender(context)
    other.timer.stop()
    sender.run()
    other.run()
    qtbot.waitUntil(lambda: smtp.count() == 7, timeout=20_000)
    qtbot.waitUntil(lambda: not sender.running and not other.running, timeout=10_000)
    assert sorted(m["To"] for m in smtp.messages()) == sorted(
        f"Personne {i} <personne{i}@example.org>" for i in range(7)
    )
    assert len(set(smtp.message_ids())) == 7
    assert set(_statuses(context)) == {OutboxStatus.SENT}

    # The server gone: the messages wait and the status bar says so.
    smtp.stop()
    _enqueue(context, 1)
    with qtbot.waitSignal(sender.ran, timeout=20_000):
        sender.run()
    assert sender.label.text() == "Outbox: 1 waiting, server not reachable"
    assert OutboxStatus.QUEUED in _statuses(context)


def test_a_viewer_sends_nothing(qtbot, context, smtp) -> None:
    """A viewer writes nothing: their computer leaves the outbox to the others (a secured server
    would refuse their claim on a message every minute) and shows no outbox state."""
    from dataclasses import replace

    from incubator_app.models.vocabulary import Role

    with context.db.session() as s:
        update_mail_settings(
            s,
            expected_version=get_mail_settings(s).version_id,
            host="127.0.0.1",
            port=smtp.port,
            security=SmtpSecurity.NONE.value,
            sender_address="couveuse@example.org",
            actor=context.actor,
        )
        s.commit()
    _enqueue(context, 2)
    staff_actor = context.actor
    context.actor = replace(staff_actor, role=Role.VIEWER)
    try:
        sender = OutboxSender(context)
        sender.timer.stop()
        with qtbot.waitSignal(sender.ran, timeout=10_000):
            sender.run()
        assert smtp.count() == 0 and not sender.label.isVisibleTo(None)
    finally:
        context.actor = staff_actor
    assert set(_statuses(context)) == {OutboxStatus.QUEUED}
