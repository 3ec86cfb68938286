"""`incubator-app outbox send|list`: the e-mails of the outbox from scripts.

`send` hands the due messages to the SMTP server of the settings (the password from this
computer's keyring, or INCUBATOR_APP_SMTP_PASSWORD) and prints how many were sent, failed and
still wait; `list` prints the messages, newest first, optionally of one status. Both sign in
with `--user LOGIN` (cli_signin.py). A scheduler (cron, Windows task) may run `send` every few
minutes on several computers at once: a message is claimed by one of them only.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.vocabulary import OutboxStatus


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option

    outbox = sub.add_parser("outbox", help="the e-mails waiting to be sent, sent or failed")
    out_sub = outbox.add_subparsers(dest="outbox_command", required=True, parser_class=_Parser)

    send = out_sub.add_parser("send", help="send the messages that are due (SMTP of the settings)")
    common(send)
    add_user_option(send)
    send.set_defaults(handler=cmd_send)

    listing = out_sub.add_parser("list", help="the messages, newest first")
    common(listing)
    listing.add_argument("--status", choices=[s.value for s in OutboxStatus])
    add_user_option(listing)
    listing.set_defaults(handler=cmd_list)


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def cmd_send(args: argparse.Namespace) -> int:
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.mail.sending import send_due_messages

    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            report = send_due_messages(session, actor=actor)
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli", "sent: {sent}, failed: {failed}, waiting: {waiting} (retry later: {retry})"
            ),
            sent=report.sent,
            failed=report.failed,
            waiting=report.waiting,
            retry=report.retry_later,
        )
    )
    if report.stopped_early:
        print(
            msg(
                QT_TRANSLATE_NOOP("Cli", "The server could not be reached: {answer}"),
                answer=report.stopped_early,
            )
        )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from incubator_app import clock
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.mail.list import list_outbox

    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            rows = list_outbox(session, actor=actor, status=args.status)
    finally:
        database.dispose()
    for r in rows:
        when = r.created_at.astimezone(clock.zone()).strftime("%d/%m/%Y %H:%M")
        answer = (r.last_error or "").replace("\n", " ")
        print(
            "\t".join(
                [str(r.id), r.status.value, when, r.to_address, r.subject, str(r.attempts), answer]
            )
        )
    return 0
