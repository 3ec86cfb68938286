"""Settings, "E-mail and calendars" and "Outbox", driven as an administrator: the SMTP settings
saved (the password in the keyring, never in the database), a test message and the outbox sent
to a real SMTP server on 127.0.0.1, a refused message shown with the server's answer, Retry,
"Open in mail program" (mailto:) and "Save as .eml"; calendars published into a folder; both
tabs screenshotted in French."""

from __future__ import annotations

import os
import sys
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring, using_keyring
from PySide6.QtGui import QDesktopServices

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from smtp_server import SmtpTestServer  # noqa: E402

from incubator_app.models.vocabulary import OutboxStatus, SmtpSecurity  # noqa: E402
from incubator_app.services.mail.list import list_outbox  # noqa: E402
from incubator_app.services.mail.outbox import enqueue_message  # noqa: E402
from incubator_app.services.mail.smtp_settings import (  # noqa: E402
    KEYRING_SERVICE,
    get_mail_settings,
)
from incubator_app.ui.app import install_translators  # noqa: E402
from incubator_app.ui.pages.settings_page import SettingsPage  # noqa: E402

pytestmark = [pytest.mark.ui, pytest.mark.clock("2026-12-03 10:00")]


@pytest.fixture
def smtp():
    server = SmtpTestServer().start()
    yield server
    server.stop()


@pytest.fixture
def keyring_backend():
    with using_keyring(MemoryKeyring()) as backend:
        yield backend


def _page(qtbot, context) -> SettingsPage:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    return page


def _enqueue(context, n: int = 2) -> None:
    with context.db.session() as s:
        for i in range(n):
            enqueue_message(
                s,
                to_address=f"personne{i}@example.org",
                to_name=f"Léa Personne {i}",
                subject=f"Inscription confirmée : atelier n° {i}",
                body="Bonjour,\nà bientôt.",
                attachments=[("invitation.ics", "text/calendar", b"BEGIN:VCALENDAR\r\n")],
            )
        s.commit()


def test_settings_saved_password_in_the_keyring_then_outbox_sent(
    qtbot, context, smtp, keyring_backend, tmp_path, monkeypatch
) -> None:
    page = _page(qtbot, context)
    mail = page.mail
    page.tabs.setCurrentWidget(mail)
    mail.host.setText("127.0.0.1")
    mail.port.setValue(smtp.port)
    mail.security.setCurrentIndex(mail.security.findData(SmtpSecurity.NONE.value))
    mail.sender_address.setText("pas une adresse")
    mail.save()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=15_000)
    assert "Sender address" in mail.error.text()

    mail.sender_address.setText("accueil@couveuse.example")
    mail.sender_name.setText("La Couveuse")
    mail.login.setText("")
    mail.password.setText("secret-smtp")
    mail.folder.setText(str(tmp_path))
    mail.save()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=15_000)
    assert mail.status.text() == "Saved."
    with context.db.session() as s:
        saved = get_mail_settings(s)
    assert (saved.host, saved.port, saved.sender_address) == (
        "127.0.0.1",
        smtp.port,
        "accueil@couveuse.example",
    )
    assert keyring_backend.entries == {(KEYRING_SERVICE, saved.password_key): "secret-smtp"}

    mail.send_test("moi@example.org")
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=15_000)
    assert "moi@example.org" in mail.status.text()
    assert smtp.message_ids() and smtp.messages()[0]["To"] == "moi@example.org"

    mail.publish()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=15_000)
    assert (tmp_path / "calendars.txt").exists()

    _enqueue(context)
    outbox = page.outbox
    page.tabs.setCurrentWidget(outbox)
    outbox.reload()
    assert outbox.model.rowCount() == 2
    assert "2 waiting" in outbox.counts.text()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    url = outbox.open_in_mail_program()
    assert url.startswith("mailto:personne1@example.org?subject=") and opened
    assert "attachments" in outbox.status.text()
    eml = tmp_path / "message.eml"
    outbox.save_eml(eml)
    parsed = message_from_bytes(eml.read_bytes(), policy=default)
    assert parsed["Subject"] == "Inscription confirmée : atelier n° 1"

    smtp.refuse = "550 5.1.1 Unknown user"
    outbox.send_now()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=15_000)
    assert "0 sent" in outbox.status.text()
    row = outbox.selected()
    assert row is not None and row.last_error == "550 5.1.1 Unknown user"
    smtp.refuse = None
    outbox.retry()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=15_000)
    outbox.send_now()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=15_000)
    with context.db.session() as s:
        statuses = [r.status for r in list_outbox(s, actor=context.actor)]
    assert statuses.count(OutboxStatus.SENT) == 1  # the retried one; the other waits its turn


def test_both_tabs_in_french(qtbot, qapp, context, tmp_path) -> None:
    install_translators(qapp, "fr")
    _enqueue(context, 3)
    with context.db.session() as s:
        from sqlalchemy import select, update

        from incubator_app.models import OutboxMessage

        first = s.scalar(select(OutboxMessage.id).order_by(OutboxMessage.id))
        s.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == first)
            .values(status=OutboxStatus.FAILED, attempts=6, last_error="550 5.1.1 Unknown user")
        )
        s.commit()
    page = _page(qtbot, context)
    folder = Path(os.environ.get("SETTINGS_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    for name, tab in (("mail", page.mail), ("outbox", page.outbox)):
        page.tabs.setCurrentWidget(tab)
        qapp.processEvents()
        assert page.grab().save(str(folder / f"settings-fr-{name}.png"))
    assert page.tabs.tabText(page.tabs.indexOf(page.outbox)) == "Boîte d’envoi"
    assert page.outbox.retry_button.text() == "Réessa&yer"
