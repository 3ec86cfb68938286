"""`incubator-app calendar publish`: writes the calendar feeds (one .ics per coach and per
bookable room or resource) into a shared folder that calendar programs subscribe to; prints
how many files were written, left unchanged and removed. Signs in with `--user LOGIN`. Run it
from a scheduler to keep the subscriptions current."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option

    calendar = sub.add_parser("calendar", help="calendar feeds of coaches and rooms")
    cal_sub = calendar.add_subparsers(dest="calendar_command", required=True, parser_class=_Parser)
    publish = cal_sub.add_parser("publish", help="write the .ics feeds into a shared folder")
    common(publish)
    publish.add_argument(
        "--folder", metavar="DIR", help="the shared folder (default: the one of the settings)"
    )
    add_user_option(publish)
    publish.set_defaults(handler=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    from incubator_app.cli import existing_db
    from incubator_app.cli_signin import sign_in
    from incubator_app.db.migrate import open_database
    from incubator_app.services.calendars.feeds import publish_calendars

    database = open_database(existing_db(args), create=False)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            report = publish_calendars(session, args.folder, actor=actor)
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli", "{folder}: {written} written, {unchanged} unchanged, {removed} removed"
            ),
            folder=str(report.folder),
            written=len(report.written),
            unchanged=len(report.unchanged),
            removed=len(report.removed),
        )
    )
    return 0
