"""`incubator-app site list|add|add-member|move-entrepreneur`: the sites of a network from
scripts. Each signs in with `--user LOGIN` (cli_signin.py) and acts as that account; a site is
named by its code or its name. Bad input is one line on stderr and exit 2, nothing written."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.models.vocabulary import Role


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option

    site = sub.add_parser("site", help="the sites of a network (antennas, member incubators)")
    site_sub = site.add_subparsers(dest="site_command", required=True, parser_class=_Parser)

    listing = site_sub.add_parser("list", help="the sites, their members and entrepreneurs")
    common(listing)
    listing.add_argument("--format", choices=("text", "csv"), default="text")
    listing.add_argument("--all", action="store_true", help="inactive sites too")
    add_user_option(listing)
    listing.set_defaults(handler=cmd_list)

    add = site_sub.add_parser("add", help="create a site (administrators)")
    common(add)
    add.add_argument("--name", required=True)
    add.add_argument("--code", required=True, help="a few letters, unique (MRS)")
    add.add_argument("--commune")
    add.add_argument("--address")
    add_user_option(add)
    add.set_defaults(handler=cmd_add)

    member = site_sub.add_parser("add-member", help="a person works on a site with a role")
    common(member)
    member.add_argument("--site", required=True, help="code or name")
    member.add_argument("--login", required=True, help="the account's login")
    member.add_argument("--role", required=True, choices=[r.value for r in Role])
    add_user_option(member)
    member.set_defaults(handler=cmd_add_member)

    move = site_sub.add_parser("move-entrepreneur", help="move an entrepreneur to another site")
    common(move)
    move.add_argument("--entrepreneur", required=True, type=int, metavar="ID")
    move.add_argument("--to", required=True, help="the site's code or name; 'none': no site")
    add_user_option(move)
    move.set_defaults(handler=cmd_move)


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def _actor(session, args: argparse.Namespace):
    from incubator_app.cli_signin import sign_in

    return sign_in(session, args.user)


def cmd_list(args: argparse.Namespace) -> int:
    from incubator_app.services.sites.records import list_sites

    database = _open(args)
    try:
        with database.session() as session:
            rows = list_sites(session, actor=_actor(session, args), include_inactive=args.all)
    finally:
        database.dispose()
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["id", "code", "name", "commune", "active", "members", "entrepreneurs"])
        for r in rows:
            writer.writerow(
                [r.id, r.code, r.name, r.commune or "", int(r.active), r.members, r.entrepreneurs]
            )
        return 0
    width = max((len(r.name) for r in rows), default=10)
    for r in rows:
        print(
            f"{r.id:>4}  {r.code:<12}  {r.name:<{width}}  {r.members:>5}  {r.entrepreneurs:>7}"
            + ("" if r.active else "  (inactive)")
        )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from incubator_app.services.sites.records import create_site

    database = _open(args)
    try:
        with database.session() as session:
            view = create_site(
                session,
                name=args.name,
                code=args.code,
                commune=args.commune,
                address=args.address,
                actor=_actor(session, args),
            )
            print(view.id)
    finally:
        database.dispose()
    return 0


def cmd_add_member(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from incubator_app.cli_args import _fail
    from incubator_app.models import User
    from incubator_app.services.sites.members import add_member
    from incubator_app.services.sites.records import require_site

    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            site = require_site(session, args.site, "--site")
            user_id = session.scalar(select(User.id).where(User.login == args.login))
            if user_id is None:
                raise _fail(
                    QT_TRANSLATE_NOOP("Cli", "No account has the login {login}."), login=args.login
                )
            add_member(session, site.id, user_id, Role(args.role), actor=actor)
    finally:
        database.dispose()
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    from incubator_app.services.sites.moves import move_entrepreneur
    from incubator_app.services.sites.records import require_site

    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            target = None
            if args.to.strip().lower() != "none":
                target = require_site(session, args.to, "--to").id
            moved = move_entrepreneur(session, args.entrepreneur, target, actor=actor)
            print("moved" if moved else "unchanged")
    finally:
        database.dispose()
    return 0
