"""Value map files for `import entrepreneurs --values MAP.json` (no Qt).

    {"discipline": {"Livre, littérature": "Livre et édition", "Autre": null},
     "Demandeur d'emploi": {"DE": "oui"},
     "Domaine": {"Jeux de société": "+new"}}

Keys are import fields or column headers of the file; each entry is named by its label or
code (or, for enumerations, any word the import understands); null leaves the field empty;
"+new" adds the value to its list where that is allowed. Anything that cannot be resolved is
refused with one message naming the file, the column and the value.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.services.entrepreneurs import import_values as conv
from incubator_app.services.entrepreneurs.import_suggestions import Entry
from incubator_app.services.entrepreneurs.import_value_step import (
    CREATABLE_FIELDS,
    ENUM_CONVERTERS,
    NEW_ENTRY,
    VALUE_FIELDS,
    ValueMap,
    value_entries,
)
from incubator_app.services.tabular_files import read_small_text


def _bad_file(message: Msg) -> ValidationError:
    return ValidationError({"values": message})


def _read_json(path: str | Path) -> Any:
    try:
        return json.loads(read_small_text(path))
    except OSError as exc:
        raise _bad_file(
            msg(
                QT_TRANSLATE_NOOP("Import", "Cannot read {name}: {reason}"),
                name=str(path),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad_file(
            msg(
                QT_TRANSLATE_NOOP("Import", "{name} is not valid JSON: {reason}"),
                name=str(path),
                reason=str(exc),
            )
        ) from exc


def find_entry(entries: Sequence[Entry], field: str, text: str) -> Entry | None:
    """The entry a person names: its label, code or value (or, for an enumeration, any word
    the import already understands: `Femme`, `bac+2`, `oui`)."""
    k = conv.key(text)
    for entry in entries:
        if k in {conv.key(str(entry.label)), conv.key(entry.code), conv.key(entry.value)}:
            return entry
    if field in ENUM_CONVERTERS:
        try:
            value = ENUM_CONVERTERS[field](text)
        except conv.BadValue:
            return None
        wanted = ("true" if value else "false") if isinstance(value, bool) else str(value.value)
        return next((e for e in entries if e.value == wanted), None)
    return None


def load_value_map_file(
    session: Session, path: str | Path, header: Sequence[str], mapping: Sequence[str | None]
) -> ValueMap:
    """A JSON object {"field or column header": {"value of the file": "entry" or null}}; the
    entry is named by its label (or code). Anything it cannot resolve is refused by name."""
    data = _read_json(path)
    example = '{"discipline": {"Livre, littérature": "Livre et édition"}}'
    if not isinstance(data, dict) or not all(
        isinstance(c, dict) and all(isinstance(t, str | None) for t in c.values())
        for c in data.values()
    ):
        raise _bad_file(
            msg(
                QT_TRANSLATE_NOOP("Import", "{name} must hold an object such as {example}."),
                name=str(path),
                example=example,
            )
        )
    by_header = {conv.key(h): f for h, f in zip(header, mapping, strict=False) if f in VALUE_FIELDS}
    values: ValueMap = {}
    for name, choices in data.items():
        field = name if name in VALUE_FIELDS else by_header.get(conv.key(name))
        if field is None:
            allowed = [
                f"{h} ({f})" for h, f in zip(header, mapping, strict=False) if f in VALUE_FIELDS
            ] or list(VALUE_FIELDS)
            raise _bad_file(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{name}: {column} is not a column with a list of values; expected one "
                        "of {allowed}.",
                    ),
                    name=str(path),
                    column=name,
                    allowed=", ".join(allowed),
                )
            )
        entries = value_entries(session, field)
        for text, target in choices.items():
            if target == NEW_ENTRY and field in CREATABLE_FIELDS:
                values.setdefault(field, {})[text] = NEW_ENTRY
                continue
            entry = None if target is None else find_entry(entries, field, target)
            if target is not None and entry is None:
                raise _bad_file(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Import", "{name}: {column}: {target} is not in the list ({allowed})."
                        ),
                        name=str(path),
                        column=name,
                        target=target,
                        allowed=", ".join(str(e.label) for e in entries),
                    )
                )
            values.setdefault(field, {})[text] = None if entry is None else entry.value
    return values
