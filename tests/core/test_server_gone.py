"""A shared server that goes away: a plain message (not a traceback), nothing half-written, and
the next try works when the server is back; the errors of a live connection stay themselves."""

from __future__ import annotations

import socket
from datetime import date

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from incubator_app.cli import main as cli_main
from incubator_app.db.unavailable import as_domain_error, unavailable
from incubator_app.errors import DatabaseUnavailable, NotFound
from incubator_app.models import Entrepreneur

pytestmark = pytest.mark.core


def _closed_port() -> int:
    """A port of 127.0.0.1 where nothing listens (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _refused() -> DBAPIError:
    engine = create_engine(f"postgresql+psycopg://nobody@127.0.0.1:{_closed_port()}/incubator")
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("a closed port accepted a connection")


def test_a_refused_connection_is_database_unavailable():
    exc = _refused()
    lost = unavailable(exc)
    assert isinstance(lost, DatabaseUnavailable)
    assert "cannot be reached" in str(lost) and "Nothing was saved" in str(lost)
    # Domain errors say what they say; anything else is left alone.
    assert unavailable(NotFound(lost.message)) is None
    assert as_domain_error(ValueError("x")).__class__ is ValueError


def test_the_cli_says_it_on_one_line(capsys):
    url = f"postgresql+psycopg://nobody@127.0.0.1:{_closed_port()}/incubator"
    code = cli_main(["check", "--db", url, "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err


@pytest.fixture
def pg(session):
    if session.get_bind().dialect.name != "postgresql":
        pytest.skip("a server connection to cut: PostgreSQL only")
    return session


def test_a_connection_cut_mid_save_writes_nothing_and_the_next_try_works(pg, db):
    pid = pg.execute(text("SELECT pg_backend_pid()")).scalar_one()
    pg.add(Entrepreneur(first_name="Aïcha", last_name="Benali", entry_date=date(2026, 9, 1)))
    pg.flush()
    with db.engine.connect() as other:  # the server ends the connection (a restart would too)
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    with pytest.raises(DBAPIError) as err:
        pg.commit()
    assert isinstance(unavailable(err.value), DatabaseUnavailable)
    pg.rollback()
    with db.session() as fresh:  # the pool opens a new connection: the next try works
        assert fresh.scalar(select(func.count()).select_from(Entrepreneur)) == 0


def test_a_lock_timeout_is_not_a_lost_server(pg, db):
    pg.add(Entrepreneur(first_name="Aïcha", last_name="Benali", entry_date=date(2026, 9, 1)))
    pg.commit()
    pg.execute(text("SELECT id FROM entrepreneur FOR UPDATE")).all()
    with db.engine.connect() as other:
        other.execute(text("SET lock_timeout = '100ms'"))
        with pytest.raises(DBAPIError) as err:
            other.execute(text("SELECT id FROM entrepreneur FOR UPDATE")).all()
    assert unavailable(err.value) is None
    pg.rollback()
