"""`incubator-app gdpr export|erase|retention`: people's rights from scripts.

`export` writes everything held about a person into a new folder (PDF, JSON, CSV, their
documents); `erase` anonymises or deletes them everywhere (only with `--confirm`), rewrites the
database so the old values leave its files, and prints the erasure report; `retention` lists
those past their retention time, and anonymises them all with `--apply`. Administrators only:
each signs in with `--user LOGIN` (cli_signin.py). Mistakes are one line on stderr, exit 2."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option

    gdpr = sub.add_parser("gdpr", help="people's rights: access export, erasure, retention")
    g_sub = gdpr.add_subparsers(dest="gdpr_command", required=True, parser_class=_Parser)

    def person(parser: argparse.ArgumentParser) -> None:
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument("--entrepreneur", type=int, metavar="ID")
        who.add_argument("--contact", type=int, metavar="ID")

    export = g_sub.add_parser("export", help="everything held about a person, into a folder")
    common(export)
    person(export)
    export.add_argument("-o", "--output", required=True, help="a new (or empty) folder")
    add_user_option(export)
    export.set_defaults(handler=cmd_export)

    erase = g_sub.add_parser("erase", help="anonymise or delete a person everywhere")
    common(erase)
    person(erase)
    erase.add_argument("--confirm", action="store_true", help="required: erasure is final")
    add_user_option(erase)
    erase.set_defaults(handler=cmd_erase)

    retention = g_sub.add_parser("retention", help="who is past their retention time")
    common(retention)
    retention.add_argument("--apply", action="store_true", help="anonymise them all")
    add_user_option(retention)
    retention.set_defaults(handler=cmd_retention)


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def _person(args: argparse.Namespace):
    from incubator_app.services.privacy.people import PersonRef

    if args.entrepreneur is not None:
        return PersonRef("entrepreneur", args.entrepreneur)
    return PersonRef("contact", args.contact)


def cmd_export(args: argparse.Namespace) -> int:
    from incubator_app.cli_signin import sign_in
    from incubator_app.reports.personal_data import build_personal_data_pdf
    from incubator_app.services.privacy.access import export_personal_data

    database = _open(args)
    lang = args.lang or "fr"
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            result = export_personal_data(
                session, _person(args), Path(args.output), actor=actor,
                write_pdf=lambda data, path: build_personal_data_pdf(data, path, locale=lang),
            )  # fmt: skip
    finally:
        database.dispose()
    print(result.folder)
    for name in result.files:
        print(f"  {name}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import UserError
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.privacy.erasure import erase_and_rewrite, erasure_report_lines

    if not args.confirm:
        raise UserError(
            str(msg(QT_TRANSLATE_NOOP("Cli", "Erasure is final: add --confirm to erase.")))
        )
    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            report, rewritten = erase_and_rewrite(session, _person(args), actor=actor)
    finally:
        database.dispose()
    for line in erasure_report_lines(report):
        print(line)
    if not rewritten:
        print(
            msg(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The database could not be fully rewritten now (in use): old values stay "
                    "in its free space until the next rewrite.",
                )
            )
        )
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.privacy.erasure import purge_freed_space
    from incubator_app.services.privacy.retention import apply_retention, retention_review

    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            review = retention_review(session, actor=actor)
            for c in review:
                print(
                    f"{c.person.kind:<12} {c.person.id:>6}  {c.name:<30}  "
                    f"{c.since:%d/%m/%Y}  {c.due_on:%d/%m/%Y}  {msg(c.rule.label)}"
                )
            if args.apply and review:
                reports = apply_retention(session, [c.person for c in review], actor=actor)
                tables: set[str] = set()
                for r in reports:
                    tables |= set(r.tables_touched)
                purge_freed_space(session, tuple(sorted(tables)))
                print(msg(QT_TRANSLATE_NOOP("Cli", "{n} person(s) anonymised."), n=len(reports)))
    finally:
        database.dispose()
    return 0
