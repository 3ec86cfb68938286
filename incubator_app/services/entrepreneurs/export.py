"""Exporting the current (filtered, sorted) list of entrepreneurs to CSV or XLSX (no Qt).

CSV is written for French Excel: UTF-8 with a byte-order mark, `;` between fields, CRLF, dates
as 21/11/2026. XLSX is written with openpyxl in write-only mode, dates as date cells. Rows are
fetched from the list source one chunk at a time, so memory stays flat whatever the count.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula
by a spreadsheet (CSV/formula injection): it is written with a leading `'`. The import strips
that quote again, so an export can be imported back.

The file is written next to its destination under a temporary name and renamed at the end: an
error or a cancel never leaves a half-written file behind (nor replaces an existing one).
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from incubator_app.errors import StorageError, ValidationError
from incubator_app.file_modes import give_usual_mode, remove_leftovers
from incubator_app.glossary import STAGES
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.services.actor import Actor
from incubator_app.services.entrepreneurs.list import (
    EntrepreneurFilter,
    EntrepreneurListSource,
    EntrepreneurRow,
)
from incubator_app.services.paging import ListSource, SortOrder
from incubator_app.services.spreadsheet_text import neutralise

FORMATS = ("csv", "xlsx")
CHUNK_ROWS = 1000
Translate = Callable[[Msg], str]
Progress = Callable[[int, int], None]


class ExportCancelled(Exception):  # noqa: N818 (the user asked for it)
    pass


# The glossary's words, the same as the screens and the PDFs.
_STAGES: dict[str, tuple[str, str]] = {stage.value: key for stage, key in STAGES.items()}
_YES = QT_TRANSLATE_NOOP("Export", "yes")
_NO = QT_TRANSLATE_NOOP("Export", "no")


@dataclass(frozen=True)
class ExportColumn:
    header: tuple[str, str]  # (context, source) of the translatable header
    value: Callable[[EntrepreneurRow, Translate], Any]
    width: int  # characters, for the XLSX column


# Headers the import recognises (see import_headers), so that an export can be imported back.
COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Last name"), lambda r, _t: r.last_name, 18),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "First name"), lambda r, _t: r.first_name, 16),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Project"), lambda r, _t: r.project_name, 30),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Discipline"), lambda r, _t: r.discipline, 20),
    ExportColumn(
        QT_TRANSLATE_NOOP("Export", "Stage"),
        lambda r, t: t(msg(_STAGES[r.stage.value])) if r.stage.value in _STAGES else r.stage,
        12,
    ),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Referent coach"), lambda r, _t: r.coach, 20),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Cohort"), lambda r, _t: r.cohort, 16),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Entry date"), lambda r, _t: r.entry_date, 12),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "E-mail"), lambda r, _t: r.email, 28),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Phone"), lambda r, _t: r.phone, 16),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Postal code"), lambda r, _t: r.postal_code, 10),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Town"), lambda r, _t: r.commune, 18),
    ExportColumn(
        QT_TRANSLATE_NOOP("Export", "Last coaching session"), lambda r, _t: r.last_session_on, 12
    ),
    ExportColumn(
        QT_TRANSLATE_NOOP("Export", "Next milestone due"), lambda r, _t: r.next_milestone_due, 12
    ),
    ExportColumn(QT_TRANSLATE_NOOP("Export", "Contract end"), lambda r, _t: r.contract_end, 12),
    ExportColumn(
        QT_TRANSLATE_NOOP("Export", "Archived"),
        lambda r, t: t(msg(_YES if r.archived else _NO)),
        9,
    ),
)


def iter_rows(
    session: Session, source: ListSource, sort: SortOrder, *, chunk: int = CHUNK_ROWS
) -> Iterator[Any]:
    """Every row of the source, in order, fetched one chunk at a time."""
    offset = 0
    while True:
        rows = source.fetch(session, sort, offset, chunk)
        yield from rows
        if len(rows) < chunk:
            return
        offset += len(rows)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return neutralise(str(value))


def _write_csv(path: Path, headers: list[str], rows: Iterator[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])


def _write_xlsx(path: Path, headers: list[str], rows: Iterator[list[Any]], title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Sheet1")
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=neutralise(text))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        cells: list[Any] = []
        for value in row:
            if isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD/MM/YYYY"
                cells.append(cell)
            elif isinstance(value, str):
                cells.append(neutralise(value))
            else:
                cells.append(value)
        sheet.append(cells)
    workbook.save(path)


def export_rows(
    session: Session,
    source: ListSource,
    path: str | Path,
    *,
    file_format: str,
    sort: SortOrder | None = None,
    translate: Translate = str,
    progress: Progress | None = None,
    cancel: Any = None,
    chunk: int = CHUNK_ROWS,
) -> int:
    """Writes every row of `source` (EntrepreneurRow-like) to `path`; returns the row count.
    `translate` renders headers and labels (the UI passes its Qt translation)."""
    if file_format not in FORMATS:
        raise ValidationError(
            {
                "format": msg(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Unknown value {value}; expected one of {allowed}."
                    ),
                    value=file_format,
                    allowed=", ".join(FORMATS),
                )
            }
        )
    dest = Path(path).expanduser().absolute()
    if not dest.parent.is_dir():
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "The folder {folder} does not exist."),
                folder=str(dest.parent),
            )
        )
    sort = sort or SortOrder()
    total = source.count(session)
    written = 0

    def rows() -> Iterator[list[Any]]:
        nonlocal written
        for row in iter_rows(session, source, sort, chunk=chunk):
            if cancel:
                raise ExportCancelled
            yield [column.value(row, translate) for column in COLUMNS]
            written += 1
            if progress is not None and written % chunk == 0:
                progress(written, total)

    headers = [translate(msg(c.header)) for c in COLUMNS]
    try:
        # The writer's id in the name, as replaced_on_success does: a killed export's leftover
        # is removed by the next one.
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{dest.name}.{os.getpid()}.", suffix=".part", dir=dest.parent
        )
    except OSError as exc:
        raise _write_error(dest, exc) from exc
    os.close(handle)
    temp = Path(temp_name)
    remove_leftovers(dest, now=temp.stat().st_mtime)
    try:
        if file_format == "csv":
            _write_csv(temp, headers, rows())
        else:
            _write_xlsx(
                temp, headers, rows(), translate(msg(QT_TRANSLATE_NOOP("Export", "Entrepreneurs")))
            )
        give_usual_mode(temp)
        os.replace(temp, dest)
    except OSError as exc:
        raise _write_error(dest, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        session.rollback()  # reads only: release the snapshot
    if progress is not None:
        progress(written, total)
    return written


def _write_error(dest: Path, exc: OSError) -> StorageError:
    return StorageError(
        msg(
            QT_TRANSLATE_NOOP("Storage", "Cannot write {path}: {reason}"),
            path=str(dest),
            reason=exc.strerror or str(exc),
        )
    )


def export_entrepreneurs(
    session: Session,
    entrepreneur_filter: EntrepreneurFilter,
    path: str | Path,
    *,
    actor: Actor,
    file_format: str,
    sort: SortOrder | None = None,
    translate: Translate = str,
    progress: Progress | None = None,
    cancel: Any = None,
) -> int:
    """Writes the entrepreneurs the filter selects, in the list's order; returns the count."""
    source = EntrepreneurListSource(entrepreneur_filter, actor)
    return export_rows(
        session,
        source,
        path,
        file_format=file_format,
        sort=sort,
        translate=translate,
        progress=progress,
        cancel=cancel,
    )


def format_for_path(path: str | Path, default: str = "csv") -> str:
    """`csv` or `xlsx` from the file name's extension."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else default


__all__: Sequence[str] = (
    "COLUMNS",
    "ExportCancelled",
    "export_entrepreneurs",
    "export_rows",
    "format_for_path",
    "iter_rows",
    "neutralise",
)
