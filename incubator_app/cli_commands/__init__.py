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

#: Modules of this package that define commands.
COMMAND_MODULES = (
    "entrepreneurs",
    "directory",
    "statements",
    "reports",
    "exchange",
    "backups",
    "outbox",
    "calendars",
    "events",
    "courses",
    "draws",
    "projects",
    "grants",
    "fse",
    "followup",
    "toolbox",
    "privacy",
    "server",
    "sites",
)


def register_all(
    sub: argparse._SubParsersAction,
    report_sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub, report_sub, common)
