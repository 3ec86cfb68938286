"""`incubator-app report …`: files written, exit codes, one-line messages, no partial file."""

from __future__ import annotations

import hashlib
import io
import subprocess
from pathlib import Path

import openpyxl
import pytest
from cli_accounts import CLI_LOGIN, CLI_PASSWORD, add_cli_account, passwords_on_stdin
from funder_fixture import build_funder_fixture
from sqlalchemy import select

from incubator_app.cli import main
from incubator_app.models import CoachingSession

pytestmark = pytest.mark.core


@pytest.fixture
def fx(session):
    return build_funder_fixture(session)


@pytest.fixture(autouse=True)
def _signed_in(db_url, db, monkeypatch) -> None:
    add_cli_account(db_url)
    passwords_on_stdin(monkeypatch, CLI_PASSWORD)


def _run(*argv: str) -> int:
    return main([*argv, "--lang", "en", "--user", CLI_LOGIN])


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def _pdf_text(path: Path) -> str:
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def test_funder_pdf_and_xlsx(db_url, fx, tmp_path, capsys):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    base = ("report", "funder", "--db", db_url, "--grant", str(fx.grant_id))
    assert _run(*base, "--from", "2026-01-01", "--to", "2026-06-30", "-o", str(pdf)) == 0
    assert str(pdf) in capsys.readouterr().out
    assert "HÉBERT Hugo" in _pdf_text(pdf)
    # The format follows the file name unless --format says otherwise.
    assert _run(*base, "--from", "2026-01-01", "--to", "2026-06-30", "-o", str(xlsx)) == 0
    assert openpyxl.load_workbook(xlsx).sheetnames == ["Key figures", "Beneficiaries", "Events"]
    forced = tmp_path / "book.data"
    assert (
        _run(*base, "--from", "2026-01-01", "--to", "2026-06-30", "-o", str(forced), "--format",
             "xlsx") == 0
    )  # fmt: skip
    assert forced.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--grant", "999", "--from", "2026-01-01", "--to", "2026-06-30"), "No grant with id 999"),
        (("--from", "2026-06-30", "--to", "2026-01-01"), "ends before it starts"),
        (("--from", "2026-02-30", "--to", "2026-06-30"), "--from: 2026-02-30 is not a date"),
        (("--from", "2026-01-01"), "required"),
    ],
)
def test_funder_bad_input_is_one_line_exit_2_and_no_file(
    db_url, fx, tmp_path, capsys, args, expected
):
    target = tmp_path / "r.pdf"
    grant = () if "--grant" in args else ("--grant", str(fx.grant_id))
    assert _run("report", "funder", "--db", db_url, *grant, *args, "-o", str(target)) == 2
    assert expected in _one_line(capsys.readouterr().err)
    assert not target.exists()
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())


def test_an_error_leaves_an_existing_report_untouched(db_url, fx, tmp_path, capsys):
    target = tmp_path / "r.pdf"
    base = ("report", "funder", "--db", db_url, "-o", str(target))
    assert (
        _run(*base, "--grant", str(fx.grant_id), "--from", "2026-01-01", "--to", "2026-06-30") == 0
    )
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    assert _run(*base, "--grant", "999", "--from", "2026-01-01", "--to", "2026-06-30") == 2
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_funder_period_without_data_writes_a_report_that_says_so(db_url, fx, tmp_path, capsys):
    target = tmp_path / "empty.pdf"
    code = _run(
        "report", "funder", "--db", db_url, "--grant", str(fx.grant_id),
        "--from", "2020-01-01", "--to", "2020-12-31", "-o", str(target),
    )  # fmt: skip
    assert code == 0
    assert "Nobody was supported under grant RS-2026-0001" in _one_line(capsys.readouterr().err)
    assert "nothing to report" in " ".join(_pdf_text(target).split())


