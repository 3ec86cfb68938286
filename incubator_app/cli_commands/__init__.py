"""Sub-commands of the command line, one module per domain (no Qt here either).

Each module exposes `register(sub, report_sub, common)`:
- `sub` is the top-level subparsers object (`incubator-app <command>`),
- `report_sub` the subparsers of `incubator-app report <kind>`,
- `common(parser)` adds the shared `--db` and `--lang` options to a parser.
A module sets `parser.set_defaults(handler=fn)`; `fn(args) -> int` is the exit status. Helpers
shared with cli.py (`require_db`, `existing_db`, `UserError`) are imported from
`incubator_app.cli` inside the handlers.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

#: Modules of this package that define commands; a name whose module is absent is skipped
#: so that a partial checkout still parses its own commands.
COMMAND_MODULES = ("entrepreneurs", "statements", "reports")


def register_all(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        module.register(sub, report_sub, common)
