"""PostgreSQL (db/engine.py): no JIT for the app's short statements; they stay prepared on the
server across ORM sessions (each ends with a ROLLBACK, which psycopg's own rollback answers by
forgetting them), and a ROLLBACK still undoes what the transaction wrote, also after an error."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from incubator_app.models import Site

pytestmark = pytest.mark.core


@pytest.fixture
def pg(db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("prepared statements on the server: PostgreSQL only")
    return db


def _sites_named(session, name: str) -> int:
    return session.scalar(select(func.count()).select_from(Site).where(Site.name == name))


def test_a_statement_run_in_many_sessions_gets_prepared(pg):
    for _ in range(8):  # psycopg prepares from the 6th run on one connection
        with pg.session() as s:
            assert _sites_named(s, "Marseille") == 0
    with pg.session() as s:
        prepared = s.scalars(
            text("SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%site%'")
        ).all()
    assert any("count(*)" in statement for statement in prepared), prepared


def test_a_rollback_still_undoes_the_writes(pg):
    with pg.session() as s:
        s.add(Site(name="Marseille", code="MRS"))
        s.flush()
        assert _sites_named(s, "Marseille") == 1
        s.rollback()
        assert _sites_named(s, "Marseille") == 0
    with pg.session() as s:
        s.add(Site(name="Nice", code="NCE"))
        s.flush()
    # the session closed without a commit
    with pg.session() as s:
        assert _sites_named(s, "Nice") == 0


def test_a_transaction_in_error_rolls_back_and_the_connection_works_on(pg):
    for _ in range(7):
        with pg.session() as s:
            _sites_named(s, "Toulon")
    with pg.session() as s:
        s.add(Site(name="Toulon", code="TLN"))
        s.flush()
        with pytest.raises(DBAPIError):
            s.execute(text("SELECT 1 / 0"))
        s.rollback()
        assert _sites_named(s, "Toulon") == 0


def test_the_app_connects_without_jit(pg):
    """Row-level security's subplans inflate the estimated cost of a list page past
    jit_above_cost: compiling it took 1.3 s for 14 ms of work on the network demo."""
    with pg.session() as s:
        assert s.scalar(text("SHOW jit")) == "off"


def _backend(session) -> int:
    return session.scalar(text("SELECT pg_backend_pid()"))


def test_the_pool_check_is_the_transactions_begin(pg, tmp_path):
    """A pooled connection is checked by the BEGIN of its transaction, not by a SELECT 1 and
    then a BEGIN (one wait for the server less at each page opening)."""
    with pg.session() as s:
        first = _backend(s)
        raw = s.connection().connection.dbapi_connection
    trace = tmp_path / "libpq.trace"
    with trace.open("w") as out:
        raw.pgconn.trace(out.fileno())
        try:
            with pg.session() as s:
                assert _backend(s) == first  # the same pooled connection
                s.execute(text("SET LOCAL lock_timeout = '1234ms'"))
                # one transaction from the check on: SET LOCAL holds for the next statement
                assert s.scalar(text("SHOW lock_timeout")) == "1234ms"
        finally:
            raw.pgconn.untrace()
    sent = [  # what the app sent: libpq's trace, "<time> F <length> Query "<sql>"" lines
        line.split("\t")[-1].strip().strip('"')
        for line in trace.read_text().splitlines()
        if line.split("\t")[1:2] == ["F"]
    ]
    assert sent == [
        "BEGIN",  # the check (was ";" then BEGIN)
        "SELECT pg_backend_pid()",
        "SET LOCAL lock_timeout = '1234ms'",
        "SHOW lock_timeout",
        "ROLLBACK",
    ], sent


def test_a_connection_the_server_closed_is_replaced(pg):
    with pg.session() as s:
        gone = _backend(s)
    import psycopg

    url = pg.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as other:  # not from the app's pool
        other.execute("SELECT pg_terminate_backend(%s)", (gone,))
    with pg.session() as s:
        assert _backend(s) != gone
        assert _sites_named(s, "Marseille") == 0
