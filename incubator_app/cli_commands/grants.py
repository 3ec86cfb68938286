"""`incubator-app grant list|show|target set|target remove`: funders' grants from scripts.

`list` prints every grant (id, reference, funder, period, amount, people attributed); `show`
prints a grant, its reporting deadlines and its indicators with target, actual and gap over a
period (the grant's period by default), the actual values computed by the funder report's own
function; `target set` adds an indicator to a grant or changes its target (`target remove` takes
it off). Each signs in with `--user LOGIN` (cli_signin.py). Bad input: one line on stderr, exit
2, nothing written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _iso_date, _Parser
    from incubator_app.cli_signin import add_user_option

    grant = sub.add_parser("grant", help="funders' grants and their indicators")
    g_sub = grant.add_subparsers(dest="grant_command", required=True, parser_class=_Parser)

    listing = g_sub.add_parser("list", help="every grant")
    common(listing)
    listing.add_argument("--funder", type=_id, metavar="ID", help="only this funder's grants")
    add_user_option(listing)
    listing.set_defaults(handler=cmd_list)

    show = g_sub.add_parser("show", help="a grant, its deadlines, its indicators (target/actual)")
    common(show)
    show.add_argument("grant", type=_id, metavar="GRANT_ID")
    show.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD")
    show.add_argument("--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD")
    add_user_option(show)
    show.set_defaults(handler=cmd_show)

    target = g_sub.add_parser("target", help="the indicators a grant sets targets for")
    t_sub = target.add_subparsers(dest="target_command", required=True, parser_class=_Parser)
    set_target = t_sub.add_parser("set", help="set (or change) an indicator's target")
    common(set_target)
    set_target.add_argument("grant", type=_id, metavar="GRANT_ID")
    set_target.add_argument("indicator", help="an indicator key (see `grant show`)")
    set_target.add_argument("target", help="a whole number in the indicator's unit")
    add_user_option(set_target)
    set_target.set_defaults(handler=cmd_target_set)
    remove = t_sub.add_parser("remove", help="take an indicator off a grant")
    common(remove)
    remove.add_argument("grant", type=_id, metavar="GRANT_ID")
    remove.add_argument("indicator")
    add_user_option(remove)
    remove.set_defaults(handler=cmd_target_remove)


def _id(value: str) -> int:
    from incubator_app.cli_args import record_id

    return record_id(value, "GRANT_ID")


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def _actor(session, args: argparse.Namespace):
    from incubator_app.cli_signin import sign_in

    return sign_in(session, args.user)


def _number(unit: str, value: int | float | None, signed: bool = False) -> str:
    if value is None:
        return "—"
    sign = "+" if signed and value > 0 else ""
    text = f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return sign + text + {"hours": " h", "percent": " %"}.get(unit, "")


def cmd_list(args: argparse.Namespace) -> int:
    from incubator_app.services.funding.grants import list_funders, list_grants

    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            funders = {f.id: f.name for f in list_funders(session, actor=actor)}
            grants = list_grants(session, actor=actor, funder_id=args.funder)
    finally:
        database.dispose()
    for g in grants:
        print(
            f"{g.id:>5}  {g.reference:<16}  {funders.get(g.funder_id, ''):<24}  "
            f"{g.period_start.isoformat()} – {g.period_end.isoformat()}  "
            f"{g.amount_cents / 100:>12.2f} €  {g.beneficiary_count:>5}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import UserError
    from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
    from incubator_app.services.funding.grants import list_grant_deadlines
    from incubator_app.services.funding.indicators import INDICATOR_LABELS
    from incubator_app.services.reporting.funder_kpis import grant_summary
    from incubator_app.services.reporting.indicators import grant_indicators

    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            grant = grant_summary(session, args.grant, actor=actor)
            start = args.start or grant.period_start
            end = args.end or grant.period_end
            if end < start:
                raise UserError(str(msg(QT_TRANSLATE_NOOP("Cli", "--to is before --from."))))
            _kpis, values = grant_indicators(session, args.grant, start, end, actor=actor)
            deadlines = list_grant_deadlines(session, actor=actor, grant_id=args.grant)
    finally:
        database.dispose()
    print(f"{grant.reference} — {grant.title}")
    print(f"{grant.funder_name}; {grant.amount_cents / 100:.2f} €")
    print(f"{grant.period_start.isoformat()} – {grant.period_end.isoformat()}")
    for d in deadlines:
        done = d.submitted_on.isoformat() if d.submitted_on else "-"
        print(f"deadline  {d.due_on.isoformat()}  {d.label}  submitted: {done}")
    print(f"indicators {start.isoformat()} – {end.isoformat()}:")
    print("key\tindicator\ttarget\tactual\tgap")
    for v in values:
        label = str(msg(INDICATOR_LABELS[v.key]))
        print(
            "\t".join(
                [
                    v.key,
                    label,
                    _number(v.unit, v.target),
                    _number(v.unit, v.actual),
                    _number(v.unit, v.gap, signed=True),
                ]
            )
        )
    return 0


def cmd_target_set(args: argparse.Namespace) -> int:
    from incubator_app.services.funding.indicators import parse_target, set_grant_target

    target = parse_target(args.indicator, args.target)
    database = _open(args)
    try:
        with database.session() as session:
            view = set_grant_target(
                session, args.grant, args.indicator, target, actor=_actor(session, args)
            )
    finally:
        database.dispose()
    print(f"{view.indicator}\t{view.target}")
    return 0


def cmd_target_remove(args: argparse.Namespace) -> int:
    from incubator_app.services.funding.indicators import remove_grant_target

    database = _open(args)
    try:
        with database.session() as session:
            remove_grant_target(session, args.grant, args.indicator, actor=_actor(session, args))
    finally:
        database.dispose()
    return 0