def test_entrepreneur_report(db_url, fx, tmp_path, capsys):
    target = tmp_path / "e.pdf"
    code = _run(
        "report", "entrepreneur", str(fx.ids["chloe"]), "--db", db_url, "-o", str(target),
        "--from", "2026-01-01", "--to", "2026-06-30", "--comment", "Très bon suivi",
    )  # fmt: skip
    assert code == 0
    text = _pdf_text(target)
    assert "Chloé Céleste" in text and "Très bon suivi" in text
    missing = tmp_path / "missing.pdf"
    assert _run("report", "entrepreneur", "999", "--db", db_url, "-o", str(missing)) == 2
    assert "No entrepreneur with id 999" in _one_line(capsys.readouterr().err)
    assert not missing.exists()
    code = _run(
        "report", "entrepreneur", str(fx.ids["chloe"]), "--db", db_url, "-o", str(missing),
        "--from", "2026-06-30", "--to", "2026-01-01",
    )  # fmt: skip
    assert code == 2 and not missing.exists()


def test_attendance_sheets(db_url, fx, session, tmp_path, capsys):
    collective = session.scalar(
        select(CoachingSession.id).where(CoachingSession.duration_minutes == 120)
    )
    one = tmp_path / "s.pdf"
    assert (
        _run("report", "attendance", "--db", db_url, "--session", str(collective), "-o", str(one))
        == 0
    )
    assert "Bérenger" in _pdf_text(one)
    day = tmp_path / "d.pdf"
    assert _run("report", "attendance", "--db", db_url, "--day", "2026-03-03", "-o", str(day)) == 0
    assert "Céleste" in _pdf_text(day)
    month = tmp_path / "m.pdf"
    assert _run("report", "attendance", "--db", db_url, "--month", "2026-02", "-o", str(month)) == 0
    assert "Aubert" in _pdf_text(month)
    capsys.readouterr()

    quiet = tmp_path / "quiet.pdf"
    assert (
        _run("report", "attendance", "--db", db_url, "--day", "2026-03-04", "-o", str(quiet)) == 2
    )
    assert "No coaching session on 04/03/2026" in _one_line(capsys.readouterr().err)
    assert _run("report", "attendance", "--db", db_url, "--session", "99999", "-o", str(quiet)) == 2
    assert "99999" in _one_line(capsys.readouterr().err)
    assert _run("report", "attendance", "--db", db_url, "--month", "2026-13", "-o", str(quiet)) == 2
    assert "--month" in _one_line(capsys.readouterr().err)
    assert not quiet.exists()


def test_reports_need_a_signed_in_account(db_url, fx, tmp_path, capsys, monkeypatch):
    """Reports read personal data: no --user, a wrong password or no password at all is one
    line, exit 2, and no file; bad arguments are refused before any password is asked."""
    target = tmp_path / "r.pdf"
    period = ("--from", "2026-01-01", "--to", "2026-06-30")
    funder = ("report", "funder", "--db", db_url, "--grant", str(fx.grant_id), *period)
    assert main([*funder, "-o", str(target), "--lang", "en"]) == 2
    assert "--user" in _one_line(capsys.readouterr().err)
    passwords_on_stdin(monkeypatch, "wrong-password")
    assert _run(*funder, "-o", str(target)) == 2
    assert _one_line(capsys.readouterr().err) == "incubator-app: Wrong login or password."
    assert _run("report", "entrepreneur", "1", "--db", db_url, "-o", str(target)) == 2
    assert _one_line(capsys.readouterr().err) == "incubator-app: Wrong login or password."
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert _run(*funder, "-o", str(target)) == 2
    assert "No password on stdin" in _one_line(capsys.readouterr().err)
    # A bad argument fails first: no password is read (stdin is empty, the message is the date).
    assert (
        _run(
            "report",
            "funder",
            "--db",
            db_url,
            "--grant",
            "1",
            "--from",
            "2026-13-01",
            "--to",
            "2026-06-30",
            "-o",
            str(target),
        )
        == 2
    )
    assert "2026-13-01" in _one_line(capsys.readouterr().err)
    assert not target.exists()
