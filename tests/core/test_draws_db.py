"""Draws recorded in the database (SQLite, and PostgreSQL when INCUBATOR_TEST_DB_URL is set):
a call and its pool, freeze, draw, the same RESULT.csv as the file-only CLI, a second draw needs
a reason and the first stays, and the reflection delay (answers, timeouts, replacements that keep
the quotas) on the app's clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from draw_pools import write_inputs
from factories import make_entrepreneur
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incubator_app.cli import main
from incubator_app.errors import ValidationError
from incubator_app.models.cooperation import CooperationDraw
from incubator_app.services.cooperation.calls import (
    add_volunteer,
    create_call,
    import_volunteers,
    list_volunteers,
    quotas_from_file,
    set_quotas,
)
from incubator_app.services.cooperation.confirmations import (
    CONFIRMED,
    PENDING,
    expire_invitations,
    panel_state,
    record_answer,
)
from incubator_app.services.cooperation.draws.replacement import quota_violations
from incubator_app.services.cooperation.recorded_draws import (
    freeze_draw,
    frozen_inputs,
    list_draws,
    perform_draw,
    verify_draw,
)

pytestmark = pytest.mark.core


@pytest.fixture(autouse=True)
def _english_messages():
    """The messages are matched in English; a CLI call of another test may have chosen French."""
    from incubator_app.i18n import set_core_language

    set_core_language("en")
    yield
    set_core_language("en")


def make_call(session, admin, tmp_path: Path, *, groups: int = 2, size: int = 6) -> int:
    pool, quotas = write_inputs(tmp_path)
    call_id = create_call(
        session,
        title="Laboratoire 2027",
        group_count=groups,
        group_size=size,
        territory="Vallée",
        confirm_days=7,
        seed_source="Loto du 05/12/2026",
        actor=admin,
    )
    assert import_volunteers(session, call_id, pool, actor=admin) == 80
    set_quotas(session, call_id, quotas_from_file(quotas), actor=admin)
    return call_id


def test_recorded_draw_matches_the_file_draw(session, admin, tmp_path: Path, capsys) -> None:
    call_id = make_call(session, admin, tmp_path, groups=1, size=12)
    draw = freeze_draw(session, call_id, actor=admin)
    assert draw.number == 1 and len(draw.frozen_hash) == 64
    assert (
        main(
            [
                "draw",
                "freeze",
                "--pool",
                str(tmp_path / "pool.csv"),
                "--quotas",
                str(tmp_path / "quotas.csv"),
                "--size",
                "12",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == draw.frozen_hash
    perform_draw(session, draw.id, " 4 8  15 ", actor=admin)
    row = session.get(CooperationDraw, draw.id)
    out = tmp_path / "r.csv"
    assert (
        main(
            [
                "draw",
                "run",
                "--pool",
                str(tmp_path / "pool.csv"),
                "--quotas",
                str(tmp_path / "quotas.csv"),
                "--size",
                "12",
                "--seed",
                "4 8 15",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes() == row.result_csv.encode("utf-8")
    assert verify_draw(session, draw.id, actor=admin)
    state = panel_state(session, draw.id, actor=admin)
    assert len(state.places) == 12 and {p.status for p in state.places} == {PENDING}


def test_second_draw_needs_a_reason_and_the_first_stays(session, admin, tmp_path) -> None:
    call_id = make_call(session, admin, tmp_path)
    first = freeze_draw(session, call_id, actor=admin)
    perform_draw(session, first.id, "1 2 3", actor=admin)
    with pytest.raises(ValidationError, match="needs a reason"):
        freeze_draw(session, call_id, actor=admin)
    second = freeze_draw(session, call_id, reason="Two volunteers were missing", actor=admin)
    draws = list_draws(session, call_id, actor=admin)
    assert [d.number for d in draws] == [1, 2]
    assert draws[0].seed == "1 2 3" and draws[1].reason == "Two volunteers were missing"
    assert second.frozen_hash == first.frozen_hash  # same inputs, same hash
    with pytest.raises(Exception, match="was made on"):
        perform_draw(session, first.id, "again", actor=admin)
    third = freeze_draw(session, call_id, reason="Quotas corrected", actor=admin)
    with pytest.raises(Exception, match="newer draw"):
        perform_draw(session, second.id, "x", actor=admin)
    perform_draw(session, third.id, "x", actor=admin)


def test_entrepreneurs_join_a_pool(session, admin, tmp_path) -> None:
    call_id = create_call(session, title="Mix", group_size=2, actor=admin)
    person = make_entrepreneur(session, "Nour", "Haddad")
    add_volunteer(
        session, call_id, entrepreneur_id=person.id, categories={"Milieu": "Rural"}, actor=admin
    )
    add_volunteer(
        session,
        call_id,
        name="Jeanne Élue",
        organisation="Mairie",
        categories={"milieu": "urbain"},
        actor=admin,
    )
    volunteers = list_volunteers(session, call_id, actor=admin)
    assert [(v.code, v.name, v.categories) for v in volunteers] == [
        (f"e{person.id}", "Nour Haddad", {"milieu": "rural"}),
        ("p2", "Jeanne Élue", {"milieu": "urbain"}),
    ]


def test_answers_timeouts_and_replacements(session, admin, tmp_path, frozen_clock) -> None:
    call_id = make_call(session, admin, tmp_path)
    draw = freeze_draw(session, call_id, actor=admin)
    perform_draw(session, draw.id, "seed", actor=admin)
    places = panel_state(session, draw.id, actor=admin).places
    record_answer(session, draw.id, places[0].code, confirmed=True, actor=admin)
    replacement = record_answer(session, draw.id, places[1].code, confirmed=False, actor=admin)
    assert replacement is not None and replacement.arriving not in {p.code for p in places}
    frozen_clock.shift(timedelta(days=7, minutes=1))
    with pytest.raises(Exception, match="has closed"):
        record_answer(session, draw.id, places[2].code, confirmed=True, actor=admin)
    timed_out = expire_invitations(session, draw.id, actor=admin)
    assert len(timed_out) == 11  # everyone but the one who confirmed (the replacement too)
    state = panel_state(session, draw.id, actor=admin)
    assert state.places[0].status == CONFIRMED or any(p.status == CONFIRMED for p in state.places)
    row = session.get(CooperationDraw, draw.id)
    inputs = frozen_inputs(row)
    panel = {p.code: p.group for p in state.places}
    if state.unfilled == 0:
        assert quota_violations(inputs, panel) == []


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(events=st.lists(st.tuples(st.integers(0, 11), st.booleans()), min_size=1, max_size=12))
def test_random_declines_keep_the_quotas(session, admin, tmp_path_factory, events) -> None:
    folder = tmp_path_factory.mktemp("pool")
    call_id = make_call(session, admin, folder)
    draw = freeze_draw(session, call_id, actor=admin)
    perform_draw(session, draw.id, "seed", actor=admin)
    inputs = frozen_inputs(session.get(CooperationDraw, draw.id))
    for index, timeout in events:
        state = panel_state(session, draw.id, actor=admin)
        pending = [p for p in state.places if p.status == PENDING]
        if not pending or state.unfilled:
            break
        if timeout:
            # Only this person's window runs out: the others answered "yes" before.
            for p in pending:
                if p.code != pending[index % len(pending)].code:
                    record_answer(session, draw.id, p.code, confirmed=True, actor=admin)
            _expire_all(session, draw.id, admin)
        else:
            record_answer(
                session, draw.id, pending[index % len(pending)].code, confirmed=False, actor=admin
            )
        state = panel_state(session, draw.id, actor=admin)
        if state.unfilled == 0:
            assert quota_violations(inputs, {p.code: p.group for p in state.places}) == []
            assert len(state.places) == 12


def _expire_all(session, draw_id, admin) -> None:
    from incubator_app.models.cooperation import DrawStep

    # Make the open deadlines due now (the clock is frozen by the test's fixture).
    for step in session.query(DrawStep).filter(DrawStep.draw_id == draw_id).all():
        if step.deadline is not None:
            step.deadline = step.at
    session.commit()
    expire_invitations(session, draw_id, actor=admin)


def test_cli_records_the_draw_of_a_call(session, admin, tmp_path, monkeypatch, db_url) -> None:
    from cli_accounts import passwords_on_stdin

    call_id = make_call(session, admin, tmp_path, groups=1, size=12)
    passwords_on_stdin(monkeypatch, "admin-password")
    base = ["--db", db_url, "--call", str(call_id), "--user", "admin"]
    assert main(["draw", "freeze", *base]) == 0
    passwords_on_stdin(monkeypatch, "admin-password")
    out = tmp_path / "recorded.csv"
    assert main(["draw", "run", *base, "--seed", "9 9 9", "-o", str(out)]) == 0
    files = tmp_path / "files.csv"
    assert (
        main(
            [
                "draw",
                "run",
                "--pool",
                str(tmp_path / "pool.csv"),
                "--quotas",
                str(tmp_path / "quotas.csv"),
                "--size",
                "12",
                "--seed",
                "9 9 9",
                "-o",
                str(files),
            ]
        )
        == 0
    )
    assert out.read_bytes() == files.read_bytes()
    passwords_on_stdin(monkeypatch, "admin-password")
    assert main(["draw", "verify", *base, "--seed", "9 9 9", "--expect", str(out)]) == 0
    draws = list_draws(session, call_id, actor=admin)
    assert draws[-1].seed == "9 9 9"
    passwords_on_stdin(monkeypatch, "admin-password")
    assert main(["draw", "freeze", *base]) == 2  # a second draw needs --reason
