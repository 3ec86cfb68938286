"""Colleagues' changes on a shared PostgreSQL database: the server announces them (LISTEN/NOTIFY).

Every table carries a statement-level trigger that sends the table's name on the channel
`incubator_changes` (`install_change_triggers`, run with the schema's creation, each upgrade and
`server setup`). PostgreSQL delivers a notification when its transaction commits, once per
distinct payload, so a save sends a handful of table names, whoever wrote it: another PC, the
command line, psql. `ChangeListener` keeps one connection listening on a thread of its own and
hands the names to a callback (the UI maps them to its change kinds); when the server goes
away it tries again every few seconds and carries on when it is back. SQLite: none of this.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import URL

CHANNEL = "incubator_changes"
_FUNCTION = f"""
CREATE OR REPLACE FUNCTION incubator_announce_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
  RETURN NULL;
END $$
"""
# Not announced: bookkeeping no list shows.
_QUIET = {"alembic_version", "audit_entry", "remember_token", "outbox_message", "outbox_attachment"}


def install_change_triggers(conn: Connection) -> bool:
    """The trigger on every table of the schema (idempotent); False on SQLite."""
    if conn.dialect.name != "postgresql":
        return False
    conn.execute(text(_FUNCTION))
    tables = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    ).scalars()
    for table in sorted(set(tables) - _QUIET):
        quoted = '"' + table.replace('"', '""') + '"'
        conn.execute(text(f"DROP TRIGGER IF EXISTS incubator_announce ON {quoted}"))
        conn.execute(
            text(
                f"CREATE TRIGGER incubator_announce AFTER INSERT OR UPDATE OR DELETE ON {quoted}"
                " FOR EACH STATEMENT EXECUTE FUNCTION incubator_announce_change()"
            )
        )
    return True


def watch_own_connections(engine: Engine) -> set[int]:
    """The server process ids of this app's own connections (kept up to date as the pool opens
    them): notifications they sent are this PC's own saves, already shown."""
    own: set[int] = set()

    def remember(dbapi_connection, *_args) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if pid:
            own.add(pid)

    if engine.dialect.name == "postgresql":
        # On checkout, not connect: the pool may hold connections opened before this.
        event.listen(engine, "checkout", remember)
    return own


def _conninfo(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """Listens on its own connection and thread; `on_change(tables)` runs on that thread with
    the names gathered over `batch_seconds` (one reload for a burst of saves)."""

    def __init__(
        self,
        url: URL,
        on_change: Callable[[set[str]], None],
        *,
        ignore_pids: set[int] | None = None,
        batch_seconds: float = 0.2,
        retry_seconds: float = 3.0,
    ) -> None:
        self._url = url
        self._ignore = ignore_pids if ignore_pids is not None else set()
        self._on_change = on_change
        self._batch = batch_seconds
        self._retry = retry_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(_conninfo(self._url), autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        tables = {
                            n.payload
                            for n in conn.notifies(timeout=self._batch, stop_after=100)
                            if n.pid not in self._ignore
                        }
                        if tables:
                            self._on_change(tables)
            except psycopg.Error:
                self.listening.clear()
                self._stop.wait(self._retry)  # the server went away: try again later
