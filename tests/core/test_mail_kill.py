"""kill -9 during a send loop of 200 messages, several times, then a restart: every message
reaches the real SMTP server (aiosmtpd on 127.0.0.1, in this process) and, counted by
Message-ID, exactly once; raw duplicates (the irreducible window between the server's 250 and
the commit of 'sent', see services/mail/sending.py) are at most one per kill and carry the same
Message-ID and bytes. Three senders started at once on one database (PostgreSQL: SKIP LOCKED;
SQLite: BEGIN IMMEDIATE) deliver each message exactly once, raw."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from smtp_server import SmtpTestServer
from sqlalchemy import select

from incubator_app.models import OutboxMessage
from incubator_app.models.vocabulary import OutboxStatus
from incubator_app.services.mail.outbox import enqueue_message

# The subprocesses read the real clock: the messages were due long before it.
pytestmark = [pytest.mark.core, pytest.mark.clock("2020-01-06 10:00")]

MESSAGES = 200
KILLS = 4
_WAIT_LIMIT = 120.0

_SENDER = """
import sys
from datetime import timedelta
from incubator_app.db.migrate import open_database
from incubator_app.models.vocabulary import SmtpSecurity
from incubator_app.services.actor import Actor
from incubator_app.services.mail.sending import SmtpServer, send_due_messages
database = open_database(sys.argv[1], create=False, upgrade=False)
server = SmtpServer("127.0.0.1", int(sys.argv[2]), SmtpSecurity.NONE,
                    "accueil@couveuse.example", "La Couveuse", timeout=10)
with database.session() as session:
    report = send_due_messages(session, actor=Actor.system(), server=server,
                               stale_after=timedelta(seconds=float(sys.argv[3])))
print(report.sent, report.waiting, report.stopped_early)
database.dispose()
"""


@pytest.fixture
def smtp():
    server = SmtpTestServer().start()
    yield server
    server.stop()


def _fill(session) -> set[str]:
    ids = set()
    for i in range(MESSAGES):
        message = enqueue_message(
            session,
            to_address=f"personne{i}@example.org",
            to_name=f"Personne n° {i}",
            subject=f"Réservation n° {i} confirmée",
            body=f"Bonjour,\nvotre réservation n° {i} est confirmée.\n",
            attachments=[("invitation.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR")],
        )
        ids.add(message.message_id)
    session.commit()
    return ids


def _sender(db_url: str, port: int, stale_seconds: float, tmp: Path) -> subprocess.Popen:
    env = dict(os.environ, INCUBATOR_APP_DATA_DIR=str(tmp / "data"), INCUBATOR_APP_LANG="en")
    return subprocess.Popen(
        [sys.executable, "-c", _SENDER, db_url, str(port), str(stale_seconds)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _statuses(session) -> Counter:
    session.expire_all()
    rows = session.execute(select(OutboxMessage.status)).scalars()
    out = Counter(rows)
    session.commit()
    return out


def test_kill_9_during_sending_then_restart_delivers_each_message_once(
    db_url, session, smtp, tmp_path
) -> None:
    expected = _fill(session)
    rng = random.Random(13)
    kills = 0
    for _ in range(KILLS):
        # The previous sender is dead: its claim may be taken back at once.
        proc = _sender(db_url, smtp.port, 0, tmp_path)
        target = smtp.count() + rng.randint(5, 35)
        deadline = time.monotonic() + _WAIT_LIMIT
        while smtp.count() < target and proc.poll() is None:
            assert time.monotonic() < deadline, "the sender never got going"
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.02))  # anywhere in the claim / send / record of a message
        if proc.poll() is None:
            proc.kill()
            kills += 1
        proc.communicate(timeout=_WAIT_LIMIT)
    assert kills == KILLS, "the loop ended before every kill: make MESSAGES larger"
    assert _statuses(session)[OutboxStatus.SENT] < MESSAGES

    proc = _sender(db_url, smtp.port, 0, tmp_path)
    out, err = proc.communicate(timeout=_WAIT_LIMIT)
    assert proc.returncode == 0, err
    assert _statuses(session) == Counter({OutboxStatus.SENT: MESSAGES})

    received = Counter(smtp.message_ids())
    assert set(received) == expected  # none lost, nothing else
    extra = sum(received.values()) - len(received)
    assert extra <= kills  # raw duplicates: only from a kill inside the window
    by_id: dict[str, set[bytes]] = {}
    for _, _, content in smtp.received:
        by_id.setdefault(_message_id(content), set()).add(content)
    assert all(len(versions) == 1 for versions in by_id.values())  # duplicates are identical


def _message_id(content: bytes) -> str:
    from email import message_from_bytes
    from email.policy import default

    return str(message_from_bytes(content, policy=default)["Message-ID"])


def test_three_senders_at_once_deliver_each_message_exactly_once(
    db_url, session, smtp, tmp_path
) -> None:
    expected = _fill(session)
    procs = [_sender(db_url, smtp.port, 600, tmp_path) for _ in range(3)]
    results = [p.communicate(timeout=_WAIT_LIMIT) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in results]
    sent_by_each = [int(out.split()[0]) for out, _ in results]
    assert sum(sent_by_each) == MESSAGES
    assert _statuses(session) == Counter({OutboxStatus.SENT: MESSAGES})
    received = smtp.message_ids()
    assert len(received) == MESSAGES and set(received) == expected
