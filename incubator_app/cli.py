"""Command line: the GUI launcher and headless jobs over services (no Qt imported here;
the GUI modules are imported only by the commands that open windows)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from incubator_app import __version__
from incubator_app.cli_args import UserError, output_file
from incubator_app.cli_signin import add_user_option, read_secret, sign_in
from incubator_app.errors import DomainError, StorageError, ValidationError
from incubator_app.i18n import (
    DEFAULT_LANGUAGE,
    QT_TRANSLATE_NOOP,
    SUPPORTED_LANGUAGES,
    msg,
    set_core_language,
)

if TYPE_CHECKING:
    from incubator_app.reports.formatting import Formatter

PROG = "incubator-app"
EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one clear line, not the whole usage block
        raise UserError(message)


def _default_language() -> str:
    env = os.environ.get("INCUBATOR_APP_LANG") or os.environ.get("LANG", "")
    return env[:2] if env[:2] in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def _common(parser: argparse.ArgumentParser, *, db_help: str, top: bool = False) -> None:
    """--db and --lang, before or after the command: a command's parser leaves them unset
    (SUPPRESS) when not given, so that `--lang it check` keeps the top-level value."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", help=db_help, default=default)
    parser.add_argument(
        "--lang",
        choices=SUPPORTED_LANGUAGES,
        default=default,
        help="language of messages (fr, en, it, es)",
    )


def _iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD; argparse names the option in its error message."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    db_help = "SQLite file path or SQLAlchemy URL (postgresql+psycopg://user@host/db)"
    parser = _Parser(prog=PROG, description="Run a cultural business incubator.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _common(parser, db_help=db_help, top=True)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill a database with deterministic demo data")
    _common(demo, db_help=db_help)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--scale", default="small", choices=("small", "incubator", "network"))
    when = demo.add_mutually_exclusive_group()
    when.add_argument("--force", action="store_true", help="replace existing data")
    when.add_argument(
        "--if-stale",
        action="store_true",
        help="create the demo if missing, rebuild it if its reference date is over 30 days "
        "old, else keep it; never touches a database that is not a demo",
    )
    demo.add_argument(
        "--reference-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the demo's 'today' (default: today in the incubator's time zone)",
    )

    migrate = sub.add_parser(
        "migrate", help="create the database, or back it up and upgrade it to this version"
    )
    _common(migrate, db_help=db_help)

    check = sub.add_parser("check", help="schema revision, integrity check, row counts")
    _common(check, db_help=db_help)
    check.add_argument(
        "--full",
        action="store_true",
        help="full integrity check (slower): also every index, trigger and the search index",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="first rebuild what can be rebuilt from the data (indexes, triggers, search index)",
    )

    backup = sub.add_parser("backup", help="write a consistent copy of the database")
    _common(backup, db_help=db_help)
    backup.add_argument(
        "-o", "--output", help="backup file, a .zip (default: timestamped, rotated)"
    )
    add_user_option(backup)

    user = sub.add_parser("user", help="manage user accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    add = user_sub.add_parser(
        "add",
        help="create an account (an administrator signs in with --user, except for the first "
        "account of an empty database)",
        description="Passwords come from the terminal, or from stdin when it is not a terminal: "
        "first line the password of --user, second line the new account's password (only the "
        "new account's when the database has no account yet).",
    )
    _common(add, db_help=db_help)
    add.add_argument("--login", required=True, help="login of the new account")
    add.add_argument("--role", required=True, help="admin, staff, coach or viewer")
    add.add_argument("--name", help="display name (default: the login)")
    add.add_argument("--email")
    add_user_option(add, required=False)

    selftest = sub.add_parser("selftest", help="open the GUI offscreen, visit every page, exit")
    _common(selftest, db_help=db_help)

    # Commands of each domain live in their own module under cli_commands/; each module's
    # register() adds its parsers and sets `handler` on them (see cli_commands/__init__.py).
    report = sub.add_parser("report", help="write a PDF, XLSX or CSV report")
    report_sub = report.add_subparsers(dest="report_command", required=True, parser_class=_Parser)
    from incubator_app.cli_commands import register_all

    register_all(sub, report_sub, lambda p: _common(p, db_help=db_help))
    return parser


def require_db(args: argparse.Namespace) -> str:
    if not args.db:
        raise UserError(str(msg(QT_TRANSLATE_NOOP("Cli", "--db is required for this command."))))
    return args.db


def existing_db(args: argparse.Namespace) -> str:
    db = require_db(args)
    if "://" not in db and not Path(db).exists():
        raise StorageError(
            msg(QT_TRANSLATE_NOOP("Storage", "The database {path} does not exist."), path=db)
        )
    return db


def cmd_demo(args: argparse.Namespace) -> int:
    from incubator_app.demo import (
        ADMIN_LOGIN,
        ADMIN_PASSWORD,
        STALE_AFTER_DAYS,
        RefreshAction,
        generate_demo,
        refresh_demo_if_stale,
    )
    from incubator_app.reports.formatting import Formatter

    def progress(step: str, done: int, total: int) -> None:
        print(f"[{done}/{total}] {step}", file=sys.stderr)

    db = require_db(args)
    # Numbers and dates in the language of the messages: "7 078 lignes", not "7,078 lignes".
    fmt = Formatter(args.lang or _default_language())
    options = {"seed": args.seed, "scale": args.scale, "reference_date": args.reference_date}
    if args.if_stale:
        refresh = refresh_demo_if_stale(db, progress=progress, **options)
        if refresh.action is RefreshAction.KEPT:
            print(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Cli", "The demo in {db} is up to date (reference date {date}): kept."
                    ),
                    db=db,
                    date=fmt.date(refresh.previous_reference),
                )
            )
            return 0
        if refresh.action is RefreshAction.REBUILT:
            if refresh.previous_reference is None:
                text = QT_TRANSLATE_NOOP(
                    "Cli", "The demo in {db} had no reference date (an older version): rebuilt."
                )
            else:
                text = QT_TRANSLATE_NOOP(
                    "Cli", "The demo in {db} dated from {date}, over {days} days ago: rebuilt."
                )
            print(
                msg(
                    text,
                    db=db,
                    date=fmt.date(refresh.previous_reference),
                    days=STALE_AFTER_DAYS,
                )
            )
        assert refresh.summary is not None
        summary = refresh.summary
    else:
        summary = generate_demo(db, force=args.force, progress=progress, **options)
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Demo data ({scale}, seed {seed}) written to {db}: {rows} rows in {seconds} s.",
            ),
            scale=summary.scale,
            seed=summary.seed,
            db=db,
            rows=fmt.number(summary.total_rows),
            seconds=fmt.number(summary.seconds, 1),
        )
    )
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "Reference date of the demo (its today): {date}."),
            date=fmt.date(summary.reference_date),
        )
    )
    _print_counts(summary.counts, fmt)
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "Log in as {login} / {password}."),
            login=ADMIN_LOGIN,
            password=ADMIN_PASSWORD,
        )
    )
    return 0


