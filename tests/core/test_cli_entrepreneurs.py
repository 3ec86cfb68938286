"""`incubator-app import entrepreneurs` and `export entrepreneurs`: exit codes, one line on
stderr for a user error, nothing written (no rows, no output file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_accounts import CLI_LOGIN, CLI_PASSWORD, add_cli_account, passwords_on_stdin
from openpyxl import load_workbook
from sqlalchemy import func, select

from incubator_app.cli import main
from incubator_app.db.migrate import open_database
from incubator_app.models import AuditEntry, Entrepreneur

pytestmark = pytest.mark.core

CORPUS = Path(__file__).parent.parent / "data" / "import"


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def _people(db: str) -> int:
    database = open_database(db, create=False, upgrade=False)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(Entrepreneur)) or 0
    finally:
        database.dispose()


USER = ["--user", CLI_LOGIN]


@pytest.fixture
def base(db_url: str, db, monkeypatch) -> str:
    add_cli_account(db_url)
    passwords_on_stdin(monkeypatch, CLI_PASSWORD)
    return db_url


def _import(base: str, name: str | Path, *extra: str) -> int:
    path = name if isinstance(name, Path) else CORPUS / name
    user = [] if "--user" in extra else USER
    return main(["import", "entrepreneurs", str(path), "--db", base, "--lang", "en", *user, *extra])


def test_import_then_export_csv_and_xlsx(base, tmp_path, capsys) -> None:
    assert _import(base, "excel_utf8_bom_semicolon.csv") == 0
    out = capsys.readouterr().out
    assert "Read 2 rows (CSV, utf-8-sig, delimiter ';', header on row 1)." in out
    assert "2 entrepreneurs imported." in out
    assert _people(base) == 2
    csv_path = tmp_path / "liste.csv"
    assert (
        main(["export", "entrepreneurs", "--db", base, "-o", str(csv_path), "--lang", "en", *USER])
        == 0
    )
    assert "2 entrepreneurs written" in capsys.readouterr().out
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfLast name;First name;")
    xlsx_path = tmp_path / "liste.xlsx"
    code = main(
        ["export", "entrepreneurs", "--db", base, "--format", "xlsx", "-o", str(xlsx_path), *USER]
    )
    assert code == 0
    sheet = load_workbook(xlsx_path).active
    assert [sheet.cell(r, 1).value for r in (2, 3)] == ["Durand", "Garnier"]


def test_export_filters_by_stage(base, tmp_path, capsys) -> None:
    assert _import(base, "double_bom_comma.csv") == 0
    path = tmp_path / "incubes.csv"
    args = ["export", "entrepreneurs", "--db", base, "-o", str(path), *USER, "--stage", "incubated"]
    assert main(args) == 0
    assert path.read_bytes().count(b"\r\n") == 1  # the header only: everyone is a candidate
    args[-1] = "candidate"
    assert main(args) == 0
    assert path.read_bytes().count(b"\r\n") == 3


def test_dry_run_lists_problems_exits_2_and_writes_nothing(base, capsys) -> None:
    assert _import(base, "bad_values.csv", "--dry-run") == 2
    captured = capsys.readouterr()
    problems = [line for line in captured.out.splitlines() if line.startswith("Row ")]
    assert len(problems) == 6  # the 2 values no list knows are listed on stderr instead
    assert "Row 2, column E-mail: Not a valid e-mail address: helene.durand@" in problems
    err = captured.err.strip().splitlines()
    assert err[0].startswith("incubator-app: 2 value(s) of the file are in no list;")
    assert err[1:] == [
        "  Gender “Z” (column Genre, row(s) 3): no close entry in the list",
        "  Discipline “Jonglage sous-marin” (column Discipline, row(s) 3): no close entry in "
        "the list",
        "  And 6 other problem(s), listed above.",
    ]
    assert _people(base) == 0


def test_clean_dry_run_exits_0_and_writes_nothing(base, capsys) -> None:
    assert _import(base, "workbook.xlsx", "--dry-run") == 0
    assert "Dry run: the 2 rows can be imported." in capsys.readouterr().out
    assert _people(base) == 0


def test_import_with_problems_prints_them_and_writes_nothing(base, capsys) -> None:
    assert _import(base, "bad_values.csv") == 2
    captured = capsys.readouterr()
    assert "Row 3, column Prénom: This field is required." in captured.out
    assert "Jonglage sous-marin" in captured.err and "Traceback" not in captured.err
    assert _people(base) == 0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.csv", "is empty"),
        ("garbage.csv", "neither a CSV nor an XLSX"),
        ("truncated.xlsx", "not a readable XLSX"),
        ("missing.csv", "does not exist"),
    ],
)
def test_unreadable_files_give_one_line(base, capsys, name, expected) -> None:
    assert _import(base, name) == 2
    assert expected in _one_line_error(capsys)
    assert _people(base) == 0


def test_mapping_file_and_user(base, tmp_path, capsys) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("Identité;Prénom\r\nDurand;Hélène\r\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Identité": "last_name"}), encoding="utf-8")
    assert _import(base, source) == 2  # no last-name column without the mapping
    capsys.readouterr()
    assert _import(base, source, "--mapping", str(mapping), "--user", "nobody") == 2
    assert _one_line_error(capsys) == "incubator-app: Wrong login or password."
    assert _import(base, source, "--mapping", str(mapping)) == 0
    assert _people(base) == 1
    database = open_database(base, create=False, upgrade=False)
    try:
        with database.session() as session:
            audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
            assert (audit.user_login, audit.changes) == (CLI_LOGIN, {"file": "odd.csv", "rows": 1})
    finally:
        database.dispose()
    bad_mapping = tmp_path / "bad.json"
    bad_mapping.write_text(json.dumps({"Adresse": "address"}), encoding="utf-8")
    assert _import(base, source, "--mapping", str(bad_mapping)) == 2
    assert "no column Adresse" in _one_line_error(capsys)


def test_export_errors_leave_no_file(base, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "x.csv"
    assert (
        main(
            [
                "export",
                "entrepreneurs",
                "--db",
                base,
                "-o",
                str(target),
                "--stage",
                "z",
                "--lang",
                "en",
                *USER,
            ]
        )
        == 2
    )
    assert "Unknown value z" in _one_line_error(capsys)
    missing_dir = out / "nope" / "x.csv"
    assert (
        main(
            ["export", "entrepreneurs", "--db", base, "-o", str(missing_dir), *USER, "--lang", "en"]
        )
        == 2
    )
    assert "does not exist" in _one_line_error(capsys)
    missing_db = tmp_path / "absent.sqlite3"
    assert (
        main(
            [
                "export",
                "entrepreneurs",
                "--db",
                str(missing_db),
                "-o",
                str(target),
                *USER,
                "--lang",
                "en",
            ]
        )
        == 2
    )
    assert "does not exist" in _one_line_error(capsys)
    assert list(out.iterdir()) == []
    assert not missing_db.exists()


def test_import_and_export_need_an_account_allowed_to_do_it(
    base, tmp_path, capsys, monkeypatch
) -> None:
    """`--user` names who acts, and the password proves it: no password, a wrong one, or a role
    without the right leaves the database and the disk as they were."""
    target = tmp_path / "people.csv"
    assert main(["import", "entrepreneurs", str(CORPUS / "workbook.xlsx"), "--db", base]) == 2
    assert "--user" in _one_line_error(capsys)
    assert main(["export", "entrepreneurs", "--db", base, "-o", str(target)]) == 2
    assert "--user" in _one_line_error(capsys)
    add_cli_account(base, "viewer", "viewer-password", role="viewer")
    assert _import(base, "workbook.xlsx", "--user", "viewer") == 2  # CLI_PASSWORD is not its own
    assert _one_line_error(capsys) == "incubator-app: Wrong login or password."
    passwords_on_stdin(monkeypatch, "viewer-password")
    assert _import(base, "workbook.xlsx", "--user", "viewer") == 2
    assert "may not do this" in _one_line_error(capsys)
    assert _people(base) == 0
    assert not target.exists()
