"""Importing entrepreneurs from a CSV or XLSX file: header mapping, dry run, all-or-nothing import.

    table = read_import_file(path)                  # detected settings, header, rows
    mapping = guess_mapping(table.header)           # one field (or None) per column
    report = check_import(session, table, mapping, actor=actor)       # writes nothing
    report = import_entrepreneurs(session, table, mapping, actor=actor)  # one transaction

Every row is checked with the same rules as a record entered by hand
(`entrepreneurs.check_new_entrepreneur`); every problem of every row is reported with its row
number and column. The import writes only if no row has a problem. Possible duplicates (inside
the file, or people already on file) are warnings: they are reported, not refused, as when a
record is entered by hand.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.db.search_index import folded_words
from incubator_app.errors import DomainError, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import Entrepreneur
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs import import_values as conv
from incubator_app.services.entrepreneurs.import_headers import (
    IMPORT_FIELDS,
    REQUIRED_FIELDS,
    field_for_header,
    field_label,
)
from incubator_app.services.entrepreneurs.import_value_step import (
    NEW_ENTRY,
    References,
    ValueMap,
    create_new_entries,
    decode_target,
    keyed,
    remember_values,
)
from incubator_app.services.entrepreneurs.records import add_entrepreneurs, check_new_entrepreneur
from incubator_app.services.records import record_audit, unit_of_work
from incubator_app.services.tabular_files import TabularData, read_small_text, read_table

Mapping_ = tuple[str | None, ...]
Progress = Callable[[int, int], None]

_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "postal_code": conv.postal_code,
    "phone": conv.phone,
    "entry_date": conv.parse_date,
    "gdpr_consent_on": conv.parse_date,
    "birth_year": conv.birth_year,
    "gender": conv.gender,
    "education_level": conv.education_level,
    "job_seeker": conv.yes_no,
    "social_minima": conv.yes_no,
    "priority_district": conv.yes_no,
}
# Service field -> import field, for validation errors on references.
_SERVICE_FIELD = {
    "discipline_id": "discipline",
    "cohort_id": "cohort",
    "referent_coach_id": "referent_coach",
}
_CHUNK = 500


@dataclass(frozen=True)
class ImportProblem:
    row: int  # row number in the file, as a spreadsheet shows it
    column: str  # header of the column in the file ("" when no column holds the field)
    field: str  # import field (a key of IMPORT_FIELDS)
    message: Msg

    def describe(self) -> Msg:
        return msg(
            QT_TRANSLATE_NOOP("Import", "Row {row}, column {column}: {message}"),
            row=self.row,
            column=self.column or field_label(self.field),
            message=self.message,
        )

    def __str__(self) -> str:
        return str(self.describe())


@dataclass(frozen=True)
class ImportReport:
    dry_run: bool
    rows: int  # data rows read
    created: int  # people added (0 in a dry run)
    problems: tuple[ImportProblem, ...]  # any problem stops the import
    warnings: tuple[ImportProblem, ...]  # possible duplicates: reported, not refused

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportRejected(DomainError):
    """The file has problems: nothing was imported. `report` lists every one."""

    def __init__(self, report: ImportReport) -> None:
        first = report.problems[0]
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Import", "Nothing was imported: {count} problem(s) in the file. First: {first}"
                ),
                count=len(report.problems),
                first=first.describe(),
            )
        )
        self.report = report


# -- reading and mapping -------------------------------------------------------------------------


def _find_header(records: Sequence[Sequence[Any]]) -> int:
    """The first record naming at least two known fields (a title line may come before)."""
    for index, record in enumerate(records):
        named = {field_for_header(str(c)) for c in record if isinstance(c, str) and c.strip()}
        if len(named - {None}) >= 2:
            return index
    for index, record in enumerate(records):
        if any(conv.clean_cell(c) is not None for c in record):
            return index
    return 0


def read_import_file(path: str | Path) -> TabularData:
    return read_table(path, find_header=_find_header)


def guess_mapping(header: Sequence[str]) -> Mapping_:
    """One field per column, or None; a field goes to the first column that names it."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for name in header:
        field = field_for_header(name)
        if field in taken:
            field = None
        if field:
            taken.add(field)
        mapping.append(field)
    return tuple(mapping)


def mapping_with_overrides(
    header: Sequence[str], overrides: Mapping[str, Any], base: Mapping_ | None = None
) -> Mapping_:
    """`base` (default: the guess) with columns set by header name: {"Nom": "last_name",
    "Remarques": null}. Unknown headers or fields are refused by name."""
    mapping = list(base if base is not None else guess_mapping(header))
    keys = {conv.key(h): i for i, h in reversed(list(enumerate(header)))}
    errors: dict[str, Msg] = {}
    for name, field in overrides.items():
        index = keys.get(conv.key(str(name)))
        if index is None:
            errors[str(name)] = msg(
                QT_TRANSLATE_NOOP("Import", "The file has no column {column}."), column=name
            )
        elif field is not None and field not in IMPORT_FIELDS:
            errors[str(name)] = msg(
                QT_TRANSLATE_NOOP("Import", "Unknown field {field}; expected one of {allowed}."),
                field=field,
                allowed=", ".join(IMPORT_FIELDS),
            )
        else:
            if field is not None:  # the field moves to this column
                mapping = [None if f == field else f for f in mapping]
            mapping[index] = field
    if errors:
        raise ValidationError(errors)
    return tuple(mapping)


