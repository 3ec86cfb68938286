"""Exporting the filtered list of entrepreneurs to CSV (French Excel) and XLSX."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from factories import count
from openpyxl import load_workbook
from sqlalchemy import update

from incubator_app.errors import StorageError
from incubator_app.models import Entrepreneur, PathwayStage
from incubator_app.services.actor import Actor
from incubator_app.services.entrepreneurs.export import (
    ExportCancelled,
    export_entrepreneurs,
    neutralise,
)
from incubator_app.services.entrepreneurs.importing import (
    guess_mapping,
    import_entrepreneurs,
    read_import_file,
)
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter
from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core

NASTY = {
    "first_name": '=HYPERLINK("http://evil")',
    "last_name": "Dupont",
    "project_name": "+33 cmd|' /C calc'!A0",
    "commune": "@SUM(1+1)",
    "address": "-2+3",
    "phone": "+33 6 12 34 56 78",
}


def _add(session, first_name, last_name, **fields) -> int:
    return create_entrepreneur(
        session,
        first_name=first_name,
        last_name=last_name,
        entry_date=fields.pop("entry_date", date(2026, 11, 21)),
        actor=Actor.system(),
        **fields,
    ).id


@pytest.fixture
def people(session) -> None:
    _add(
        session,
        "Hélène",
        "Durand",
        email="helene@example.org",
        postal_code="06414",
        project_name='Théâtre; "Vivant"\nsur deux lignes',
        commune="Marseille",
    )
    _add(session, **NASTY)
    ids = [_add(session, f"P{n}", f"Zz{n:02d}") for n in range(10)]
    session.execute(
        update(Entrepreneur).where(Entrepreneur.id.in_(ids[:4])).values(stage="incubated")
    )
    session.commit()


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf" * 2)
    text = raw[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_neutralise() -> None:
    for text in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx"):
        assert neutralise(text) == "'" + text
    for text in ("Durand", "1=1", " =x", ""):
        assert neutralise(text) == text


def test_csv_for_french_excel(session, admin, people, tmp_path) -> None:
    path = tmp_path / "liste.csv"
    written = export_entrepreneurs(
        session, EntrepreneurFilter(), path, actor=admin, file_format="csv"
    )
    assert written == 12
    raw = path.read_bytes()
    # Records end with CRLF; a line break inside a cell stays a bare LF, as Excel writes it.
    assert raw.count(b"\r\n") == 13 and raw.count(b"\n") == 14
    rows = _csv_rows(path)
    header = rows[0]
    assert header[:3] == ["Last name", "First name", "Project"]
    assert len(rows) == 13
    # Sorted by name as the list shows it: Dupont, Durand, Zz00…
    assert [r[0] for r in rows[1:3]] == ["Dupont", "Durand"]
    durand = dict(zip(header, rows[2], strict=True))
    assert durand["Project"] == 'Théâtre; "Vivant"\nsur deux lignes'
    assert durand["Postal code"] == "06414"
    assert durand["Entry date"] == "21/11/2026"
    assert durand["Stage"] == "Candidate"
    assert durand["Archived"] == "no"


def test_formulas_are_neutralised_in_csv_and_xlsx(session, admin, people, tmp_path) -> None:
    csv_path, xlsx_path = tmp_path / "l.csv", tmp_path / "l.xlsx"
    export_entrepreneurs(session, EntrepreneurFilter(), csv_path, actor=admin, file_format="csv")
    export_entrepreneurs(session, EntrepreneurFilter(), xlsx_path, actor=admin, file_format="xlsx")
    rows = _csv_rows(csv_path)
    dupont = dict(zip(rows[0], rows[1], strict=True))
    assert dupont["First name"] == '\'=HYPERLINK("http://evil")'
    assert dupont["Project"] == "'+33 cmd|' /C calc'!A0"
    assert dupont["Town"] == "'@SUM(1+1)"
    assert dupont["Phone"] == "'+33 6 12 34 56 78"
    workbook = load_workbook(xlsx_path)
    sheet = workbook.active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Last name"
    dupont_x = dict(zip(values[0], values[1], strict=True))
    assert dupont_x["First name"] == '\'=HYPERLINK("http://evil")'
    assert dupont_x["Town"] == "'@SUM(1+1)"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    durand = dict(zip(values[0], values[2], strict=True))
    assert durand["Entry date"].date() == date(2026, 11, 21)  # a real date cell
    assert sheet.cell(3, 8).number_format == "DD/MM/YYYY"
    assert sheet.freeze_panes == "A2"


def test_exports_the_filtered_list_in_chunks(session, admin, people, tmp_path) -> None:
    path = tmp_path / "incubes.csv"
    flt = EntrepreneurFilter(stages=(PathwayStage.INCUBATED,))
    from incubator_app.services.entrepreneurs.export import export_rows
    from incubator_app.services.entrepreneurs.list import EntrepreneurListSource

    source = EntrepreneurListSource(flt, admin)
    seen: list[tuple[int, int]] = []
    written = export_rows(
        session,
        source,
        path,
        file_format="csv",
        sort=SortOrder("name", descending=True),
        chunk=3,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert written == 4
    assert [r[0] for r in _csv_rows(path)[1:]] == ["Zz03", "Zz02", "Zz01", "Zz00"]
    assert seen[-1] == (4, 4)


def test_round_trip_through_the_import(session, admin, people, tmp_path, db_url) -> None:
    for fmt in ("csv", "xlsx"):
        path = tmp_path / f"aller.{fmt}"
        export_entrepreneurs(session, EntrepreneurFilter(), path, actor=admin, file_format=fmt)
    for fmt in ("csv", "xlsx"):
        table = read_import_file(tmp_path / f"aller.{fmt}")
        mapping = guess_mapping(table.header)
        assert {"last_name", "first_name", "email", "postal_code", "entry_date"} <= set(mapping)
        before = count(session, Entrepreneur)
        report = import_entrepreneurs(session, table, mapping, actor=admin)
        assert report.created == 12
        assert count(session, Entrepreneur) == before + 12
    copies = session.query(Entrepreneur).filter_by(last_name="Dupont").all()
    assert len(copies) == 3
    assert {c.first_name for c in copies} == {NASTY["first_name"]}
    assert {c.phone for c in copies} == {NASTY["phone"]}
    assert {c.commune for c in copies} == {NASTY["commune"]}
    durands = session.query(Entrepreneur).filter_by(last_name="Durand").all()
    assert {d.postal_code for d in durands} == {"06414"}
    assert {d.project_name for d in durands} == {'Théâtre; "Vivant"\nsur deux lignes'}
    assert {d.entry_date for d in durands} == {date(2026, 11, 21)}


def test_no_file_is_left_behind_on_error_or_cancel(session, admin, people, tmp_path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    existing = tmp_path / "ancien.csv"
    existing.write_bytes(b"old content")
    with pytest.raises(ExportCancelled):
        export_entrepreneurs(
            session, EntrepreneurFilter(), existing, actor=admin, file_format="csv", cancel=True
        )
    assert existing.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ancien.csv"]
    with pytest.raises(StorageError, match="does not exist"):
        export_entrepreneurs(
            session,
            EntrepreneurFilter(),
            tmp_path / "nope" / "x.csv",
            actor=admin,
            file_format="csv",
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ancien.csv"]
