"""`incubator-app toolbox add|search|list|show`: what each prints, what each account sees, and
that a refusal is one line on stderr, exit 2, with nothing written."""

from __future__ import annotations

import subprocess

import pytest
from cli_accounts import passwords_on_stdin
from factories import count
from toolbox_files import locked_pdf_bytes, pdf_bytes

from incubator_app.cli import main as cli_main
from incubator_app.models import ToolboxSheet

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch) -> None:
    passwords_on_stdin(monkeypatch, "admin-password")


def run(capsys, db_url, *argv: str, lang: str = "en") -> tuple[int, str, str]:
    code = cli_main(["toolbox", *argv, "--db", db_url, "--user", "admin", "--lang", lang])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_search_list_show(capsys, db_url, session, admin, tmp_path):
    report = tmp_path / "bilan.pdf"
    report.write_bytes(pdf_bytes(["Les familles sont venues aux répétitions ouvertes"]))
    locked = tmp_path / "budget.pdf"
    locked.write_bytes(locked_pdf_bytes(["secret"]))
    code, out, err = run(
        capsys, db_url, "add", "--title", "Résidence au collège", "--kind", "experience",
        "--summary", "Une résidence de théâtre avec les élèves", "--tags", "théâtre, école",
        "--attach", str(report), "--attach", str(locked), "--publish",
    )  # fmt: skip
    assert code == 0, err
    sheet_id = int(out.strip())
    assert "budget.pdf: protected by a password" in err

    code, out, _ = run(capsys, db_url, "search", "familles repetitions")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "1 sheets found, 1 shown"
    assert lines[1].split()[0] == str(sheet_id)
    assert "[familles]" in lines[2] and "[répétitions]" in lines[2]

    code, out, _ = run(capsys, db_url, "list", "--tag", "ECOLE")
    assert "Résidence au collège" in out

    pdf = tmp_path / "fiche.pdf"
    code, out, _ = run(capsys, db_url, "show", str(sheet_id), "--pdf", str(pdf), lang="fr")
    assert "status: published" in out
    printed = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert (
        "Résidence au collège" in printed and "Une résidence de théâtre avec les élèves" in printed
    )
    assert "Retour d’expérience" in printed and "budget.pdf" in printed
    assert "file: budget.pdf" in out and "protégé par un mot de passe" in out
    assert "revision 2:" in out and "revision 1:" in out


def test_refusals_are_one_line_and_write_nothing(capsys, db_url, session, admin, tmp_path):
    code, _, err = run(
        capsys, db_url, "add", "--title", "x", "--kind", "experience",
        "--attach", str(tmp_path / "missing.pdf"),
    )  # fmt: skip
    assert code == 2 and len(err.strip().splitlines()) == 1 and "missing.pdf" in err
    code, _, err = run(capsys, db_url, "add", "--title", " ", "--kind", "method")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "title" in err
    code, _, err = run(capsys, db_url, "show", "999")
    assert code == 2 and "999" in err
    assert count(session, ToolboxSheet) == 0
