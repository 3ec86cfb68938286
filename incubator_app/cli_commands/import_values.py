"""The values step of `import entrepreneurs` on the command line (`--values auto|MAP.json`).

What a value no list knows becomes, in order of precedence: the choice remembered from an earlier
file, then the map files in the order given, then (with `auto`) the clear best suggestion. Every
choice applied is printed as one line; values left unsettled stop the import, listed on stderr
with their suggestions, and nothing is written.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from sqlalchemy.orm import Session

from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.services.actor import Actor
from incubator_app.services.entrepreneurs import import_values as conv
from incubator_app.services.entrepreneurs.import_headers import field_label
from incubator_app.services.entrepreneurs.import_value_file import load_value_map_file
from incubator_app.services.entrepreneurs.import_value_step import (
    UnknownValue,
    ValueMap,
    collect_unknown_values,
    entry_label,
    remembered_values,
)
from incubator_app.services.tabular_files import TabularData

_ROWS_SHOWN = 5


def _rows(rows: Sequence[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:_ROWS_SHOWN])
    return shown + (", …" if len(rows) > _ROWS_SHOWN else "")


def settle_values(
    session: Session,
    table: TabularData,
    mapping: Sequence[str | None],
    options: Sequence[str],
    *,
    actor: Actor,
) -> tuple[ValueMap, list[Msg], list[UnknownValue]]:
    """The value map to import with, one line per choice applied, and the values unsettled."""
    remembered = remembered_values(session)
    unknown = collect_unknown_values(session, table, mapping, actor=actor, remembered=remembered)
    settled: dict[tuple[str, str], tuple[str | None, Msg]] = {}
    for u in unknown:
        if u.has_remembered:
            settled[(u.field, u.key)] = (
                u.remembered,
                msg(QT_TRANSLATE_NOOP("Cli", "remembered from an earlier import")),
            )
    for option in options:
        if option == "auto":
            continue
        how = msg(QT_TRANSLATE_NOOP("Cli", "from {name}"), name=option)
        for field, choices in load_value_map_file(session, option, table.header, mapping).items():
            for text, target in choices.items():
                settled[(field, conv.key(text))] = (target, how)
    if "auto" in options:
        how = msg(QT_TRANSLATE_NOOP("Cli", "clear suggestion"))
        for u in unknown:
            if (u.field, u.key) not in settled and u.clear:
                settled[(u.field, u.key)] = (u.suggestions[0].entry.value, how)
    values: ValueMap = {}
    lines: list[Msg] = []
    unsettled: list[UnknownValue] = []
    for u in unknown:
        if (u.field, u.key) not in settled:
            unsettled.append(u)
            continue
        target, how = settled[(u.field, u.key)]
        values.setdefault(u.field, {})[u.text] = target
        lines.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "Cli", "Value: {field} “{value}” → {target} ({count} row(s), {how})."
                ),
                field=field_label(u.field),
                value=u.text,
                target=entry_label(session, u.field, target),
                count=u.count,
                how=how,
            )
        )
    session.rollback()  # reads only
    return values, lines, unsettled


def _suggestions(u: UnknownValue) -> Msg:
    if not u.suggestions:
        return msg(QT_TRANSLATE_NOOP("Cli", "no close entry in the list"))
    names = ", ".join(f"{s.entry.label} ({s.score:.0f})" for s in u.suggestions)
    if u.clear:
        return msg(QT_TRANSLATE_NOOP("Cli", "clear suggestion: {names}"), names=names)
    return msg(QT_TRANSLATE_NOOP("Cli", "unclear, closest: {names}"), names=names)


def print_unsettled(unsettled: Sequence[UnknownValue], other_problems: int, *, auto: bool) -> None:
    from incubator_app.cli import PROG

    heading = (
        QT_TRANSLATE_NOOP(
            "Cli",
            "{count} value(s) of the file have no clear entry in their list; nothing was "
            "imported. Say what each becomes in a --values MAP.json (given with --values auto):",
        )
        if auto
        else QT_TRANSLATE_NOOP(
            "Cli",
            "{count} value(s) of the file are in no list; nothing was imported. Say what "
            "each becomes with --values MAP.json, or --values auto for the clear "
            "suggestions:",
        )
    )
    print(f"{PROG}: " + str(msg(heading, count=len(unsettled))), file=sys.stderr)
    for u in unsettled:
        print(
            "  "
            + str(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Cli", "{field} “{value}” (column {column}, row(s) {rows}): {suggestions}"
                    ),
                    field=field_label(u.field),
                    value=u.text,
                    column=u.column,
                    rows=_rows(u.rows),
                    suggestions=_suggestions(u),
                )
            ),
            file=sys.stderr,
        )
    if other_problems:
        print(
            "  "
            + str(
                msg(
                    QT_TRANSLATE_NOOP("Cli", "And {count} other problem(s), listed above."),
                    count=other_problems,
                )
            ),
            file=sys.stderr,
        )
