"""`incubator-app followup due|send|call|record`: the follow-up campaigns from scripts.

`due` lists the people due in a month (6/12/24/36 months after exit and the FSE+ exit and
six-month questionnaires) with their contact details, attempts and status (answered, reminder
due, open); `send` puts the follow-up e-mail in the outbox for the people named with
`--person` (with `--checkpoint`), or with `--pending` for every unanswered row of the month
never reached or due for a reminder; `call` logs a call; `record` records the answer of a
checkpoint (which closes it). All sign in with `--user LOGIN`. Bad input: one line on stderr,
exit 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option

    parser = sub.add_parser("followup", help="follow-up campaigns after exit (pérennisation)")
    f_sub = parser.add_subparsers(dest="followup_command", required=True, parser_class=_Parser)

    due = f_sub.add_parser("due", help="people due in a month, with their contact details")
    common(due)
    _month_filters(due)
    due.add_argument("--answered", choices=("yes", "no"), help="answered or not (default: both)")
    add_user_option(due)
    due.set_defaults(handler=cmd_due)

    send = f_sub.add_parser("send", help="put the follow-up e-mail in the outbox")
    common(send)
    who = send.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", type=_id, action="append", metavar="ID")
    who.add_argument(
        "--pending", action="store_true", help="every unanswered row not reached or to remind"
    )
    _month_filters(send)
    add_user_option(send)
    send.set_defaults(handler=cmd_send)

    call = f_sub.add_parser("call", help="log a call")
    common(call)
    call.add_argument("--person", type=_id, required=True, metavar="ID")
    call.add_argument("--checkpoint", type=_checkpoint, required=True)
    call.add_argument("--reached", choices=("yes", "no"), required=True)
    call.add_argument("--note", default=None)
    add_user_option(call)
    call.set_defaults(handler=cmd_call)

    record = f_sub.add_parser("record", help="record the answer of a checkpoint")
    common(record)
    record.add_argument("--person", type=_id, required=True, metavar="ID")
    record.add_argument("--checkpoint", type=_checkpoint, required=True, help="m6, m12, m24, m36")
    record.add_argument("--active", choices=("yes", "no"), required=True)
    record.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="default: today")
    record.add_argument("--legal-form")
    record.add_argument("--revenue-band")
    record.add_argument("--jobs", type=_jobs, metavar="N")
    record.add_argument("--situation")
    record.add_argument("--note", default=None)
    add_user_option(record)
    record.set_defaults(handler=cmd_record)


def _month_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--month", type=_month, metavar="YYYY-MM", help="default: this month")
    parser.add_argument("--checkpoint", type=_checkpoint, help="m6, m12, m24, m36, fse_exit…")
    parser.add_argument("--reminder-days", type=_days, default=14, metavar="N")


def _id(value: str) -> int:
    from incubator_app.cli_args import record_id

    return record_id(value, "ID")


def _month(value: str):
    from incubator_app.cli_args import month

    return month(value)


def _day(value: str):
    from incubator_app.cli_args import day

    return day(value, "--on")


def _checkpoint(value: str) -> str:
    from incubator_app.services.entrepreneurs.follow_up_campaign import CHECKPOINTS

    if value not in CHECKPOINTS:
        raise argparse.ArgumentTypeError(
            f"not a checkpoint: {value!r} (expected one of {', '.join(CHECKPOINTS)})"
        )
    return value


def _days(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 366:
        raise argparse.ArgumentTypeError(f"not a number of days from 1 to 366: {value!r}")
    return int(value)


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) > 10_000:
        raise argparse.ArgumentTypeError(f"not a number of jobs from 0 to 10000: {value!r}")
    return int(value)


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def _rows(session, args, actor, answered=None):
    from incubator_app.services.entrepreneurs.follow_up_campaign import campaign_rows

    return campaign_rows(
        session,
        month=args.month,
        checkpoint=args.checkpoint,
        answered=answered,
        reminder_days=args.reminder_days,
        actor=actor,
    )


def _status(row) -> str:
    if row.answered:
        return "answered"
    return "reminder" if row.needs_reminder else "open"


def cmd_due(args: argparse.Namespace) -> int:
    from incubator_app.cli_signin import sign_in

    answered = None if args.answered is None else args.answered == "yes"
    database = _open(args)
    try:
        with database.session() as session:
            rows = _rows(session, args, sign_in(session, args.user), answered)
    finally:
        database.dispose()
    print("due\tcheckpoint\tid\tname\te-mail\tphone\tattempts\tlast contact\tstatus")
    for r in rows:
        last = r.last_contact_at.date().isoformat() if r.last_contact_at else ""
        print(
            f"{r.due_on.isoformat()}\t{r.checkpoint}\t{r.entrepreneur_id}\t"
            f"{r.first_name} {r.last_name}\t{r.email or ''}\t{r.phone or ''}\t"
            f"{r.attempts}\t{last}\t{_status(r)}"
        )
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import UserError
    from incubator_app.cli_signin import sign_in
    from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
    from incubator_app.services.entrepreneurs.follow_up_campaign import send_follow_up_emails

    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            rows = _rows(session, args, actor, answered=False)
            if args.pending:
                targets = [
                    (r.entrepreneur_id, r.checkpoint)
                    for r in rows
                    if r.email and (r.attempts == 0 or r.needs_reminder)
                ]
            else:
                wanted = set(args.person)
                targets = [
                    (r.entrepreneur_id, r.checkpoint) for r in rows if r.entrepreneur_id in wanted
                ]
                missing = wanted - {eid for eid, _ in targets}
                if missing:
                    raise UserError(
                        str(
                            msg(
                                QT_TRANSLATE_NOOP(
                                    "Cli", "--person {ids}: nobody unanswered due in that month."
                                ),
                                ids=", ".join(str(i) for i in sorted(missing)),
                            )
                        )
                    )
            ids = send_follow_up_emails(session, targets, actor=actor) if targets else []
    finally:
        database.dispose()
    print(f"{len(ids)} e-mail(s) in the outbox")
    return 0


def cmd_call(args: argparse.Namespace) -> int:
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.entrepreneurs.follow_up_campaign import log_follow_up_call

    database = _open(args)
    try:
        with database.session() as session:
            log_follow_up_call(
                session,
                args.person,
                args.checkpoint,
                reached=args.reached == "yes",
                note=args.note,
                actor=sign_in(session, args.user),
            )
    finally:
        database.dispose()
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from incubator_app import clock
    from incubator_app.cli_args import UserError
    from incubator_app.cli_signin import sign_in
    from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
    from incubator_app.models import FollowUpCheckpoint
    from incubator_app.services.entrepreneurs.follow_up_answers import (
        FollowUpAnswer,
        record_follow_up_answer,
    )
    from incubator_app.services.entrepreneurs.follow_up_campaign import CHECKPOINT_MONTHS

    if args.checkpoint not in CHECKPOINT_MONTHS:
        raise UserError(
            str(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Cli", "--checkpoint {code}: record FSE+ answers with the questionnaire."
                    ),
                    code=args.checkpoint,
                )
            )
        )
    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            checkpoint = session.scalar(
                select(FollowUpCheckpoint).where(
                    FollowUpCheckpoint.entrepreneur_id == args.person,
                    FollowUpCheckpoint.months_after_exit == CHECKPOINT_MONTHS[args.checkpoint],
                )
            )
            if checkpoint is None:
                raise UserError(
                    str(
                        msg(
                            QT_TRANSLATE_NOOP(
                                "Cli", "Person {id} has no {code} follow-up checkpoint."
                            ),
                            id=args.person,
                            code=args.checkpoint,
                        )
                    )
                )
            answer = FollowUpAnswer(
                business_active=args.active == "yes",
                checked_on=args.on or clock.today(),
                legal_form=args.legal_form,
                revenue_band=args.revenue_band,
                jobs_created=args.jobs,
                situation=args.situation,
                notes=args.note,
            )
            record_follow_up_answer(
                session, checkpoint.id, answer, expected_version=checkpoint.version_id, actor=actor
            )
    finally:
        database.dispose()
    return 0
