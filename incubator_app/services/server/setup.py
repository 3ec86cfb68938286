"""Setting up a shared PostgreSQL server (run by its administrator) and giving a person their
own login role. The SQL is in db/server_security.py; here: who may, and clear messages."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from incubator_app.db import server_security
from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import User
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import record_audit, unit_of_work
from incubator_app.services.validation import Validator


@dataclass(frozen=True)
class ServerSetup:
    prefix: str
    logins: list[str]  # accounts given a login role


def _not_postgresql() -> ValidationError:
    return ValidationError(
        {
            "db": msg(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "Only a PostgreSQL database is shared on a server; a SQLite file needs none "
                    "of this.",
                )
            )
        }
    )


def setup_server(session: Session, *, prefix: str = server_security.DEFAULT_PREFIX) -> ServerSetup:
    """Roles, owner, grants and policies (idempotent). The connection must be a superuser's:
    the server's administrator runs this, never the app on a PC."""
    conn = session.connection()
    if not server_security.is_postgresql(conn):
        raise _not_postgresql()
    try:
        server_security.check_prefix(prefix)
    except ValueError:
        v = Validator()
        v.add(
            "prefix",
            msg(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "{prefix} is not a role prefix: lower-case letters, digits and _, "
                    "starting with a letter.",
                ),
                prefix=prefix,
            ),
        )
        v.raise_if_any()
    superuser = conn.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not superuser:
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "Setting up the server needs a superuser's connection (the server's "
                    "administrator's), not {user}'s.",
                ),
                user=str(conn.execute(text("SELECT current_user")).scalar()),
            )
        )
    with unit_of_work(session):
        logins = server_security.secure_server(session.connection(), prefix)
    return ServerSetup(prefix=prefix, logins=logins)


def add_server_user(session: Session, login: str, password: str, *, actor: Actor) -> None:
    """Gives an existing account its login role on a secured server, with this password, in the
    group of its role. An admin (or the server's administrator) only: the server checks too."""
    require(actor, Permission.MANAGE_USERS)
    conn = session.connection()
    if not server_security.is_postgresql(conn):
        raise _not_postgresql()
    if server_security.role_prefix(conn) is None:
        raise ValidationError(
            {
                "db": msg(
                    QT_TRANSLATE_NOOP(
                        "Server",
                        "This database is not set up for per-person roles: run "
                        "'incubator-app server setup' first.",
                    )
                )
            }
        )
    with unit_of_work(session):
        user = session.scalar(select(User).where(User.login == login))
        if user is None or not user.active:
            v = Validator()
            v.add(
                "login",
                msg(
                    QT_TRANSLATE_NOOP("Server", "No active account has the login {login}."),
                    login=login,
                ),
            )
            v.raise_if_any()
        assert user is not None
        server_security.sync_login(session.connection(), user.login, password, user.role.value)
        record_audit(session, actor, "user_account", user.id, "server_login")
