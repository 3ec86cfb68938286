"""Reading CSV and XLSX files as spreadsheets really write them (no Qt, no database).

CSV: UTF-8 with or without a byte-order mark (even two of them), UTF-16 ("Unicode text" from
Excel), or Windows-1252; `;`, `,` or tab as delimiter (sniffed from the first lines); CRLF or LF;
quoted fields with line breaks inside. XLSX: the first sheet, read with openpyxl in read-only
mode, cells keep their types (numbers, dates). The format is decided by the content, not the
name: a `.xlsx` that is really a CSV is read as a CSV (the detected settings say so).

Hostile files are refused with one line, never a hang: at most MAX_FILE_BYTES on disk; an XLSX
may not unpack to more than MAX_UNPACKED_BYTES (a zip bomb) and is read by its real cells, never
by the dimension it declares (a 5 KB file declaring `A1:XFD1048576` once took 12 minutes): real
cells beyond MAX_ROWS rows or MAX_COLUMNS columns are refused; and reading stops after
MAX_READ_SECONDS whatever the file.

Row numbers are what the user sees when opening the file in a spreadsheet: 1 for the first row.
"""

from __future__ import annotations

import csv
import io
import re
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from incubator_app.errors import DomainError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_ZIP_MEMBERS = 1000
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_READ_SECONDS = 60.0
#: Mapping and value files (JSON): small by nature.
MAX_SMALL_FILE_BYTES = 5 * 1024 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"
_DELIMITERS = (";", ",", "\t")
_SNIFF_LINES = 20


class TabularFileError(DomainError):
    """The file cannot be read as a table; the message says why."""


@dataclass(frozen=True)
class TabularSettings:
    """What was detected, as the import preview shows it."""

    file_format: str  # "csv" or "xlsx"
    encoding: str | None  # CSV only: "utf-8", "utf-8-sig", "utf-16", "cp1252"
    delimiter: str | None  # CSV only
    header_row: int  # 1-based row number of the header
    sheet: str | None = None  # XLSX only


@dataclass(frozen=True)
class TabularData:
    settings: TabularSettings
    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]  # every row as long as the header; blank rows left out
    row_numbers: tuple[int, ...]  # row number of each row in the file


#: Chooses the header among the first records (0-based index); default: the first non-blank.
HeaderFinder = Callable[[Sequence[Sequence[Any]]], int]


def _error(key: tuple[str, str], **params: Any) -> TabularFileError:
    return TabularFileError(msg(key, **params))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _first_non_blank(records: Sequence[Sequence[Any]]) -> int:
    for index, record in enumerate(records):
        if not all(_blank(v) for v in record):
            return index
    return 0


class _Deadline:
    """Stops a read that takes longer than MAX_READ_SECONDS (an elapsed time, not the date:
    the monotonic clock is no business time)."""

    def __init__(self, name: str, seconds: float | None = None) -> None:
        self.name = name
        self.seconds = MAX_READ_SECONDS if seconds is None else seconds
        self.end = time.monotonic() + self.seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import", "Reading {name} took over {seconds} s: stopped (is it a real table?)."
                ),
                name=self.name,
                seconds=int(self.seconds),
            )


