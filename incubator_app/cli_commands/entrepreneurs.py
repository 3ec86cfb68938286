"""`incubator-app import entrepreneurs FILE` and `incubator-app export entrepreneurs`.

Both sign in with `--user LOGIN` (cli_signin.py) and act as that account: the import is recorded
under its name, the export needs the right to see the people. A user error prints one line on
stderr and exits 2 with nothing written: the import is one transaction, the export is written
to a temporary file renamed at the end.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option

    importer = sub.add_parser("import", help="import data from a CSV or XLSX file")
    import_sub = importer.add_subparsers(dest="import_kind", required=True, parser_class=_Parser)
    people = import_sub.add_parser(
        "entrepreneurs", help="add entrepreneurs (candidates) from a CSV or XLSX file"
    )
    common(people)
    people.add_argument("file", help="CSV or XLSX file, one entrepreneur per row")
    people.add_argument(
        "--dry-run", action="store_true", help="check every row, list the problems, write nothing"
    )
    people.add_argument(
        "--mapping", help='JSON file {"column header": "field" or null} overriding the guess'
    )
    people.add_argument(
        "--values",
        action="append",
        metavar="auto|MAP.json",
        help="what the values no list knows become: MAP.json holds "
        '{"column": {"value in the file": "entry of the list", null (leave empty) or "+new" '
        '(add it to the list of disciplines)}}; "auto" takes the clear best suggestion of each '
        "remaining value (repeatable: --values MAP.json --values auto)",
    )
    add_user_option(people)
    people.set_defaults(handler=cmd_import_entrepreneurs)

    exporter = sub.add_parser("export", help="export data to a CSV or XLSX file")
    export_sub = exporter.add_subparsers(dest="export_kind", required=True, parser_class=_Parser)
    out = export_sub.add_parser("entrepreneurs", help="export the list of entrepreneurs")
    common(out)
    out.add_argument("--format", choices=("csv", "xlsx"), default=None, help="default: from -o")
    out.add_argument("-o", "--output", required=True, help="file to write")
    out.add_argument("--stage", action="append", help="only this stage (repeatable)")
    out.add_argument("--include-archived", action="store_true", help="archived people too")
    add_user_option(out)
    out.set_defaults(handler=cmd_export_entrepreneurs)


def cmd_import_entrepreneurs(args: argparse.Namespace) -> int:
    from dataclasses import replace
    from pathlib import Path

    from incubator_app.cli import EXIT_USER_ERROR, PROG, existing_db
    from incubator_app.cli_commands.import_values import print_unsettled, settle_values
    from incubator_app.cli_signin import sign_in
    from incubator_app.db.migrate import open_database
    from incubator_app.services.entrepreneurs.importing import (
        ImportRejected,
        check_import,
        guess_mapping,
        import_entrepreneurs,
        load_mapping_file,
        mapping_with_overrides,
        read_import_file,
    )

    db = existing_db(args)
    table = read_import_file(args.file)
    mapping = guess_mapping(table.header)
    if args.mapping:
        mapping = mapping_with_overrides(table.header, load_mapping_file(args.mapping), mapping)
    database = open_database(db, create=False, upgrade=False)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            values, applied, unsettled = settle_values(
                session, table, mapping, args.values or (), actor=actor
            )
            if args.dry_run or unsettled:
                report = check_import(session, table, mapping, actor=actor, values=values)
            else:
                try:
                    report = import_entrepreneurs(
                        session,
                        table,
                        mapping,
                        actor=actor,
                        source_name=Path(args.file).name,
                        values=values,
                    )
                except ImportRejected as rejected:
                    report = rejected.report
    finally:
        database.dispose()
    if unsettled:
        # Rows whose only fault is an unsettled value are listed with the value, once.
        covered = {(row, u.field) for u in unsettled for row in u.rows}
        problems = [p for p in report.problems if (p.row, p.field) not in covered]
        report = replace(report, problems=tuple(problems))
    settings = table.settings
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Read {rows} rows ({format}, {encoding}, delimiter {delimiter}, header on "
                "row {header}).",
            ),
            rows=report.rows,
            format=settings.file_format.upper(),
            encoding=settings.encoding or "-",
            delimiter=repr(settings.delimiter) if settings.delimiter else "-",
            header=settings.header_row,
        )
    )
    if not unsettled:
        for line in applied:
            print(line)
    for problem in report.problems:
        print(problem)
    for warning in report.warnings:
        print(msg(QT_TRANSLATE_NOOP("Cli", "Warning: {text}"), text=warning.describe()))
    if unsettled:
        print_unsettled(unsettled, len(report.problems), auto="auto" in (args.values or ()))
        return EXIT_USER_ERROR
    if report.problems:
        print(
            f"{PROG}: "
            + str(
                msg(
                    QT_TRANSLATE_NOOP("Cli", "{count} problem(s) found; nothing was imported."),
                    count=len(report.problems),
                )
            ),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    if args.dry_run:
        print(
            msg(
                QT_TRANSLATE_NOOP("Cli", "Dry run: the {rows} rows can be imported."),
                rows=report.rows,
            )
        )
    else:
        print(
            msg(
                QT_TRANSLATE_NOOP("Cli", "{count} entrepreneurs imported."),
                count=report.created,
            )
        )
    return 0


def cmd_export_entrepreneurs(args: argparse.Namespace) -> int:
    from incubator_app.cli import existing_db
    from incubator_app.cli_args import UserError, output_file
    from incubator_app.cli_signin import sign_in
    from incubator_app.db.migrate import open_database
    from incubator_app.errors import ValidationError
    from incubator_app.models import PathwayStage
    from incubator_app.services.entrepreneurs.export import export_entrepreneurs, format_for_path
    from incubator_app.services.entrepreneurs.list import EntrepreneurFilter

    stages = []
    for stage in args.stage or ():
        try:
            stages.append(PathwayStage(stage))
        except ValueError:
            raise ValidationError(
                {
                    "stage": msg(
                        QT_TRANSLATE_NOOP(
                            "Validation", "Unknown value {value}; expected one of {allowed}."
                        ),
                        value=stage,
                        allowed=", ".join(s.value for s in PathwayStage),
                    )
                }
            ) from None
    output = output_file(args.output)
    suffix = output.suffix.lower().lstrip(".")
    if suffix not in ("csv", "xlsx") or (args.format and args.format != suffix):
        # One rule: the file's name says what it holds (a CSV named e.doc opens nowhere).
        raise UserError(
            str(
                msg(
                    QT_TRANSLATE_NOOP("Cli", "-o: {path} must end with .csv or .xlsx{format}."),
                    path=str(output),
                    format=f" (--format {args.format})" if args.format else "",
                )
            )
        )
    file_format = format_for_path(output)
    entrepreneur_filter = EntrepreneurFilter(
        # Every stage unless some are asked for: the export leaves out archived people only.
        stages=tuple(stages) or tuple(PathwayStage),
        active_only=not args.include_archived,
    )
    database = open_database(existing_db(args), create=False, upgrade=False)
    try:
        with database.session() as session:
            written = export_entrepreneurs(
                session,
                entrepreneur_filter,
                output,
                actor=sign_in(session, args.user),
                file_format=file_format,
            )
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "{count} entrepreneurs written to {path}."),
            count=written,
            path=args.output,
        )
    )
    return 0
