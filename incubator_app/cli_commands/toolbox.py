"""`incubator-app toolbox add|search|list|show`: the shared toolbox from scripts.

`add` writes a sheet (a draft of the signed-in account; `--publish` publishes it, for those who
may), attaches `--attach FILE` (repeatable; a locked or damaged file is kept with a note on
stderr) and prints the new sheet's id. `search TEXT` prints the best sheets with the passage
where the words are, the words between [ ]; `list` prints the sheets newest first; `show ID`
prints a sheet, its files and its history. Each signs in with `--user LOGIN` and sees what that
account may see. A refusal is one line on stderr and exit 2; `add` then writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

_FIELDS = (
    "summary",
    "body",
    "context",
    "partners",
    "budget",
    "worked",
    "failed",
    "results",
    "tags",
    "disciplines",
    "territory",
    "url",
    "licence",
)


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option
    from incubator_app.models import SheetKind, SheetStatus

    toolbox = sub.add_parser("toolbox", help="the shared toolbox: sheets, files, search")
    tb_sub = toolbox.add_subparsers(dest="toolbox_command", required=True, parser_class=_Parser)

    add = tb_sub.add_parser("add", help="write a sheet (prints its id)")
    common(add)
    add.add_argument("--title", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in SheetKind])
    for name in _FIELDS:
        add.add_argument(f"--{name}")
    add.add_argument("--attach", action="append", default=[], metavar="FILE")
    add.add_argument("--publish", action="store_true", help="publish it at once")
    add_user_option(add)
    add.set_defaults(handler=cmd_add)

    search = tb_sub.add_parser("search", help="the best sheets for some words")
    common(search)
    search.add_argument("text")
    _filters(search, SheetKind, SheetStatus)
    add_user_option(search)
    search.set_defaults(handler=cmd_search)

    listing = tb_sub.add_parser("list", help="the sheets, newest first")
    common(listing)
    _filters(listing, SheetKind, SheetStatus)
    add_user_option(listing)
    listing.set_defaults(handler=cmd_list)

    show = tb_sub.add_parser("show", help="one sheet, its files and its history")
    common(show)
    show.add_argument("sheet_id", type=int)
    show.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="also write the sheet as PDF")
    add_user_option(show)
    show.set_defaults(handler=cmd_show)


def _filters(parser: argparse.ArgumentParser, kinds, statuses) -> None:
    parser.add_argument("--kind", choices=[k.value for k in kinds])
    parser.add_argument("--tag")
    parser.add_argument("--territory")
    parser.add_argument("--status", choices=[s.value for s in statuses])
    parser.add_argument("--limit", type=int, default=20)


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def _actor(session, args: argparse.Namespace):
    from incubator_app.cli_signin import sign_in

    return sign_in(session, args.user)


def _note_text(note) -> str:
    from incubator_app.services.toolbox.notes import note_message

    return str(note_message(note)) if note is not None else ""


def cmd_add(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import UserError
    from incubator_app.services.toolbox import attachments, sheets

    files = [Path(p) for p in args.attach]
    for path in files:
        if not path.is_file():
            raise UserError(
                str(msg(QT_TRANSLATE_NOOP("Cli", "No file at {path}."), path=str(path)))
            )
    values = {"title": args.title, "kind": args.kind}
    values.update({f: getattr(args, f) for f in _FIELDS if getattr(args, f) is not None})
    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            if args.publish:
                from incubator_app.services.actor import Permission, require

                require(actor, Permission.PUBLISH_TOOLBOX)
            sheet = sheets.create_sheet(session, values, actor=actor)
            for path in files:
                attached = attachments.attach_file(session, sheet.id, path, actor=actor)
                if attached.extraction_note is not None:
                    note = _note_text(attached.extraction_note)
                    print(f"{attached.display_name}: {note}", file=sys.stderr)
            if args.publish:
                sheet = sheets.get_sheet(session, sheet.id, actor=actor)
                sheets.set_sheet_status(
                    session, sheet.id, "published", expected_version=sheet.version_id, actor=actor
                )
            print(sheet.id)
    finally:
        database.dispose()
    return 0


def _query(args: argparse.Namespace, text: str):
    from incubator_app.models import SheetKind, SheetStatus
    from incubator_app.services.toolbox.search import SheetQuery

    return SheetQuery(
        text=text,
        kind=SheetKind(args.kind) if args.kind else None,
        tag=args.tag,
        territory=args.territory,
        statuses=(SheetStatus(args.status),) if args.status else None,
    )


def _print_hits(args: argparse.Namespace, text: str) -> int:
    from incubator_app.services.toolbox.search import search_sheets

    database = _open(args)
    try:
        with database.session() as session:
            result = search_sheets(
                session, _query(args, text), actor=_actor(session, args), limit=args.limit
            )
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "{total} sheets found, {shown} shown"),
            total=result.total,
            shown=len(result.hits),
        )
    )
    for hit in result.hits:
        line = f"{hit.id:>6}  {hit.title}  ({hit.kind.value}, {hit.status.value})"
        if hit.territory:
            line += f"  {hit.territory}"
        print(line)
        if hit.snippet is not None:
            print(f"        {hit.snippet.field}: {hit.snippet.marked()}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    return _print_hits(args, args.text)


def cmd_list(args: argparse.Namespace) -> int:
    return _print_hits(args, "")


def cmd_show(args: argparse.Namespace) -> int:
    from incubator_app.services.toolbox import attachments, sheets

    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            sheet = sheets.get_sheet(session, args.sheet_id, actor=actor)
            files = attachments.list_attachments(session, sheet.id, actor=actor)
            revisions = sheets.list_revisions(session, sheet.id, actor=actor)
            if args.pdf is not None:
                from incubator_app.reports.toolbox_sheet import build_sheet_pdf
                from incubator_app.services.administration.setup import get_incubator_profile

                profile = get_incubator_profile(session)
                build_sheet_pdf(
                    sheet,
                    files,
                    args.pdf,
                    incubator_name=profile.name if profile else "",
                    locale=args.lang or "fr",
                )
    finally:
        database.dispose()
    print(f"#{sheet.id}  {sheet.title}")
    print(f"kind: {sheet.kind.value}   status: {sheet.status.value}   author: {sheet.author_name}")
    for name in _FIELDS:
        value = getattr(sheet, name)
        if value:
            print(f"{name}: {value}")
    for f in files:
        note = _note_text(f.extraction_note)
        print(f"file: {f.display_name} ({f.size_bytes} bytes){'  — ' + note if note else ''}")
    for r in revisions:
        print(f"revision {r.number}: {r.saved_at:%Y-%m-%d %H:%M} UTC by {r.saved_by_login}")
    return 0
