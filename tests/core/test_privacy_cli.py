"""`incubator-app gdpr export|erase|retention`: administrators only, errors on one line (exit 2),
nothing half-written."""

from __future__ import annotations

from datetime import date

import pytest
from cli_accounts import passwords_on_stdin
from factories import make_actor, make_entrepreneur
from privacy_person import build_people

from incubator_app.cli import main as cli_main
from incubator_app.models import Entrepreneur, PathwayStage, StageChange
from incubator_app.services.privacy.access import JSON_NAME, PDF_NAME
from incubator_app.services.privacy.policy import ANONYMISED

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _password(monkeypatch) -> None:
    passwords_on_stdin(monkeypatch, "admin-password")


def main(argv: list[str]) -> int:
    return cli_main([*argv, "--user", "admin", "--lang", "en"])


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_export_then_erase(session, admin, db_url, tmp_path, capsys):
    people = build_people(session, admin)
    out = tmp_path / "out"
    argv = ["gdpr", "export", "--db", db_url, "--entrepreneur", str(people.entrepreneur_id)]
    assert cli_main([*argv, "-o", str(out), "--user", "admin", "--lang", "en"]) == 0
    assert (out / PDF_NAME).exists() and (out / JSON_NAME).exists()
    assert PDF_NAME in capsys.readouterr().out

    erase = ["gdpr", "erase", "--db", db_url, "--entrepreneur", str(people.entrepreneur_id)]
    assert cli_main([*erase, "--user", "admin", "--lang", "en"]) == 2
    assert "--confirm" in _one_line_error(capsys)
    session.expire_all()
    assert session.get(Entrepreneur, people.entrepreneur_id).last_name == "Quillembert"

    assert cli_main([*erase, "--confirm", "--user", "admin", "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert "No backup holds the person." in printed and "deleted" in printed
    session.expire_all()
    assert session.get(Entrepreneur, people.entrepreneur_id).last_name == ANONYMISED


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--entrepreneur", "999"], "No entrepreneur with id 999"),
        (["--contact", "999"], "No contact with id 999"),
    ],
)
def test_unknown_people_are_one_line_errors(session, admin, db_url, tmp_path, capsys, args,
                                            expected):  # fmt: skip
    out = tmp_path / "out"
    code = main(["gdpr", "export", "--db", db_url, *args, "-o", str(out)])
    assert code == 2
    assert expected in _one_line_error(capsys)
    assert not out.exists()


def test_a_staff_member_may_not(session, admin, db_url, tmp_path, capsys, monkeypatch):
    people = build_people(session, admin)
    make_actor(session, "staff", login="staffer")
    passwords_on_stdin(monkeypatch, "long-enough-password")
    code = cli_main(["gdpr", "erase", "--db", db_url, "--entrepreneur", str(people.entrepreneur_id),
                     "--confirm", "--user", "staffer", "--lang", "en"])  # fmt: skip
    assert code == 2
    assert "may not" in _one_line_error(capsys)
    session.expire_all()
    assert session.get(Entrepreneur, people.entrepreneur_id).last_name == "Quillembert"


@pytest.mark.clock("2026-11-18 10:00")
def test_retention_lists_then_applies(session, admin, db_url, capsys):
    p = make_entrepreneur(session, "Old", "Refusée", entry_date=date(2024, 1, 8))
    p.stage = PathwayStage.REFUSED
    session.add(StageChange(entrepreneur_id=p.id, to_stage=PathwayStage.REFUSED,
                            changed_on=date(2024, 2, 1)))  # fmt: skip
    session.commit()
    assert cli_main(["gdpr", "retention", "--db", db_url, "--user", "admin", "--lang", "en"]) == 0
    listed = capsys.readouterr().out
    assert "Refusée" in listed and "01/02/2025" in listed
    session.expire_all()
    assert session.get(Entrepreneur, p.id).last_name == "Refusée"
    assert main(["gdpr", "retention", "--db", db_url, "--apply"]) == 0
    assert "1 person(s) anonymised." in capsys.readouterr().out
    session.expire_all()
    assert session.get(Entrepreneur, p.id).last_name == ANONYMISED
