"""A shared server that went away, told apart from every other database error.

When the PostgreSQL server stops, restarts or the network drops, psycopg raises its base
`OperationalError` ("connection failed", "server closed the connection unexpectedly",
"consuming input failed") and SQLAlchemy marks the connection invalidated. The transaction died
with the connection, so nothing was half-written; the pool (`pool_pre_ping`) opens a fresh
connection at the next try, which works as soon as the server is back. `unavailable(exc)` turns
such an error into `DatabaseUnavailable` (a clear message instead of a traceback); errors of a
live connection stay what they are: a lock timeout or a serialisation failure are subclasses of
`OperationalError`, not the class itself, and SQLite's "database is locked" is not a lost server.
"""

from __future__ import annotations

import sys

from incubator_app.errors import DatabaseUnavailable, DomainError

# Imported by the UI's message boxes, which show before any database is open: SQLAlchemy and
# psycopg are looked up among the loaded modules, not imported (an error of theirs can only
# exist once they are loaded), so that start-up stays without them.


def _lost_server(original: BaseException | None) -> bool:
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and type(original) is psycopg.OperationalError


def _is_dbapi_error(exc: BaseException) -> bool:
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)


def unavailable(exc: BaseException) -> DatabaseUnavailable | None:
    """`DatabaseUnavailable` if `exc` (or what caused it) is a lost or refused connection.
    A domain error stays itself: it already says what happened (the connection dialog's
    "could not connect to …" names the server and the reason)."""
    if isinstance(exc, DomainError):
        return exc if isinstance(exc, DatabaseUnavailable) else None
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DatabaseUnavailable):
            return current
        if _is_dbapi_error(current) and (
            current.connection_invalidated or _lost_server(current.orig)  # type: ignore[attr-defined]
        ):
            return DatabaseUnavailable()
        if _lost_server(current):
            return DatabaseUnavailable()
        current = current.__cause__ or current.__context__
    return None


def as_domain_error(exc: BaseException) -> BaseException:
    """`exc`, or `DatabaseUnavailable` in its place when the server went away."""
    return unavailable(exc) or exc


__all__ = ["as_domain_error", "unavailable"]
