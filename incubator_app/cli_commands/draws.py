"""`incubator-app draw run|freeze|verify`: fair, verifiable draws of volunteers, without a
database.

    draw freeze --pool PEOPLE.csv --quotas QUOTAS.csv [--size N --groups G]
        prints the SHA-256 of the frozen inputs (the hash printed on the notice of draw)
    draw run --pool … --quotas … --size N [--groups G] --seed TEXT -o RESULT.csv
        writes every volunteer with `selected` or `reserve`, the group and the rank in the cell
    draw verify --pool … --quotas … --size N [--groups G] --seed TEXT --expect RESULT.csv
        exit 0 when the draw gives that result again, 1 (one line: the first difference) if not

Files are read as French offices write them (services/tabular_files.py). Bad input or quotas
that no panel meets: one line on stderr (for quotas: which to relax and by how much), exit 2,
nothing written. RESULT.csv is written to a temporary file beside it, then renamed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

EXIT_DIFFERENT = 1


def register(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    from incubator_app.cli import _Parser
    from incubator_app.cli_signin import add_user_option

    draw = sub.add_parser("draw", help="fair, verifiable draws of volunteers (tirage au sort)")
    draw_sub = draw.add_subparsers(dest="draw_command", required=True, parser_class=_Parser)

    def inputs(parser: argparse.ArgumentParser, *, size_required: bool) -> None:
        common(parser)
        parser.add_argument("--pool", help="CSV/XLSX: id, categories, organisation")
        parser.add_argument("--quotas", help="CSV/XLSX: category,value,min,max")
        parser.add_argument("--size", type=int, help="panel size")
        parser.add_argument("--groups", type=int, default=1, help="number of groups (default 1)")
        parser.add_argument(
            "--call", type=int, help="with --db: the call whose draw is recorded in the database"
        )
        parser.add_argument("--reason", help="with --call: why a new draw of the call (freeze)")
        add_user_option(parser, required=False)

    def documents(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--title", default="", help="the call, in a few words (PDFs)")
        parser.add_argument("--purpose", default="", help="what the groups will do (PDFs)")
        parser.add_argument("--territory", default="", help="where (PDFs)")
        parser.add_argument(
            "--seed-source", default="", help="the public source of the seed, fixed in advance"
        )

    freeze = draw_sub.add_parser("freeze", help="print the SHA-256 of the frozen inputs")
    inputs(freeze, size_required=False)
    documents(freeze)
    freeze.add_argument("--notice", help="also print the notice of draw to this PDF")
    freeze.set_defaults(handler=cmd_freeze)

    run = draw_sub.add_parser("run", help="draw and write RESULT.csv")
    inputs(run, size_required=True)
    run.add_argument("--seed", required=True, help="the public seed, as published")
    run.add_argument("-o", "--output", required=True, help="RESULT.csv to write")
    documents(run)
    run.add_argument("--minutes", help="also print the procès-verbal to this PDF")
    run.set_defaults(handler=cmd_run)

    verify = draw_sub.add_parser("verify", help="re-run a draw and compare with its result")
    inputs(verify, size_required=True)
    verify.add_argument("--seed", required=True)
    verify.add_argument("--expect", required=True, help="the RESULT.csv published")
    verify.set_defaults(handler=cmd_verify)


def _need_files(args: argparse.Namespace, *, sized: bool) -> None:
    from incubator_app.cli import UserError

    if not args.pool or not args.quotas:
        raise UserError("give --pool and --quotas (or --db and --call)")
    if sized and args.size is None:
        raise UserError("give --size")


def _with_call(args: argparse.Namespace, work):
    """Runs `work(session, actor)` on the database of --db, signed in with --user."""
    from incubator_app.cli import UserError, existing_db
    from incubator_app.cli_signin import sign_in
    from incubator_app.db.migrate import open_database

    if not getattr(args, "user", None):
        raise UserError("--call needs --user (the draw is recorded under your name)")
    database = open_database(existing_db(args), create=False)
    try:
        with database.session() as session:
            return work(session, sign_in(session, args.user))
    finally:
        database.dispose()


def _read(path: str):
    from incubator_app.services.tabular_files import read_table

    return read_table(path)


def load_inputs(args: argparse.Namespace, *, sized: bool = True):
    from incubator_app.services.cooperation.draws.inputs import (
        DrawInputs,
        make_inputs,
        people_from_rows,
        quotas_from_rows,
    )

    pool = _read(args.pool)
    people = people_from_rows(pool.header, pool.rows)
    table = _read(args.quotas)
    quotas = quotas_from_rows(table.header, table.rows)
    if not sized and args.size is None:
        checked = make_inputs(people, quotas, 1, 1)  # categories checked; size "not given": 0
        return DrawInputs(checked.people, checked.quotas, 0, 0)
    return make_inputs(people, quotas, args.size, args.groups)


def _notice(args: argparse.Namespace, inputs, digest: str):
    from incubator_app import __version__
    from incubator_app.reports.draw_documents import DrawNotice
    from incubator_app.services.cooperation.draws.freeze import ALGORITHM, solver_version

    return DrawNotice(
        incubator_name="",
        title=args.title,
        purpose=args.purpose,
        territory=args.territory,
        seed_source=args.seed_source,
        frozen_hash=digest,
        app_version=__version__,
        algorithm=f"{ALGORITHM}, {solver_version()}",
        inputs=inputs,
    )


def _lang(args: argparse.Namespace) -> str:
    from incubator_app.cli import _default_language

    return args.lang or _default_language()


def cmd_freeze(args: argparse.Namespace) -> int:
    from incubator_app.cli import UserError
    from incubator_app.services.cooperation.draws.freeze import frozen_hash

    if args.call is not None:
        from incubator_app.services.cooperation.recorded_draws import freeze_draw

        view = _with_call(
            args, lambda s, actor: freeze_draw(s, args.call, reason=args.reason, actor=actor)
        )
        print(f"{view.frozen_hash}  draw {view.id} (number {view.number} of call {args.call})")
        return 0
    _need_files(args, sized=False)
    inputs = load_inputs(args, sized=False)
    digest = frozen_hash(inputs)
    if args.notice:
        if args.size is None:
            raise UserError("--notice needs --size (the notice prints the hash of the draw)")
        from incubator_app.reports.draw_documents import build_draw_notice

        build_draw_notice(_notice(args, inputs, digest), args.notice, locale=_lang(args))
    print(digest)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from incubator_app.cli import UserError
    from incubator_app.services.cooperation.draws.selection import run_draw

    output = Path(args.output)
    if output.is_dir():
        raise UserError(f"{output} is a folder, not a file")
    if not output.parent.exists():
        raise UserError(f"the folder {output.parent} does not exist")
    if args.call is not None:
        return _run_recorded(args, output)
    _need_files(args, sized=True)
    result = run_draw(load_inputs(args), args.seed)
    data = result.csv_bytes()
    _write(output, data)
    if args.minutes:
        from incubator_app.reports.draw_documents import build_draw_minutes

        notice = _notice(args, load_inputs(args), result.frozen_hash)
        build_draw_minutes(notice, result, args.minutes, locale=_lang(args))
    selected = len(result.selected)
    print(
        f"sha256 {result.frozen_hash}  selected {selected}  "
        f"reserve {len(result.placements) - selected}  minimum chance "
        f"{result.distribution.minimum:.4f}"
    )
    return 0


def _write(output: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=output.parent, prefix=".draw-", suffix=".csv")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _last_draw(session, call_id: int, actor):
    from incubator_app.cli import UserError
    from incubator_app.services.cooperation.recorded_draws import list_draws

    draws = list_draws(session, call_id, actor=actor)
    if not draws:
        raise UserError(f"call {call_id} has no frozen draw: run `draw freeze --call` first")
    return draws[-1]


def _run_recorded(args: argparse.Namespace, output: Path) -> int:
    from incubator_app.services.cooperation.recorded_draws import (
        draw_result,
        get_draw,
        perform_draw,
    )

    def work(session, actor):
        draw = _last_draw(session, args.call, actor)
        perform_draw(session, draw.id, args.seed, actor=actor)
        _, result = draw_result(session, draw.id, actor=actor)
        return get_draw(session, draw.id, actor=actor), result

    view, result = _with_call(args, work)
    _write(output, result.csv_bytes())
    print(f"sha256 {view.frozen_hash}  draw {view.id} recorded  selected {len(result.selected)}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from incubator_app.services.cooperation.draws.selection import run_draw
    from incubator_app.services.tabular_files import read_table

    expected_table = read_table(args.expect)
    expected_bytes = Path(args.expect).read_bytes()
    if args.call is not None:
        from incubator_app.services.cooperation.recorded_draws import frozen_inputs_of

        def inputs_of(session, actor):
            return frozen_inputs_of(session, _last_draw(session, args.call, actor).id, actor=actor)

        result = run_draw(_with_call(args, inputs_of), args.seed)
    else:
        _need_files(args, sized=True)
        result = run_draw(load_inputs(args), args.seed)
    actual = result.csv_bytes()
    if actual == expected_bytes:
        print(f"identical (sha256 {result.frozen_hash})")
        return 0
    # A file re-saved by a spreadsheet (BOM, `;`, CRLF) still verifies when its cells are equal.
    lines = actual.decode("utf-8").splitlines()
    header = tuple(lines[0].split(","))
    import csv

    rows = [tuple(r) for r in csv.reader(lines[1:])]
    theirs = [tuple("" if c is None else str(c) for c in row) for row in expected_table.rows]
    if tuple(expected_table.header) == header and theirs == rows:
        print(f"identical cells (sha256 {result.frozen_hash})")
        return 0
    for number, (mine, other) in enumerate(zip(rows, theirs, strict=False), start=2):
        if mine != other:
            print(
                f"different at row {number}: expected {','.join(other)}, "
                f"the draw gives {','.join(mine)}",
                file=sys.stderr,
            )
            return EXIT_DIFFERENT
    print(f"different: {len(theirs)} rows expected, the draw gives {len(rows)}", file=sys.stderr)
    return EXIT_DIFFERENT