def _print_counts(counts: dict[str, int], fmt: Formatter) -> None:
    """One line per table, the count in the messages' language ("7 078", not "7,078")."""
    width = max((len(t) for t in counts), default=0)
    for table, count in counts.items():
        print(f"  {table:<{width}}  {fmt.number(count):>10}")


def cmd_migrate(args: argparse.Namespace) -> int:
    from incubator_app.db.migrate import head_revision, open_database

    database = open_database(require_db(args), create=True, upgrade=True)
    try:
        if database.backup_made:
            print(
                msg(
                    QT_TRANSLATE_NOOP("Cli", "Backup written to {path}"),
                    path=str(database.backup_made),
                )
            )
        print(
            msg(
                QT_TRANSLATE_NOOP("Cli", "Schema at revision {revision}."), revision=head_revision()
            )
        )
    finally:
        database.dispose()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from incubator_app.db.check import check_database, repair_database
    from incubator_app.db.migrate import SchemaState
    from incubator_app.reports.formatting import Formatter

    db = existing_db(args)
    if args.repair:
        for line in repair_database(db):
            print(msg(QT_TRANSLATE_NOOP("Cli", "Repair: {what}"), what=line))
    report = check_database(db, full=args.full or args.repair)
    if report.state is SchemaState.EMPTY:  # nothing to check: say so, as every refusal does
        raise StorageError(
            msg(QT_TRANSLATE_NOOP("Storage", "The database {path} is empty."), path=report.database)
        )
    print(msg(QT_TRANSLATE_NOOP("Cli", "Database: {db}"), db=report.database))
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "Schema revision: {revision} (this version: {head}, {state})"),
            revision=report.revision or "-",
            head=report.head,
            state=report.state.value,
        )
    )
    print(msg(QT_TRANSLATE_NOOP("Cli", "Integrity: {result}"), result="; ".join(report.integrity)))
    _print_counts(report.row_counts, Formatter(args.lang or _default_language()))
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from incubator_app.cli_commands.backups import describe_backup
    from incubator_app.db.backup import make_backup
    from incubator_app.db.migrate import open_database
    from incubator_app.services.actor import Permission, require

    dest = output_file(args.output) if args.output else None
    if dest is not None and dest.exists():
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "{path} already exists; choose another file name."),
                path=str(dest),
            )
        )
    database = open_database(existing_db(args), create=False, upgrade=False)
    try:
        with database.session() as session:
            # A backup holds everyone's data: the account must be allowed to make one.
            require(sign_in(session, args.user), Permission.MANAGE_SETTINGS)
        made = make_backup(database.url, dest)
    finally:
        database.dispose()
    print(msg(QT_TRANSLATE_NOOP("Cli", "Backup written to {path}"), path=str(made.path)))
    for line in describe_backup(made):
        print(line)
    return 0


