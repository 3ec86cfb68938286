"""Who runs a command: the one sign-in of the command line (no Qt here).

Every command that changes data or reads personal data takes `--user LOGIN` and signs in with
that account's password, read from the terminal without echo (getpass) or, when stdin is not a
terminal (scripts, pipes), from its first line. The actor is then that account, so the role
rules of the services apply as in the GUI; wrong credentials are one line and exit status 2,
and the failed attempt counts towards the delay and the lockout (services/administration/
users.py `authenticate`, shared with the GUI).

Commands call `sign_in` once their arguments are checked (bad arguments fail fast, before any
password is asked) and the database is open. `user add` reads two secrets: the signer's
password, then the new account's (`read_secret` twice: two lines on stdin). Only `migrate`,
`check`, `demo`, `selftest` and the first account of an empty database need no sign-in.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from incubator_app.cli_args import UserError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

USER_HELP = (
    "your login; the password is asked on the terminal, or read from the first line of "
    "stdin when stdin is not a terminal"
)


def add_user_option(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--user", metavar="LOGIN", required=required, help=USER_HELP)


def read_secret(prompt: str) -> str:
    """A password: from the terminal without echo, else the next line of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise UserError(
            str(msg(QT_TRANSLATE_NOOP("Cli", "No password on stdin (one line is expected).")))
        )
    return line.rstrip("\r\n")


def sign_in(session, login: str | None):
    """The actor of the account `login` once its password is given; PermissionDenied (one
    message, counted as a failed attempt) otherwise."""
    from incubator_app.db.server_security import connected_person
    from incubator_app.services.administration.users import authenticate

    person = connected_person(session.connection())
    if person is not None:
        # A secured server checked this person's password when the connection opened.
        return authenticate(session, login or person, "")
    if not login:
        raise UserError(
            str(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Cli", "--user LOGIN is required: this command needs an account."
                    )
                )
            )
        )
    password = read_secret(str(msg(QT_TRANSLATE_NOOP("Cli", "Password of {login}: "), login=login)))
    return authenticate(session, login, password)
