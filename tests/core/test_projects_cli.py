"""`incubator-app project add|list|show|members|sheet`: a project from a drawn group keeps the
members who confirmed; bad input is one line on stderr, exit 2, nothing written."""

from __future__ import annotations

import pytest
from cli_accounts import passwords_on_stdin
from factories import count, make_entrepreneur

from incubator_app.cli import main as cli_main
from incubator_app.models import CooperationProject, ToolboxSheet
from incubator_app.services.cooperation.calls import add_volunteer, create_call
from incubator_app.services.cooperation.confirmations import panel_state, record_answer
from incubator_app.services.cooperation.recorded_draws import freeze_draw, perform_draw

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch) -> None:
    passwords_on_stdin(monkeypatch, "admin-password")


def run(capsys, db_url, *argv: str) -> tuple[int, str, str]:
    code = cli_main(["project", *argv, "--db", db_url, "--user", "admin", "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_project_from_a_drawn_group_then_a_sheet(capsys, db_url, session, admin):
    people = [make_entrepreneur(session, first_name=f"Nom{i}", last_name=f"Prénom{i}")
              for i in range(4)]  # fmt: skip
    call = create_call(
        session, title="Binômes", group_size=2, territory="Vallée de l'Huveaune", actor=admin
    )
    for i, person in enumerate(people):
        add_volunteer(
            session, call, entrepreneur_id=person.id,
            categories={"milieu": "rural" if i % 2 else "urbain"}, actor=admin,
        )  # fmt: skip
    draw = freeze_draw(session, call, actor=admin)
    perform_draw(session, draw.id, "12 25 31 40 44", actor=admin)
    places = panel_state(session, draw.id, actor=admin).places
    record_answer(session, draw.id, places[0].code, confirmed=True, actor=admin)
    confirmed = int(places[0].code[1:])

    code, out, err = run(
        capsys, db_url, "add", "--from-draw", str(draw.id), "--group", "1",
        "--starts", "2027-01-04", "--places", "Ferme des Alpilles", "--themes", "agriculture",
    )  # fmt: skip
    assert code == 0, err
    project_id = int(out)
    code, out, _ = run(capsys, db_url, "show", str(project_id))
    assert f"#{project_id}  Binômes" in out
    assert "territory: Vallée de l'Huveaune" in out
    assert [line.split()[2] for line in out.splitlines() if line.startswith("participant:")] == [
        str(confirmed)
    ]
    other = next(p.id for p in people if p.id != confirmed)
    code, out, _ = run(capsys, db_url, "members", str(project_id), "--entrepreneur", str(other))
    assert code == 0 and f"participant: entrepreneur {other}" in out

    code, out, _ = run(capsys, db_url, "list", "--text", "alpilles")
    assert out.split()[0] == str(project_id) and "1 participant(s)" in out

    code, out, err = run(capsys, db_url, "sheet", str(project_id))
    assert code == 0, err
    sheet = session.get(ToolboxSheet, int(out))
    assert sheet.project_id == project_id and "Ferme des Alpilles" in sheet.context


def test_bad_input_writes_nothing(capsys, db_url, session, admin):
    code, _out, err = run(capsys, db_url, "add", "--starts", "2027-01-04")
    assert code == 2 and "title" in err and len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, db_url, "add", "--title", "X", "--starts", "2027-13-01")
    assert code == 2 and "--starts" in err
    code, _out, err = run(
        capsys, db_url, "add", "--title", "X", "--starts", "2027-02-01", "--ends", "2027-01-01"
    )
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, db_url, "add", "--title", "X", "--contact", "404")
    assert code == 2 and "404" in err
    for argv in (
        ["show", "99999999999999999999"],
        ["show", "un"],
        ["sheet", str(2**63)],
        ["add", "--title", "X", "--entrepreneur", "-1"],
        ["add", "--from-draw", str(2**63)],
        ["add", "--from-draw", "1", "--group", "0"],
    ):
        code, _out, err = run(capsys, db_url, *argv)
        assert code == 2 and len(err.strip().splitlines()) == 1, (argv, err)
    assert count(session, CooperationProject) == 0
