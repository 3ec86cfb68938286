"""`incubator-app outbox send|list` against a real SMTP server on 127.0.0.1, the settings as the
Settings page saves them (the password from INCUBATOR_APP_SMTP_PASSWORD on a machine without a
keyring); the outbox as a list, an .eml file and a mailto: link."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from cli_accounts import passwords_on_stdin
from smtp_server import SmtpTestServer

from incubator_app.cli import main as cli_main
from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.models.vocabulary import OutboxStatus, SmtpSecurity
from incubator_app.services.mail.list import list_outbox, message_eml, message_mailto, outbox_counts
from incubator_app.services.mail.outbox import enqueue_message
from incubator_app.services.mail.smtp_settings import get_mail_settings, update_mail_settings

pytestmark = [pytest.mark.core, pytest.mark.clock("2026-12-03 10:00")]


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch) -> None:
    passwords_on_stdin(monkeypatch, "admin-password")


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_outbox_send_and_list(session, admin, db_url, capsys, monkeypatch) -> None:
    smtp = SmtpTestServer(login=("accueil", "mot-de-passe")).start()
    try:
        base = ["--db", db_url, "--user", "admin", "--lang", "en"]
        queued = enqueue_message(
            session, to_address="lea@example.org", to_name="Léa", subject="Bienvenue", body="…"
        )
        session.commit()
        assert cli_main(["outbox", "send", *base]) == 2
        assert "No SMTP server is set" in _one_line_error(capsys)

        update_mail_settings(
            session,
            expected_version=None,
            actor=admin,
            host="127.0.0.1",
            port=str(smtp.port),
            security="none",
            login="accueil",
            sender_address="accueil@couveuse.example",
            sender_name="La Couveuse",
        )
        monkeypatch.setenv("INCUBATOR_APP_SMTP_PASSWORD", "mot-de-passe")
        assert cli_main(["outbox", "send", *base]) == 0
        assert capsys.readouterr().out.strip() == (
            "sent: 1, failed: 0, waiting: 0 (retry later: 0)"
        )
        (received,) = smtp.messages()
        assert received["Subject"] == "Bienvenue"
        assert received["Message-ID"] == queued.message_id
        # Messages enqueued once the sender is known carry its domain.
        later = enqueue_message(
            session, to_address="a@example.org", to_name="", subject="s", body=""
        )
        assert later.message_id.endswith("@couveuse.example>")
        session.rollback()

        assert cli_main(["outbox", "list", *base, "--status", "sent"]) == 0
        (line,) = capsys.readouterr().out.strip().splitlines()
        assert line.split("\t")[1:5] == ["sent", "03/12/2026 10:00", "lea@example.org", "Bienvenue"]
        assert cli_main(["outbox", "list", *base, "--status", "failed"]) == 0
        assert capsys.readouterr().out == ""
        assert cli_main(["outbox", "list", *base, "--status", "lost"]) == 2
        assert "lost" in _one_line_error(capsys)
    finally:
        smtp.stop()


def test_settings_are_validated(session, admin) -> None:
    with pytest.raises(ValidationError) as caught:
        update_mail_settings(
            session,
            expected_version=None,
            actor=admin,
            host="smtp example.org",
            port=70000,
            security="ssl",
            sender_address="pas une adresse",
            sender_name="A\nB",
        )
    assert set(caught.value.field_errors) == {
        "host",
        "port",
        "security",
        "sender_address",
        "sender_name",
    }
    assert get_mail_settings(session).version_id is None  # nothing saved
    saved = update_mail_settings(
        session,
        expected_version=None,
        actor=admin,
        host=" smtp.example.org ",
        security="tls",
        port=465,
    )
    assert (saved.host, saved.security, saved.port, saved.configured) == (
        "smtp.example.org",
        SmtpSecurity.TLS,
        465,
        False,
    )


def test_list_eml_and_mailto(session, admin) -> None:
    message = enqueue_message(
        session,
        to_address="lea@example.org",
        to_name="Léa Martin",
        subject="Votre place est confirmée — atelier « Son »",
        body="Bonjour Léa,\nà jeudi & bonne journée.",
        attachments=[("invitation.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")],
        related_kind="event_registration",
        related_id=5,
    )
    enqueue_message(session, to_address="b@example.org", to_name="", subject="Autre", body="x")
    session.commit()
    rows = list_outbox(session, actor=admin, related_kind="event_registration", related_id=5)
    assert [(r.id, r.status, r.attachment_count) for r in rows] == [
        (message.id, OutboxStatus.QUEUED, 1)
    ]
    assert outbox_counts(session)[OutboxStatus.QUEUED] == 2

    eml = message_from_bytes(message_eml(session, message.id, actor=admin), policy=default)
    assert eml["Message-ID"] == message.message_id
    assert eml["Subject"] == "Votre place est confirmée — atelier « Son »"
    assert [a.get_filename() for a in eml.iter_attachments()] == ["invitation.ics"]

    url = urlsplit(message_mailto(session, message.id, actor=admin))
    assert (url.scheme, unquote(url.path)) == ("mailto", "lea@example.org")
    query = parse_qs(url.query)
    assert query["subject"] == ["Votre place est confirmée — atelier « Son »"]
    assert query["body"] == ["Bonjour Léa,\nà jeudi & bonne journée."]


def test_a_coach_does_not_see_the_outbox(session) -> None:
    from factories import make_actor

    coach = make_actor(session, "coach")
    with pytest.raises(PermissionDenied):
        list_outbox(session, actor=coach)


def test_the_eml_is_the_same_bytes_every_time(session, admin) -> None:
    """What a retry sends is byte-identical to the first attempt (boundary included)."""
    message = enqueue_message(
        session,
        to_address="lea@example.org",
        to_name="Léa",
        subject="Invitation",
        body="Bonjour",
        attachments=[("invitation.ics", "text/calendar", b"BEGIN:VCALENDAR\r\n")],
    )
    session.commit()
    first = message_eml(session, message.id, actor=admin)
    assert message_eml(session, message.id, actor=admin) == first
