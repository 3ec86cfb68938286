"""The demo's bulk writer: on PostgreSQL its chunks go to the server from a second thread; a
statement run meanwhile sees every row handed over, and a failed chunk raises in the caller
and leaves nothing behind once rolled back (on SQLite the same checks hold, written inline)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from incubator_app.db.migrate import Database
from incubator_app.demo.writer import BulkWriter

pytestmark = pytest.mark.core

COLUMNS = "id code label position active"


def _writer(conn) -> BulkWriter:
    writer = BulkWriter(conn, chunk_rows=7)
    writer.declare("discipline", COLUMNS, versioned=True)
    return writer


def _row(writer: BulkWriter, n: int, *, active: bool = True, code: str = "") -> tuple:
    stamp = writer.stamp(740_000)
    return (n, code or f"d{n}", f"Discipline {n}", n, active, 1, stamp, stamp)


def _count(conn) -> int:
    return conn.execute(text("SELECT count(*) FROM discipline WHERE id >= 1000")).scalar_one()


def test_rows_handed_over_are_written_before_the_next_statement(db: Database) -> None:
    with db.engine.connect() as conn:
        writer = _writer(conn)
        for n in range(1000, 1050):  # 7 full chunks handed over, 1 row still buffered
            writer.add("discipline", _row(writer, n))
        assert _count(conn) == 49
        for n in range(1050, 1100):
            writer.add("discipline", _row(writer, n, active=n % 2 == 0))
        writer.flush()
        assert writer.counts["discipline"] == 100
        conn.commit()
    with db.engine.connect() as conn:
        assert _count(conn) == 100
        odd = "SELECT count(*) FROM discipline WHERE id >= 1050 AND NOT active"
        assert conn.execute(text(odd)).scalar_one() == 25


def test_a_failed_chunk_raises_and_the_rollback_leaves_nothing(db: Database) -> None:
    with db.engine.connect() as conn:
        writer = _writer(conn)
        with pytest.raises((IntegrityError, psycopg.errors.IntegrityError)):
            for n in range(1000, 1040):
                writer.add("discipline", _row(writer, n))
            writer.add("discipline", _row(writer, 1003, code="again"))  # primary key taken
            for n in range(1040, 1060):
                writer.add("discipline", _row(writer, n))
            writer.flush()
        conn.rollback()
    with db.engine.connect() as conn:
        assert _count(conn) == 0
