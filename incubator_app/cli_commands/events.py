"""`incubator-app event create|register|cancel|accept|decline|show|tick`: events and their
waiting lists from scripts.

`create` prints the new event's id; `register` prints the resulting status (and the place on
the waiting list); `cancel`, `accept`, `decline` print the registration's new status; `show`
prints the event and its registrations (text or CSV); `tick` runs the promotion step of every
event (offers past their deadline expire, free places are offered) and queues the reminders.
Each signs in with `--user LOGIN` (cli_signin.py). A refusal is one line on stderr, exit 2,
and nothing is written (each command is one transaction).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from datetime import datetime

from incubator_app import clock
from incubator_app.cli_args import UserError, record_id
from incubator_app.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, SUPPORTED_LANGUAGES, msg


def _instant(value: str, option: str) -> datetime:
    """ISO 8601; without a zone, the incubator's wall-clock time."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UserError(
            str(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Cli", "{option}: {value} is not a date and time (2027-03-04T14:00)."
                    ),
                    option=option,
                    value=value,
                )
            )
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=clock.zone())


def _whole(value: str, option: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        raise UserError(
            str(
                msg(
                    QT_TRANSLATE_NOOP("Cli", "{option}: {value} is not a whole number."),
                    option=option,
                    value=value,
                )
            )
        ) from None


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option

    event = sub.add_parser("event", help="events: places, registrations, waiting lists")
    ev_sub = event.add_subparsers(dest="event_command", required=True, parser_class=_Parser)

    create = ev_sub.add_parser("create", help="create an event; prints its id")
    common(create)
    create.add_argument("--title", required=True)
    create.add_argument("--start", required=True, help="ISO date and time (local time)")
    create.add_argument("--end", required=True, help="ISO date and time (local time)")
    create.add_argument("--capacity", required=True, help="number of places")
    create.add_argument("--offer-hours", default="48", help="how long an offer holds (hours)")
    create.add_argument(
        "--kind",
        default="workshop",
        help="workshop, training, meeting, visit or collective_coaching",
    )
    create.add_argument("--closes", help="registration closes at (ISO date and time)")
    add_user_option(create)
    create.set_defaults(handler=cmd_create)

    reg = ev_sub.add_parser("register", help="register someone; prints the status")
    common(reg)
    reg.add_argument("--event", required=True)
    who = reg.add_mutually_exclusive_group(required=True)
    who.add_argument("--entrepreneur", help="entrepreneur id")
    who.add_argument("--email", help="a contact's e-mail (found again, or added with --name)")
    reg.add_argument("--name", help="the contact's name (with --email)")
    reg.add_argument("--places", default="1", help="places for a group (default 1)")
    reg.add_argument(
        "--mail-language",
        choices=SUPPORTED_LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="the language of a new contact's e-mails (default fr)",
    )
    add_user_option(reg)
    reg.set_defaults(handler=cmd_register)

    for name, helptext in (
        ("cancel", "cancel a registration (its places go to the waiting list)"),
        ("accept", "accept an offered place"),
        ("decline", "decline an offered place"),
    ):
        p = ev_sub.add_parser(name, help=helptext)
        common(p)
        p.add_argument("--registration", required=True)
        add_user_option(p)
        p.set_defaults(handler=cmd_change, change=name)

    show = ev_sub.add_parser("show", help="an event and its registrations")
    common(show)
    show.add_argument("--event", required=True)
    show.add_argument("--format", choices=("text", "csv"), default="text")
    add_user_option(show)
    show.set_defaults(handler=cmd_show)

    tick = ev_sub.add_parser("tick", help="expire offers, offer free places, queue reminders")
    common(tick)
    add_user_option(tick)
    tick.set_defaults(handler=cmd_tick)


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False)


def _actor(session, args: argparse.Namespace):
    from incubator_app.cli_signin import sign_in

    return sign_in(session, args.user)


def _status_line(outcome) -> str:
    if outcome.waiting_position is not None:
        return str(
            msg(
                QT_TRANSLATE_NOOP("Cli", "{id} {status} (position {position})"),
                id=outcome.id,
                status=outcome.status.value,
                position=outcome.waiting_position,
            )
        )
    return f"{outcome.id} {outcome.status.value}"