def _read_new_password(login: str) -> str:
    """The new account's password: twice on a terminal, else the next line of stdin."""
    prompt = str(
        msg(QT_TRANSLATE_NOOP("Cli", "Password of the new account {login}: "), login=login)
    )
    first = read_secret(prompt)
    if sys.stdin.isatty():
        second = getpass.getpass(str(msg(QT_TRANSLATE_NOOP("Cli", "Password again: "))))
        if first != second:
            raise ValidationError(
                {"password": msg(QT_TRANSLATE_NOOP("Validation", "The two passwords differ."))}
            )
    return first


def cmd_user_add(args: argparse.Namespace) -> int:
    from incubator_app.db.migrate import open_database
    from incubator_app.models import Role
    from incubator_app.services.actor import Actor, Permission, require
    from incubator_app.services.administration.users import count_users, create_user

    if args.role not in {r.value for r in Role}:  # before asking for a password
        raise ValidationError(
            {
                "role": msg(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Unknown value {value}; expected one of {allowed}."
                    ),
                    value=args.role,
                    allowed=", ".join(r.value for r in Role),
                )
            }
        )
    database = open_database(existing_db(args), create=False, upgrade=False)
    try:
        with database.session() as session:
            if count_users(session) == 0:
                # First-run setup: nobody could sign in yet, the first account makes itself.
                actor = Actor.system()
            else:
                actor = sign_in(session, args.user)
                require(actor, Permission.MANAGE_USERS)  # before the new password is asked
            password = _read_new_password(args.login)
            user = create_user(
                session,
                login=args.login,
                display_name=args.name or args.login,
                role=args.role,
                password=password,
                email=args.email,
                actor=actor,
            )
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "User {login} created ({role})."),
            login=user.login,
            role=user.role.value,
        )
    )
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from incubator_app.ui.selftest import run_selftest

    return run_selftest(args.db)


def cmd_gui(args: argparse.Namespace) -> int:
    from incubator_app.ui.app import run_gui

    return run_gui(args.db, args.lang)


COMMANDS = {
    "demo": cmd_demo,
    "migrate": cmd_migrate,
    "check": cmd_check,
    "backup": cmd_backup,
    "selftest": cmd_selftest,
}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        # The GUI gets None without --lang, so it uses the language chosen in its Settings.
        set_core_language(args.lang or _default_language())
        if args.command == "user":
            return cmd_user_add(args)
        handler = getattr(args, "handler", None)
        if handler is not None:
            return handler(args)
        return COMMANDS.get(args.command, cmd_gui)(args)
    except (UserError, DomainError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`incubator-app check | head`): stop quietly, as Unix tools do.
        # Python flushes stdout again at exit; point it at /dev/null so that flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:
        from incubator_app.db.unavailable import unavailable

        lost = unavailable(exc)  # the server went away: one line, as any user error
        if lost is None:
            raise
        print(f"{PROG}: {lost}", file=sys.stderr)
        return EXIT_USER_ERROR