def _too_large(name: str, size: int, limit: int) -> TabularFileError:
    return _error(
        QT_TRANSLATE_NOOP("Import", "{name} is too large ({size} MB; at most {limit} MB)."),
        name=name,
        size=max(1, size // (1024 * 1024)),
        limit=limit // (1024 * 1024),
    )


def read_small_text(path: str | Path, limit: int = MAX_SMALL_FILE_BYTES) -> str:
    """A small text file (a JSON mapping): refused with one line beyond `limit` bytes, read
    only up to it (a named pipe or a growing file cannot make it read forever). OSError and
    UnicodeDecodeError go to the caller, which names the file."""
    path = Path(path)
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _too_large(path.name, len(data), limit)
    return data.decode("utf-8-sig")


def read_table(
    path: str | Path,
    *,
    find_header: HeaderFinder | None = None,
    max_seconds: float | None = None,
) -> TabularData:
    """Reads a CSV or XLSX file; raises TabularFileError with a clear message otherwise."""
    path = Path(path)
    deadline = _Deadline(path.name, max_seconds)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(path.name, size, MAX_FILE_BYTES)
        with path.open("rb") as handle:  # never more than the limit, whatever stat said
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _too_large(path.name, len(data), MAX_FILE_BYTES)
    except FileNotFoundError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "The file {name} does not exist."), name=str(path)
        ) from exc
    except IsADirectoryError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "{name} is a folder, not a file."), name=str(path)
        ) from exc
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "Cannot read {name}: {reason}"),
            name=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if not data.strip(b" \t\r\n" + _UTF8_BOM):
        raise _error(QT_TRANSLATE_NOOP("Import", "The file {name} is empty."), name=path.name)
    if data.startswith(b"PK\x03\x04"):
        records, numbers, settings = _read_xlsx(data, path.name, deadline)
    else:
        records, numbers, settings = _read_csv(data, path.name, deadline)
    if not records:
        raise _error(QT_TRANSLATE_NOOP("Import", "The file {name} is empty."), name=path.name)
    header_index = (find_header or _first_non_blank)(records[:_SNIFF_LINES])
    header_cells = records[header_index]
    width = max((len(r) for r in records[header_index:]), default=0)
    header = tuple(
        _header_text(header_cells[i] if i < len(header_cells) else None, i) for i in range(width)
    )
    rows: list[tuple[Any, ...]] = []
    row_numbers: list[int] = []
    for record, number in zip(
        records[header_index + 1 :], numbers[header_index + 1 :], strict=True
    ):
        if all(_blank(v) for v in record):
            continue
        rows.append(tuple(record) + (None,) * (width - len(record)))
        row_numbers.append(number)
    settings = TabularSettings(
        file_format=settings.file_format,
        encoding=settings.encoding,
        delimiter=settings.delimiter,
        header_row=numbers[header_index],
        sheet=settings.sheet,
    )
    return TabularData(settings, header, tuple(rows), tuple(row_numbers))


def _header_text(value: Any, index: int) -> str:
    text = "" if value is None else str(value).replace("\ufeff", "").strip()
    return text or _column_letter(index)


def _column_letter(index: int) -> str:
    """Spreadsheet name of a column: 0 -> A, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


# -- CSV -----------------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise _not_text(name) from exc
    encoding = "utf-8"
    while data.startswith(_UTF8_BOM):  # some tools add a second one when re-saving
        data = data[len(_UTF8_BOM) :]
        encoding = "utf-8-sig"
    if b"\x00" in data:
        raise _not_text(name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise _not_text(name) from exc
    # A BOM decoded as Windows-1252 text by an earlier tool, then saved again as UTF-8.
    while text.startswith(("\ufeff", "ï»¿")):
        text = text[1:] if text.startswith("\ufeff") else text[3:]
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > 8:
        raise _not_text(name)
    return text, encoding


def _not_text(name: str) -> TabularFileError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Import", "{name} is neither a CSV nor an XLSX file (it is not text, nor a workbook)."
        ),
        name=name,
    )


def _sniff_delimiter(text: str) -> str:
    """The candidate that splits the first lines into the most columns, the same number each."""
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best, best_score = ";", (0, 0)
    for delimiter in _DELIMITERS:
        try:
            records = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        if not records:
            continue
        widths = [len(r) for r in records[:-1] or records]  # the last may be cut by the sample
        width = max(set(widths), key=widths.count)
        score = (width if width > 1 else 0, widths.count(width))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(
    data: bytes, name: str, deadline: _Deadline
) -> tuple[list[list[Any]], list[int], TabularSettings]:
    text, encoding = _decode(data, name)
    delimiter = _sniff_delimiter(text)
    records: list[list[Any]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            records.append([cell.replace("\ufeff", "") for cell in record])
            numbers.append(len(records))
            if len(records) % 1000 == 0:
                deadline.check()
    except csv.Error as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "Row {row} of {name} cannot be read: {reason}"),
            row=len(records) + 1,
            name=name,
            reason=str(exc),
        ) from exc
    settings = TabularSettings("csv", encoding, delimiter, 1)
    return records, numbers, settings


# -- XLSX ----------------------------------------------------------------------------------------


# A cell with content: `<c r="XFD1048576" ...>` not self-closed (`<c r="A5" s="1"/>` is only a
# style). Row elements (`<row r="5">`) have no letters in their reference.
_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(/?)>')
_CHUNK = 1024 * 1024


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuses a zip bomb before openpyxl unpacks anything (it reads the shared strings whole).
    The declared sizes are what zipfile lets out of each member, so their sum bounds the work."""
    members = archive.infolist()
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_ZIP_MEMBERS or unpacked > MAX_UNPACKED_BYTES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} unpacks to {size} MB (at most {limit} MB): it is not an ordinary workbook.",
            ),
            name=name,
            size=unpacked // (1024 * 1024),
            limit=MAX_UNPACKED_BYTES // (1024 * 1024),
        )


