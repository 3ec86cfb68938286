"""Accounts and passwords for command-line tests: the CLI signs in with `--user LOGIN` and reads
the password from stdin when stdin is not a terminal (incubator_app/cli_signin.py)."""

from __future__ import annotations

import itertools
import sys

import pytest
from sqlalchemy import func, select

from incubator_app.db.migrate import open_database
from incubator_app.models import User
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import create_user

CLI_LOGIN = "cli-admin"
CLI_PASSWORD = "cli-admin-password"


class LinesOnStdin:
    """A stdin that is not a terminal and gives these lines in turn, again and again (a test
    may run several commands, each reading its password)."""

    def __init__(self, *lines: str) -> None:
        self._lines = itertools.cycle(lines)

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return next(self._lines) + "\n"


def passwords_on_stdin(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr(sys, "stdin", LinesOnStdin(*lines))


def add_cli_account(
    db: str, login: str = CLI_LOGIN, password: str = CLI_PASSWORD, role: str = "admin"
) -> list[str]:
    """Creates the account in the database `db` (a path or URL) unless it exists; returns the
    `--user LOGIN` arguments."""
    database = open_database(str(db), create=False, upgrade=False)
    try:
        with database.session() as session:
            exists = session.scalar(
                select(func.count()).select_from(User).where(User.login == login)
            )
            if not exists:
                create_user(
                    session,
                    login=login,
                    display_name=login,
                    role=role,
                    password=password,
                    actor=Actor.system(),
                )
    finally:
        database.dispose()
    return ["--user", login]
