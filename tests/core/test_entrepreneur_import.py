"""Importing entrepreneurs from the files spreadsheets really write (corpus in tests/data/import,
made by its make_corpus.py): every file either imports as expected or gives a clear error that
names the row and column, and then nothing is written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from factories import count, make_actor, make_coach

from incubator_app.errors import ValidationError
from incubator_app.models import AuditEntry, EducationLevel, Entrepreneur, Gender, StageChange
from incubator_app.services.administration.reference_lists import create_discipline
from incubator_app.services.entrepreneurs.import_headers import field_for_header
from incubator_app.services.entrepreneurs.import_values import BadValue, parse_date
from incubator_app.services.entrepreneurs.importing import (
    ImportRejected,
    check_import,
    guess_mapping,
    import_entrepreneurs,
    load_mapping_file,
    mapping_with_overrides,
    read_import_file,
)
from incubator_app.services.tabular_files import TabularFileError

pytestmark = pytest.mark.core

CORPUS = Path(__file__).parent.parent / "data" / "import"


def _import(session, name: str, actor, mapping=None):
    table = read_import_file(CORPUS / name)
    return import_entrepreneurs(
        session, table, mapping or guess_mapping(table.header), actor=actor, source_name=name
    )


def _person(session, last_name: str) -> Entrepreneur:
    return session.query(Entrepreneur).filter_by(last_name=last_name).one()


# -- files that import ---------------------------------------------------------------------------


def test_excel_utf8_bom_semicolon_crlf_with_a_line_break_in_a_field(session, admin) -> None:
    report = _import(session, "excel_utf8_bom_semicolon.csv", admin)
    assert (report.created, report.rows, report.problems) == (2, 2, ())
    helene = _person(session, "Durand")
    assert helene.first_name == "Hélène"
    assert helene.address == "12 rue des Arts\nBâtiment B"
    assert helene.entry_date == date(2026, 11, 21)
    assert helene.project_name == "Compagnie du Théâtre Vivant"
    loic = _person(session, "Garnier")
    assert loic.postal_code == "06414"  # the zero Excel dropped is back
    assert loic.entry_date == date(2026, 11, 21)
    assert loic.project_name == 'Atelier "céramique"'
    assert loic.address is None


def test_doubled_bom_comma_delimiter_and_upper_case_headers(session, admin) -> None:
    table = read_import_file(CORPUS / "double_bom_comma.csv")
    assert (table.settings.encoding, table.settings.delimiter) == ("utf-8-sig", ",")
    assert table.header[0] == "NOM"  # no BOM left on the first header
    report = _import(session, "double_bom_comma.csv", admin)
    assert report.created == 2
    assert _person(session, "Lefèvre").project_name == "Livres, éditions et revues"
    assert _person(session, "Lefèvre").postal_code == "01000"


def test_windows_1252_tab_separated(session, admin) -> None:
    table = read_import_file(CORPUS / "cp1252_tab.csv")
    assert (table.settings.encoding, table.settings.delimiter) == ("cp1252", "\t")
    assert _import(session, "cp1252_tab.csv", admin).created == 2
    anais = _person(session, "Bézier")
    assert (anais.first_name, anais.postal_code, anais.gender) == ("Anaïs", "06000", Gender.FEMALE)
    assert _person(session, "Œuvray").gender is Gender.MALE


def test_excel_unicode_text_is_utf16(session, admin) -> None:
    assert read_import_file(CORPUS / "excel_unicode_text.txt").settings.encoding == "utf-16"
    assert _import(session, "excel_unicode_text.txt", admin).created == 1
    assert _person(session, "Éluard").commune == "Saint-Étienne"


def test_header_found_below_a_title_and_rows_numbered_as_in_the_file(session, admin) -> None:
    table = read_import_file(CORPUS / "title_above_header.csv")
    assert table.settings.header_row == 3
    assert table.row_numbers == (4,)
    assert _import(session, "title_above_header.csv", admin).created == 1
    assert _person(session, "Moreau").phone == "06 12 34 56 78"


def test_workbook_cells_keep_their_meaning(session, admin) -> None:
    table = read_import_file(CORPUS / "workbook.xlsx")
    assert (table.settings.file_format, table.settings.sheet) == ("xlsx", "Porteurs")
    assert _import(session, "workbook.xlsx", admin).created == 2
    mathilde = _person(session, "Roux")
    assert mathilde.postal_code == "06414"
    assert mathilde.phone == "0612345678"
    assert mathilde.entry_date == date(2026, 11, 21)
    assert (mathilde.birth_year, mathilde.job_seeker) == (1990, True)
    assert _person(session, "Petit").job_seeker is False


def test_a_csv_named_xlsx_is_read_as_what_it_is(session, admin) -> None:
    table = read_import_file(CORPUS / "really_a_csv.xlsx")
    assert table.settings.file_format == "csv"
    assert _import(session, "really_a_csv.xlsx", admin).created == 1


def test_import_writes_stage_entries_and_audit_in_one_go(session, admin) -> None:
    _import(session, "double_bom_comma.csv", admin)
    assert count(session, StageChange) == 2
    audit = session.query(AuditEntry).filter_by(action="import").one()
    assert audit.changes == {"file": "double_bom_comma.csv", "rows": 2}
    assert audit.user_login == "admin"


# -- files that are refused: clear error, nothing written ---------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.csv", "empty.csv is empty"),
        ("garbage.csv", "neither a CSV nor an XLSX"),
        ("truncated.xlsx", "not a readable XLSX workbook"),
        ("no_such_file.csv", "does not exist"),
    ],
)
def test_unreadable_files_say_why(session, name, expected) -> None:
    with pytest.raises(TabularFileError, match=expected):
        read_import_file(CORPUS / name)


def test_missing_required_column_is_named(session, admin) -> None:
    table = read_import_file(CORPUS / "missing_first_name_column.csv")
    report = check_import(session, table, guess_mapping(table.header), actor=admin)
    assert [(p.row, p.field) for p in report.problems] == [(1, "first_name")]
    assert "required field" in str(report.problems[0])
    assert "First name" in str(report.problems[0])
    with pytest.raises(ImportRejected, match="Row 1, column First name"):
        _import(session, "missing_first_name_column.csv", admin)
    assert count(session, Entrepreneur) == 0


def test_header_without_rows_is_refused(session, admin) -> None:
    with pytest.raises(ImportRejected, match="no rows under its header"):
        _import(session, "header_only.csv", admin)


def test_dry_run_lists_every_problem_of_every_row_and_writes_nothing(session, admin) -> None:
    table = read_import_file(CORPUS / "bad_values.csv")
    report = check_import(session, table, guess_mapping(table.header), actor=admin)
    assert report.dry_run and report.created == 0
    found = {(p.row, p.column) for p in report.problems}
    assert found == {
        (2, "E-mail"),
        (2, "Date d'entrée"),
        (3, "Prénom"),
        (3, "Code postal"),
        (3, "Date d'entrée"),
        (3, "Année de naissance"),
        (3, "Genre"),
        (3, "Discipline"),
    }
    text = {(p.row, p.column): str(p.message) for p in report.problems}
    assert "helene.durand@" in text[(2, "E-mail")]
    assert "31/02/2026" in text[(2, "Date d'entrée")]
    assert "required" in text[(3, "Prénom")]
    assert "Jonglage sous-marin" in text[(3, "Discipline")]
    assert str(report.problems[0]).startswith("Row 2, column ")
    assert count(session, Entrepreneur) == 0
    with pytest.raises(ImportRejected) as caught:
        _import(session, "bad_values.csv", admin)
    assert len(caught.value.report.problems) == 8
    assert count(session, Entrepreneur) == 0
    assert count(session, StageChange) == 0
    assert session.query(AuditEntry).filter_by(entity="entrepreneur").count() == 0


def test_one_bad_row_at_the_end_of_a_long_file_stops_everything(session, admin, tmp_path) -> None:
    lines = ["Nom;Prénom;E-mail"] + [f"Nom{i};Prénom{i};p{i}@example.org" for i in range(1500)]
    lines.append("Dernier;;dernier@")
    path = tmp_path / "long.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    table = read_import_file(path)
    with pytest.raises(ImportRejected) as caught:
        import_entrepreneurs(session, table, guess_mapping(table.header), actor=admin)
    assert {(p.row, p.field) for p in caught.value.report.problems} == {
        (1502, "first_name"),
        (1502, "email"),
    }
    assert count(session, Entrepreneur) == 0
    table_ok = read_import_file(path)
    fixed = table_ok.rows[:-1]
    ok = type(table_ok)(table_ok.settings, table_ok.header, fixed, table_ok.row_numbers[:-1])
    assert import_entrepreneurs(session, ok, guess_mapping(ok.header), actor=admin).created == 1500
    assert count(session, Entrepreneur) == 1500


def test_duplicates_are_flagged_inside_the_file_and_against_the_database(session, admin) -> None:
    report = _import(session, "duplicates.csv", admin)
    assert report.created == 3
    assert {(w.row, w.field) for w in report.warnings} == {(3, "last_name"), (4, "email")}
    assert "row 2" in str(report.warnings[0].message)
    again = read_import_file(CORPUS / "duplicates.csv")
    dry = check_import(session, again, guess_mapping(again.header), actor=admin)
    assert dry.ok
    on_file = [str(w.message) for w in dry.warnings if "on file" in str(w.message)]
    assert len(on_file) >= 3 and any("Hélène Durand" in w for w in on_file)


def test_references_by_label_and_inactive_ones_refused(session, admin, tmp_path) -> None:
    create_discipline(session, code="theatre", label="Spectacle vivant", actor=admin)
    make_coach(session, "Élodie Bernard")
    path = tmp_path / "refs.csv"
    path.write_text(
        "Nom;Prénom;Discipline;Accompagnateur\r\nA;B;spectacle VIVANT;elodie bernard\r\n",
        encoding="utf-8",
    )
    table = read_import_file(path)
    assert import_entrepreneurs(session, table, guess_mapping(table.header), actor=admin).created
    person = _person(session, "A")
    assert person.discipline_id is not None and person.referent_coach_id is not None


def test_permission_is_needed_for_the_dry_run_and_the_import(session) -> None:
    from incubator_app.errors import PermissionDenied

    coach = make_actor(session, "coach")
    table = read_import_file(CORPUS / "double_bom_comma.csv")
    with pytest.raises(PermissionDenied):
        check_import(session, table, guess_mapping(table.header), actor=coach)
    with pytest.raises(PermissionDenied):
        import_entrepreneurs(session, table, guess_mapping(table.header), actor=coach)
    assert count(session, Entrepreneur) == 0


# -- mapping -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nom", "last_name"),
        ("NOM", "last_name"),
        ("Nom de famille", "last_name"),
        (" nom  de  FAMILLE ", "last_name"),
        ("Prénom", "first_name"),
        ("PRENOM", "first_name"),
        ("E-mail", "email"),
        ("Courriel", "email"),
        ("Mail", "email"),
        ("Adresse e-mail", "email"),
        ("Code postal", "postal_code"),
        ("CP", "postal_code"),
        ("Date d'entrée", "entry_date"),
        ("Date d’entrée en couveuse", "entry_date"),
        ("Nom du projet", "project_name"),
        ("Niveau d'études", "education_level"),
        ("Remarques", None),
        ("", None),
    ],
)
def test_header_variants(header, field) -> None:
    assert field_for_header(header) == field


def test_a_field_goes_to_the_first_column_naming_it() -> None:
    assert guess_mapping(["Nom", "Prénom", "NOM"]) == ("last_name", "first_name", None)


def test_mapping_overrides_from_json(session, admin, tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Identité;Prénom;Notes\r\nDurand;Hélène;niveau bac+5\r\n", encoding="utf-8")
    table = read_import_file(path)
    mapping_file = tmp_path / "map.json"
    mapping_file.write_text(
        json.dumps({"Identité": "last_name", "notes": "education_level"}), encoding="utf-8"
    )
    mapping = mapping_with_overrides(table.header, load_mapping_file(mapping_file))
    assert mapping == ("last_name", "first_name", "education_level")
    report = check_import(session, table, mapping, actor=admin)
    assert [p.column for p in report.problems] == ["Notes"]  # "niveau bac+5" is not a level
    with pytest.raises(ValidationError, match="no column Adresse"):
        mapping_with_overrides(table.header, {"Adresse": "address"})
    with pytest.raises(ValidationError, match="Unknown field shoe_size"):
        mapping_with_overrides(table.header, {"Notes": "shoe_size"})
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON"):
        load_mapping_file(bad_json)


def test_education_levels_in_words(session, admin, tmp_path) -> None:
    path = tmp_path / "edu.csv"
    path.write_text("Nom;Prénom;Niveau d'études\r\nA;B;Bac+5\r\nC;D;BTS\r\n", encoding="utf-8")
    table = read_import_file(path)
    import_entrepreneurs(session, table, guess_mapping(table.header), actor=admin)
    assert _person(session, "A").education_level is EducationLevel.BAC_5
    assert _person(session, "C").education_level is EducationLevel.BAC_2


# -- values --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21/11/2026", date(2026, 11, 21)),
        ("1/2/2026", date(2026, 2, 1)),
        ("21-11-2026", date(2026, 11, 21)),
        ("21.11.26", date(2026, 11, 21)),
        ("2026-11-21", date(2026, 11, 21)),
        ("2026-11-21 00:00:00", date(2026, 11, 21)),
        ("2026-11-21T09:30", date(2026, 11, 21)),
    ],
)
def test_dates_as_spreadsheets_write_them(text, expected) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "2026-13-01", "demain", "11/21/2026x", "21/11"])
def test_not_dates(text) -> None:
    with pytest.raises(BadValue):
        parse_date(text)
