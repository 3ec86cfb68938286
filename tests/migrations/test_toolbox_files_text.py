"""Revision 0039 moves the attachments' text out of the sheet's row into a table and full-text
index of its own, and back on downgrade: the text and what a search finds survive both ways, on
SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from incubator_app.db.engine import make_engine, resolve_url
from incubator_app.db.migrate import alembic_config
from incubator_app.db.toolbox_index import FILES_FTS_TABLE, FTS_TABLE, PG_COLUMN
from incubator_app.models import Base

pytestmark = pytest.mark.core

_SHEET = (
    "INSERT INTO toolbox_sheet (id, title, kind, status, author_name, body, attachments_text,"
    " version_id, created_at, updated_at) VALUES (:id, :title, 'method', 'published', 'A',"
    " :body, :files, 1, '2026-12-01 10:00:00', '2026-12-01 10:00:00')"
)


def _alembic(conn, action, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = conn
    action(config, revision)


def _own_ids(conn, word: str) -> set[int]:
    if conn.dialect.name == "postgresql":
        query = f"SELECT id FROM toolbox_sheet WHERE {PG_COLUMN} @@ to_tsquery('simple', :w)"
        return set(conn.execute(text(query), {"w": f"{word}:*"}).scalars())
    query = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :w"
    return set(conn.execute(text(query), {"w": f'"{word}"*'}).scalars())


def _file_ids(conn, word: str) -> set[int]:
    if conn.dialect.name == "postgresql":
        query = (
            f"SELECT sheet_id FROM toolbox_files_text WHERE {PG_COLUMN} @@ to_tsquery('simple', :w)"
        )
        return set(conn.execute(text(query), {"w": f"{word}:*"}).scalars())
    query = f"SELECT rowid FROM {FILES_FTS_TABLE} WHERE {FILES_FTS_TABLE} MATCH :w"
    return set(conn.execute(text(query), {"w": f'"{word}"*'}).scalars())


def test_0039_moves_the_files_text_both_ways(db_url: str) -> None:
    engine = make_engine(resolve_url(db_url))
    try:
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        with engine.begin() as conn:
            _alembic(conn, command.upgrade, "0036")
            conn.execute(
                text(_SHEET),
                [
                    {"id": 1, "title": "Fiche", "body": "théâtre", "files": "a.pdf\nMédiathèque"},
                    {"id": 2, "title": "Autre", "body": "médiathèque", "files": None},
                ],
            )
            assert _own_ids(conn, "mediatheque") == {1, 2}  # one index over both, before
        with engine.begin() as conn:
            _alembic(conn, command.upgrade, "0039")
        with engine.begin() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("toolbox_sheet")}
            assert "attachments_text" not in columns
            rows = conn.execute(text("SELECT sheet_id, joined_text FROM toolbox_files_text"))
            assert rows.all() == [(1, "a.pdf\nMédiathèque")]
            assert _own_ids(conn, "mediatheque") == {2}
            assert _file_ids(conn, "mediatheque") == {1}
            # The triggers (SQLite) and generated column (PostgreSQL) follow new rows.
            conn.execute(
                text("INSERT INTO toolbox_files_text (sheet_id, joined_text) VALUES (2, 'Opéra')")
            )
            assert _file_ids(conn, "opera") == {2}
            conn.execute(text("DELETE FROM toolbox_files_text WHERE sheet_id = 2"))
        with engine.begin() as conn:
            _alembic(conn, command.downgrade, "0036")
        with engine.begin() as conn:
            assert not inspect(conn).has_table("toolbox_files_text")
            rows = conn.execute(text("SELECT id, attachments_text FROM toolbox_sheet ORDER BY id"))
            assert rows.all() == [(1, "a.pdf\nMédiathèque"), (2, None)]
            assert _own_ids(conn, "mediatheque") == {1, 2}
        with engine.begin() as conn:
            _alembic(conn, command.upgrade, "head")
    finally:
        engine.dispose()
