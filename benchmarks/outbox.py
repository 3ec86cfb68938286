"""The outbox against a real SMTP server on 127.0.0.1 (aiosmtpd, from the test extra):
enqueue cost, send throughput with one sender and with three at once, and a kill -9 campaign
that counts what the recipient's server receives (lost messages, raw duplicates per kill).

    .venv/bin/python benchmarks/outbox.py                       # SQLite
    .venv/bin/python benchmarks/outbox.py --messages 2000 --rounds 5 \
        --pg postgresql+psycopg://incubator@127.0.0.1:54329/postgres

Each target is a fresh database (a temporary SQLite file; a throwaway PostgreSQL database with
--pg). Prints Markdown tables (see RESULTS-outbox.md).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "core"))
from smtp_server import SmtpTestServer  # noqa: E402

from incubator_app.db.migrate import open_database  # noqa: E402
from incubator_app.models import OutboxMessage  # noqa: E402
from incubator_app.models.vocabulary import OutboxStatus  # noqa: E402
from incubator_app.services.mail.outbox import enqueue_message  # noqa: E402

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
print(report.sent)
database.dispose()
"""
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"


def _fill(url: str, n: int) -> float:
    database = open_database(url)
    try:
        with database.session() as session:
            started = time.perf_counter()
            for i in range(n):
                enqueue_message(
                    session,
                    to_address=f"personne{i}@example.org",
                    to_name=f"Personne n° {i}",
                    subject=f"Inscription n° {i} confirmée",
                    body="Bonjour,\nvotre place est réservée.\n" * 10,
                    attachments=[("invitation.ics", "text/calendar", ICS)],
                )
            session.commit()
            return (time.perf_counter() - started) / n * 1000
    finally:
        database.dispose()


def _sender(url: str, port: int, stale: float) -> subprocess.Popen:
    env = dict(os.environ, INCUBATOR_APP_LANG="en")
    return subprocess.Popen(
        [sys.executable, "-c", _SENDER, url, str(port), str(stale)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _sent_count(url: str) -> int:
    database = open_database(url, create=False, upgrade=False)
    try:
        with database.session() as session:
            return session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.status == OutboxStatus.SENT)
            )
    finally:
        database.dispose()


def throughput(url: str, n: int, senders: int) -> tuple[float, float]:
    """(ms per enqueue, messages per second sent)."""
    enqueue_ms = _fill(url, n)
    smtp = SmtpTestServer().start()
    try:
        started = time.perf_counter()
        procs = [_sender(url, smtp.port, 600) for _ in range(senders)]
        for p in procs:
            _out, err = p.communicate()
            assert p.returncode == 0, err
        elapsed = time.perf_counter() - started
        assert smtp.count() == n and len(set(smtp.message_ids())) == n
        assert _sent_count(url) == n
    finally:
        smtp.stop()
    return enqueue_ms, n / elapsed


def kill_campaign(url: str, n: int, kills: int, rng: random.Random) -> tuple[int, int, int, int]:
    """(kills, lost, raw duplicates, delivered distinct)."""
    _fill(url, n)
    smtp = SmtpTestServer().start()
    done = 0
    try:
        for _ in range(kills):
            proc = _sender(url, smtp.port, 0)
            target = smtp.count() + rng.randint(3, max(4, n // (kills + 1)))
            while smtp.count() < target and proc.poll() is None:
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.02))
            if proc.poll() is None:
                proc.kill()
                done += 1
            proc.communicate()
        proc = _sender(url, smtp.port, 0)
        proc.communicate()
        received = Counter(smtp.message_ids())
        lost = n - len(received)
        duplicates = sum(received.values()) - len(received)
        return done, lost, duplicates, len(received)
    finally:
        smtp.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3, help="kill campaigns of 200 messages")
    parser.add_argument("--kills", type=int, default=5, help="kills per campaign")
    parser.add_argument("--pg", help="a PostgreSQL server URL (a throwaway database is made)")
    args = parser.parse_args()
    rng = random.Random(2026)
    rows_t, rows_k = [], []
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("SQLite", lambda name: str(Path(tmp) / f"{name}.sqlite3"), None)]
        admin = None
        made: list[str] = []
        if args.pg:
            admin = create_engine(
                make_url(args.pg).set(database="postgres"), isolation_level="AUTOCOMMIT"
            )

            def pg_url(name: str) -> str:
                db = f"bench_outbox_{name}_{uuid.uuid4().hex[:8]}"
                with admin.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{db}"'))
                made.append(db)
                return make_url(args.pg).set(database=db).render_as_string(hide_password=False)

            targets.append(("PostgreSQL", pg_url, None))
        try:
            for label, new_url, _ in targets:
                for senders in (1, 3):
                    ms, rate = throughput(new_url(f"t{senders}"), args.messages, senders)
                    rows_t.append((label, args.messages, senders, ms, rate))
                totals = [0, 0, 0, 0]
                for r in range(args.rounds):
                    k, lost, dup, distinct = kill_campaign(new_url(f"k{r}"), 200, args.kills, rng)
                    for i, v in enumerate((k, lost, dup, distinct)):
                        totals[i] += v
                rows_k.append((label, args.rounds, *totals))
        finally:
            if admin is not None:
                with admin.connect() as conn:
                    for db in made:
                        conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
                admin.dispose()
    print("| database | messages | senders at once | enqueue (ms / message) | sent per second |")
    print("|---|---:|---:|---:|---:|")
    for label, n, senders, ms, rate in rows_t:
        print(f"| {label} | {n} | {senders} | {ms:.2f} | {rate:.0f} |")
    print()
    print(
        "| database | campaigns × 200 messages | kills | lost | raw duplicates | distinct "
        "Message-IDs delivered |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for label, rounds, kills, lost, dup, distinct in rows_k:
        print(f"| {label} | {rounds} | {kills} | {lost} | {dup} | {distinct} / {rounds * 200} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
