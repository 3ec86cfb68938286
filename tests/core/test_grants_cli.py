"""`incubator-app grant list|show|target set|target remove` and the funder workbook's targets
from `report funder --format xlsx`, on the hand-counted dataset of funder_fixture.py."""

from __future__ import annotations

import openpyxl
import pytest
from cli_accounts import CLI_LOGIN, CLI_PASSWORD, add_cli_account, passwords_on_stdin
from funder_fixture import build_funder_fixture

from incubator_app.cli import main
from incubator_app.services.funding.indicators import list_grant_targets

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
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


def test_list_show_and_targets(db_url, fx, session, admin, tmp_path, capsys):
    assert _run("grant", "list", "--db", db_url) == 0
    out = capsys.readouterr().out
    assert "RS-2026-0001" in out and "Région Sud" in out

    assert (
        _run("grant", "target", "set", str(fx.grant_id), "people_supported", "8", "--db", db_url)
        == 0
    )
    assert (
        _run("grant", "target", "set", str(fx.grant_id), "share_women", "50 %", "--db", db_url) == 0
    )
    assert (
        _run("grant", "target", "set", str(fx.grant_id), "coaching_hours", "4", "--db", db_url) == 0
    )
    capsys.readouterr()
    assert _run(
        "grant", "show", str(fx.grant_id), "--from", "2026-01-01", "--to", "2026-06-30",
        "--db", db_url,
    ) == 0  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert "people_supported\tPeople supported\t8\t5\t-3" in out
    assert "share_women\tShare of women (%)\t50 %\t60 %\t+10 %" in out
    assert "coaching_hours\tCoaching hours delivered\t4 h\t5.25 h\t+1.25 h" in out

    xlsx = tmp_path / "r.xlsx"
    assert _run(
        "report", "funder", "--db", db_url, "--grant", str(fx.grant_id), "--from", "2026-01-01",
        "--to", "2026-06-30", "-o", str(xlsx), "--format", "xlsx",
    ) == 0  # fmt: skip
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(xlsx)["Key figures"].iter_rows()]
    # Rows are as wide as the widest table of the sheet (the survival table's six columns).
    rows = [r[:4] for r in rows]
    start = rows.index(["Indicator", "Target", "Actual", "Gap"])
    assert rows[start + 1] == ["People supported", 8, 5, -3]

    assert _run("grant", "target", "remove", str(fx.grant_id), "share_women", "--db", db_url) == 0
    session.expire_all()
    assert [t.indicator for t in list_grant_targets(session, fx.grant_id, actor=admin)] == [
        "people_supported",
        "coaching_hours",
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("target", "set", "{g}", "nonsense", "3"), "Unknown indicator"),
        (("target", "set", "{g}", "exits", "-2"), "target"),
        (("target", "set", "{g}", "exits", "many"), "whole number"),
        (("target", "set", "999", "exits", "2"), "No grant with id 999"),
        (("target", "set", "abc", "exits", "2"), "GRANT_ID"),
        (("show", "999"), "No grant with id 999"),
        (("show", "{g}", "--from", "2026-06-30", "--to", "2026-01-01"), "--to"),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_written(
    db_url, fx, session, admin, capsys, args, expected
):
    argv = [a.format(g=fx.grant_id) for a in args]
    assert _run("grant", *argv, "--db", db_url) == 2
    assert expected in _one_line(capsys.readouterr().err)
    session.expire_all()
    assert list_grant_targets(session, fx.grant_id, actor=admin) == []
