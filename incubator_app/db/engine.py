"""Engine and session factory for SQLite (default, a file) or PostgreSQL (a URL)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from incubator_app.db.search_index import register_sqlite_functions

SQLITE_BUSY_TIMEOUT_MS = 10_000
#: Page cache of each SQLite connection, in KiB (SQLite's default is 2,000 KiB). A list page of
#: the network-scale demo reads 2.4 MB of pages (the overdue milestones: 605 pages of 4 KiB):
#: with the default cache every call read them again from the operating system, one system
#: call per page, and its time followed whatever else the machine was doing (issue 12). The
#: cache grows only as pages are read, up to this size.
SQLITE_CACHE_KIB = 65_536


def resolve_url(db: str | Path | None) -> URL:
    """A SQLAlchemy URL stays as it is; anything else is a SQLite file path."""
    if db is None:
        from incubator_app.db.paths import default_db_path

        db = default_db_path()
    text = str(db)
    if "://" in text:
        return _checked_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().absolute()))


def _checked_url(text: str) -> URL:
    """A database URL that names a known kind of database and a numeric port, or a clear error
    (a mistyped scheme or port used to surface as a driver traceback)."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from incubator_app.errors import StorageError
    from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

    try:
        url = make_url(text)
        url.get_dialect()  # the kind of database: sqlite, postgresql+psycopg…
        _port = url.port  # parsed on access
    except (ArgumentError, NoSuchModuleError, ValueError):
        shown = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)  # never print a password
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "{url} is not a database address (expected a file path or "
                    "postgresql+psycopg://user@host:port/database).",
                ),
                url=shown,
            )
        ) from None
    return url


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    if not is_sqlite(url) or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()
    register_sqlite_functions(dbapi_connection)


def _sqlite_driver_autocommit(dbapi_connection, _record) -> None:
    # pysqlite opens a transaction only before INSERT/UPDATE/DELETE and runs CREATE, ALTER and
    # DROP outside any; with its own transaction handling off, BEGIN comes from us (below).
    dbapi_connection.isolation_level = None


