"""Issue 17 on a secured PostgreSQL server, tried as in test_server_security.py (same fixture,
each case names the SQL it tries): the FSE+ answers are closed to coaches and viewers while the
funder report's FSE+ figures still reach them through `incubator_fse_figures` (sums only, the
caller's sites only), and the notes of follow-up calls are read by staff and admins only."""

from __future__ import annotations

import pytest
import test_server_security as base
from fse_fixture import HAND, PERIOD, build_fse_fixture
from sqlalchemy import select, text
from test_server_security import _app_session, _refused, _scalar_list

from incubator_app import clock
from incubator_app.models import Entrepreneur, FollowUpContact, FseQuestionnaire
from incubator_app.services.administration.users import authenticate
from incubator_app.services.funding.fse.indicators import fse_indicator_table

pytestmark = [
    pytest.mark.core,
    pytest.mark.skipif(
        not __import__("os").environ.get("INCUBATOR_TEST_DB_URL"),
        reason="needs a PostgreSQL server (INCUBATOR_TEST_DB_URL)",
    ),
]

# The secured server and its two sites, shared with test_server_security.py.
server = base.server
two_sites = base.two_sites

CALL_NOTE = "Au téléphone : séparation, dettes, ne pas rappeler avant mars"


@pytest.fixture
def fse(server, session) -> dict:
    grant_id = build_fse_fixture(session)
    session.commit()
    answers = session.scalar(select(FseQuestionnaire.id).limit(1))
    return {"grant": grant_id, "answers": answers, "rows": _count(session)}


def _count(session) -> int:
    return session.scalar(text("SELECT count(*) FROM fse_questionnaire"))


def _figures(table) -> dict:
    return {
        r.key: (r.total, r.women, r.men, r.non_binary, r.gender_unknown)
        for r in table.rows
        if r.key in HAND
    }


def test_coaches_and_viewers_read_no_fse_answer(server, fse):
    for who in ("coach_a", "viewer"):
        engine = server["connect"](who)
        # SQL: SELECT count(*) FROM fse_questionnaire
        assert _scalar_list(engine, "SELECT count(*) FROM fse_questionnaire") == [0], who
        # SQL: SELECT labour_status, disability FROM fse_questionnaire WHERE id = <a row>
        sql = "SELECT labour_status, disability FROM fse_questionnaire WHERE id = :i"
        assert _scalar_list(engine, sql, i=fse["answers"]) == [], who
        # SQL: SELECT e.last_name FROM entrepreneur e JOIN fse_questionnaire q ... (a join)
        joined = (
            "SELECT e.last_name FROM entrepreneur e JOIN fse_questionnaire q"
            " ON q.entrepreneur_id = e.id WHERE q.disability = 'yes'"
        )
        assert _scalar_list(engine, joined) == [], who
    # Staff and admins record the answers: they read them all.
    for who in ("staff", "admin"):
        engine = server["connect"](who)
        seen = _scalar_list(engine, "SELECT count(*) FROM fse_questionnaire")
        assert seen == [fse["rows"]], who


def test_coaches_write_no_fse_answer_nor_lift_the_rule(server, fse):
    coach_a = server["connect"]("coach_a")
    # SQL: UPDATE fse_questionnaire SET disability = 'no'
    assert _refused(coach_a, "UPDATE fse_questionnaire SET disability = 'no'") == "42501"
    # SQL: DELETE FROM fse_questionnaire
    assert _refused(coach_a, "DELETE FROM fse_questionnaire") == "42501"
    # SQL: INSERT INTO fse_questionnaire (entrepreneur_id, moment, answered_on, ...) VALUES (...)
    insert = (
        "INSERT INTO fse_questionnaire (entrepreneur_id, moment, answered_on, created_at,"
        " updated_at, version_id) VALUES (:p, 'entry', '2026-01-01', now(), now(), 1)"
    )
    assert _refused(coach_a, insert, p=server["person"].id) == "42501"
    # SQL: DROP POLICY fse_staff_only ON fse_questionnaire
    assert _refused(coach_a, "DROP POLICY fse_staff_only ON fse_questionnaire") == "42501"
    # SQL: ALTER TABLE fse_questionnaire DISABLE ROW LEVEL SECURITY
    sql = "ALTER TABLE fse_questionnaire DISABLE ROW LEVEL SECURITY"
    assert _refused(coach_a, sql) == "42501"
    # SQL: CREATE OR REPLACE FUNCTION incubator_reads_fse() ... SELECT true  (forge the rule)
    forged = (
        "CREATE OR REPLACE FUNCTION incubator_reads_fse() RETURNS boolean"
        " LANGUAGE sql AS $$ SELECT true $$"
    )
    assert _refused(coach_a, forged) == "42501"
    # A viewer writes nothing there either. SQL: UPDATE fse_questionnaire SET minority = 'no'
    viewer = server["connect"]("viewer")
    assert _refused(viewer, "UPDATE fse_questionnaire SET minority = 'no'") == "42501"
    staff = server["connect"]("staff")
    assert _scalar_list(staff, "SELECT count(*) FROM fse_questionnaire") == [fse["rows"]]


