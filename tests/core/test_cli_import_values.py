"""`import entrepreneurs FILE --values auto|MAP.json` on the two French office exports whose
vocabularies differ from the lists: with no option the import stops with the suggestions and
writes nothing; `auto` takes the clear ones and prints each; an ambiguous value still stops it
until a person says what it becomes, once (then it is remembered)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_accounts import CLI_LOGIN, CLI_PASSWORD, add_cli_account, passwords_on_stdin
from sqlalchemy import func, select

from incubator_app.cli import main
from incubator_app.db.migrate import open_database
from incubator_app.models import AuditEntry, Entrepreneur, StageChange
from incubator_app.services.actor import Actor
from incubator_app.services.administration.reference_lists import create_discipline
from incubator_app.services.administration.setup import DEFAULT_DISCIPLINES

pytestmark = pytest.mark.core

CORPUS = Path(__file__).parent.parent / "data" / "import"
CSV = "excel_fr_vocabulary.csv"
XLSX = "partner_export_vocabulary.xlsx"


@pytest.fixture
def base(db_url: str, db, monkeypatch) -> str:
    with db.session() as session:
        for code, label in DEFAULT_DISCIPLINES:
            create_discipline(session, code=code, label=label, actor=Actor.system())
    add_cli_account(db_url)
    passwords_on_stdin(monkeypatch, CLI_PASSWORD)
    return db_url


def _counts(db: str) -> tuple[int, int, int]:
    database = open_database(db, create=False, upgrade=False)
    try:
        with database.session() as session:
            return tuple(  # type: ignore[return-value]
                session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Entrepreneur, StageChange, AuditEntry)
            )
    finally:
        database.dispose()


def _import(base: str, name: str, *extra: str) -> int:
    args = ["import", "entrepreneurs", str(CORPUS / name), "--db", base, "--lang", "en"]
    args += ["--user", CLI_LOGIN]
    return main([*args, *extra])


def _map(tmp_path: Path, data) -> str:
    path = tmp_path / "valeurs.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def test_without_values_option_it_stops_with_suggestions_and_writes_nothing(base, capsys) -> None:
    before = _counts(base)
    assert _import(base, CSV) == 2
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert err[0] == (
        "incubator-app: 4 value(s) of the file are in no list; nothing was imported. Say what "
        "each becomes with --values MAP.json, or --values auto for the clear suggestions:"
    )
    assert err[1] == (
        "  Discipline “Livre, littérature” (column Domaine artistique, row(s) 2, 3, 5): "
        "clear suggestion: Livre et édition (100)"
    )
    assert err[2].startswith("  Education level “Master 2” (column Niveau de formation, row(s) 4)")
    assert "Job seeker “DE”" in err[3] and "clear suggestion: Yes (100)" in err[3]
    assert "Row " not in captured.out  # the values are the only problems: listed once
    assert _counts(base) == before
    assert _import(base, XLSX, "--dry-run") == 2
    assert _counts(base) == before


def test_values_auto_imports_the_excel_csv_and_lists_each_mapping(base, capsys) -> None:
    assert _import(base, CSV, "--values", "auto") == 0
    out = capsys.readouterr().out.splitlines()
    assert [line for line in out if line.startswith("Value: ")] == [
        "Value: Discipline “Livre, littérature” → Livre et édition (3 row(s), clear suggestion).",
        "Value: Education level “Master 2” → Bac + 5 (1 row(s), clear suggestion).",
        "Value: Job seeker “DE” → Yes (1 row(s), clear suggestion).",
        "Value: Job seeker “Demandeur d'emploi” → Yes (1 row(s), clear suggestion).",
    ]
    assert out[-1] == "4 entrepreneurs imported."
    assert _counts(base)[0] == 4


def test_an_ambiguous_value_stops_auto_until_a_person_decides_once(base, capsys, tmp_path) -> None:
    before = _counts(base)
    assert _import(base, XLSX, "--values", "auto") == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "incubator-app: 1 value(s) of the file have no clear entry in their list; nothing was "
        "imported. Say what each becomes in a --values MAP.json (given with --values auto):"
    )
    assert err[1].startswith(
        "  Discipline “Arts visuels, arts numériques” (column Discipline, row(s) 5, 7): "
        "unclear, closest: Arts visuels (100), Création numérique (100)"
    )
    assert _counts(base) == before
    choice = _map(tmp_path, {"Discipline": {"Arts visuels, arts numériques": "Création numérique"}})
    assert _import(base, XLSX, "--values", choice, "--values", "auto") == 0
    out = capsys.readouterr().out
    assert "Value: Discipline “Cinéma, audiovisuel” → Audiovisuel et cinéma (2 row(s), " in out
    assert (
        f"Value: Discipline “Arts visuels, arts numériques” → Création numérique (2 row(s), "
        f"from {choice})." in out
    )
    assert "4 entrepreneurs imported." in out
    # The next export of the partner: everything is known now, `auto` alone is enough.
    assert _import(base, XLSX, "--values", "auto") == 0
    out = capsys.readouterr().out
    assert (
        "Value: Discipline “Arts visuels, arts numériques” → Création numérique (2 row(s), "
        "remembered from an earlier import)." in out
    )
    assert _counts(base)[0] == 8


def test_choices_of_one_file_serve_the_next(base, capsys) -> None:
    assert _import(base, CSV, "--values", "auto") == 0
    capsys.readouterr()
    assert _import(base, XLSX, "--dry-run") == 2  # only the new disciplines are asked
    captured = capsys.readouterr()
    assert "Value: Job seeker “DE” → Yes (1 row(s), remembered" not in captured.out
    assert "“DE”" not in captured.err and "Cinéma, audiovisuel" in captured.err


def test_explicit_map_file_without_auto(base, capsys, tmp_path) -> None:
    choices = _map(
        tmp_path,
        {
            "discipline": {"Livre, littérature": "Livre et édition"},
            "Niveau de formation": {"Master 2": "bac+5"},
            "job_seeker": {"DE": "oui", "Demandeur d'emploi": None},
        },
    )
    assert _import(base, CSV, "--values", choices) == 0
    out = capsys.readouterr().out
    assert "Value: Job seeker “Demandeur d'emploi” → (leave empty) (1 row(s), from " in out
    assert _counts(base)[0] == 4


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (None, "Cannot read"),
        ("{pas du json", "is not valid JSON"),
        ({"Remarques": {"x": "y"}}, "Remarques is not a column with a list of values"),
        ({"discipline": {"Livre, littérature": "Littérature"}}, "Littérature is not in the list"),
    ],
)
def test_a_bad_map_file_gives_one_line_and_exit_2(base, capsys, tmp_path, data, expected) -> None:
    before = _counts(base)
    path = str(tmp_path / "absent.json") if data is None else _map(tmp_path, data)
    assert _import(base, CSV, "--values", path) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "Traceback" not in err
    assert _counts(base) == before


def test_a_map_file_adds_a_value_to_the_list_of_disciplines(base, capsys, tmp_path) -> None:
    choices = _map(tmp_path, {"Discipline": {"Arts visuels, arts numériques": "+new"}})
    assert _import(base, XLSX, "--values", choices, "--values", "auto") == 0
    out = capsys.readouterr().out
    assert (
        "Value: Discipline “Arts visuels, arts numériques” → (new entry of the list) (2 row(s), "
        in out
    )
    assert "4 entrepreneurs imported." in out
    assert _import(base, XLSX, "--dry-run") == 0  # the new entry names the value from now on
