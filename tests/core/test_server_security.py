"""A shared PostgreSQL server enforces what the app promises (issue 18), tried as an attacker on
a staff PC would: connected straight to the server with a coach's (or a viewer's) own login
role, with SQL as psql would send it. Each case names the SQL it tries. Then the same attempts
through the app's services and command line are refused with a clear message.

Runs on PostgreSQL only (INCUBATOR_TEST_DB_URL, a superuser's URL as in dev.sh): the test's own
database (the `db_url` fixture) and its own roles (a random prefix and logins), dropped after.
The test server trusts loopback connections, so passwords are not what is tested here: what a
role may do once connected is.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from factories import make_actor, make_entrepreneur
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from incubator_app.cli import main
from incubator_app.db.migrate import open_database
from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.models import Role
from incubator_app.services.actor import Actor
from incubator_app.services.administration.users import (
    authenticate,
    create_user,
    set_user_role,
)
from incubator_app.services.coaching.sessions import get_coaching_session, log_coaching_session
from incubator_app.services.server.setup import add_server_user, setup_server

pytestmark = [
    pytest.mark.core,
    pytest.mark.skipif(
        not __import__("os").environ.get("INCUBATOR_TEST_DB_URL"),
        reason="needs a PostgreSQL server (INCUBATOR_TEST_DB_URL)",
    ),
]

SECRET_A = "Notes de A : difficultés personnelles"
SECRET_B = "Notes de B : ne pas diffuser"


@pytest.fixture
def server(db_url: str, session) -> Iterator[dict]:
    """A secured database: an admin, coaches A and B with notes, a staff member, a viewer."""
    tag = uuid.uuid4().hex[:8]
    prefix = f"sec{tag}"
    logins = {r: f"{r}_{tag}" for r in ("admin", "coach_a", "coach_b", "staff", "viewer")}
    actors = {
        "admin": make_actor(session, "admin", logins["admin"]),
        "coach_a": make_actor(session, "coach", logins["coach_a"]),
        "coach_b": make_actor(session, "coach", logins["coach_b"]),
        "staff": make_actor(session, "staff", logins["staff"]),
        "viewer": make_actor(session, "viewer", logins["viewer"]),
    }
    person = make_entrepreneur(session)
    notes = {}
    for who, secret in (("coach_a", SECRET_A), ("coach_b", SECRET_B)):
        notes[who] = log_coaching_session(
            session,
            session_date=date(2026, 4, 2),
            duration_minutes=60,
            coach_id=actors[who].coach_id,
            participants=[person.id],
            confidential_notes=secret,
            actor=actors[who],
        )
    plain = log_coaching_session(
        session,
        session_date=date(2026, 4, 3),
        duration_minutes=30,
        coach_id=actors["coach_b"].coach_id,
        participants=[person.id],
        actor=actors["coach_b"],
    )
    done = setup_server(session, prefix=prefix)
    assert sorted(done.logins) == sorted(logins.values())
    for login in logins.values():
        add_server_user(session, login, "a-long-password", actor=Actor.system())
    engines: dict[str, Engine] = {}

    def connect(who: str) -> Engine:
        if who not in engines:
            url = make_url(db_url).set(username=logins[who], password="a-long-password")
            engines[who] = create_engine(url, isolation_level="AUTOCOMMIT")
        return engines[who]

    extra_roles: list[str] = []
    yield {
        "url": db_url,
        "prefix": prefix,
        "logins": logins,
        "actors": actors,
        "notes": notes,
        "plain": plain,
        "person": person,
        "connect": connect,
        "extra_roles": extra_roles,
    }
    for engine in engines.values():
        engine.dispose()
    session.close()
    # The roles are the server's, not the database's: they go too, once the database that
    # holds their grants is gone (db_url's own DROP finds nothing left).
    groups = [f"{prefix}_{g}" for g in ("admin", "staff", "coach", "viewer")]
    _drop_database_and_roles(
        db_url, [*logins.values(), *extra_roles, f"evil_{prefix}", *groups, f"{prefix}_owner"]
    )


def _drop_database_and_roles(url: str, roles: list[str]) -> None:
    name = make_url(url).database
    admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        for role in roles:
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    admin.dispose()


def _refused(engine: Engine, sql: str, **params) -> str:
    """Runs `sql` and returns the server's refusal (SQLSTATE 42501 or 42704 for an unknown
    role in a grant), failing when the server lets it through."""
    with engine.connect() as conn:
        with pytest.raises(DBAPIError) as caught:
            conn.execute(text(sql), params)
    return caught.value.orig.sqlstate  # type: ignore[union-attr]


def _scalar_list(engine: Engine, sql: str, **params) -> list:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params).scalars())


# -- straight to the server with SQL, as a coach --------------------------------------------


def test_a_coach_reads_only_their_own_confidential_notes(server):
    coach_a = server["connect"]("coach_a")
    other = server["notes"]["coach_b"].id
    # SQL: SELECT notes FROM coaching_note
    assert _scalar_list(coach_a, "SELECT notes FROM coaching_note") == [SECRET_A]
    # SQL: SELECT notes FROM coaching_note WHERE session_id = <B's session>
    assert (
        _scalar_list(coach_a, "SELECT notes FROM coaching_note WHERE session_id = :s", s=other)
        == []
    )
    # SQL: SELECT n.notes FROM coaching_session s JOIN coaching_note n ... (through a join)
    joined = "SELECT n.notes FROM coaching_session s JOIN coaching_note n ON n.session_id = s.id"
    assert _scalar_list(coach_a, joined) == [SECRET_A]
    # The admins read every note (the app's rule), straight from the server too.
    admin = server["connect"]("admin")
    assert sorted(_scalar_list(admin, "SELECT notes FROM coaching_note")) == sorted(
        [SECRET_A, SECRET_B]
    )


def test_a_coach_cannot_write_or_forge_other_notes(server):
    coach_a = server["connect"]("coach_a")
    other = server["notes"]["coach_b"].id
    b_id = server["actors"]["coach_b"].user_id
    # SQL: UPDATE coaching_note SET notes = 'écrasé' WHERE session_id = <B's>  (no row seen)
    with coach_a.connect() as conn:
        changed = conn.execute(
            text("UPDATE coaching_note SET notes = 'écrasé' WHERE session_id = :s"), {"s": other}
        )
        assert changed.rowcount == 0
        # SQL: DELETE FROM coaching_note  (only their own row is within reach)
        assert (
            conn.execute(
                text("DELETE FROM coaching_note WHERE session_id = :s"), {"s": other}
            ).rowcount
            == 0
        )
    # SQL: UPDATE coaching_note SET author_id = <A> WHERE session_id = <B's>  (take B's notes)
    with coach_a.connect() as conn:
        taken = conn.execute(
            text("UPDATE coaching_note SET author_id = :a WHERE session_id = :s"),
            {"a": server["actors"]["coach_a"].user_id, "s": other},
        )
        assert taken.rowcount == 0
    # SQL: INSERT INTO coaching_note (session_id, notes, author_id) VALUES (<plain>, 'x', <B>)
    assert (
        _refused(
            coach_a,
            "INSERT INTO coaching_note (session_id, notes, author_id) VALUES (:s, 'x', :b)",
            s=server["plain"].id,
            b=b_id,
        )
        == "42501"
    )
    # SQL: ALTER TABLE coaching_note DISABLE ROW LEVEL SECURITY
    assert _refused(coach_a, "ALTER TABLE coaching_note DISABLE ROW LEVEL SECURITY") == "42501"
    admin = server["connect"]("admin")
    assert sorted(_scalar_list(admin, "SELECT notes FROM coaching_note")) == sorted(
        [SECRET_A, SECRET_B]
    )


def test_a_coach_cannot_read_password_hashes(server):
    coach_a = server["connect"]("coach_a")
    # SQL: SELECT password_hash FROM user_account
    assert _refused(coach_a, "SELECT password_hash FROM user_account") == "42501"
    # SQL: SELECT * FROM user_account
    assert _refused(coach_a, "SELECT * FROM user_account") == "42501"
    # Not the admins either: only the owner reads hashes.
    # SQL (as an admin): SELECT password_hash FROM user_account
    assert _refused(server["connect"]("admin"), "SELECT password_hash FROM user_account") == "42501"
    # The rest of the accounts stays readable (the app lists them).
    assert server["logins"]["coach_a"] in _scalar_list(coach_a, "SELECT login FROM user_account")


def test_a_coach_cannot_change_any_role(server):
    coach_a = server["connect"]("coach_a")
    me, prefix = server["logins"]["coach_a"], server["prefix"]
    # SQL: UPDATE user_account SET role = 'admin' WHERE login = <me>
    assert (
        _refused(coach_a, "UPDATE user_account SET role = 'admin' WHERE login = :l", l=me)
        == "42501"
    )
    # SQL: UPDATE user_account SET active = false WHERE login = <admin>
    assert (
        _refused(
            coach_a,
            "UPDATE user_account SET active = false WHERE login = :l",
            l=server["logins"]["admin"],
        )
        == "42501"
    )
    # SQL: UPDATE user_account SET display_name = 'x' WHERE login = <admin>  (not their row)
    with coach_a.connect() as conn:
        assert (
            conn.execute(
                text("UPDATE user_account SET display_name = 'x' WHERE login = :l"),
                {"l": server["logins"]["admin"]},
            ).rowcount
            == 0
        )
    # SQL: GRANT <prefix>_admin TO <me>
    assert _refused(coach_a, f'GRANT "{prefix}_admin" TO "{me}"') == "42501"
    # SQL: SET ROLE <prefix>_admin
    assert _refused(coach_a, f'SET ROLE "{prefix}_admin"') == "42501"
    # SQL: SELECT incubator_sync_login(<me>, NULL, 'admin')
    assert _refused(coach_a, "SELECT incubator_sync_login(:l, NULL, 'admin')", l=me) == "42501"
    # SQL: ALTER ROLE <me> SUPERUSER
    assert _refused(coach_a, f'ALTER ROLE "{me}" SUPERUSER') == "42501"
    admin = server["connect"]("admin")
    assert _scalar_list(admin, "SELECT role FROM user_account WHERE login = :l", l=me) == ["coach"]


def test_a_coach_cannot_create_accounts(server):
    coach_a = server["connect"]("coach_a")
    evil = "evil_" + server["prefix"]
    # SQL: INSERT INTO user_account (login, display_name, role, password_hash, active, ...)
    insert = (
        "INSERT INTO user_account (login, display_name, role, password_hash, active,"
        " failed_sign_ins, created_at, updated_at, version_id)"
        " VALUES (:l, 'Evil', 'admin', 'x', true, 0, now(), now(), 1)"
    )
    assert _refused(coach_a, insert, l=evil) == "42501"
    # SQL: CREATE ROLE evil LOGIN PASSWORD 'x'
    assert _refused(coach_a, f"CREATE ROLE \"{evil}\" LOGIN PASSWORD 'x'") == "42501"
    # SQL: SELECT incubator_sync_login('evil', 'x', 'admin')
    assert _refused(coach_a, "SELECT incubator_sync_login(:l, 'x', 'admin')", l=evil) == "42501"
    admin = server["connect"]("admin")
    assert _scalar_list(admin, "SELECT count(*) FROM pg_roles WHERE rolname = :l", l=evil) == [0]


def test_an_app_admin_cannot_take_over_a_role_that_is_not_the_incubators(server):
    outsider = "outsider_" + server["prefix"]
    server["extra_roles"].append(outsider)
    superuser = create_engine(server["url"], isolation_level="AUTOCOMMIT")
    with superuser.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{outsider}" LOGIN'))
    superuser.dispose()
    # SQL (as an app admin): SELECT incubator_sync_login('outsider', 'new password', 'admin')
    admin = server["connect"]("admin")
    sql = "SELECT incubator_sync_login(:l, 'x', 'admin')"
    assert _refused(admin, sql, l=outsider) == "42501"


def test_audit_rows_are_insert_only(server):
    for who in ("coach_a", "admin"):
        engine = server["connect"](who)
        # SQL: UPDATE audit_entry SET action = 'nothing'
        assert _refused(engine, "UPDATE audit_entry SET action = 'nothing'") == "42501"
        # SQL: DELETE FROM audit_entry
        assert _refused(engine, "DELETE FROM audit_entry") == "42501"
        # SQL: TRUNCATE audit_entry
        assert _refused(engine, "TRUNCATE audit_entry") == "42501"
    # Writers add audit rows (every change of the app does).
    with server["connect"]("coach_a").connect() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_entry (user_id, user_login, entity, entity_id, action, at)"
                " VALUES (:u, :l, 'coaching_session', 1, 'probe', now())"
            ),
            {"u": server["actors"]["coach_a"].user_id, "l": server["logins"]["coach_a"]},
        )


def test_a_viewer_writes_nothing(server):
    viewer = server["connect"]("viewer")
    person = server["person"].id
    attempts = [
        # SQL: INSERT INTO entrepreneur (...)
        "INSERT INTO entrepreneur (first_name, last_name, entry_date, stage, created_at,"
        " updated_at, version_id) VALUES ('X', 'Y', '2026-01-01', 'candidate', now(), now(), 1)",
        # SQL: UPDATE entrepreneur SET first_name = 'X'
        "UPDATE entrepreneur SET first_name = 'X'",
        # SQL: DELETE FROM session_participant
        "DELETE FROM session_participant",
        # SQL: UPDATE coaching_session SET summary = 'X'
        "UPDATE coaching_session SET summary = 'X'",
        # SQL: INSERT INTO audit_entry (...)
        "INSERT INTO audit_entry (user_login, entity, action, at) VALUES ('v', 'x', 'y', now())",
        # SQL: UPDATE user_account SET display_name = 'X' WHERE login = <me>
        f"UPDATE user_account SET display_name = 'X' WHERE login = '{server['logins']['viewer']}'",
        # SQL: INSERT INTO coaching_note (...)
        f"INSERT INTO coaching_note (session_id, notes) VALUES ({server['plain'].id}, 'x')",
    ]
    for sql in attempts:
        assert _refused(viewer, sql) == "42501", sql
    # Reading is what a viewer does.
    assert person in _scalar_list(viewer, "SELECT id FROM entrepreneur")
    assert _scalar_list(viewer, "SELECT notes FROM coaching_note") == []


# -- the same attempts through the app ---------------------------------------------------------


def _app_session(server, who: str):
    url = make_url(server["url"]).set(username=server["logins"][who], password="a-long-password")
    return open_database(url.render_as_string(hide_password=False), create=False, upgrade=False)


def test_through_the_services_a_coach_is_refused(server):
    database = _app_session(server, "coach_a")
    try:
        with database.session() as session:
            # The server checked the password when the connection opened.
            coach = authenticate(session, server["logins"]["coach_a"], "")
            assert coach.role is Role.COACH
            with pytest.raises(PermissionDenied):
                authenticate(session, server["logins"]["admin"], "admin's password")
            other = get_coaching_session(session, server["notes"]["coach_b"].id, actor=coach)
            assert other.confidential_notes is None and other.notes_hidden
            mine = get_coaching_session(session, server["notes"]["coach_a"].id, actor=coach)
            assert mine.confidential_notes == SECRET_A
            with pytest.raises(PermissionDenied):
                create_user(
                    session,
                    login="evil",
                    display_name="Evil",
                    role="admin",
                    password="long-enough-password",
                    actor=coach,
                )
            with pytest.raises(PermissionDenied):
                set_user_role(session, coach.user_id, "admin", expected_version=None, actor=coach)
            # A tampered app that claims to be an admin: the server refuses, with a message.
            forged = Actor(
                user_id=coach.user_id, login=coach.login, role=Role.ADMIN, display_name="x"
            )
            with pytest.raises(PermissionDenied) as refused:
                create_user(
                    session,
                    login="evil_" + server["prefix"],
                    display_name="Evil",
                    role="admin",
                    password="long-enough-password",
                    actor=forged,
                )
            assert "database server refused" in str(refused.value.message)
            with pytest.raises(PermissionDenied) as refused:
                set_user_role(session, coach.user_id, "admin", expected_version=None, actor=forged)
            assert "database server refused" in str(refused.value.message)
            forged_view = get_coaching_session(session, server["notes"]["coach_b"].id, actor=forged)
            assert forged_view.confidential_notes is None  # the server never sent them
    finally:
        database.dispose()


def test_user_add_on_the_server_needs_an_admin_connection(server, monkeypatch, capsys):
    def url_of(who: str) -> str:
        url = make_url(server["url"]).set(
            username=server["logins"][who], password="a-long-password"
        )
        return url.render_as_string(hide_password=False)

    evil = "evil_" + server["prefix"]
    monkeypatch.setattr("sys.stdin", io.StringIO("long-enough-password\n"))
    args = ["user", "add", "--db", url_of("coach_a"), "--login", evil, "--role", "admin"]
    assert main([*args, "--lang", "en"]) == 2
    assert "may not do this" in capsys.readouterr().err
    # Naming an admin's account does not help: the connection is the coach's.
    monkeypatch.setattr("sys.stdin", io.StringIO("long-enough-password\n"))
    admin_login = server["logins"]["admin"]
    assert main([*args, "--user", admin_login, "--lang", "en"]) == 2
    assert "cannot sign in on it" in capsys.readouterr().err
    # An admin's connection creates the account and its login role, in the coach group.
    newcomer = "new_" + server["prefix"]
    server["extra_roles"].append(newcomer)
    monkeypatch.setattr("sys.stdin", io.StringIO("long-enough-password\n"))
    args = ["user", "add", "--db", url_of("admin"), "--login", newcomer, "--role", "coach"]
    assert main([*args, "--lang", "en"]) == 0, capsys.readouterr().err
    admin = server["connect"]("admin")
    groups = _scalar_list(
        admin,
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :l",
        l=newcomer,
    )
    assert groups == [server["prefix"] + "_coach"]
    assert _scalar_list(admin, "SELECT count(*) FROM pg_roles WHERE rolname = :l", l=evil) == [0]


def test_setup_is_idempotent_and_migrations_keep_the_policies(server):
    from incubator_app.db.server_security import apply_grants, rls_enabled

    superuser = create_engine(server["url"])
    try:
        with superuser.begin() as conn:
            assert apply_grants(conn)
            conn.execute(text("CREATE TABLE later_table (id integer PRIMARY KEY, x text)"))
            assert apply_grants(conn)  # what a migration's end does
            assert rls_enabled(conn, "coaching_note")
        with superuser.connect() as conn:
            owner = conn.execute(
                text("SELECT tableowner FROM pg_tables WHERE tablename = 'later_table'")
            ).scalar()
            assert owner == server["prefix"] + "_owner"
    finally:
        superuser.dispose()
    viewer = server["connect"]("viewer")
    assert _refused(viewer, "INSERT INTO later_table VALUES (1, 'x')") == "42501"
    assert _scalar_list(server["connect"]("coach_a"), "SELECT count(*) FROM later_table") == [0]


# -- sites: a person sees the people of their own sites only -----------------------------------


@pytest.fixture
def two_sites(server, session) -> dict:
    """Marseille (coach A's site, with the fixture's person) and Avignon (coach B's, with a
    person of its own, a milestone and a session with coach B). Staff and viewer belong to no
    site (the network's team), so they see both."""
    from incubator_app.services.milestones.records import create_milestone
    from incubator_app.services.sites.members import add_member
    from incubator_app.services.sites.moves import move_entrepreneur
    from incubator_app.services.sites.records import create_site

    admin, actors = server["actors"]["admin"], server["actors"]
    mrs = create_site(session, name="Marseille", code="MRS", actor=admin)
    avi = create_site(session, name="Avignon", code="AVI", actor=admin)
    add_member(session, mrs.id, actors["coach_a"].user_id, Role.COACH, actor=admin)
    add_member(session, avi.id, actors["coach_b"].user_id, Role.COACH, actor=admin)
    move_entrepreneur(session, server["person"].id, mrs.id, actor=admin)
    other = make_entrepreneur(session, "Inès", "Avignonnaise")
    move_entrepreneur(session, other.id, avi.id, actor=admin)
    create_milestone(
        session,
        entrepreneur_id=other.id,
        title="Bilan à six mois",
        due_on=date(2026, 7, 1),
        actor=admin,
    )
    log_coaching_session(
        session,
        session_date=date(2026, 4, 5),
        duration_minutes=45,
        coach_id=actors["coach_b"].coach_id,
        participants=[other.id],
        actor=actors["coach_b"],
    )
    return {"mrs": mrs.id, "avi": avi.id, "mine": server["person"].id, "other": other.id}


def test_a_coach_cannot_read_other_sites_entrepreneurs(server, two_sites):
    coach_a = server["connect"]("coach_a")
    mine, other = two_sites["mine"], two_sites["other"]
    # SQL: SELECT id FROM entrepreneur
    assert _scalar_list(coach_a, "SELECT id FROM entrepreneur") == [mine]
    # SQL: SELECT last_name FROM entrepreneur WHERE id = <Avignon's person>
    sql = "SELECT last_name FROM entrepreneur WHERE id = :i"
    assert _scalar_list(coach_a, sql, i=other) == []
    # SQL: SELECT count(*) FROM entrepreneur WHERE site_id = <Avignon>
    sql = "SELECT count(*) FROM entrepreneur WHERE site_id = :s"
    assert _scalar_list(coach_a, sql, s=two_sites["avi"]) == [0]
    # What hangs from the person is hidden with them.
    # SQL: SELECT title FROM milestone WHERE entrepreneur_id = <Avignon's person>
    sql = "SELECT title FROM milestone WHERE entrepreneur_id = :i"
    assert _scalar_list(coach_a, sql, i=other) == []
    # SQL: SELECT entrepreneur_id FROM session_participant
    assert set(_scalar_list(coach_a, "SELECT entrepreneur_id FROM session_participant")) == {mine}
    # SQL: SELECT to_stage FROM stage_change WHERE entrepreneur_id = <Avignon's person>
    sql = "SELECT to_stage FROM stage_change WHERE entrepreneur_id = :i"
    assert _scalar_list(coach_a, sql, i=other) == []
    # Coach B sees Avignon's person and not Marseille's.
    coach_b = server["connect"]("coach_b")
    assert _scalar_list(coach_b, "SELECT id FROM entrepreneur") == [other]
    assert _scalar_list(coach_b, "SELECT title FROM milestone") == ["Bilan à six mois"]
    # The network's people (an admin; staff and viewer with no site membership) see both.
    for who in ("admin", "staff", "viewer"):
        seen = _scalar_list(server["connect"](who), "SELECT id FROM entrepreneur ORDER BY id")
        assert seen == sorted([mine, other]), who


def test_a_coach_cannot_write_other_sites_entrepreneurs(server, two_sites):
    coach_a = server["connect"]("coach_a")
    mine, other, avi = two_sites["mine"], two_sites["other"], two_sites["avi"]
    with coach_a.connect() as conn:
        # SQL: UPDATE entrepreneur SET phone = 'x' WHERE id = <Avignon's person>  (no row seen)
        changed = conn.execute(
            text("UPDATE entrepreneur SET phone = 'x' WHERE id = :i"), {"i": other}
        )
        assert changed.rowcount == 0
        # SQL: DELETE FROM milestone WHERE entrepreneur_id = <Avignon's person>
        gone = conn.execute(text("DELETE FROM milestone WHERE entrepreneur_id = :i"), {"i": other})
        assert gone.rowcount == 0
    # SQL: UPDATE entrepreneur SET site_id = <Avignon> WHERE id = <own person>  (send away)
    sql = "UPDATE entrepreneur SET site_id = :s WHERE id = :i"
    assert _refused(coach_a, sql, s=avi, i=mine) == "42501"
    # SQL: INSERT INTO entrepreneur (..., site_id) VALUES (..., <Avignon>)
    insert = (
        "INSERT INTO entrepreneur (first_name, last_name, entry_date, stage, archived, site_id,"
        " created_at, updated_at, version_id)"
        " VALUES ('X', 'Y', '2026-01-01', 'candidate', false, :s, now(), now(), 1)"
    )
    assert _refused(coach_a, insert, s=avi) == "42501"
    # SQL: INSERT INTO milestone (entrepreneur_id, ...) VALUES (<Avignon's person>, ...)
    insert = (
        "INSERT INTO milestone (entrepreneur_id, title, due_on, status, created_at,"
        " updated_at, version_id) VALUES (:i, 'X', '2026-01-01', 'planned', now(), now(), 1)"
    )
    assert _refused(coach_a, insert, i=other) == "42501"
    # SQL: SELECT incubator_site_ids_of(<admin's login>)  (answers, but grants nothing)
    admin_sites = "SELECT incubator_site_ids_of(:l)"
    assert _scalar_list(coach_a, admin_sites, l=server["logins"]["admin"]) == [None]
    assert _scalar_list(coach_a, "SELECT id FROM entrepreneur") == [mine]
    admin = server["connect"]("admin")
    row = "SELECT phone, site_id FROM entrepreneur WHERE id = :i"
    with admin.connect() as conn:
        assert conn.execute(text(row), {"i": other}).one() == (None, avi)
        assert conn.execute(text(row), {"i": mine}).one() == (None, two_sites["mrs"])


def test_one_active_site_is_no_network(server, two_sites, session):
    from incubator_app.services.sites.records import set_site_active

    set_site_active(
        session,
        two_sites["avi"],
        active=False,
        expected_version=None,
        actor=server["actors"]["admin"],
    )
    # SQL (coach A, once Avignon is deactivated): SELECT id FROM entrepreneur
    seen = _scalar_list(server["connect"]("coach_a"), "SELECT id FROM entrepreneur ORDER BY id")
    assert seen == sorted([two_sites["mine"], two_sites["other"]])


def test_through_the_services_a_coach_sees_their_sites_only(server, two_sites):
    from incubator_app.services.entrepreneurs.list import (
        EntrepreneurFilter,
        EntrepreneurListSource,
    )
    from incubator_app.services.entrepreneurs.records import get_entrepreneur
    from incubator_app.services.paging import SortOrder

    database = _app_session(server, "coach_a")
    try:
        with database.session() as session:
            coach = authenticate(session, server["logins"]["coach_a"], "")
            # A forged network-level actor (no site filter in the app) still gets one site.
            forged = Actor(
                user_id=coach.user_id, login=coach.login, role=Role.ADMIN, display_name="x"
            )
            source = EntrepreneurListSource(EntrepreneurFilter(), forged)
            assert source.count(session) == 1
            rows = source.fetch(session, SortOrder(), 0, 50)
            assert [row.id for row in rows] == [two_sites["mine"]]
            # The server hides the row; the app says why in words.
            with pytest.raises(PermissionDenied) as refused:
                get_entrepreneur(session, two_sites["other"], actor=coach)
            assert "may be followed on another site" in str(refused.value.message)
    finally:
        database.dispose()


def test_every_table_naming_an_entrepreneur_has_a_site_rule():
    """A new table with a foreign key to `entrepreneur` gets a site policy or a reason why
    every site reads it (server_security._SITE_TABLES / _SITE_SHARED_TABLES)."""
    from incubator_app.db import server_security
    from incubator_app.models import Base

    naming = {
        table.name
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == "entrepreneur"
    }
    ruled = set(server_security._SITE_TABLES) | set(server_security._SITE_SHARED_TABLES)
    assert naming - ruled == set()
    assert ruled - naming == set()


def test_site_policies_let_a_sites_people_work(server, two_sites, session):
    """The everyday work of a site goes through: a staff member of Marseille adds a person (on
    Marseille, whom they then see) and a milestone, its coach logs a session; a session with
    Avignon's person is refused: the server does not show that person to them."""
    from incubator_app.services.entrepreneurs.records import create_entrepreneur, get_entrepreneur
    from incubator_app.services.milestones.records import create_milestone
    from incubator_app.services.sites.members import add_member

    admin = server["actors"]["admin"]
    add_member(
        session, two_sites["mrs"], server["actors"]["staff"].user_id, Role.STAFF, actor=admin
    )
    staff_db = _app_session(server, "staff")
    try:
        with staff_db.session() as s:
            staff = authenticate(s, server["logins"]["staff"], "")
            added = create_entrepreneur(s, first_name="Noé", last_name="Marseillais", actor=staff)
            assert added.site_id == two_sites["mrs"]
            assert get_entrepreneur(s, added.id, actor=staff).last_name == "Marseillais"
            create_milestone(
                s, entrepreneur_id=added.id, title="Étude de marché", due_on=date(2026, 9, 1),
                actor=staff,
            )  # fmt: skip
    finally:
        staff_db.dispose()
    coach_db = _app_session(server, "coach_a")
    try:
        with coach_db.session() as s:
            coach = authenticate(s, server["logins"]["coach_a"], "")
            logged = log_coaching_session(
                s,
                session_date=date(2026, 4, 9),
                duration_minutes=30,
                coach_id=coach.coach_id,
                participants=[added.id],
                actor=coach,
            )
            assert logged.id
            # Avignon's person is not even readable: "unknown" to the coach of Marseille.
            with pytest.raises(ValidationError) as refused:
                log_coaching_session(
                    s,
                    session_date=date(2026, 4, 10),
                    duration_minutes=30,
                    coach_id=coach.coach_id,
                    participants=[two_sites["other"]],
                    actor=coach,
                )
            assert "Unknown entrepreneur" in str(refused.value)
    finally:
        coach_db.dispose()


def test_a_viewer_on_one_site_writes_on_the_other_only(server, two_sites, session):
    """Coach A is coach on Marseille and viewer on Avignon: the server shows them both sites'
    people and lets them write Marseille's only; the services say which site and role refused."""
    from incubator_app.services.milestones.records import create_milestone, update_milestone
    from incubator_app.services.sites.members import add_member

    admin = server["actors"]["admin"]
    add_member(
        session, two_sites["avi"], server["actors"]["coach_a"].user_id, Role.VIEWER, actor=admin
    )
    coach_a = server["connect"]("coach_a")
    mine, other = two_sites["mine"], two_sites["other"]
    # SQL: SELECT id FROM entrepreneur  (both sites: viewer on Avignon)
    assert _scalar_list(coach_a, "SELECT id FROM entrepreneur ORDER BY id") == sorted([mine, other])
    # SQL: SELECT incubator_writable_site_ids()
    assert _scalar_list(coach_a, "SELECT incubator_writable_site_ids()") == [[two_sites["mrs"]]]
    with coach_a.connect() as conn:
        # SQL: UPDATE entrepreneur SET phone = 'x' WHERE id = <Avignon's person>  (no row)
        changed = conn.execute(
            text("UPDATE entrepreneur SET phone = 'x' WHERE id = :i"), {"i": other}
        )
        assert changed.rowcount == 0
        # SQL: UPDATE milestone SET title = 'x' WHERE entrepreneur_id = <Avignon's person>
        changed = conn.execute(
            text("UPDATE milestone SET title = 'x' WHERE entrepreneur_id = :i"), {"i": other}
        )
        assert changed.rowcount == 0
        # SQL: DELETE FROM session_participant WHERE entrepreneur_id = <Avignon's person>
        gone = conn.execute(
            text("DELETE FROM session_participant WHERE entrepreneur_id = :i"), {"i": other}
        )
        assert gone.rowcount == 0
        # SQL: UPDATE entrepreneur SET phone = '0600' WHERE id = <Marseille's person>  (own)
        changed = conn.execute(
            text("UPDATE entrepreneur SET phone = '0600' WHERE id = :i"), {"i": mine}
        )
        assert changed.rowcount == 1
    # SQL: INSERT INTO milestone (entrepreneur_id, ...) VALUES (<Avignon's person>, ...)
    insert = (
        "INSERT INTO milestone (entrepreneur_id, title, due_on, status, created_at,"
        " updated_at, version_id) VALUES (:i, 'X', '2026-01-01', 'planned', now(), now(), 1)"
    )
    assert _refused(coach_a, insert, i=other) == "42501"
    # SQL: UPDATE entrepreneur SET site_id = <Avignon> WHERE id = <Marseille's person>
    sql = "UPDATE entrepreneur SET site_id = :s WHERE id = :i"
    assert _refused(coach_a, sql, s=two_sites["avi"], i=mine) == "42501"
    # Through the services: refused with the site and the role, before the server is asked.
    database = _app_session(server, "coach_a")
    try:
        with database.session() as s:
            coach = authenticate(s, server["logins"]["coach_a"], "")
            with pytest.raises(PermissionDenied) as refused:
                create_milestone(
                    s, entrepreneur_id=other, title="X", due_on=date(2026, 9, 1), actor=coach
                )
            assert "is viewer on the site Avignon" in str(refused.value.message)
            made = create_milestone(
                s, entrepreneur_id=mine, title="Bilan", due_on=date(2026, 9, 1), actor=coach
            )
            update_milestone(s, made.id, expected_version=None, title="Bilan 6 mois", actor=coach)
    finally:
        database.dispose()