def cmd_create(args: argparse.Namespace) -> int:
    from incubator_app.services.events.records import create_event

    starts = _instant(args.start, "--start")
    ends = _instant(args.end, "--end")
    closes = _instant(args.closes, "--closes") if args.closes else None
    capacity = _whole(args.capacity, "--capacity")
    offer_hours = _whole(args.offer_hours, "--offer-hours")
    database = _open(args)
    try:
        with database.session() as session:
            event_id = create_event(
                session,
                title=args.title,
                starts_at=starts,
                ends_at=ends,
                capacity=capacity,
                offer_hours=offer_hours,
                kind=args.kind,
                registration_closes_at=closes,
                actor=_actor(session, args),
            )
    finally:
        database.dispose()
    print(event_id)
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    from incubator_app.services.events.registrations import register as register_person

    event_id = record_id(args.event, "--event")
    entrepreneur_id = record_id(args.entrepreneur, "--entrepreneur") if args.entrepreneur else None
    places = _whole(args.places, "--places")
    if args.email and not (args.name or "").strip():
        raise UserError(str(msg(QT_TRANSLATE_NOOP("Cli", "--email needs --name."))))
    database = _open(args)
    try:
        with database.session() as session:
            outcome = register_person(
                session,
                event_id,
                entrepreneur_id=entrepreneur_id,
                email=args.email,
                name=args.name,
                party_size=places,
                language=args.mail_language,
                actor=_actor(session, args),
            )
    finally:
        database.dispose()
    print(_status_line(outcome))
    return 0


def cmd_change(args: argparse.Namespace) -> int:
    from incubator_app.services.events.registrations import (
        accept_offer,
        cancel_registration,
        decline_offer,
    )

    change = {"cancel": cancel_registration, "accept": accept_offer, "decline": decline_offer}[
        args.change
    ]
    registration_id = record_id(args.registration, "--registration")
    database = _open(args)
    try:
        with database.session() as session:
            outcome = change(session, registration_id, actor=_actor(session, args))
    finally:
        database.dispose()
    print(_status_line(outcome))
    return 0


def _local(instant: datetime | None) -> str:
    return instant.astimezone(clock.zone()).strftime("%Y-%m-%d %H:%M") if instant else ""


def cmd_show(args: argparse.Namespace) -> int:
    from incubator_app.services.events.detail import event_detail
    from incubator_app.services.spreadsheet_text import neutralise

    event_id = record_id(args.event, "--event")
    database = _open(args)
    try:
        with database.session() as session:
            d = event_detail(session, event_id, actor=_actor(session, args))
    finally:
        database.dispose()
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(
            [
                "registration_id",
                "person",
                "email",
                "places",
                "status",
                "waiting_position",
                "offer_expires_at",
                "registered_at",
            ]
        )
        for r in d.registrations:
            writer.writerow(
                [
                    r.id,
                    neutralise(r.person),
                    neutralise(r.email or ""),
                    r.party_size,
                    r.status.value,
                    r.waiting_position or "",
                    _local(r.offer_expires_at),
                    _local(r.registered_at),
                ]
            )
        return 0
    print(f"{d.id}  {d.title}  [{d.kind.value}]{'  CANCELLED' if d.cancelled else ''}")
    print(f"{_local(d.starts_at)} → {_local(d.ends_at)}  {d.place or ''}".rstrip())
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "{taken} of {capacity} places taken, {waiting} waiting"),
            taken=d.taken,
            capacity=d.capacity,
            waiting=len(d.waiting),
        )
    )
    for r in d.registrations:
        extra = f"#{r.waiting_position}" if r.waiting_position else _local(r.offer_expires_at)
        print(f"{r.id:>7}  {r.status.value:<10}  {r.party_size:>3}  {r.person}  {extra}".rstrip())
    return 0


def cmd_tick(args: argparse.Namespace) -> int:
    from incubator_app.services.events.tick import tick

    database = _open(args)
    try:
        with database.session() as session:
            result = tick(session, actor=_actor(session, args))
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli", "{events} events checked, {offers} offers made, {reminders} reminders queued"
            ),
            events=result.events,
            offers=result.offers,
            reminders=result.reminders,
        )
    )
    return 0
