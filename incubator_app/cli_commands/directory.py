"""`incubator-app import listing`, `directory link` and `export directory`: the directory of the
territory's actors from scripts (issue 14).

`import listing FILE --source NAME` reads a CSV/XLSX listing (columns guessed from the headers,
or `--mapping MAP.json` {header: field}; `--values MAP.json` {field: {text: value}}), one line on
stderr and exit 2 for a listing that cannot be used (nothing written); `--dry-run` checks only.
`directory link` crosses the records no run examined yet (the listings imported since; `--full`:
every record again, `--listing ID`: the records of that listing) and prints how many pairs were
merged, queued for review and rejected, and how many records it examined. `export directory -o
FILE` writes one line per actor, or with `--with-sources` one line per source record (actor id,
listing source, row number: 1 = first data record).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option

    listing = _subparsers(sub.choices["import"]).add_parser(
        "listing", help="import a listing of cultural actors (CSV or XLSX) into the directory"
    )
    common(listing)
    listing.add_argument("file")
    listing.add_argument("--source", required=True, help="who published it (kept with each row)")
    listing.add_argument("--mapping", metavar="MAP.json", help='{"column header": "field"}')
    listing.add_argument(
        "--values",
        metavar="auto|MAP.json",
        help='{"field": {"value in the file": "value"}}; auto: values as written',
    )
    listing.add_argument("--kind", help="the actors' type when no column says it (festival…)")
    listing.add_argument(
        "--has-duplicates",
        action="store_true",
        help="this listing may hold one actor on several rows",
    )
    listing.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    add_user_option(listing)
    listing.set_defaults(handler=cmd_import_listing)

    directory = sub.add_parser("directory", help="the directory of the territory's actors")
    dir_sub = directory.add_subparsers(
        dest="directory_command", required=True, parser_class=_Parser
    )
    link = dir_sub.add_parser("link", help="cross the listings: merge, queue for review, reject")
    common(link)
    link.add_argument("--auto-above", type=float, default=None, help="merge at or above (8)")
    link.add_argument("--review-above", type=float, default=None, help="review at or above (3)")
    link.add_argument("--dry-run", action="store_true", help="print the counts, write nothing")
    link.add_argument(
        "--listing",
        type=int,
        action="append",
        metavar="ID",
        help="only the pairs with a record of this listing (repeatable; default: the records "
        "no run examined yet)",
    )
    link.add_argument(
        "--full",
        action="store_true",
        help="examine every record again (default: only the new ones); after changing the "
        "thresholds",
    )
    add_user_option(link)
    link.set_defaults(handler=cmd_link)

    dedupe = dir_sub.add_parser(
        "dedupe", help="find duplicates among the directory's actors: merge, queue for review"
    )
    common(dedupe)
    dedupe.add_argument("--auto-above", type=float, default=None, help="merge at or above (8)")
    dedupe.add_argument("--review-above", type=float, default=None, help="review at or above (3)")
    dedupe.add_argument("--dry-run", action="store_true", help="print the counts, write nothing")
    add_user_option(dedupe)
    dedupe.set_defaults(handler=cmd_dedupe)

    territory = dir_sub.add_parser(
        "territory", help="a territory's actors per commune and EPCI, the isolated ones, a PDF"
    )
    common(territory)
    where = territory.add_mutually_exclusive_group(required=True)
    where.add_argument("--departement", metavar="CODE", help="a département: 13, 2A, 971")
    where.add_argument("--epci", metavar="SIREN", help="an EPCI by its SIREN")
    where.add_argument("--region", metavar="CODE", help="a region by its INSEE code: 93")
    territory.add_argument(
        "--radius", type=float, default=None, help="isolated: no colleague within KM (10)"
    )
    territory.add_argument("--pdf", metavar="FILE", help="write the territory portrait PDF")
    add_user_option(territory)
    territory.set_defaults(handler=cmd_territory)

    out = _subparsers(sub.choices["export"]).add_parser(
        "directory", help="export the directory (one line per actor, or per source record)"
    )
    common(out)
    out.add_argument("-o", "--output", required=True)
    out.add_argument("--format", choices=("csv", "xlsx"), default=None, help="default: from -o")
    out.add_argument("--with-sources", action="store_true", help="one line per source record")
    add_user_option(out)
    out.set_defaults(handler=cmd_export)


def _open(args: argparse.Namespace):
    from incubator_app.cli import existing_db
    from incubator_app.db.migrate import open_database

    return open_database(existing_db(args), create=False, upgrade=False)


def _values(option: str | None) -> dict:
    from incubator_app.cli_args import UserError
    from incubator_app.services.tabular_files import read_small_text

    if not option or option == "auto":
        return {}
    try:
        data = json.loads(read_small_text(option))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(
            str(
                msg(
                    QT_TRANSLATE_NOOP("Directory", "Cannot read the value map {name}."), name=option
                )
            )
        ) from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise UserError(
            str(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Directory",
                        "The value map {name} must map each field to an object of text → value.",
                    ),
                    name=option,
                )
            )
        )
    return data


def cmd_import_listing(args: argparse.Namespace) -> int:
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.directory.listings import import_listing

    values = _values(args.values)
    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            result = import_listing(
                session,
                args.file,
                source=args.source,
                mapping=args.mapping,
                values_map=values,
                kind=args.kind,
                has_duplicates=args.has_duplicates,
                dry_run=args.dry_run,
                actor=actor,
            )
    finally:
        database.dispose()
    for column, field in result.mapping.items():
        print(
            msg(
                QT_TRANSLATE_NOOP("Directory", "Column “{column}” → {field}"),
                column=column,
                field=field,
            )
        )
    if result.unresolved_communes:
        print(
            msg(
                QT_TRANSLATE_NOOP("Directory", "Communes not found (left empty): {names}"),
                names=", ".join(result.unresolved_communes[:10]),
            )
        )
    text = (
        QT_TRANSLATE_NOOP("Directory", "{rows} rows checked; nothing written (--dry-run).")
        if args.dry_run
        else QT_TRANSLATE_NOOP("Directory", "{rows} rows imported as listing {id}.")
    )
    print(msg(text, rows=result.rows, id=result.listing_id))
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.directory.linkage import AUTO_ABOVE, REVIEW_ABOVE
    from incubator_app.services.directory.runs import link_directory, preview_link

    auto = AUTO_ABOVE if args.auto_above is None else args.auto_above
    review = REVIEW_ABOVE if args.review_above is None else args.review_above
    if review > auto:
        from incubator_app.cli_args import UserError

        raise UserError(
            str(msg(QT_TRANSLATE_NOOP("Directory", "--review-above must not exceed --auto-above.")))
        )
    if args.full and args.listing:
        from incubator_app.cli_args import UserError

        raise UserError(
            str(msg(QT_TRANSLATE_NOOP("Directory", "--full and --listing cannot go together.")))
        )
    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            if args.dry_run:
                counts = preview_link(
                    session,
                    auto_above=auto,
                    review_above=review,
                    listings=args.listing,
                    full=args.full,
                    actor=actor,
                )
                merged, queued, rejected = counts["auto"], counts["review"], counts["reject"]
                examined = None
            else:
                summary = link_directory(
                    session,
                    auto_above=auto,
                    review_above=review,
                    listings=args.listing,
                    full=args.full,
                    actor=actor,
                )
                merged, queued, rejected = summary.merged, summary.review, summary.rejected
                examined = summary.examined
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Directory", "Merged: {merged}; queued for review: {review}; rejected: {rejected}."
            ),
            merged=merged,
            review=queued,
            rejected=rejected,
        )
    )
    if examined is not None:
        print(msg(QT_TRANSLATE_NOOP("Directory", "Records examined: {n}."), n=examined))
    return 0


def cmd_dedupe(args: argparse.Namespace) -> int:
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.directory.dedupe import dedupe_directory, preview_dedupe
    from incubator_app.services.directory.linkage import AUTO_ABOVE, REVIEW_ABOVE

    auto = AUTO_ABOVE if args.auto_above is None else args.auto_above
    review = REVIEW_ABOVE if args.review_above is None else args.review_above
    if review > auto:
        from incubator_app.cli_args import UserError

        raise UserError(
            str(msg(QT_TRANSLATE_NOOP("Directory", "--review-above must not exceed --auto-above.")))
        )
    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            run = preview_dedupe if args.dry_run else dedupe_directory
            summary = run(session, auto_above=auto, review_above=review, actor=actor)
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Directory", "Merged: {merged}; queued for review: {review}; rejected: {rejected}."
            ),
            merged=summary.merged,
            review=summary.review,
            rejected=summary.rejected,
        )
    )
    return 0


def cmd_territory(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import output_file
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.directory.territory import DEFAULT_RADIUS_KM, territory_portrait

    kind, code = next(
        (k, getattr(args, k)) for k in ("departement", "epci", "region") if getattr(args, k)
    )
    radius = DEFAULT_RADIUS_KM if args.radius is None else args.radius
    target = output_file(args.pdf, "--pdf") if args.pdf else None
    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            portrait = territory_portrait(session, kind, code, radius_km=radius, actor=actor)
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP(
                "Directory",
                "{name}: {actors} actors in {communes} communes ({population} inhabitants), "
                "{isolated} isolated, {empty} communes without any actor.",
            ),
            name=portrait.territory.name,
            actors=portrait.total.actors,
            communes=len(portrait.communes),
            population=portrait.population,
            isolated=len(portrait.isolated),
            empty=len(portrait.without_actor),
        )
    )
    for epci in portrait.epcis:
        if epci.actors:
            per = f"{epci.per_10k:.1f}" if epci.per_10k is not None else "-"
            print(
                f"  {epci.code or '-'}\t{epci.name or '-'}\t{epci.actors}\t{per}\t{epci.isolated}"
            )
    if target is not None:
        from incubator_app.reports.directory_territory import build_territory_pdf

        try:
            build_territory_pdf(portrait, target, locale=args.lang or "fr")
        except OSError as exc:
            from incubator_app.cli_args import UserError

            raise UserError(
                str(
                    msg(
                        QT_TRANSLATE_NOOP("Directory", "Cannot write {path}: {error}"),
                        path=str(target),
                        error=exc.strerror or str(exc),
                    )
                )
            ) from exc
        print(msg(QT_TRANSLATE_NOOP("Directory", "Portrait written to {path}."), path=str(target)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from incubator_app.cli_args import output_file
    from incubator_app.cli_signin import sign_in
    from incubator_app.services.directory.export import export_directory

    dest = output_file(args.output)
    file_format = args.format or ("xlsx" if str(dest).lower().endswith(".xlsx") else "csv")
    database = _open(args)
    try:
        with database.session() as session:
            actor = sign_in(session, args.user)
            count = export_directory(
                session, dest, file_format=file_format, with_sources=args.with_sources, actor=actor
            )
    finally:
        database.dispose()
    print(
        msg(
            QT_TRANSLATE_NOOP("Directory", "{count} lines written to {path}."),
            count=count,
            path=str(dest),
        )
    )
    return 0