def load_mapping_file(path: str | Path) -> dict[str, Any]:
    """A JSON object {"column header": "field" or null}."""
    try:
        data = json.loads(read_small_text(path))
    except OSError as exc:
        raise ValidationError(
            {
                "mapping": msg(
                    QT_TRANSLATE_NOOP("Import", "Cannot read {name}: {reason}"),
                    name=str(path),
                    reason=exc.strerror or str(exc),
                )
            }
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValidationError(
            {
                "mapping": msg(
                    QT_TRANSLATE_NOOP("Import", "{name} is not valid JSON: {reason}"),
                    name=str(path),
                    reason=str(exc),
                )
            }
        ) from exc
    if not isinstance(data, dict) or not all(isinstance(v, str | None) for v in data.values()):
        raise ValidationError(
            {
                "mapping": msg(
                    QT_TRANSLATE_NOOP(
                        "Import", '{name} must hold an object such as {{"Nom": "last_name"}}.'
                    ),
                    name=str(path),
                )
            }
        )
    return data


# -- checking ------------------------------------------------------------------------------------


def _mapping_problems(table: TabularData, mapping: Mapping_) -> list[ImportProblem]:
    row = table.settings.header_row
    problems = []
    if len(mapping) != len(table.header):
        raise ValidationError(
            {
                "mapping": msg(
                    QT_TRANSLATE_NOOP("Import", "The mapping has {n} columns; the file has {m}."),
                    n=len(mapping),
                    m=len(table.header),
                )
            }
        )
    for field in REQUIRED_FIELDS:
        if field not in mapping:
            problems.append(
                ImportProblem(
                    row,
                    "",
                    field,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Import", "No column holds this required field; name a column for it."
                        )
                    ),
                )
            )
    seen: dict[str, str] = {}
    for header, field in zip(table.header, mapping, strict=True):
        if field is None:
            continue
        if field in seen:
            problems.append(
                ImportProblem(
                    row,
                    header,
                    field,
                    msg(
                        QT_TRANSLATE_NOOP("Import", "Column {other} already fills this field."),
                        other=seen[field],
                    ),
                )
            )
        seen.setdefault(field, header)
    if not table.rows:
        problems.append(
            ImportProblem(
                row,
                "",
                "last_name",
                msg(QT_TRANSLATE_NOOP("Import", "The file has no rows under its header.")),
            )
        )
    return problems


