"""`incubator-app project add|list|show|members|sheet`: the projects under way from scripts.

`add` writes a project (dates as YYYY-MM-DD; `--entrepreneur ID` and `--contact ID`,
repeatable, name its participants; `--from-draw DRAW --group N` takes the title, territory
and the confirmed members of a drawn group) and prints its id. `list` prints the projects
(under way first; `--status`, `--text`); `show ID` prints one with its participants;
`members ID` replaces its participants; `sheet ID` starts a toolbox sheet from it (participants,
dates and places filled in) and prints the sheet's id. Each signs in with `--user LOGIN`. A
refusal is one line on stderr and exit 2, with nothing written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

_TEXT_FIELDS = ("description", "territory", "places", "disciplines", "themes")


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option
    from incubator_app.models.vocabulary import ProjectStatus

    project = sub.add_parser("project", help="projects under way and their participants")
    p_sub = project.add_subparsers(dest="project_command", required=True, parser_class=_Parser)

    add = p_sub.add_parser("add", help="write a project (prints its id)")
    common(add)
    add.add_argument("--title")
    add.add_argument("--status", choices=[s.value for s in ProjectStatus])
    for name in _TEXT_FIELDS:
        add.add_argument(f"--{name}")
    add.add_argument("--starts", metavar="YYYY-MM-DD")
    add.add_argument("--ends", metavar="YYYY-MM-DD")
    _member_options(add)
    add.add_argument("--from-draw", metavar="DRAW", help="a drawn group's draw id")
    add.add_argument("--group", default="1", help="the group of --from-draw")
    add_user_option(add)
    add.set_defaults(handler=cmd_add)

    listing = p_sub.add_parser("list", help="the projects, under way first")
    common(listing)
    listing.add_argument("--status", choices=[s.value for s in ProjectStatus])
    listing.add_argument("--text", default="")
    add_user_option(listing)
    listing.set_defaults(handler=cmd_list)

    show = p_sub.add_parser("show", help="one project and its participants")
    common(show)
    show.add_argument("project_id")
    add_user_option(show)
    show.set_defaults(handler=cmd_show)

    members = p_sub.add_parser("members", help="replace a project's participants")
    common(members)
    members.add_argument("project_id")
    _member_options(members)
    add_user_option(members)
    members.set_defaults(handler=cmd_members)

    sheet = p_sub.add_parser("sheet", help="start a toolbox sheet from a project")
    common(sheet)
    sheet.add_argument("project_id")
    add_user_option(sheet)
    sheet.set_defaults(handler=cmd_sheet)


def _member_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--entrepreneur", action="append", default=[], metavar="ID")
    parser.add_argument("--contact", action="append", default=[], metavar="ID")


def _members(args: argparse.Namespace) -> list[tuple[str, int]]:
    from incubator_app.cli_args import record_id

    return [("entrepreneur", record_id(i, "--entrepreneur")) for i in args.entrepreneur] + [
        ("contact", record_id(i, "--contact")) for i in args.contact
    ]


def _project_id(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import record_id

    return record_id(args.project_id, "PROJECT")


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def _actor(session, args: argparse.Namespace):
    from incubator_app.cli_signin import sign_in

    return sign_in(session, args.user)


def cmd_add(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import UserError, day, record_id
    from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
    from incubator_app.services.cooperation import projects

    values: dict = {f: getattr(args, f) for f in _TEXT_FIELDS if getattr(args, f) is not None}
    if args.title is not None:
        values["title"] = args.title
    if args.status is not None:
        values["status"] = args.status
    if args.starts:
        values["starts_on"] = day(args.starts, "--starts")
    if args.ends:
        values["ends_on"] = day(args.ends, "--ends")
    if args.from_draw is None and not values.get("title"):
        raise UserError(str(msg(QT_TRANSLATE_NOOP("Cli", "--title: a project needs a title."))))
    members: list = _members(args)
    draw_id = record_id(args.from_draw, "--from-draw") if args.from_draw is not None else None
    group = record_id(args.group, "--group")
    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            if draw_id is not None:
                first, people = projects.project_values_from_group(
                    session, draw_id, group, actor=actor
                )
                values = {**first, **values}
                members = people + members
            project = projects.create_project(session, values, members=members, actor=actor)
            print(project.id)
    finally:
        database.dispose()
    return 0


def _dates(project) -> str:
    start = project.starts_on.isoformat() if project.starts_on else ""
    end = project.ends_on.isoformat() if project.ends_on else ""
    return f"{start}..{end}" if (start or end) else ""


def cmd_list(args: argparse.Namespace) -> int:
    from incubator_app.services.cooperation import projects

    database = _open(args)
    try:
        with database.session() as session:
            rows = projects.list_projects(
                session,
                text=args.text,
                statuses=[args.status] if args.status else None,
                actor=_actor(session, args),
            )
    finally:
        database.dispose()
    for p in rows:
        parts = [f"{p.id:>6}", p.title, p.status.value, _dates(p), p.territory or ""]
        parts.append(f"{len(p.members)} participant(s)")
        print("  ".join(x for x in parts if x))
    return 0


def _print_project(project) -> None:
    print(f"#{project.id}  {project.title}")
    print(f"status: {project.status.value}   dates: {_dates(project)}")
    for name in _TEXT_FIELDS:
        value = getattr(project, name)
        if value:
            print(f"{name}: {value.replace(chr(10), ' | ')}")
    if project.call_id is not None:
        print(f"call: {project.call_id}   group: {project.group_number or ''}")
    for m in project.members:
        extra = "".join(f"  ({x})" for x in (m.organisation, m.role) if x)
        print(f"participant: {m.kind} {m.person_id}  {m.name}{extra}")


def cmd_show(args: argparse.Namespace) -> int:
    from incubator_app.services.cooperation import projects

    database = _open(args)
    try:
        with database.session() as session:
            project = projects.get_project(session, _project_id(args), actor=_actor(session, args))
    finally:
        database.dispose()
    _print_project(project)
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from incubator_app.services.cooperation import projects

    project_id, members = _project_id(args), _members(args)
    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            project = projects.get_project(session, project_id, actor=actor)
            project = projects.update_project(
                session, project.id, {}, members=members,
                expected_version=project.version_id, actor=actor,
            )  # fmt: skip
    finally:
        database.dispose()
    _print_project(project)
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from incubator_app.services.toolbox import sheets

    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            values = sheets.sheet_values_from_project(session, _project_id(args), actor=actor)
            sheet = sheets.create_sheet(session, values, actor=actor)
            print(sheet.id)
    finally:
        database.dispose()
    return 0
