"""The outbox: an e-mail is written in the caller's transaction (committed with it, rolled back
with it), with a unique Message-ID; bad addresses and header injections are refused."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from incubator_app.errors import ValidationError
from incubator_app.models import OutboxAttachment, OutboxMessage
from incubator_app.models.vocabulary import OutboxStatus
from incubator_app.services.mail.outbox import enqueue_message

pytestmark = pytest.mark.core


def _count(session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxMessage))


@pytest.mark.clock("2026-12-03 10:00")
def test_enqueue_is_part_of_the_callers_transaction(session) -> None:
    message = enqueue_message(
        session,
        to_address="lea@example.org",
        to_name="Léa Martin",
        subject="Votre inscription est confirmée",
        body="Bonjour Léa,\n…",
        attachments=[("invitation.ics", "text/calendar", b"BEGIN:VCALENDAR\r\n")],
        related_kind="event_registration",
        related_id=7,
    )
    assert message.id is not None and message.status is OutboxStatus.QUEUED
    assert message.message_id.startswith("<") and message.message_id.endswith("@incubator.invalid>")
    assert message.next_attempt_at == message.created_at
    session.rollback()
    assert _count(session) == 0
    assert session.scalar(select(func.count()).select_from(OutboxAttachment)) == 0

    first = enqueue_message(session, to_address="a@example.org", to_name="", subject="s", body="b")
    second = enqueue_message(session, to_address="a@example.org", to_name="", subject="s", body="b")
    session.commit()
    assert _count(session) == 2 and first.message_id != second.message_id


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"to_address": ""}, "to_address"),
        ({"to_address": "not an address"}, "to_address"),
        ({"subject": "Hello\r\nBcc: everyone@example.org"}, "subject"),
        ({"to_name": "Léa\nBcc: x@example.org"}, "to_name"),
        ({"subject": ""}, "subject"),
        ({"attachments": [("../x.ics", "text/calendar", b"")]}, "attachments[1]"),
        ({"attachments": [("x.ics", "calendar", b"")]}, "attachments[1]"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(session, changes, field) -> None:
    args = {"to_address": "lea@example.org", "to_name": "Léa", "subject": "s", "body": "b"}
    args.update(changes)
    with pytest.raises(ValidationError) as caught:
        enqueue_message(session, **args)
    assert field in caught.value.field_errors
    session.commit()
    assert _count(session) == 0
