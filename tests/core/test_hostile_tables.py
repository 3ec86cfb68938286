"""Hostile and odd files given to the import (issue 20 §2): each is read by its real content or
refused with one clear line, never a hang. The files are built here for real: a workbook saved by
openpyxl whose XML is then edited, a zip bomb, a sparse 200 MB CSV, a PDF named .csv."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from cli_accounts import CLI_PASSWORD, add_cli_account, passwords_on_stdin
from openpyxl import Workbook

from incubator_app.cli import main
from incubator_app.services.entrepreneurs.importing import load_mapping_file, read_import_file
from incubator_app.services.tabular_files import (
    MAX_FILE_BYTES,
    MAX_SMALL_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    TabularFileError,
    read_table,
)

pytestmark = pytest.mark.core

HEADER = ["Nom", "Prénom", "Email"]
ROW = ["Durand", "Hélène", "helene@example.org"]


def _workbook_bytes(rows: list[list[str]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _edit_sheet(data: bytes, edit) -> bytes:
    """The same workbook with its first sheet's XML passed through `edit`."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = edit(content)
            target.writestr(item, content)
    return out.getvalue()


def _declare(dimension: str):
    def edit(xml: bytes) -> bytes:
        declared = f'<dimension ref="{dimension}"/>'.encode()
        edited = re.sub(rb'<dimension ref="[^"]*"\s*/>', declared, xml)
        assert edited != xml
        return edited

    return edit


def _with_last_cell(ref: str, row: int):
    def edit(xml: bytes) -> bytes:
        cell = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'
        end = b"</sheetData>"
        return _declare("A1:XFD1048576")(xml).replace(end, cell.encode() + end)

    return edit


def test_a_workbook_declaring_the_whole_sheet_is_read_by_its_real_cells(tmp_path) -> None:
    path = tmp_path / "declared.xlsx"
    path.write_bytes(_edit_sheet(_workbook_bytes([HEADER, ROW]), _declare("A1:XFD1048576")))
    assert path.stat().st_size < 10_000
    table = read_import_file(path)
    assert table.header == tuple(HEADER)
    assert table.rows == (tuple(ROW),)


@pytest.mark.parametrize(
    ("ref", "row", "expected"),
    [
        ("A1048576", 1048576, "up to row 1048576 and column C"),
        ("XFD3", 3, "up to row 3 and column XFD"),
    ],
)
def test_a_workbook_with_a_cell_at_the_far_end_is_refused_at_once(
    tmp_path, ref, row, expected
) -> None:
    # Before the fix, a stray cell at the last row (with the dimension declaring the whole
    # sheet) made the import pad a million rows of 16,384 cells: over 12 minutes of CPU.
    path = tmp_path / "far.xlsx"
    path.write_bytes(_edit_sheet(_workbook_bytes([HEADER, ROW]), _with_last_cell(ref, row)))
    with pytest.raises(TabularFileError, match=expected):
        read_import_file(path)


def test_styled_empty_cells_far_away_do_not_count(tmp_path) -> None:
    def edit(xml: bytes) -> bytes:
        styled = b'<row r="900000"><c r="ZZ900000" s="0"/></row>'
        return _declare("A1:ZZ900000")(xml).replace(b"</sheetData>", styled + b"</sheetData>")

    path = tmp_path / "styled.xlsx"
    path.write_bytes(_edit_sheet(_workbook_bytes([HEADER, ROW]), edit))
    assert read_import_file(path).rows == (tuple(ROW),)


