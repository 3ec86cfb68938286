"""`incubator-app report entrepreneur | funder | attendance`: PDF (and XLSX) reports headless.

    incubator-app report entrepreneur ID --db DB -o FILE.pdf [--from D --to D --comment TEXT]
    incubator-app report funder --db DB --grant ID --from D --to D -o FILE [--format pdf|xlsx]
    incubator-app report attendance --db DB (--session ID | --day D | --month YYYY-MM) -o FILE.pdf

Dates are YYYY-MM-DD. What happens when there is nothing to report:
- an unknown id, a malformed date or a period that ends before it starts: one line on stderr,
  exit status 2, no file written (nor a partial one: every report is written to a temp file and
  renamed only when complete);
- a period with no data (nobody supported under the grant, no coaching for the entrepreneur, no
  attendance in the month): a valid report that says so is written, exit 0, and a one-line note
  on stderr — funders often want the "nothing this period" report too;
- an attendance sheet for a day without any coaching session: nothing to sign, so exit 2 and no
  file.
The report's language is `--lang` when given, else the incubator profile's. Each report signs
in with `--user LOGIN` (cli_signin.py) once its arguments are checked, and reads what that
account may see.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from incubator_app.i18n import QT_TRANSLATE_NOOP, SUPPORTED_LANGUAGES, msg

CTX = "Cli"
_ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "FunderReport", "The period ends before it starts ({start})."
)


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli_signin import add_user_option

    person = report_sub.add_parser("entrepreneur", help="progress report of one entrepreneur (PDF)")
    common(person)
    person.add_argument("entrepreneur_id", type=_id("ID"), metavar="ID")
    person.add_argument("-o", "--output", required=True, help="PDF file to write")
    person.add_argument("--from", dest="start", help="first day (default: entry date)")
    person.add_argument("--to", dest="end", help="last day (default: today)")
    person.add_argument("--comment", default="", help="the coach's comment printed at the end")
    add_user_option(person)
    person.set_defaults(handler=cmd_entrepreneur)

    funder = report_sub.add_parser("funder", help="funder report of a grant over a period")
    common(funder)
    funder.add_argument("--grant", type=_id("--grant"), required=True, metavar="ID")
    funder.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    funder.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    funder.add_argument("-o", "--output", required=True, help="file to write")
    funder.add_argument(
        "--format", choices=("pdf", "xlsx"), help="default: from the file name, else pdf"
    )
    add_user_option(funder)
    funder.set_defaults(handler=cmd_funder)

    sheet = report_sub.add_parser(
        "attendance", help="attendance sheet of a session or a day, or a month's summary (PDF)"
    )
    common(sheet)
    which = sheet.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--session", type=_id("--session"), metavar="ID", help="one coaching session"
    )
    which.add_argument("--day", help="every session of a day, YYYY-MM-DD")
    which.add_argument("--month", help="monthly attendance summary, YYYY-MM")
    sheet.add_argument("-o", "--output", required=True, help="PDF file to write")
    add_user_option(sheet)
    sheet.set_defaults(handler=cmd_attendance)


# --- helpers ------------------------------------------------------------------------------------


def _date(value: str | None, option: str) -> date | None:
    from incubator_app.cli_args import day

    return None if value is None else day(value, option)


def _month(value: str) -> date:
    from incubator_app.cli_args import month

    return month(value, "--month")


def _id(option: str) -> Callable[[str], int]:
    """argparse type: a record id, checked by the shared rule (its message names the option)."""

    def parse(value: str) -> int:
        from incubator_app.cli_args import record_id

        return record_id(value, option)

    return parse


def _check_period(start: date | None, end: date | None) -> None:
    from incubator_app.errors import ValidationError

    if start is not None and end is not None and end < start:
        raise ValidationError(
            {
                "--to": msg(
                    QT_TRANSLATE_NOOP(
                        "FunderReport", "The period ends before it starts ({start})."
                    ),
                    start=start.strftime("%d/%m/%Y"),
                )
            }
        )


def _output(args: argparse.Namespace) -> Path:
    from incubator_app.cli_args import output_file

    return output_file(args.output)


def _language(args: argparse.Namespace, session) -> str:
    if args.lang:
        return args.lang
    from incubator_app.services.administration.setup import get_incubator_profile

    profile = get_incubator_profile(session)
    lang = (profile.locale if profile else "")[:2]
    return lang if lang in SUPPORTED_LANGUAGES else "fr"


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False, upgrade=False)


def _actor(session, args: argparse.Namespace):
    from incubator_app.cli_signin import sign_in

    return sign_in(session, args.user)


def _note(text) -> None:
    print(text, file=sys.stderr)


def _written(path: Path) -> int:
    print(msg(QT_TRANSLATE_NOOP("Cli", "Report written to {path}"), path=str(path)))
    return 0


# --- commands -----------------------------------------------------------------------------------


def cmd_entrepreneur(args: argparse.Namespace) -> int:
    from incubator_app.reports.entrepreneur_report import build_entrepreneur_report
    from incubator_app.services.reporting.entrepreneur_report import entrepreneur_report_data

    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    _check_period(start, end)
    output = _output(args)
    database = _open(args)
    try:
        with database.session() as session:
            data = entrepreneur_report_data(
                session,
                args.entrepreneur_id,
                actor=_actor(session, args),
                start=start,
                end=end,
                coach_comment=args.comment,
            )
            _check_period(data.start, data.end)
            path = build_entrepreneur_report(data, output, locale=_language(args, session))
    finally:
        database.dispose()
    if not data.sessions:
        _note(msg(QT_TRANSLATE_NOOP("Cli", "No coaching session in this period.")))
    return _written(path)


def _funder_format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    return "xlsx" if args.output.lower().endswith(".xlsx") else "pdf"


def cmd_funder(args: argparse.Namespace) -> int:
    from incubator_app.reports.funder_report import build_funder_report
    from incubator_app.reports.funder_workbook import build_funder_workbook
    from incubator_app.services.reporting.funder_kpis import (
        iter_beneficiary_rows,
        report_identity,
    )
    from incubator_app.services.reporting.indicators import grant_indicators

    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    _check_period(start, end)
    build = build_funder_workbook if _funder_format(args) == "xlsx" else build_funder_report
    output = _output(args)
    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            kpis, indicators = grant_indicators(session, args.grant, start, end, actor=actor)
            rows = iter_beneficiary_rows(session, args.grant, start, end, actor=actor)
            from incubator_app.services.reporting.event_figures import event_rows, figures_of

            # The PDF's events section adds up the rows of the workbook's Events sheet.
            held = event_rows(session, args.grant, start, end, actor=actor)
            extra = {
                "events": figures_of(held, start, end) if build is build_funder_report else held
            }
            path = build(
                kpis,
                rows,
                output,
                identity=report_identity(session),
                locale=_language(args, session),
                indicators=indicators,
                **extra,
            )
    finally:
        database.dispose()
    if not kpis.has_data:
        _note(
            msg(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Nobody was supported under grant {grant} in this period; the report says so.",
                ),
                grant=kpis.grant.reference,
            )
        )
    return _written(path)


def cmd_attendance(args: argparse.Namespace) -> int:
    from incubator_app.errors import NotFound
    from incubator_app.reports.attendance_sheet import (
        build_attendance_sheet,
        build_attendance_summary,
    )
    from incubator_app.services.reporting.attendance import (
        attendance_sheet_data,
        attendance_summary_data,
    )

    day = _date(args.day, "--day")
    month = _month(args.month) if args.month else None
    output = _output(args)
    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            lang = _language(args, session)
            if month is not None:
                summary = attendance_summary_data(session, month, actor=actor)
                path = build_attendance_summary(summary, output, locale=lang)
                if not summary.rows:
                    _note(msg(QT_TRANSLATE_NOOP("Cli", "No coaching session in this month.")))
                return _written(path)
            data = attendance_sheet_data(session, actor=actor, session_id=args.session, day=day)
            if not data.sessions:
                raise NotFound(
                    msg(
                        QT_TRANSLATE_NOOP("Cli", "No coaching session on {day}: nothing to sign."),
                        day=day.strftime("%d/%m/%Y") if day else "",
                    )
                )
            path = build_attendance_sheet(data, output, locale=lang)
    finally:
        database.dispose()
    return _written(path)
