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

    draw = sub.add_parser("draw", help="fair, verifiable draws of volunteers (tirage au sort)")
    draw_sub = draw.add_subparsers(dest="draw_command", required=True, parser_class=_Parser)

    def inputs(parser: argparse.ArgumentParser, *, size_required: bool) -> None:
        common(parser)
        parser.add_argument("--pool", required=True, help="CSV/XLSX: id, categories, organisation")
        parser.add_argument("--quotas", required=True, help="CSV/XLSX: category,value,min,max")
        parser.add_argument("--size", type=int, required=size_required, help="panel size")
        parser.add_argument("--groups", type=int, default=1, help="number of groups (default 1)")

    freeze = draw_sub.add_parser("freeze", help="print the SHA-256 of the frozen inputs")
    inputs(freeze, size_required=False)
    freeze.set_defaults(handler=cmd_freeze)

    run = draw_sub.add_parser("run", help="draw and write RESULT.csv")
    inputs(run, size_required=True)
    run.add_argument("--seed", required=True, help="the public seed, as published")
    run.add_argument("-o", "--output", required=True, help="RESULT.csv to write")
    run.set_defaults(handler=cmd_run)

    verify = draw_sub.add_parser("verify", help="re-run a draw and compare with its result")
    inputs(verify, size_required=True)
    verify.add_argument("--seed", required=True)
    verify.add_argument("--expect", required=True, help="the RESULT.csv published")
    verify.set_defaults(handler=cmd_verify)


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


def cmd_freeze(args: argparse.Namespace) -> int:
    from incubator_app.services.cooperation.draws.freeze import frozen_hash

    print(frozen_hash(load_inputs(args, sized=False)))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from incubator_app.cli import UserError
    from incubator_app.services.cooperation.draws.selection import run_draw

    output = Path(args.output)
    if output.is_dir():
        raise UserError(f"{output} is a folder, not a file")
    if not output.parent.exists():
        raise UserError(f"the folder {output.parent} does not exist")
    result = run_draw(load_inputs(args), args.seed)
    data = result.csv_bytes()
    handle, temporary = tempfile.mkstemp(dir=output.parent, prefix=".draw-", suffix=".csv")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    selected = len(result.selected)
    print(
        f"sha256 {result.frozen_hash}  selected {selected}  "
        f"reserve {len(result.placements) - selected}  minimum chance "
        f"{result.distribution.minimum:.4f}"
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from incubator_app.services.cooperation.draws.selection import run_draw
    from incubator_app.services.tabular_files import read_table

    expected_table = read_table(args.expect)
    expected_bytes = Path(args.expect).read_bytes()
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