def _read_rows(
    session: Session,
    table: TabularData,
    mapping: Mapping_,
    values: ValueMap | None,
    progress: Progress | None,
) -> tuple[list[dict[str, Any]], list[ImportProblem]]:
    """Values of every row, validated; problems of every row. A value the value map names
    becomes its target (or nothing, when the map leaves it empty)."""
    refs = References(session)
    chosen = keyed(values)
    column_of = {f: table.header[i] for i, f in enumerate(mapping) if f}
    columns = [(i, f) for i, f in enumerate(mapping) if f]
    order = {header: i for i, header in reversed(list(enumerate(table.header)))}
    checked: list[dict[str, Any]] = []
    problems: list[ImportProblem] = []
    total = len(table.rows)
    for done, (row, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
        if progress is not None and done % _CHUNK == 0:
            progress(done, total)
        fields: dict[str, Any] = {}
        row_problems: list[ImportProblem] = []
        for index, field in columns:
            value = conv.clean_cell(row[index])
            if value is None:
                continue
            choices = chosen.get(field)
            if choices and (k := conv.key(conv.as_text(value))) in choices:
                if choices[k] not in (None, NEW_ENTRY):  # a new entry exists at import only
                    name, decoded = decode_target(field, choices[k])
                    fields[name] = decoded
                continue
            try:
                if field in ("discipline", "cohort", "referent_coach"):
                    fields[f"{field}_id"] = refs.lookup(field, value)
                elif field in _CONVERTERS:
                    fields[field] = _CONVERTERS[field](value)
                else:
                    fields[field] = conv.as_text(value)
            except conv.BadValue as bad:
                row_problems.append(ImportProblem(number, table.header[index], field, bad.message))
        failed = {p.field for p in row_problems}
        values, errors = check_new_entrepreneur(session, fields)
        for service_field, message in errors.items():
            field = _SERVICE_FIELD.get(service_field, service_field)
            if field not in failed:
                row_problems.append(ImportProblem(number, column_of.get(field, ""), field, message))
        problems.extend(sorted(row_problems, key=lambda p: order.get(p.column, len(order))))
        checked.append(values)
    if progress is not None:
        progress(total, total)
    return checked, problems


def _duplicates(
    session: Session, table: TabularData, mapping: Mapping_, checked: list[dict[str, Any]]
) -> list[ImportProblem]:
    column_of = {f: table.header[i] for i, f in enumerate(mapping) if f}
    on_file_email: dict[str, tuple[int, str]] = {}
    # Names compared as the app compares typed text (accents, case and spacing aside).
    on_file_name: dict[tuple[str, str], list[tuple[int, str, int | None]]] = {}
    query = select(
        Entrepreneur.id,
        Entrepreneur.first_name,
        Entrepreneur.last_name,
        func.lower(Entrepreneur.email).label("email"),
        Entrepreneur.birth_year,
    )
    for p in session.execute(query):
        label = (p.id, f"{p.first_name} {p.last_name}")
        if p.email:
            on_file_email.setdefault(p.email, label)
        key = (folded_words(p.first_name), folded_words(p.last_name))
        on_file_name.setdefault(key, []).append((*label, p.birth_year))
    in_file_email: dict[str, int] = {}
    in_file_name: dict[tuple[str, str], int] = {}
    warnings: list[ImportProblem] = []
    for values, number in zip(checked, table.row_numbers, strict=True):
        email = (values.get("email") or "").lower() if isinstance(values.get("email"), str) else ""
        first, last = values.get("first_name"), values.get("last_name")
        year = values.get("birth_year")
        name_key = (
            (folded_words(first), folded_words(last))
            if isinstance(first, str) and isinstance(last, str)
            else None
        )
        if not isinstance(year, int):
            year = None

        def warn(field: str, message: Msg, number: int = number) -> None:
            warnings.append(ImportProblem(number, column_of.get(field, ""), field, message))

        if email and email in on_file_email:
            pid, name = on_file_email[email]
            warn(
                "email",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "Possible duplicate: {name} (no. {id}) is on file with this e-mail.",
                    ),
                    name=name,
                    id=pid,
                ),
            )
        elif email and email in in_file_email:
            warn(
                "email",
                msg(
                    QT_TRANSLATE_NOOP("Import", "Same e-mail as row {row}."),
                    row=in_file_email[email],
                ),
            )
        if name_key and name_key in on_file_name:
            people = on_file_name[name_key]
            same_year = [p for p in people if year is not None and p[2] == year]
            pid, name, _year = (same_year or people)[0]
            text = (
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Possible duplicate: {name} (no. {id}) is on file with the same name "
                    "and birth year.",
                )
                if same_year
                else QT_TRANSLATE_NOOP(
                    "Import", "Possible duplicate: {name} (no. {id}) is on file with the same name."
                )
            )
            warn("last_name", msg(text, name=name, id=pid))
        elif name_key and name_key in in_file_name:
            warn(
                "last_name",
                msg(
                    QT_TRANSLATE_NOOP("Import", "Same name as row {row}."),
                    row=in_file_name[name_key],
                ),
            )
        if email:
            in_file_email.setdefault(email, number)
        if name_key:
            in_file_name.setdefault(name_key, number)
    return warnings


def _check(
    session: Session,
    table: TabularData,
    mapping: Mapping_,
    values: ValueMap | None,
    progress: Progress | None,
) -> tuple[ImportReport, list[dict[str, Any]]]:
    mapping = tuple(mapping)
    problems = _mapping_problems(table, mapping)
    if problems:
        return ImportReport(True, len(table.rows), 0, tuple(problems), ()), []
    checked, problems = _read_rows(session, table, mapping, values, progress)
    warnings = _duplicates(session, table, mapping, checked)
    return ImportReport(True, len(table.rows), 0, tuple(problems), tuple(warnings)), checked


def check_import(
    session: Session,
    table: TabularData,
    mapping: Sequence[str | None],
    *,
    actor: Actor,
    values: ValueMap | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Dry run: every problem and warning of every row; writes nothing. `values` says what
    the values no list knows become (see import_value_step)."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    try:
        report, _checked = _check(session, table, tuple(mapping), values, progress)
    finally:
        session.rollback()  # reads only: release the snapshot
    return report


def import_entrepreneurs(
    session: Session,
    table: TabularData,
    mapping: Sequence[str | None],
    *,
    actor: Actor,
    source_name: str = "",
    values: ValueMap | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Adds every row as a candidate in one transaction, or nothing (ImportRejected) if any row
    has a problem. The choices of `values` are remembered for the next file, in the same
    transaction."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        if values:
            values = create_new_entries(session, values, actor=actor)
        report, checked = _check(session, table, tuple(mapping), values, progress)
        if report.problems:
            raise ImportRejected(report)
        add_entrepreneurs(session, checked, actor=actor)
        if values:
            remember_values(session, values, actor=actor)
        record_audit(
            session,
            actor,
            "entrepreneur",
            None,
            "import",
            {"file": source_name, "rows": len(checked)},
        )
    return ImportReport(False, report.rows, len(checked), (), report.warnings)
