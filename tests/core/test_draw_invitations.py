"""The reflection delay by e-mail: each person selected gets the confirmation window through the
outbox (their language: a contact's own, the report language otherwise), a replacement gets
theirs, each is audited, the messages reach a real SMTP server; a volunteer without an address
gets nothing and stops nothing."""

from __future__ import annotations

import pytest
from smtp_server import SmtpTestServer
from sqlalchemy import select

from incubator_app.models import AuditEntry, CooperationVolunteer, OutboxMessage
from incubator_app.models.vocabulary import SmtpSecurity
from incubator_app.services.actor import Actor
from incubator_app.services.contacts.records import add_contact
from incubator_app.services.cooperation.calls import add_people_to_pool, add_volunteer, create_call
from incubator_app.services.cooperation.confirmations import panel_state, record_answer
from incubator_app.services.cooperation.invitations import RELATED_KIND
from incubator_app.services.cooperation.recorded_draws import freeze_draw, perform_draw
from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.services.mail.sending import SmtpServer, send_due_messages

pytestmark = [pytest.mark.core, pytest.mark.clock("2026-12-04 10:00")]


@pytest.fixture
def smtp():
    server = SmtpTestServer().start()
    yield server
    server.stop()


def _messages(session) -> list[OutboxMessage]:
    session.expire_all()
    return list(
        session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.related_kind == RELATED_KIND)
            .order_by(OutboxMessage.id)
        )
    )


def test_invitations_and_replacements_go_by_mail(session, admin, smtp):
    call = create_call(
        session, title="Binômes artistes-agriculteurs", group_size=3, territory="Haut-Var",
        purpose="Croiser les mondes", confirm_days=7, actor=admin,
    )  # fmt: skip
    people = [
        create_entrepreneur(
            session, first_name=f"Prénom{i}", last_name=f"Nom{i}",
            email=f"e{i}@exemple.fr", actor=admin,
        ).id
        for i in range(3)
    ]  # fmt: skip
    anna = add_contact(
        session, name="Anna Smith", email="anna@example.org", language="en", actor=admin
    )
    session.commit()
    add_people_to_pool(
        session, call, [*(("entrepreneur", p) for p in people), ("contact", anna.id)], actor=admin
    )
    silent = session.get(
        CooperationVolunteer,
        add_volunteer(session, call, name="Sans Adresse", categories={}, actor=admin),
    ).code
    draw = freeze_draw(session, call, actor=admin)
    perform_draw(session, draw.id, "3 14 15 92 65", actor=admin)

    places = panel_state(session, draw.id, actor=admin).places
    codes = {p.code for p in places}
    with_mail = codes - {silent}
    mails = _messages(session)
    assert len(mails) == len(with_mail)
    for m in mails:
        assert "11/12/2026 10:00" in m.body_text
        if m.to_address == "anna@example.org":
            assert (
                m.language == "en" and m.subject == "You were drawn: Binômes artistes-agriculteurs"
            )
            assert "Hello Anna Smith," in m.body_text and "in Haut-Var" in m.body_text
        else:
            assert m.language == "fr"
            assert m.subject == "Vous avez été tiré·e au sort : Binômes artistes-agriculteurs"
    audits = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "invitation_mailed")
    ).all()
    assert {a.changes["code"] for a in audits} == with_mail

    leaving = next(p.code for p in places if p.code in with_mail)
    replacement = record_answer(session, draw.id, leaving, confirmed=False, actor=admin)
    mails = _messages(session)
    if replacement.arriving is not None and replacement.arriving != silent:
        last = mails[-1]
        assert last.subject.endswith("Binômes artistes-agriculteurs")
        assert "reserve" in last.body_text or "réserve" in last.body_text
        assert session.scalars(
            select(AuditEntry).where(AuditEntry.action == "invitation_mailed")
            .order_by(AuditEntry.id.desc())
        ).first().changes["replaces"] == leaving  # fmt: skip

    report = send_due_messages(
        session,
        actor=Actor.system(),
        server=SmtpServer(smtp.host, smtp.port, SmtpSecurity.NONE, "accueil@couveuse.example",
                          "La Couveuse", timeout=5),
    )  # fmt: skip
    assert report.sent == len(mails)
    assert sorted(m["To"].addresses[0].addr_spec for m in smtp.messages()) == sorted(
        m.to_address for m in mails
    )
