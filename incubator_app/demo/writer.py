"""Bulk, dialect-aware row writer: buffered executemany (SQLite) or COPY (PostgreSQL) with
ids assigned in Python.

One ORM object per row would take hours at network scale; here rows are plain tuples written
with the driver's executemany in chunks. On SQLite, dates and times are pre-formatted as the
text SQLAlchemy itself stores, so that ORM queries compare them correctly.

On PostgreSQL the chunks go to the server from a second thread (one COPY after another, in the
order they were flushed), so that the server stores a chunk while Python makes the next one.
Anything else run on the connection first waits until every chunk handed over is written (a
listener on the connection), so statements never interleave with a COPY, and a failed COPY
raises in the generating thread at its next flush or statement.
"""

from __future__ import annotations

import json
import time as _time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, date, datetime, time

from sqlalchemy import JSON, Connection, Table, event, insert, text

from incubator_app import clock
from incubator_app.models import Base

# Columns every Versioned row carries; the ORM fills them with Python-side defaults, bulk rows
# must give them explicitly.
VERSIONED = ("version_id", "created_at", "updated_at")

CHUNK_ROWS = 20_000
#: PostgreSQL: chunks handed to the COPY thread and not yet written, at most (memory bound).
MAX_PENDING = 3


class BulkWriter:
    """Buffers rows per table and flushes parents before children (FKs hold on PostgreSQL)."""

    def __init__(self, conn: Connection, *, chunk_rows: int = CHUNK_ROWS) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        # psycopg 3 on PostgreSQL: rows go in with COPY.
        self.copy = conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"
        self._bind_processors: dict[str, list[tuple[int, object]]] = {}
        self._copy_thread: ThreadPoolExecutor | None = None
        self._pending: deque[Future] = deque()
        self._listening = False
        self.chunk_rows = chunk_rows
        self._tables = {t.name: t for t in Base.metadata.sorted_tables}
        self._order = {name: i for i, name in enumerate(self._tables)}
        self._columns: dict[str, tuple[str, ...]] = {}
        self._sql: dict[str, str] = {}
        self._buffers: dict[str, list[tuple]] = {}
        self.counts: dict[str, int] = {}
        # Seconds spent in the driver per table: where a slow generation loses its time.
        self.write_seconds: dict[str, float] = {}
        self.next_ids: dict[str, int] = {}
        self._days: dict[int, object] = {}
        self._stamps: dict[tuple[int, int], object] = {}
        self._local_stamps: dict[tuple[int, int], object] = {}
        self._times: dict[int, object] = {}

    # -- values ---------------------------------------------------------------------------

    def day(self, ordinal: int) -> object:
        """A date column value for a day ordinal (cached: a few thousand distinct days)."""
        value = self._days.get(ordinal)
        if value is None:
            d = date.fromordinal(ordinal)
            value = self._days[ordinal] = d.isoformat() if self.sqlite else d
        return value

    def stamp(self, ordinal: int, minute: int = 540) -> object:
        """A timezone-aware UTC timestamp value for a day ordinal and minute of the day."""
        key = (ordinal, minute)
        value = self._stamps.get(key)
        if value is None:
            d = date.fromordinal(ordinal)
            dt = datetime(d.year, d.month, d.day, minute // 60, minute % 60, tzinfo=UTC)
            value = dt.strftime("%Y-%m-%d %H:%M:%S.000000") if self.sqlite else dt
            self._stamps[key] = value
        return value

    def local_stamp(self, ordinal: int, minute: int) -> object:
        """Like stamp, for a wall-clock time in the incubator's zone (a 09:00 booking is at 09:00
        in Marseille, winter and summer), stored in UTC."""
        key = (ordinal, minute)
        value = self._local_stamps.get(key)
        if value is None:
            d = date.fromordinal(ordinal)
            local = datetime(d.year, d.month, d.day, minute // 60, minute % 60, tzinfo=clock.zone())
            dt = local.astimezone(UTC)
            value = dt.strftime("%Y-%m-%d %H:%M:%S.000000") if self.sqlite else dt
            self._local_stamps[key] = value
        return value

    def clock(self, minute: int) -> object:
        value = self._times.get(minute)
        if value is None:
            t = time(minute // 60, minute % 60)
            value = self._times[minute] = t.strftime("%H:%M:%S.000000") if self.sqlite else t
        return value

    # -- rows -----------------------------------------------------------------------------

    def declare(self, table: str, columns: str, *, versioned: bool = False) -> None:
        """Columns of the rows to come, space-separated; `versioned` adds the Versioned trio."""
        columns_list = columns.split() + (list(VERSIONED) if versioned else [])
        self._columns[table] = tuple(columns_list)
        columns = columns_list  # type: ignore[assignment]
        self._buffers.setdefault(table, [])
        self.counts.setdefault(table, 0)
        names = ", ".join(columns)
        marks = ", ".join("?" if self.sqlite else "%s" for _ in columns)
        self._sql[table] = f"INSERT INTO {table} ({names}) VALUES ({marks})"

    def take_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def add(self, table: str, row: tuple) -> None:
        buffer = self._buffers[table]
        buffer.append(row)
        if len(buffer) >= self.chunk_rows:
            self.flush(table)

    def extend(self, table: str, rows: Sequence[tuple]) -> None:
        self._buffers[table].extend(rows)
        if len(self._buffers[table]) >= self.chunk_rows:
            self.flush(table)

    def flush(self, table: str | None = None) -> None:
        """Writes `table` and every table it may depend on (all of them when None: then every
        row is in the database when it returns)."""
        limit = len(self._order) if table is None else self._order[table]
        for name in self._tables:
            if self._order[name] > limit:
                break
            rows = self._buffers.get(name)
            if rows:
                self.counts[name] += len(rows)
                self._buffers[name] = []
                if self.copy:
                    self._hand_over(name, rows)
                else:
                    self._timed_write(name, rows)
        if table is None:
            self.wait()

    def _timed_write(self, name: str, rows: list[tuple]) -> None:
        began = _time.perf_counter()
        self._write(name, rows)
        spent = _time.perf_counter() - began
        self.write_seconds[name] = self.write_seconds.get(name, 0.0) + spent

    # -- the COPY thread (PostgreSQL) -----------------------------------------------------

    def _hand_over(self, name: str, rows: list[tuple]) -> None:
        if self._copy_thread is None:
            self._driver = self.conn.connection.driver_connection
            self._copy_thread = ThreadPoolExecutor(1, thread_name_prefix="demo-copy")
            if not self._listening:  # for the writer's life (cheap once nothing is pending)
                self._listening = True
                event.listen(self.conn, "before_cursor_execute", self._before_statement)
                event.listen(self.conn, "commit", self._before_statement)
                event.listen(self.conn, "rollback", self._before_rollback)
        if not self.conn.in_transaction():
            self.conn.begin()  # so that a rollback reaches _before_rollback
        self._processors(name)  # built here: the thread never touches SQLAlchemy
        while len(self._pending) >= MAX_PENDING:
            try:
                self._pending.popleft().result()
            except BaseException:
                self._before_rollback()  # no COPY may still run once the error is raised
                raise
        self._pending.append(self._copy_thread.submit(self._timed_write, name, rows))

    def wait(self) -> None:
        """Returns once every chunk handed to the COPY thread is written (raises the first
        failure), and stops the thread."""
        error: BaseException | None = None
        while self._pending:
            try:
                self._pending.popleft().result()
            except BaseException as exc:  # noqa: BLE001 (every chunk ends before it is raised)
                error = error or exc
        if self._copy_thread is not None:
            self._copy_thread.shutdown()
            self._copy_thread = None
        if error is not None:
            raise error

    def _before_statement(self, *_args: object) -> None:
        self.wait()

    def _before_rollback(self, *_args: object) -> None:
        try:
            self.wait()
        except Exception:  # noqa: BLE001 (being rolled back: the failure is why, or is moot)
            pass

    def _write(self, name: str, rows: list[tuple]) -> None:
        columns = self._columns[name]
        table: Table = self._tables[name]
        json_cols = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, JSON)]
        if self.sqlite:
            if json_cols:
                rows = [
                    tuple(
                        json.dumps(v) if i in json_cols and v is not None else v
                        for i, v in enumerate(row)
                    )
                    for row in rows
                ]
            self.conn.exec_driver_sql(self._sql[name], rows)
        elif self.copy:
            # PostgreSQL: COPY, the bulk path (an INSERT per row, even pipelined, made the
            # network scale take half an hour). SQLAlchemy's own bind processors turn enum
            # members and JSON values into what an INSERT would have sent.
            processors = self._processors(name)
            driver = self._driver
            with driver.cursor() as cursor:
                with cursor.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                    write_row = copy.write_row
                    if not processors:
                        for row in rows:
                            write_row(row)
                    else:
                        for row in rows:
                            values = list(row)
                            for i, process in processors:
                                value = values[i]
                                if value is not None:
                                    values[i] = process(value)
                            write_row(values)
        else:
            # Another server: let SQLAlchemy adapt types (JSON, enums).
            self.conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])

    def _processors(self, name: str) -> list[tuple[int, object]]:
        """(position, function) of the columns whose values need converting for COPY."""
        found = self._bind_processors.get(name)
        if found is None:
            table = self._tables[name]
            each = [
                # JSON: its text (psycopg's own JSON adapter does not reach COPY's rows).
                json.dumps
                if isinstance(table.c[c].type, JSON)
                else table.c[c].type.bind_processor(self.conn.dialect)
                for c in self._columns[name]
            ]
            found = [(i, p) for i, p in enumerate(each) if p is not None]
            self._bind_processors[name] = found
        return found

    def reset_sequences(self) -> None:
        """Explicit ids leave PostgreSQL sequences behind: move each one past the max id."""
        if not self.sqlite:
            set_sequences(self.conn, restart=False)


def set_sequences(conn: Connection, *, restart: bool) -> None:
    """PostgreSQL: each id sequence restarts at 1 (empty tables) or continues after max(id)."""
    for name, table in ((t.name, t) for t in Base.metadata.sorted_tables):
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].name != "id":
            continue
        start = "1" if restart else f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1"
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), {start}, false)"))