def test_a_zip_bomb_of_shared_strings_is_refused_before_unpacking(tmp_path) -> None:
    path = tmp_path / "bomb.xlsx"
    clean = _workbook_bytes([HEADER, ROW])
    with (
        zipfile.ZipFile(io.BytesIO(clean)) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for item in source.infolist():
            bomb.writestr(item, source.read(item.filename))
        with bomb.open("xl/sharedStrings.xml", "w", force_zip64=True) as strings:
            strings.write(
                b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            chunk = b"<si><t>" + b"A" * 65536 + b"</t></si>"
            for _ in range(MAX_UNPACKED_BYTES // len(chunk) + 2):
                strings.write(chunk)
            strings.write(b"</sst>")
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(TabularFileError, match="unpacks to 256 MB"):
        read_import_file(path)


def test_a_200_mb_csv_is_refused_without_being_read(tmp_path) -> None:
    path = tmp_path / "one_line.csv"
    with path.open("wb") as handle:  # sparse: one line of 200 MB that costs no disk
        handle.write(b"Nom;Pr\xc3\xa9nom;")
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(TabularFileError, match=r"too large \(200 MB; at most 50 MB\)"):
        read_import_file(path)
    assert MAX_FILE_BYTES == 50 * 1024 * 1024


def test_a_csv_line_too_long_for_a_field_names_the_row(tmp_path) -> None:
    path = tmp_path / "long_field.csv"
    path.write_bytes(b"Nom;Prenom;Email\n" + b"x" * (200 * 1024) + b";a;b\n")
    with pytest.raises(TabularFileError, match="Row 2 of long_field.csv cannot be read"):
        read_import_file(path)


def test_a_file_that_is_not_what_its_name_says(tmp_path) -> None:
    pdf = tmp_path / "people.csv"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n" + bytes(range(256)) * 8)
    with pytest.raises(TabularFileError, match="neither a CSV nor an XLSX"):
        read_import_file(pdf)
    not_a_workbook = tmp_path / "people.xlsx"
    not_a_workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(TabularFileError, match="not a readable XLSX workbook"):
        read_import_file(not_a_workbook)


def test_french_office_exports_utf16_and_windows_1252_with_semicolons(tmp_path) -> None:
    text = "Nom;Prénom;Ville\r\nDurand;Hélène;Saint-Étienne\r\nŒuvre;François;Besançon\r\n"
    latin = tmp_path / "latin.csv"
    latin.write_bytes(text.encode("cp1252"))
    table = read_import_file(latin)
    assert (table.settings.encoding, table.settings.delimiter) == ("cp1252", ";")
    assert table.rows[1] == ("Œuvre", "François", "Besançon")
    utf16 = tmp_path / "unicode.csv"
    utf16.write_bytes(text.encode("utf-16"))
    table = read_import_file(utf16)
    assert (table.settings.encoding, table.settings.delimiter) == ("utf-16", ";")
    assert table.rows[0] == ("Durand", "Hélène", "Saint-Étienne")


def test_reading_stops_at_the_time_limit(tmp_path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Nom;Prénom\n" + "Durand;Hélène\n" * 3000, encoding="utf-8")
    assert len(read_table(path).rows) == 3000
    with pytest.raises(TabularFileError, match="took over -1 s: stopped"):
        read_table(path, max_seconds=-1)
    workbook = tmp_path / "many.xlsx"
    workbook.write_bytes(_workbook_bytes([HEADER] + [ROW] * 2500))
    with pytest.raises(TabularFileError, match="took over -1 s: stopped"):
        read_table(workbook, max_seconds=-1)


def test_a_mapping_file_has_a_size_limit(tmp_path) -> None:
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps({"Nom": "last_name", "pad": "x" * MAX_SMALL_FILE_BYTES}))
    with pytest.raises(TabularFileError, match="mapping.json is too large"):
        load_mapping_file(path)


def test_the_command_line_refuses_the_hostile_workbook_in_one_line(
    tmp_path, db_url, capsys, monkeypatch
) -> None:
    if "://" in db_url:
        pytest.skip("the command line part runs on the SQLite file")
    path = tmp_path / "far.xlsx"
    path.write_bytes(
        _edit_sheet(_workbook_bytes([HEADER, ROW]), _with_last_cell("A1048576", 1048576))
    )
    assert main(["migrate", "--db", db_url, "--lang", "en"]) == 0
    user = add_cli_account(db_url)
    passwords_on_stdin(monkeypatch, CLI_PASSWORD)
    capsys.readouterr()
    args = ["import", "entrepreneurs", str(path), "--db", db_url, "--dry-run", "--lang", "en"]
    args += user
    status = main(args)
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "row 1048576" in err and "Traceback" not in err
