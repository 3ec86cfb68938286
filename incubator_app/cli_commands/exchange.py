"""`incubator-app exchange transfer|balances|check|settle|figures`: the skills exchange from
scripts.

`transfer` prints the new transfer's id (a refusal, such as a limit, is one line on stderr and
exit 2); `balances` prints every member's balance (text or CSV, minutes and hours); `check`
prints the ledger's invariants and exits 0 only when they all hold (1 otherwise); `settle`
accepts the payment requests whose auto-acceptance day has come; `figures` prints the funders'
figures of a period (hours by category, month and commune or neighbourhood, active members and
the average per active member, the incubator's own account excluded). Each signs in with
`--user LOGIN` (cli_signin.py) and acts as that account.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

EXIT_CHECK_FAILED = 1


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _iso_date, _Parser
    from incubator_app.cli_signin import add_user_option

    exchange = sub.add_parser("exchange", help="the skills exchange (time bank)")
    ex_sub = exchange.add_subparsers(dest="exchange_command", required=True, parser_class=_Parser)

    transfer = ex_sub.add_parser("transfer", help="record hours given by one member to another")
    common(transfer)
    transfer.add_argument(
        "--from",
        dest="from_member",
        required=True,
        help="who pays: account id, e:ENTREPRENEUR_ID, 'incubator' or the exact name",
    )
    transfer.add_argument(
        "--to",
        dest="to_member",
        required=True,
        action="append",
        help="who receives (repeatable: a workshop given to several members)",
    )
    transfer.add_argument("--hours", required=True, help="1,5 or 1h30 or 90min (per member)")
    transfer.add_argument("--note", help="what was exchanged")
    transfer.add_argument("--category", help="category of the exchange")
    add_user_option(transfer)
    transfer.set_defaults(handler=cmd_transfer)

    balances = ex_sub.add_parser("balances", help="every member's balance")
    common(balances)
    balances.add_argument("--format", choices=("text", "csv"), default="text")
    add_user_option(balances)
    balances.set_defaults(handler=cmd_balances)

    check = ex_sub.add_parser("check", help="verify the ledger's invariants (exit 0 if they hold)")
    common(check)
    add_user_option(check)
    check.set_defaults(handler=cmd_check)

    figures = ex_sub.add_parser(
        "figures", help="funders' figures: hours by category, month, place; active members"
    )
    common(figures)
    figures.add_argument("--year", type=int, help="a calendar year (default: this year)")
    figures.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD")
    figures.add_argument(
        "--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD", help="last day, included"
    )
    figures.add_argument("--format", choices=("text", "csv"), default="text")
    add_user_option(figures)
    figures.set_defaults(handler=cmd_figures)

    settle = ex_sub.add_parser("settle", help="auto-accept the payment requests that are due")
    common(settle)
    add_user_option(settle)
    settle.set_defaults(handler=cmd_settle)


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def _actor(session, args: argparse.Namespace):
    from incubator_app.cli_signin import sign_in

    return sign_in(session, args.user)


def cmd_transfer(args: argparse.Namespace) -> int:
    from incubator_app.services.exchange.accounts import resolve_member
    from incubator_app.services.exchange.hours import parse_hours
    from incubator_app.services.exchange.ledger import record_transfer

    minutes = parse_hours(args.hours, "--hours")
    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            payer = resolve_member(session, args.from_member, actor=actor)
            payees = [resolve_member(session, m, actor=actor) for m in args.to_member]
            view = record_transfer(
                session,
                from_ids=[payer.id],
                to_ids=[p.id for p in payees],
                minutes=minutes,
                note=args.note,
                category=args.category,
                actor=actor,
            )
            for warning in view.warnings:
                print(warning, file=sys.stderr)
            print(view.id)
    finally:
        database.dispose()
    return 0


def cmd_balances(args: argparse.Namespace) -> int:
    from incubator_app.services.exchange.balances import BalanceFilter, BalanceListSource
    from incubator_app.services.exchange.hours import hours_text
    from incubator_app.services.paging import SortOrder

    database = _open(args)
    try:
        with database.session() as session:
            source = BalanceListSource(_actor(session, args), BalanceFilter(include_inactive=True))
            rows = source.fetch(session, SortOrder("label"), 0, source.count(session))
    finally:
        database.dispose()
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["account_id", "member", "kind", "balance_minutes", "balance_hours"])
        for r in rows:
            writer.writerow(
                [
                    r.id,
                    r.label,
                    r.kind.value,
                    r.balance_minutes,
                    f"{(r.balance_minutes or 0) / 60:.2f}",
                ]
            )
        return 0
    width = max((len(r.label) for r in rows), default=10)
    for r in rows:
        print(f"{r.id:>6}  {r.label:<{width}}  {hours_text(r.balance_minutes or 0):>10}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from incubator_app.services.exchange.check import check_ledger

    database = _open(args)
    try:
        with database.session() as session:
            c = check_ledger(session, actor=_actor(session, args))
    finally:
        database.dispose()

    def line(ok: bool, key: tuple[str, str], **params: object) -> None:
        print(f"[{'ok' if ok else 'FAILED'}] {msg(key, **params)}")

    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli", "{transfers} transfers, {movements} movements, {accounts} accounts"
            ),
            transfers=c.transfers,
            movements=c.movements,
            accounts=c.accounts,
        )
    )
    line(
        not c.broken_transfers,
        QT_TRANSLATE_NOOP("Cli", "every transfer has its balanced movements (broken: {ids})"),
        ids=", ".join(map(str, c.broken_transfers[:20])) or "-",
    )
    line(
        not c.wrong_balances,
        QT_TRANSLATE_NOOP("Cli", "each balance equals the sum of its movements (wrong: {ids})"),
        ids=", ".join(f"{a} ({s} ≠ {n})" for a, s, n in c.wrong_balances[:20]) or "-",
    )
    line(
        c.total_minutes == 0 and c.movements_total == 0,
        QT_TRANSLATE_NOOP("Cli", "the total is zero (balances {total}, movements {movements})"),
        total=c.total_minutes,
        movements=c.movements_total,
    )
    return 0 if c.holds else EXIT_CHECK_FAILED


def cmd_settle(args: argparse.Namespace) -> int:
    from incubator_app.services.exchange.payment_requests import settle_due_requests

    database = _open(args)
    try:
        with database.session() as session:
            result = settle_due_requests(session, actor=_actor(session, args))
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "{accepted} requests accepted, {blocked} blocked by a limit"),
            accepted=len(result.accepted),
            blocked=len(result.blocked),
        )
    )
    for request_id, reason in result.blocked:
        print(f"  #{request_id}: {reason}")
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    from datetime import date, timedelta

    from incubator_app import clock
    from incubator_app.errors import ValidationError
    from incubator_app.services.exchange.figures import exchange_figures
    from incubator_app.services.exchange.hours import hours_text
    from incubator_app.services.periods import DateRange, year_of
    from incubator_app.services.spreadsheet_text import neutralise

    database = _open(args)
    try:
        if args.start or args.end:
            if not (args.start and args.end) or args.end < args.start:
                raise ValidationError(
                    {
                        "--from": msg(
                            QT_TRANSLATE_NOOP(
                                "Cli", "Give --from and --to, the first day before the last."
                            )
                        )
                    }
                )
            period = DateRange(args.start, args.end + timedelta(days=1))
        else:
            period = year_of(date(args.year, 1, 1) if args.year else clock.today())
        with database.session() as session:
            f = exchange_figures(session, period, actor=_actor(session, args))
    finally:
        database.dispose()
    rows = [
        ("total", "", f.minutes_total),
        *(("category", c, m) for c, m in f.by_category),
        *(("month", d.strftime("%Y-%m"), m) for d, m in f.by_month),
        *(("place", p, m) for p, m in f.by_commune),
    ]
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["section", "key", "minutes", "hours"])
        for section, key, minutes in rows:
            writer.writerow([section, neutralise(key), minutes, f"{minutes / 60:.2f}"])
        writer.writerow(["transfers", "", f.transfers, ""])
        writer.writerow(["active_members", "", f.active_members, ""])
        writer.writerow(["members", "", f.members, ""])
        writer.writerow(
            [
                "average_per_active_member",
                "",
                f.average_minutes_per_active_member,
                f"{f.average_minutes_per_active_member / 60:.2f}",
            ]
        )
        return 0
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{start} to {end}: {hours} exchanged in {transfers} exchanges; {active} active "
                "members out of {members}, {average} each on average (the incubator's own "
                "account is not counted)",
            ),
            start=period.start.strftime("%d/%m/%Y"),
            end=period.last_day.strftime("%d/%m/%Y"),
            hours=hours_text(f.minutes_total),
            transfers=f.transfers,
            active=f.active_members,
            members=f.members,
            average=hours_text(f.average_minutes_per_active_member),
        )
    )
    width = max((len(key) for _, key, _ in rows), default=10)
    for section, key, minutes in rows[1:]:
        print(f"  {section:<9} {key or '-':<{width}}  {hours_text(minutes):>10}")
    return 0