def _real_extent(archive: zipfile.ZipFile, member: str, deadline: _Deadline) -> tuple[int, int]:
    """The last row and column holding a cell with content, by a scan of the sheet's XML in
    chunks (the declared `<dimension>` may say anything)."""
    max_row = max_col = 0
    tail = b""
    with archive.open(member) as source:
        while chunk := source.read(_CHUNK):
            deadline.check()
            text = tail + chunk
            last_end = 0
            for found in _CELL_REF.finditer(text):
                last_end = found.end()
                if found.group(3):  # self-closed: a style, no content
                    continue
                max_row = max(max_row, int(found.group(2)))
                max_col = max(max_col, _column_number(found.group(1)))
            # Keep an unfinished tag for the next chunk (a tag never spans more than a few KB).
            rest = text[last_end:]
            cut = rest.rfind(b"<")
            tail = rest[cut:][-4096:] if cut >= 0 else b""
    return max_row, max_col


def _absurd_extent(name: str, rows: int, columns: int) -> TabularFileError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name} has cells up to row {rows} and column {columns}: at most {max_rows} rows"
            " and {max_columns} columns can be imported.",
        ),
        name=name,
        rows=rows,
        columns=_column_letter(columns - 1) if columns else "-",
        max_rows=MAX_ROWS,
        max_columns=MAX_COLUMNS,
    )


def _read_xlsx(
    data: bytes, name: str, deadline: _Deadline
) -> tuple[list[list[Any]], list[int], TabularSettings]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_archive(archive, name)
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "{name} is not a readable XLSX workbook: {reason}"),
            name=name,
            reason=str(exc) or type(exc).__name__,
        ) from exc
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise _error(QT_TRANSLATE_NOOP("Import", "The file {name} is empty."), name=name)
        try:
            max_row, max_col = _real_extent(workbook._archive, sheet._worksheet_path, deadline)
        except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "{name} is not a readable XLSX workbook: {reason}"),
                name=name,
                reason=str(exc) or type(exc).__name__,
            ) from exc
        if max_row > MAX_ROWS or max_col > MAX_COLUMNS:
            raise _absurd_extent(name, max_row, max_col)
        records: list[list[Any]] = []
        numbers: list[int] = []
        if max_row and max_col:
            sheet.reset_dimensions()  # what it declares is not what it holds
            rows = sheet.iter_rows(max_row=max_row, max_col=max_col, values_only=True)
            for number, values in enumerate(rows, start=1):
                if number % 1000 == 0:
                    deadline.check()
                record = list(values)
                while record and _blank(record[-1]):
                    record.pop()
                records.append(record)
                numbers.append(number)
        title = sheet.title
    finally:
        workbook.close()
    if not any(records):
        raise _error(QT_TRANSLATE_NOOP("Import", "The file {name} is empty."), name=name)
    return records, numbers, TabularSettings("xlsx", None, None, 1, title)
