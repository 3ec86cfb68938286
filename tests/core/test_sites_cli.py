"""`incubator-app site list|add|add-member|move-entrepreneur`; refusals on one line, exit 2."""

from __future__ import annotations

import pytest
from cli_accounts import passwords_on_stdin
from helpers_people import count_rows, make_actor, make_entrepreneur
from sqlalchemy import select

from incubator_app.cli import main as cli_main
from incubator_app.models import AuditEntry, Entrepreneur, Role, Site, SiteMembership

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch) -> None:
    passwords_on_stdin(monkeypatch, "admin-password")


def main(argv: list[str]) -> int:
    return cli_main([*argv, "--user", "admin", "--lang", "en"])


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_sites_from_the_command_line(db_url, session, admin, capsys):
    person = make_entrepreneur(session, admin, last_name="Durand")
    make_actor(session, Role.COACH, "coach-mrs")
    assert main(["site", "add", "--db", db_url, "--name", "Marseille", "--code", "mrs"]) == 0
    assert main(["site", "add", "--db", db_url, "--name", "Avignon", "--code", "AVI"]) == 0
    capsys.readouterr()
    args = ["site", "add-member", "--db", db_url, "--site", "MRS", "--login", "coach-mrs"]
    assert main([*args, "--role", "coach"]) == 0
    move = ["site", "move-entrepreneur", "--db", db_url, "--entrepreneur", str(person.id)]
    assert main([*move, "--to", "marseille"]) == 0
    assert main([*move, "--to", "AVI"]) == 0
    assert capsys.readouterr().out.split() == ["moved", "moved"]
    assert main(["site", "list", "--db", db_url, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "id,code,name,commune,active,members,entrepreneurs"
    assert [line.split(",")[1:] for line in lines[1:]] == [
        ["AVI", "Avignon", "", "1", "0", "1"],
        ["MRS", "Marseille", "", "1", "1", "0"],
    ]
    session.expire_all()
    moves = session.scalars(
        select(AuditEntry.changes).where(AuditEntry.action == "move_site").order_by(AuditEntry.id)
    ).all()
    assert [m["site"] for m in moves] == [[None, "Marseille"], ["Marseille", "Avignon"]]


def test_refusals_are_one_line_and_exit_2(db_url, session, admin, capsys):
    person = make_entrepreneur(session, admin, last_name="Durand")
    assert main(["site", "add", "--db", db_url, "--name", "Marseille", "--code", "MRS"]) == 0
    capsys.readouterr()
    # Same code again, unknown site, unknown login, unknown person.
    assert main(["site", "add", "--db", db_url, "--name", "Arles", "--code", "mrs"]) == 2
    assert "already called MRS" in _one_line_error(capsys)
    move = ["site", "move-entrepreneur", "--db", db_url, "--entrepreneur", str(person.id)]
    assert main([*move, "--to", "Lyon"]) == 2
    assert "Lyon" in _one_line_error(capsys)
    args = ["site", "add-member", "--db", db_url, "--site", "MRS", "--login", "nobody"]
    assert main([*args, "--role", "coach"]) == 2
    assert "nobody" in _one_line_error(capsys)
    assert (
        main(
            ["site", "move-entrepreneur", "--db", db_url, "--entrepreneur", "999999", "--to", "MRS"]
        )
        == 2
    )
    _one_line_error(capsys)
    session.expire_all()
    assert count_rows(session, Site) == 1
    assert count_rows(session, SiteMembership) == 0
    assert session.get(Entrepreneur, person.id).site_id is None
