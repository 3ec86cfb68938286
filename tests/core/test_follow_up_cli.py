"""`incubator-app followup due|send|call|record`: the campaign from scripts; bad input is one
line on stderr and exit status 2, with nothing written."""

from __future__ import annotations

from datetime import date

import pytest
from cli_accounts import CLI_LOGIN, CLI_PASSWORD, add_cli_account, passwords_on_stdin
from helpers_people import count_rows
from test_follow_up_campaign import _left

from incubator_app.cli import main
from incubator_app.models import FollowUpCheckpoint, FollowUpContact, OutboxMessage

pytestmark = [pytest.mark.core, pytest.mark.clock("2026-12-15 10:00")]


@pytest.fixture(autouse=True)
def _signed_in(db_url, db, monkeypatch) -> None:
    add_cli_account(db_url)
    passwords_on_stdin(monkeypatch, CLI_PASSWORD)


def _run(*argv: str) -> int:
    return main([*argv, "--lang", "en", "--user", CLI_LOGIN])


def test_due_send_call_record(db_url, session, admin, capsys):
    alice = _left(session, admin, "Alice", "Arnaud", date(2025, 12, 10), email="a@example.org")
    bruno = _left(session, admin, "Bruno", "Blanc", date(2026, 6, 5), email=None)
    session.commit()
    assert _run("followup", "due", "--db", db_url) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("due\tcheckpoint\tid")
    assert f"2026-12-10\tm12\t{alice.id}\tAlice Arnaud\ta@example.org" in out[2]
    assert out[1].endswith("\t0\t\topen") and f"\t{bruno.id}\tBruno Blanc" in out[1]

    # --pending skips the person without an address.
    assert _run("followup", "send", "--pending", "--db", db_url) == 0
    assert "1 e-mail(s)" in capsys.readouterr().out
    assert _run("followup", "call", "--person", str(bruno.id), "--checkpoint", "m6",
                "--reached", "yes", "--note", "rappeler", "--db", db_url) == 0  # fmt: skip
    assert _run("followup", "record", "--person", str(alice.id), "--checkpoint", "m12",
                "--active", "yes", "--legal-form", "micro", "--jobs", "1",
                "--db", db_url) == 0  # fmt: skip
    session.expire_all()
    assert count_rows(session, OutboxMessage) == 1
    assert count_rows(session, FollowUpContact) == 2
    assert _run("followup", "due", "--answered", "yes", "--db", db_url) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[1].endswith("answered") and "Alice" in out[1]
    cp = session.query(FollowUpCheckpoint).filter_by(entrepreneur_id=alice.id,
                                                     months_after_exit=12).one()  # fmt: skip
    assert (cp.business_active, cp.legal_form, cp.jobs_created, cp.checked_on) == (
        True, "micro", 1, date(2026, 12, 15),
    )  # fmt: skip


@pytest.mark.parametrize(
    "argv",
    [
        ("followup", "due", "--month", "2026-13"),
        ("followup", "due", "--checkpoint", "m7"),
        ("followup", "send", "--person", "x"),
        ("followup", "send", "--person", "999"),
        ("followup", "call", "--person", "1", "--checkpoint", "m6", "--reached", "maybe"),
        ("followup", "record", "--person", "1", "--checkpoint", "m12", "--active", "yes",
         "--legal-form", "sarl"),
        ("followup", "record", "--person", "1", "--checkpoint", "m12", "--active", "yes",
         "--on", "2027-01-01"),
        ("followup", "record", "--person", "1", "--checkpoint", "fse_exit", "--active", "yes"),
        ("followup", "record", "--person", "999", "--checkpoint", "m12", "--active", "yes"),
        ("followup", "record", "--person", "1", "--checkpoint", "m12", "--active", "yes",
         "--jobs", "-2"),
    ],
)  # fmt: skip
def test_errors_are_one_line_exit_2_and_nothing_written(db_url, session, admin, capsys, argv):
    _left(session, admin, "Alice", "Arnaud", date(2025, 12, 10))
    session.commit()
    with pytest.raises(SystemExit) as exit_info:
        raise SystemExit(_run(*argv, "--db", db_url))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0], err
    session.expire_all()
    assert count_rows(session, FollowUpContact) == 0
    assert count_rows(session, FollowUpCheckpoint, FollowUpCheckpoint.checked_on.is_not(None)) == 0
