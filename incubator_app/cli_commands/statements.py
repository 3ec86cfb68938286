"""`incubator-app report statement`: an entrepreneur's monthly statement as CSV
(services/shared_services/statement_csv.py) or PDF (reports/statement.py), chosen by the
output's suffix."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from incubator_app.file_modes import replaced_on_success
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from incubator_app.services.shared_services.statements import MonthlyStatement

# (statement, path, language) -> the path written
Writer = Callable[["MonthlyStatement", Path, str], object]


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli_signin import add_user_option

    statement = report_sub.add_parser(
        "statement", help="an entrepreneur's monthly statement (.csv or .pdf)"
    )
    common(statement)
    statement.add_argument(
        "--entrepreneur", required=True, type=_entrepreneur_id, help="entrepreneur id"
    )
    statement.add_argument("--month", required=True, help="YYYY-MM")
    statement.add_argument("-o", "--output", required=True, help="FILE.csv or FILE.pdf")
    add_user_option(statement)
    statement.set_defaults(handler=cmd_statement)


def _entrepreneur_id(value: str) -> int:
    from incubator_app.cli_args import record_id

    return record_id(value, "--entrepreneur")


def parse_month(text: str) -> date:
    from incubator_app.cli_args import month

    return month(text, "--month")


def _write_csv(statement: MonthlyStatement, path: Path, lang: str) -> object:
    from incubator_app.services.shared_services.statement_csv import write_statement_csv

    return write_statement_csv(statement, path)


def _write_pdf(statement: MonthlyStatement, path: Path, lang: str) -> object:
    # Imported here like the other report commands: reportlab loads only when a PDF is asked for.
    from incubator_app.reports.statement import build_statement_pdf

    return build_statement_pdf(statement, path, locale=lang)


def _writer(output: Path) -> Writer:
    """The function that writes the statement in the format the file name asks for."""
    from incubator_app.cli import UserError

    suffix = output.suffix.lower()
    if suffix == ".csv":
        return _write_csv
    if suffix == ".pdf":
        return _write_pdf
    raise UserError(
        str(
            msg(
                QT_TRANSLATE_NOOP("Cli", "The output must end with .csv or .pdf: {path}"),
                path=str(output),
            )
        )
    )


def cmd_statement(args: argparse.Namespace) -> int:
    from incubator_app.cli import UserError, existing_db
    from incubator_app.cli_args import output_file
    from incubator_app.cli_commands.reports import _language
    from incubator_app.cli_signin import sign_in
    from incubator_app.db.migrate import open_database
    from incubator_app.services.shared_services.statements import monthly_statement

    month = parse_month(args.month)
    output = output_file(args.output)
    write = _writer(output)
    database = open_database(existing_db(args), create=False, upgrade=False)
    try:
        with database.session() as session:
            statement = monthly_statement(
                session, args.entrepreneur, month, actor=sign_in(session, args.user)
            )
            lang = _language(args, session)
    finally:
        database.dispose()
    # Written beside the destination then renamed: a failure never leaves a partial file.
    try:
        with replaced_on_success(output, suffix=output.suffix) as tmp:
            write(statement, tmp, lang)
    except OSError as exc:
        raise UserError(
            str(
                msg(
                    QT_TRANSLATE_NOOP("Cli", "Cannot write {path}: {reason}"),
                    path=str(output),
                    reason=exc.strerror or str(exc),
                )
            )
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    print(msg(QT_TRANSLATE_NOOP("Cli", "Statement written to {path}"), path=str(output)))
    return 0
