"""`incubator-app server setup|add-user`: a shared PostgreSQL server's roles and policies
(services/server). `setup` is run by the server's administrator with a superuser's URL."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli_signin import add_user_option

    server = sub.add_parser("server", help="a shared PostgreSQL server: roles and security")
    server_sub = server.add_subparsers(dest="server_command", required=True)
    setup = server_sub.add_parser(
        "setup",
        help="owner, group roles, grants and row-level security (superuser's URL; idempotent)",
    )
    common(setup)
    setup.add_argument(
        "--prefix", default="incubator", help="prefix of the roles made (default: incubator)"
    )
    setup.set_defaults(handler=cmd_server_setup)
    add = server_sub.add_parser(
        "add-user",
        help="give an account its own login role on the server (password asked, or the first "
        "line of stdin; an administrator's --user first when the URL is not a superuser's)",
    )
    common(add)
    add.add_argument("--login", required=True, help="the account's login")
    add_user_option(add, required=False)
    add.set_defaults(handler=cmd_server_add_user)
    share = server_sub.add_parser(
        "share-documents",
        help="put into the database the documents and toolbox files of this computer's data "
        "folder that it lacks "
        "(attached before the database kept them); run once on each computer",
    )
    common(share)
    add_user_option(share)
    share.set_defaults(handler=cmd_server_share_documents)


def cmd_server_share_documents(args: argparse.Namespace) -> int:
    from incubator_app.cli import existing_db
    from incubator_app.cli_signin import sign_in
    from incubator_app.db.migrate import open_database
    from incubator_app.services.entrepreneurs.documents import share_local_files
    from incubator_app.services.toolbox.attachments import share_local_attachments

    database = open_database(existing_db(args), create=False, upgrade=False)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            documents = share_local_files(session, actor=actor)
            toolbox = share_local_attachments(session, actor=actor)
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{uploaded} document file(s) put into the database; {missing} the database lacks"
                " are not on this computer either.",
            ),
            uploaded=documents.uploaded + toolbox.uploaded,
            missing=documents.not_here + toolbox.not_here,
        )
    )
    return 0


def cmd_server_setup(args: argparse.Namespace) -> int:
    from incubator_app.cli import require_db
    from incubator_app.db.migrate import open_database
    from incubator_app.services.server.setup import setup_server

    database = open_database(require_db(args))
    try:
        with database.session() as session:
            done = setup_server(session, prefix=args.prefix)
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Server set up: roles {prefix}_owner, _admin, _staff, _coach, _viewer; "
                "{count} account(s) have a login role (give each a password with "
                "'incubator-app server add-user').",
            ),
            prefix=done.prefix,
            count=len(done.logins),
        )
    )
    return 0


def cmd_server_add_user(args: argparse.Namespace) -> int:
    from incubator_app.cli import _read_new_password, existing_db
    from incubator_app.cli_signin import sign_in
    from incubator_app.db import server_security
    from incubator_app.db.migrate import open_database
    from incubator_app.services.actor import Actor
    from incubator_app.services.server.setup import add_server_user

    database = open_database(existing_db(args), create=False, upgrade=False)
    try:
        with database.session() as session:
            conn = session.connection()
            superuser = server_security.is_postgresql(conn) and bool(
                conn.exec_driver_sql(
                    "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
                ).scalar()
            )
            actor = Actor.system() if superuser else sign_in(session, args.user)
            password = _read_new_password(args.login)
            add_server_user(session, args.login, password, actor=actor)
    finally:
        database.dispose()
    print(msg(QT_TRANSLATE_NOOP("Cli", "{login} may now connect to the server."), login=args.login))
    return 0
