"""The follow-up campaign's e-mails meet a real SMTP server on 127.0.0.1 (aiosmtpd): they leave
through the outbox, each written in the person's own language (subject, body, Content-Language),
and a second e-mail about the same checkpoint is a reminder, sent as the second message."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers_people import make_entrepreneur
from smtp_server import SmtpTestServer
from sqlalchemy import select

from incubator_app import clock
from incubator_app.models import Entrepreneur, FollowUpContact, OutboxMessage
from incubator_app.models.vocabulary import OutboxStatus, SmtpSecurity
from incubator_app.services.administration.setup import create_incubator
from incubator_app.services.entrepreneurs.follow_up_campaign import (
    campaign_rows,
    send_follow_up_emails,
)
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.mail.sending import SmtpServer, send_due_messages

pytestmark = [pytest.mark.core, pytest.mark.clock("2026-12-15 10:00")]

SENDER = "accueil@couveuse.example"


@pytest.fixture
def admin(session):
    """An incubator with its name (the e-mails' subject says it) and its administrator."""
    actor = create_incubator(
        session, name="La Couveuse", admin_login="admin", admin_display_name="Camille Martin",
        admin_password="admin-password",
    )  # fmt: skip
    yield actor
    clock.set_zone(clock.DEFAULT_ZONE)


@pytest.fixture
def smtp():
    server = SmtpTestServer().start()
    yield server
    server.stop()


def _left(session, actor, first, last, left_on, email, language):
    person = make_entrepreneur(
        session, actor, first_name=first, last_name=last, email=email, language=language,
        entry_date=left_on - timedelta(days=400),
    )  # fmt: skip
    for stage, on, kw in (
        ("admitted", left_on - timedelta(days=380), {}),
        ("incubated", left_on - timedelta(days=365), {}),
        ("graduated", left_on, {"exit_type": "business_created", "reason": "SARL"}),
    ):
        version = session.get(Entrepreneur, person.id).version_id
        change_stage(session, person.id, stage, on=on, expected_version=version, actor=actor, **kw)
    return person


def _send(session, smtp, admin) -> int:
    server = SmtpServer(smtp.host, smtp.port, SmtpSecurity.NONE, SENDER, "La Couveuse", timeout=5)
    report = send_due_messages(session, actor=admin, server=server)
    return report.sent


def test_follow_up_emails_reach_the_server_in_each_person_s_language(session, admin, smtp):
    giulia = _left(
        session, admin, "Giulia", "Rossi", date(2025, 12, 10), "giulia@example.org", "it"
    )
    lucie = _left(session, admin, "Lucie", "Morel", date(2025, 12, 12), "lucie@example.org", "fr")
    due = {(r.entrepreneur_id, r.checkpoint) for r in campaign_rows(session, actor=admin)}
    assert due == {(giulia.id, "m12"), (lucie.id, "m12")}

    ids = send_follow_up_emails(session, sorted(due), actor=admin)
    assert len(ids) == 2 and _send(session, smtp, admin) == 2
    received = {str(m["To"]).split("<")[-1].rstrip(">"): m for m in smtp.messages()}
    it, fr = received["giulia@example.org"], received["lucie@example.org"]
    assert str(it["Subject"]) == "La Couveuse: come va la tua attività?"
    assert str(fr["Subject"]) == "La Couveuse : où en est votre activité ?"
    assert (it["Content-Language"], fr["Content-Language"]) == ("it", "fr")
    it_body, fr_body = it.get_content(), fr.get_content()
    assert it_body.startswith("Buongiorno Giulia Rossi,") and "10/12/2025" in it_body
    assert fr_body.startswith("Bonjour Lucie Morel,") and "12/12/2025" in fr_body
    assert "Vous avez quitté" not in it_body and "hai lasciato" not in fr_body
    assert str(it["From"]).endswith(f"<{SENDER}>")

    # Nobody answered: a reminder to Giulia only, her second message, still in Italian.
    (reminder_id,) = send_follow_up_emails(session, [(giulia.id, "m12")], actor=admin)
    assert _send(session, smtp, admin) == 1
    to_giulia = [m for m in smtp.messages() if "giulia@example.org" in str(m["To"])]
    assert len(to_giulia) == 2 and smtp.count() == 3
    first, second = to_giulia
    assert not str(first["Subject"]).startswith("Promemoria")
    assert str(second["Subject"]) == "Promemoria: La Couveuse: come va la tua attività?"
    assert second["Content-Language"] == "it"
    assert second.get_content() == it_body  # the same questions, asked again

    # The outbox and the campaign's log agree with what the server got.
    session.expire_all()
    sent = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    assert [m.status for m in sent] == [OutboxStatus.SENT] * 3
    assert [m.id for m in sent][-1] == reminder_id
    tries = session.scalars(
        select(FollowUpContact)
        .where(FollowUpContact.entrepreneur_id == giulia.id)
        .order_by(FollowUpContact.id)
    ).all()
    assert [(t.reminder, t.outbox_message_id) for t in tries] == [
        (False, next(i for i in ids if session.get(OutboxMessage, i).to_address.startswith("g"))),
        (True, reminder_id),
    ]
    (row,) = [r for r in campaign_rows(session, actor=admin) if r.entrepreneur_id == giulia.id]
    assert row.attempts == 2
