"""Courses, attendance and their documents, from scripts (added to the `event` group of
events.py), and `import registrations`:

    incubator-app event course-create --title T [--completion 80] [--modules 3,4,5]
    incubator-app event enrol --course ID (--entrepreneur ID | --email E --name N) [--places N]
    incubator-app event course-offer --entry ID (--accept | --decline | --leave [--reason R])
    incubator-app event unenrol --enrolment ID [--reason R]
    incubator-app event course-show --course ID [--format csv]
    incubator-app event attend --registration ID [--absent]
    incubator-app event sheet --event ID -o SHEET.pdf
    incubator-app event certificates --course ID [--enrolment ID] -o CERTIFICATES.pdf
    incubator-app event ics --event ID -o EVENT.ics
    incubator-app import registrations FILE --event ID [--dry-run]
    incubator-app import evaluations FILE --event ID [--dry-run]

Each signs in with `--user LOGIN`. A refusal is one line on stderr, exit 2, nothing written.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from pathlib import Path

from incubator_app.cli_args import UserError, record_id
from incubator_app.cli_commands.events import _actor, _local, _open, _whole
from incubator_app.i18n import QT_TRANSLATE_NOOP, SUPPORTED_LANGUAGES, msg


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli_signin import add_user_option

    ev_sub = _subparsers(sub.choices["event"])

    create = ev_sub.add_parser("course-create", help="create a course; prints its id")
    common(create)
    create.add_argument("--title", required=True)
    create.add_argument("--completion", default="80", help="%% of the hours to attend (80)")
    create.add_argument("--modules", default="", help="event ids of its modules: 3,4,5")
    add_user_option(create)
    create.set_defaults(handler=cmd_course_create)

    enrol = ev_sub.add_parser("enrol", help="enrol someone in a whole course")
    common(enrol)
    enrol.add_argument("--course", required=True)
    who = enrol.add_mutually_exclusive_group(required=True)
    who.add_argument("--entrepreneur", help="entrepreneur id")
    who.add_argument("--email", help="a contact's e-mail (found again, or added with --name)")
    enrol.add_argument("--name", help="the contact's name (with --email)")
    enrol.add_argument("--places", default="1", help="places for a group (moves as one unit)")
    add_user_option(enrol)
    enrol.set_defaults(handler=cmd_enrol)

    offer = ev_sub.add_parser(
        "course-offer", help="answer a course's offer, or leave its waiting list"
    )
    common(offer)
    offer.add_argument("--entry", required=True, help="the course waiting-list entry id")
    answer = offer.add_mutually_exclusive_group(required=True)
    answer.add_argument("--accept", action="store_true")
    answer.add_argument("--decline", action="store_true")
    answer.add_argument("--leave", action="store_true", help="no longer wait for the course")
    offer.add_argument("--reason")
    add_user_option(offer)
    offer.set_defaults(handler=cmd_course_offer)

    unenrol = ev_sub.add_parser("unenrol", help="cancel a course enrolment")
    common(unenrol)
    unenrol.add_argument("--enrolment", required=True)
    unenrol.add_argument("--reason")
    add_user_option(unenrol)
    unenrol.set_defaults(handler=cmd_unenrol)

    show = ev_sub.add_parser("course-show", help="a course: hours attended and completion")
    common(show)
    show.add_argument("--course", required=True)
    show.add_argument("--format", choices=("text", "csv"), default="text")
    add_user_option(show)
    show.set_defaults(handler=cmd_course_show)

    attend = ev_sub.add_parser("attend", help="mark a registration attended (or --absent)")
    common(attend)
    attend.add_argument("--registration", required=True)
    attend.add_argument("--absent", action="store_true")
    add_user_option(attend)
    attend.set_defaults(handler=cmd_attend)

    sheet = ev_sub.add_parser("sheet", help="the attendance sheet of an event (PDF)")
    common(sheet)
    sheet.add_argument("--event", required=True)
    sheet.add_argument("-o", "--output", required=True, help="PDF file to write")
    add_user_option(sheet)
    sheet.set_defaults(handler=cmd_sheet)

    certs = ev_sub.add_parser("certificates", help="certificates of a course's completers (PDF)")
    common(certs)
    certs.add_argument("--course", required=True)
    certs.add_argument("--enrolment", help="only this enrolment")
    certs.add_argument("-o", "--output", required=True, help="PDF file to write")
    add_user_option(certs)
    certs.set_defaults(handler=cmd_certificates)

    ics = ev_sub.add_parser("ics", help="the event as a calendar file (.ics), to add to a calendar")
    common(ics)
    ics.add_argument("--event", required=True)
    ics.add_argument("-o", "--output", required=True, help=".ics file to write")
    add_user_option(ics)
    ics.set_defaults(handler=cmd_ics)

    import_sub = _subparsers(sub.choices["import"])
    regs = import_sub.add_parser(
        "registrations", help="register people to an event from a CSV or XLSX file"
    )
    common(regs)
    regs.add_argument("file", help="CSV or XLSX file, one person per row (e-mail, name…)")
    regs.add_argument("--event", required=True)
    regs.add_argument("--dry-run", action="store_true", help="say what would happen, write nothing")
    add_user_option(regs)
    regs.set_defaults(handler=cmd_import_registrations)
    evals = import_sub.add_parser(
        "evaluations", help="participants' evaluations of an event from a CSV or XLSX file"
    )
    common(evals)
    evals.add_argument("file", help="CSV or XLSX file, one answer per row (e-mail or name…)")
    evals.add_argument("--event", required=True)
    evals.add_argument(
        "--dry-run", action="store_true", help="say what would happen, write nothing"
    )
    add_user_option(evals)
    evals.set_defaults(handler=cmd_import_evaluations)


def _language(args: argparse.Namespace, session) -> str:
    if getattr(args, "lang", None):
        return args.lang
    from incubator_app.services.administration.setup import get_incubator_profile

    profile = get_incubator_profile(session)
    lang = (profile.locale if profile else "")[:2]
    return lang if lang in SUPPORTED_LANGUAGES else "fr"


def cmd_course_create(args: argparse.Namespace) -> int:
    from incubator_app.services.events.courses import create_course

    completion = _whole(args.completion, "--completion")
    modules = [record_id(p, "--modules") for p in args.modules.split(",") if p.strip()]
    database = _open(args)
    try:
        with database.session() as session:
            course_id = create_course(
                session,
                title=args.title,
                completion_percent=completion,
                event_ids=modules,
                actor=_actor(session, args),
            )
    finally:
        database.dispose()
    print(course_id)
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    from incubator_app.services.events.courses import enrol

    course_id = record_id(args.course, "--course")
    entrepreneur_id = record_id(args.entrepreneur, "--entrepreneur") if args.entrepreneur else None
    if args.email and not (args.name or "").strip():
        raise UserError(str(msg(QT_TRANSLATE_NOOP("Cli", "--email needs --name."))))
    places = _whole(args.places, "--places")
    database = _open(args)
    try:
        with database.session() as session:
            outcome = enrol(
                session,
                course_id,
                entrepreneur_id=entrepreneur_id,
                email=args.email,
                name=args.name,
                party_size=places,
                actor=_actor(session, args),
            )
    finally:
        database.dispose()
    if outcome.id is None:
        print(
            msg(
                QT_TRANSLATE_NOOP(
                    "Cli", "course full: waiting list entry {id}, position {position}"
                ),
                id=outcome.waiting_id,
                position=outcome.waiting_position,
            )
        )
        return 0
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "{id} enrolled ({modules} modules)"),
            id=outcome.id,
            modules=len(outcome.registration_ids),
        )
    )
    return 0


def cmd_course_offer(args: argparse.Namespace) -> int:
    from incubator_app.services.events.course_waiting import (
        accept_course_offer,
        decline_course_offer,
        leave_course_waiting,
    )

    entry_id = record_id(args.entry, "--entry")
    database = _open(args)
    try:
        with database.session() as session:
            actor = _actor(session, args)
            if args.accept:
                entry = accept_course_offer(session, entry_id, actor=actor)
            elif args.decline:
                entry = decline_course_offer(session, entry_id, actor=actor)
            else:
                entry = leave_course_waiting(session, entry_id, reason=args.reason, actor=actor)
    finally:
        database.dispose()
    if entry.enrolment_id is not None:
        print(msg(QT_TRANSLATE_NOOP("Cli", "{id} enrolled"), id=entry.enrolment_id))
    else:
        print(entry.status.value)
    return 0


def cmd_unenrol(args: argparse.Namespace) -> int:
    from incubator_app.services.events.courses import cancel_enrolment

    enrolment_id = record_id(args.enrolment, "--enrolment")
    database = _open(args)
    try:
        with database.session() as session:
            freed = cancel_enrolment(
                session, enrolment_id, reason=args.reason, actor=_actor(session, args)
            )
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP("Cli", "{id} cancelled ({freed} module places freed)"),
            id=enrolment_id,
            freed=freed,
        )
    )
    return 0


def _hours(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def cmd_course_show(args: argparse.Namespace) -> int:
    from incubator_app.services.events.courses import course_progress
    from incubator_app.services.spreadsheet_text import neutralise

    course_id = record_id(args.course, "--course")
    database = _open(args)
    try:
        with database.session() as session:
            p = course_progress(session, course_id, actor=_actor(session, args))
    finally:
        database.dispose()
    total = p.total_minutes
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(
            [
                "enrolment_id",
                "person",
                "email",
                "status",
                "attended_minutes",
                "absent_minutes",
                "to_come_minutes",
                "total_minutes",
                "percent",
                "completion",
            ]
        )
        for e in p.enrolments:
            writer.writerow(
                [
                    e.enrolment_id,
                    neutralise(e.person),
                    neutralise(e.email or ""),
                    e.status.value,
                    e.attended_minutes,
                    e.absent_minutes,
                    e.to_come_minutes,
                    total,
                    e.percent(total),
                    e.completion.value,
                ]
            )
        return 0
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Cli", "{id}  {title}  ({modules} modules, {hours} h, completion at {percent} %)"
            ),
            id=p.id,
            title=p.title,
            modules=len(p.modules),
            hours=_hours(total),
            percent=p.completion_percent,
        )
    )
    for m in p.modules:
        flag = "  CANCELLED" if m.cancelled else ""
        print(f"  #{m.event_id:<6} {_local(m.starts_at)}  {_hours(m.minutes):>6}  {m.title}{flag}")
    for e in p.enrolments:
        print(
            f"{e.enrolment_id:>7}  {e.completion.value:<13}  {_hours(e.attended_minutes):>6}"
            f"  {e.percent(total):>3} %  {e.person}"
        )
    return 0


def cmd_attend(args: argparse.Namespace) -> int:
    from incubator_app.services.events.registrations import mark_attendance

    registration_id = record_id(args.registration, "--registration")
    database = _open(args)
    try:
        with database.session() as session:
            outcome = mark_attendance(
                session, registration_id, not args.absent, actor=_actor(session, args)
            )
    finally:
        database.dispose()
    print(f"{outcome.id} {outcome.status.value}")
    return 0


def _written(path) -> int:
    print(msg(QT_TRANSLATE_NOOP("Cli", "Report written to {path}"), path=str(path)))
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import output_file
    from incubator_app.reports.event_documents import build_event_sheet
    from incubator_app.services.reporting.event_attendance import event_sheet_data

    event_id = record_id(args.event, "--event")
    output = output_file(args.output)
    database = _open(args)
    try:
        with database.session() as session:
            data = event_sheet_data(session, event_id, actor=_actor(session, args))
            path = build_event_sheet(data, output, locale=_language(args, session))
    finally:
        database.dispose()
    return _written(path)


def cmd_certificates(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import output_file
    from incubator_app.errors import NotFound
    from incubator_app.reports.event_documents import build_certificates
    from incubator_app.services.reporting.event_attendance import certificates_data

    course_id = record_id(args.course, "--course")
    enrolment_id = record_id(args.enrolment, "--enrolment") if args.enrolment else None
    output = output_file(args.output)
    database = _open(args)
    try:
        with database.session() as session:
            data = certificates_data(
                session, course_id, enrolment_id=enrolment_id, actor=_actor(session, args)
            )
            if not data.certificates:
                raise NotFound(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Cli", "Nobody has completed « {course} »: no certificate to write."
                        ),
                        course=data.course_title,
                    )
                )
            path = build_certificates(data, output, locale=_language(args, session))
    finally:
        database.dispose()
    return _written(path)


def cmd_ics(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import output_file
    from incubator_app.file_modes import replaced_on_success
    from incubator_app.services.events.add_to_calendar import event_ics

    event_id = record_id(args.event, "--event")
    output = output_file(args.output)
    database = _open(args)
    try:
        with database.session() as session:
            data = event_ics(session, event_id, actor=_actor(session, args))
    finally:
        database.dispose()
    with replaced_on_success(output) as tmp:
        Path(tmp).write_bytes(data)
    print(output)
    return 0


def cmd_import_registrations(args: argparse.Namespace) -> int:
    from incubator_app.services.events.importing import import_registrations

    event_id = record_id(args.event, "--event")
    database = _open(args)
    try:
        with database.session() as session:
            result = import_registrations(
                session, event_id, args.file, dry_run=args.dry_run, actor=_actor(session, args)
            )
    finally:
        database.dispose()
    text = (
        QT_TRANSLATE_NOOP(
            "Cli",
            "Dry run: {rows} rows, {registered} would be registered, {waitlisted} waitlisted, "
            "{already} already registered; {added} new contacts. Nothing written.",
        )
        if result.dry_run
        else QT_TRANSLATE_NOOP(
            "Cli",
            "{rows} rows: {registered} registered, {waitlisted} waitlisted, {already} already "
            "registered; {added} new contacts.",
        )
    )
    print(
        msg(
            text,
            rows=result.rows,
            registered=result.registered,
            waitlisted=result.waitlisted,
            already=result.already,
            added=result.contacts_added,
        )
    )
    return 0


def cmd_import_evaluations(args: argparse.Namespace) -> int:
    """The counts on stdout, then each row matched to no registration (not written)."""
    from incubator_app.services.events.evaluations import import_evaluations

    event_id = record_id(args.event, "--event")
    database = _open(args)
    try:
        with database.session() as session:
            result = import_evaluations(
                session, event_id, args.file, dry_run=args.dry_run, actor=_actor(session, args)
            )
    finally:
        database.dispose()
    text = (
        QT_TRANSLATE_NOOP(
            "Cli",
            "Dry run: {rows} answers, {added} would be added, {replaced} would replace an "
            "earlier answer, {unmatched} match no registration. Nothing written.",
        )
        if result.dry_run
        else QT_TRANSLATE_NOOP(
            "Cli",
            "{rows} answers: {added} added, {replaced} replaced an earlier answer, "
            "{unmatched} match no registration.",
        )
    )
    print(
        msg(
            text,
            rows=result.rows,
            added=result.added,
            replaced=result.replaced,
            unmatched=len(result.unmatched),
        )
    )
    for row in result.unmatched:
        print(
            msg(
                QT_TRANSLATE_NOOP("Cli", "Row {row}: no registration for {who} (not imported)."),
                row=row.number,
                who=" ".join(p for p in (row.name, f"<{row.email}>" if row.email else None) if p),
            )
        )
    return 0