def test_the_report_s_figures_reach_coaches_and_viewers_as_sums(server, fse):
    start, end = PERIOD
    # SQL: SELECT incubator_fse_figures(<grant>, '2026-01-01', '2026-12-31')
    sql = "SELECT incubator_fse_figures(:g, :s, :e)"
    (figures,) = _scalar_list(server["connect"]("coach_a"), sql, g=fse["grant"], s=start, e=end)
    assert set(figures) == {"outputs", "results", "exit_unknown", "later_unknown"}
    assert figures["outputs"]["EECO01__total"] == HAND["EECO01"][0]
    # Only sums: no column names a person or an answer.
    assert not any(
        "entrepreneur" in key or "id" == key for part in figures.values() for key in part
    )
    # Through the app, signed in with their own login: the same table as the hand count.
    for who in ("coach_a", "viewer", "staff"):
        database = _app_session(server, who)
        try:
            with database.session() as session:
                actor = authenticate(session, server["logins"][who], "")
                table = fse_indicator_table(session, fse["grant"], actor=actor)
        finally:
            database.dispose()
        figures = _figures(table)
        for key, expected in HAND.items():
            assert figures[key] == expected, (who, key)


def test_the_fse_figures_follow_the_caller_s_sites(server, fse, two_sites, session):
    from incubator_app.services.sites.moves import move_entrepreneur

    admin = server["actors"]["admin"]
    anna = session.scalar(select(Entrepreneur.id).where(Entrepreneur.first_name == "Anna"))
    move_entrepreneur(session, anna, two_sites["avi"], actor=admin)
    session.commit()
    start, end = PERIOD
    sql = "SELECT incubator_fse_figures(:g, :s, :e) -> 'outputs' ->> 'EECO01__total'"
    # Coach B works in Avignon: Anna alone is theirs. Coach A (Marseille) counts nobody of the
    # grant. Staff (the network's team) count all seven.
    for who, expected in (("coach_b", "1"), ("coach_a", "0"), ("staff", "7")):
        got = _scalar_list(server["connect"](who), sql, g=fse["grant"], s=start, e=end)
        assert got == [expected], who


@pytest.fixture
def call_note(server, session) -> int:
    row = FollowUpContact(
        entrepreneur_id=server["person"].id, checkpoint="m12", channel="call",
        contacted_at=clock.now_utc(), reached=True, note=CALL_NOTE, recorded_by="staff",
    )  # fmt: skip
    session.add(row)
    session.commit()
    return row.id


def test_follow_up_call_notes_are_read_by_staff_and_admins_only(server, call_note):
    for who in ("coach_a", "viewer"):
        engine = server["connect"](who)
        # SQL: SELECT note FROM follow_up_contact
        assert _refused(engine, "SELECT note FROM follow_up_contact") == "42501", who
        # SQL: SELECT * FROM follow_up_contact
        assert _refused(engine, "SELECT * FROM follow_up_contact") == "42501", who
        # SQL: SELECT c.id FROM follow_up_contact c WHERE c.note LIKE '%dettes%'  (a probe)
        probe = "SELECT c.id FROM follow_up_contact c WHERE c.note LIKE '%dettes%'"
        assert _refused(engine, probe) == "42501", who
        # SQL: UPDATE follow_up_contact SET note = NULL
        assert _refused(engine, "UPDATE follow_up_contact SET note = NULL") == "42501", who
        # The rest of the row stays readable (the History tab lists the attempts).
        # SQL: SELECT id, checkpoint, channel FROM follow_up_contact
        sql = "SELECT checkpoint FROM follow_up_contact WHERE id = :i"
        assert _scalar_list(engine, sql, i=call_note) == ["m12"], who
    for who in ("staff", "admin"):
        engine = server["connect"](who)
        assert _scalar_list(engine, "SELECT note FROM follow_up_contact") == [CALL_NOTE], who


def test_the_rules_survive_a_second_setup(server, fse, call_note):
    from sqlalchemy import create_engine

    from incubator_app.db.server_security import apply_grants

    superuser = create_engine(server["url"])
    try:
        with superuser.begin() as conn:
            assert apply_grants(conn)  # what a migration's end does
            assert apply_grants(conn)
    finally:
        superuser.dispose()
    coach_a = server["connect"]("coach_a")
    assert _scalar_list(coach_a, "SELECT count(*) FROM fse_questionnaire") == [0]
    assert _refused(coach_a, "SELECT note FROM follow_up_contact") == "42501"
    assert _scalar_list(server["connect"]("staff"), "SELECT count(*) FROM fse_questionnaire") == [
        fse["rows"]
    ]
