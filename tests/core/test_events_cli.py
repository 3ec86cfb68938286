"""`incubator-app event create|register|cancel|accept|decline|show|tick`: what each prints,
and that a refusal is one line on stderr, exit 2, with nothing written."""

from __future__ import annotations

import pytest
from cli_accounts import passwords_on_stdin
from factories import count, make_entrepreneur

from incubator_app.cli import main as cli_main
from incubator_app.models import Event, Registration

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch) -> None:
    passwords_on_stdin(monkeypatch, "admin-password")


def run(capsys, db_url, *argv: str) -> tuple[int, str, str]:
    code = cli_main(["event", *argv, "--db", db_url, "--user", "admin"])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(code: int, err: str) -> str:
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_the_whole_path(capsys, db_url, session, admin):
    person = make_entrepreneur(session, "Lina")
    code, out, _ = run(
        capsys,
        db_url,
        "create",
        "--title",
        "Atelier devis",
        "--start",
        "2026-12-01T14:00",
        "--end",
        "2026-12-01T17:00",
        "--capacity",
        "1",
        "--offer-hours",
        "24",
    )
    assert code == 0
    event_id = out.strip()
    code, out, _ = run(
        capsys, db_url, "register", "--event", event_id, "--entrepreneur", str(person.id)
    )
    first = out.split()[0]
    assert out.split()[1] == "registered"
    code, out, _ = run(
        capsys,
        db_url,
        "register",
        "--event",
        event_id,
        "--email",
        "zoe@exemple.fr",
        "--name",
        "Zoé Durand",
        "--places",
        "1",
    )
    second = out.split()[0]
    assert "waitlisted" in out and "1" in out.split("(")[1]
    code, out, _ = run(capsys, db_url, "cancel", "--registration", first)
    assert out.strip() == f"{first} cancelled"
    code, out, _ = run(capsys, db_url, "show", "--event", event_id, "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("registration_id,person")
    assert any(line.startswith(f"{second},Zoé Durand,zoe@exemple.fr,1,offered") for line in lines)
    code, out, _ = run(capsys, db_url, "accept", "--registration", second)
    assert out.strip() == f"{second} registered"
    code, out, _ = run(capsys, db_url, "show", "--event", event_id)
    assert "Atelier devis" in out and "1 sur 1" in out
    code, out, _ = run(capsys, db_url, "tick")
    assert code == 0 and out.split()[0] == "0"  # nothing to promote: the event is full


@pytest.mark.parametrize(
    "argv",
    [
        [
            "create",
            "--title",
            "X",
            "--start",
            "demain",
            "--end",
            "2026-12-01T17:00",
            "--capacity",
            "3",
        ],
        [
            "create",
            "--title",
            "X",
            "--start",
            "2026-12-01T18:00",
            "--end",
            "2026-12-01T17:00",
            "--capacity",
            "3",
        ],
        [
            "create",
            "--title",
            "X",
            "--start",
            "2026-12-01T14:00",
            "--end",
            "2026-12-01T17:00",
            "--capacity",
            "0",
        ],
        [
            "create",
            "--title",
            "X",
            "--start",
            "2026-12-01T14:00",
            "--end",
            "2026-12-01T17:00",
            "--capacity",
            "3",
            "--kind",
            "concert",
        ],
        ["register", "--event", "999", "--email", "a@b.fr", "--name", "A"],
        ["register", "--event", "abc", "--email", "a@b.fr", "--name", "A"],
        ["register", "--event", "1", "--email", "pas-une-adresse", "--name", "A"],
        ["register", "--event", "1", "--email", "a@b.fr"],
        ["cancel", "--registration", "999"],
        ["accept", "--registration", "0"],
    ],
)
def test_refusals_are_one_line_and_write_nothing(capsys, db_url, session, admin, argv):
    run(
        capsys,
        db_url,
        "create",
        "--title",
        "Base",
        "--start",
        "2026-12-01T14:00",
        "--end",
        "2026-12-01T17:00",
        "--capacity",
        "3",
    )
    events, registrations = count(session, Event), count(session, Registration)
    code, _, err = run(capsys, db_url, *argv)
    _one_line_error(code, err)
    session.expire_all()
    assert (count(session, Event), count(session, Registration)) == (events, registrations)


def test_registering_twice_is_refused(capsys, db_url, session, admin):
    _, out, _ = run(
        capsys,
        db_url,
        "create",
        "--title",
        "Base",
        "--start",
        "2026-12-01T14:00",
        "--end",
        "2026-12-01T17:00",
        "--capacity",
        "3",
    )
    event_id = out.strip()
    run(capsys, db_url, "register", "--event", event_id, "--email", "a@b.fr", "--name", "A B")
    code, _, err = run(
        capsys, db_url, "register", "--event", event_id, "--email", "A@B.FR", "--name", "A B"
    )
    assert "déjà inscrite" in _one_line_error(code, err)
