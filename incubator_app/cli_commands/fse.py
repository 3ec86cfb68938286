"""`incubator-app fse due|indicators`: FSE+ participant data from scripts.

`due` lists the exit (within four weeks after leaving) and six-month questionnaires of FSE+
participants that are due or overdue, with the person's contact details; `indicators` prints a
grant's table of the common indicators of Regulation (EU) 2021/1057, Annex I (code, indicator,
total, women, men, non-binary, gender unknown) over a period, the grant's by default. Both sign
in with `--user LOGIN` (personal data). Bad input: one line on stderr, exit 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _iso_date, _Parser
    from incubator_app.cli_signin import add_user_option

    fse = sub.add_parser("fse", help="FSE+ participant questionnaires and indicators")
    f_sub = fse.add_subparsers(dest="fse_command", required=True, parser_class=_Parser)

    due = f_sub.add_parser("due", help="exit and six-month questionnaires due")
    common(due)
    due.add_argument("--days", type=_days, default=31, help="horizon in days (default 31)")
    add_user_option(due)
    due.set_defaults(handler=cmd_due)

    ind = f_sub.add_parser("indicators", help="a grant's Annex I indicator table")
    common(ind)
    ind.add_argument("--grant", type=_id, required=True, metavar="ID")
    ind.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD")
    ind.add_argument("--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD")
    add_user_option(ind)
    ind.set_defaults(handler=cmd_indicators)


def _id(value: str) -> int:
    from incubator_app.cli_args import record_id

    return record_id(value, "ID")


def _days(value: str) -> int:
    if not value.isdigit() or not 0 <= int(value) <= 366:
        raise argparse.ArgumentTypeError(f"not a number of days from 0 to 366: {value!r}")
    return int(value)


def _session(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def cmd_due(args: argparse.Namespace) -> int:
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.funding.fse.questionnaires import due_questionnaires

    database = _session(args)
    try:
        with database.session() as session:
            rows = due_questionnaires(
                session, actor=sign_in(session, args.user), horizon_days=args.days
            )
    finally:
        database.dispose()
    print("due\tdeadline\tmoment\tid\tname\te-mail\tphone")
    for d in rows:
        print(
            f"{d.due_on.isoformat()}\t{d.deadline.isoformat()}\t{d.moment.value}\t"
            f"{d.entrepreneur_id}\t{d.first_name} {d.last_name}\t{d.email or ''}\t{d.phone or ''}"
        )
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import UserError
    from incubator_app.cli_signin import sign_in
    from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
    from incubator_app.services.funding.fse.indicators import fse_indicator_table

    if args.start and args.end and args.end < args.start:
        raise UserError(str(msg(QT_TRANSLATE_NOOP("Cli", "--to is before --from."))))
    database = _session(args)
    try:
        with database.session() as session:
            table = fse_indicator_table(
                session, args.grant, args.start, args.end, actor=sign_in(session, args.user)
            )
    finally:
        database.dispose()
    print(f"{table.start.isoformat()} – {table.end.isoformat()}")
    print("code\tindicator\ttotal\twomen\tmen\tnon-binary\tgender unknown")
    for r in table.rows:
        print(
            f"{r.code or '-'}\t{msg(r.label)}\t{r.total}\t{r.women}\t{r.men}\t"
            f"{r.non_binary}\t{r.gender_unknown}"
        )
    return 0