def _sqlite_begin_immediate(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: URL, *, transactional_ddl: bool = False) -> Engine:
    """`transactional_ddl` (SQLite): every transaction, DDL included, is a real BEGIN … COMMIT,
    so a schema creation or an upgrade killed half-way leaves the file as it was (SQLAlchemy's
    documented recipe for pysqlite). Only for schema changes: the app's own engine keeps
    pysqlite's deferred transactions."""
    if is_sqlite(url):
        if sqlite_path(url) is None:
            engine = create_engine(
                url, poolclass=StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            # The UI's database worker thread and the GUI thread share the pool.
            engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        if transactional_ddl:
            event.listen(engine, "connect", _sqlite_driver_autocommit)
            event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    # No JIT compilation: the app's statements are short, and row-level security's subplans
    # inflate their estimated cost past jit_above_cost, so PostgreSQL spent 1.3 s compiling
    # the network demo's entrepreneurs page (14 ms of work) for an administrator (issue 18).
    options = " ".join(filter(None, [url.query.get("options"), "-c jit=off"]))
    engine = create_engine(url, pool_pre_ping=True, connect_args={"options": options})
    if not transactional_ddl:
        engine.dialect.do_rollback = _rollback_keeping_prepared  # type: ignore[method-assign]
        plain_ping = engine.dialect.do_ping
        engine.dialect.do_ping = lambda conn: _ping_with_begin(conn, plain_ping)  # type: ignore[method-assign]
        # `execution_options(isolation_level="AUTOCOMMIT")` (erasure's VACUUM FULL…) switches a
        # connection after its checkout, when the ping's BEGIN is already open: end that empty
        # transaction first (psycopg refuses to switch inside one).
        for name in ("set_isolation_level", "set_readonly", "set_deferrable"):
            plain = getattr(engine.dialect, name, None)
            if plain is not None:
                setattr(engine.dialect, name, _after_empty_begin(plain))
    return engine


def _after_empty_begin(plain: Callable[..., Any]) -> Callable[..., Any]:
    """`plain(dbapi_connection, value)` once the transaction the ping opened is ended."""

    def switch(dbapi_connection, value) -> Any:
        from psycopg import pq

        if dbapi_connection.pgconn.transaction_status == pq.TransactionStatus.INTRANS:
            _rollback_keeping_prepared(dbapi_connection)
        return plain(dbapi_connection, value)

    return switch


def _ping_with_begin(dbapi_connection, plain_ping: Callable[[Any], bool]) -> bool:
    """pool_pre_ping's check of a pooled connection that is also the transaction's BEGIN
    (PostgreSQL, psycopg 3).

    SQLAlchemy's ping is a `SELECT 1` before every checkout, then psycopg sends BEGIN before
    the session's first statement: two round trips to the server before any work, each a wait
    for the server's process on a busy machine. A list page opening was five (ping, BEGIN,
    count, page, ROLLBACK) where the same SQL by hand is two (issue 12). Here the BEGIN is the
    ping: an answer proves the connection alive, and psycopg, finding the transaction open,
    sends no BEGIN of its own. A connection in any other state (autocommit, an isolation level
    or read-only mode of its own, a transaction open) or one that does not answer takes
    SQLAlchemy's own ping, which raises what it expects of a dead connection."""
    from psycopg import pq

    pgconn = dbapi_connection.pgconn
    if (
        not dbapi_connection.autocommit
        and dbapi_connection.isolation_level is None
        and dbapi_connection.read_only is None
        and dbapi_connection.deferrable is None
        and pgconn.transaction_status == pq.TransactionStatus.IDLE
    ):
        try:
            if pgconn.exec_(b"BEGIN").status == pq.ExecStatus.COMMAND_OK:
                return True
        except Exception:  # noqa: BLE001 - a broken connection: the plain ping says so
            pass
    return plain_ping(dbapi_connection)


def _rollback_keeping_prepared(dbapi_connection) -> None:
    """ROLLBACK that keeps the connection's prepared statements (PostgreSQL, psycopg 3).

    psycopg prepares a statement on the server once it has run `prepare_threshold` (5) times
    on a connection, and the server then skips parsing and, after a few runs, planning. But
    psycopg forgets every prepared statement and every count at each `rollback()`, in case the
    transaction created an object they use; and every read of the app ends with one (an ORM
    session is closed by a ROLLBACK). So no statement was ever prepared and a list page was
    planned again at each call: 4.9 ms of planning for 3.4 ms of execution on the network
    demo's overdue milestones (issue 12). The app's engine changes no schema (migrations and
    setup use their own engine, `transactional_ddl`), and the server re-checks a prepared
    statement against the objects it uses, so this ROLLBACK goes to the server directly and
    psycopg keeps what it prepared. Anything but a plain success takes psycopg's own way."""
    import psycopg
    from psycopg import pq

    pgconn = dbapi_connection.pgconn
    if pgconn.transaction_status in (pq.TransactionStatus.INTRANS, pq.TransactionStatus.INERROR):
        try:
            if pgconn.exec_(b"ROLLBACK").status == pq.ExecStatus.COMMAND_OK:
                return
        except psycopg.Error:
            pass  # a connection gone: psycopg's rollback below says so as SQLAlchemy expects
    dbapi_connection.rollback()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def needs_person(url: URL) -> bool:
    """A shared PostgreSQL database named without a user: the app connects as the person who
    signs in (their own login role on a secured server), with the password they type or the
    one this computer's keyring keeps."""
    return not is_sqlite(url) and not url.username


def with_person(url: URL, login: str, password: str | None) -> URL:
    """The URL that connects as `login` (the server checks the password)."""
    return url.set(username=login, password=password or None)


def server_key(url: URL) -> str:
    """What names a shared database in the keyring: server, port and database, no user."""
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")


def server_url(host: str, port: int, database: str, user: str = "", sslmode: str = "prefer") -> URL:
    """A shared PostgreSQL database's URL as the connection dialog names it (no password: the
    person types it, or the keyring keeps it)."""
    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        host=host,
        port=port,
        database=database,
        query={"sslmode": sslmode} if sslmode in SSL_MODES else {},
    )


def try_connection(url: URL, password: str | None = None, *, timeout_s: int = 5) -> str:
    """Connects once (the connection dialog's "Test connection"): the server's version and
    whether the connection is encrypted, or a StorageError with the driver's reason."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from incubator_app.errors import StorageError
    from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

    engine = create_engine(
        url.set(password=password) if password else url,
        connect_args={"connect_timeout": timeout_s},
    )
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            ssl = conn.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar()
    except DBAPIError as exc:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "Cannot connect: {reason}"),
                reason=" ".join(str(exc.orig).split()),
            )
        ) from None
    finally:
        engine.dispose()
    return f"PostgreSQL {version}" + (" (TLS)" if ssl else "")
