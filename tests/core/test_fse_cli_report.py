"""`incubator-app fse due|indicators` and the ESF+ part of the funder report (PDF read back with
pdftotext, workbook with openpyxl), on the hand-counted grant of fse_fixture.py."""

from __future__ import annotations

import subprocess

import openpyxl
import pytest
from cli_accounts import CLI_LOGIN, CLI_PASSWORD, add_cli_account, passwords_on_stdin
from fse_fixture import HAND, PERIOD, build_fse_fixture

from incubator_app.cli import main
from incubator_app.models import Funder, FunderKind, Grant
from incubator_app.reports.funder_report import write_funder_report
from incubator_app.reports.funder_workbook import write_funder_workbook

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _signed_in(db_url, db, monkeypatch) -> None:
    add_cli_account(db_url)
    passwords_on_stdin(monkeypatch, CLI_PASSWORD)


def _run(*argv: str) -> int:
    return main([*argv, "--lang", "en", "--user", CLI_LOGIN])


@pytest.mark.clock("2026-08-20 10:00")
def test_cli_due_and_indicators(db_url, session, capsys):
    grant_id = build_fse_fixture(session)
    assert _run("fse", "indicators", "--grant", str(grant_id), "--from", "2026-01-01",
                "--to", "2026-12-31", "--db", db_url) == 0  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert "EECO01\tTotal number of participants\t7\t3\t2\t1\t1" in out
    assert "EECO02\tUnemployed, including long-term unemployed\t2\t1\t1\t0\t0" in out
    assert _run("fse", "due", "--db", db_url) == 0
    out = capsys.readouterr().out
    assert "six_months" in out and "Bruno" in out and "Gaspard" not in out


@pytest.mark.parametrize(
    "argv",
    [
        ("fse", "indicators", "--grant", "999"),
        ("fse", "indicators", "--grant", "x"),
        ("fse", "indicators", "--grant", "1", "--from", "2026-05-01", "--to", "2026-01-01"),
        ("fse", "indicators", "--grant", "1", "--from", "01/05/2026"),
        ("fse", "due", "--days", "-3"),
    ],
)
def test_cli_errors_are_one_line_exit_2(db_url, session, capsys, argv):
    build_fse_fixture(session)
    with pytest.raises(SystemExit) as exit_info:
        code = _run(*argv, "--db", db_url)
        raise SystemExit(code)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0], err


def test_report_has_the_fse_table_only_when_cofunded(session, admin, tmp_path):
    grant_id = build_fse_fixture(session)
    xlsx = write_funder_workbook(session, grant_id, *PERIOD, tmp_path / "r.xlsx",
                                 actor=admin, locale="en")  # fmt: skip
    wb = openpyxl.load_workbook(xlsx)
    assert "ESF+" in wb.sheetnames
    rows = [[c.value for c in r] for r in wb["ESF+"].iter_rows()]
    assert ["EECO01", "Total number of participants", *HAND["EECO01"]] in rows
    pdf = write_funder_report(session, grant_id, *PERIOD, tmp_path / "r.pdf", actor=admin,
                              locale="fr")  # fmt: skip
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "EECO01" in text and "EECR05" in text

    # A regional grant without FSE co-funding: no sheet, no section.
    funder = Funder(name="Région Sud", kind=FunderKind.REGION)
    session.add(funder)
    session.flush()
    other = Grant(funder_id=funder.id, reference="R-1", title="Région", amount_cents=1,
                  period_start=PERIOD[0], period_end=PERIOD[1], co_funders="Ville")  # fmt: skip
    session.add(other)
    session.commit()
    wb = openpyxl.load_workbook(write_funder_workbook(
        session, other.id, *PERIOD, tmp_path / "o.xlsx", actor=admin, locale="en"))  # fmt: skip
    assert "ESF+" not in wb.sheetnames
    text = subprocess.run(["pdftotext", str(write_funder_report(
        session, other.id, *PERIOD, tmp_path / "o.pdf", actor=admin)), "-"],
        capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "EECO01" not in text
