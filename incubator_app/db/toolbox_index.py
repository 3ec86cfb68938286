"""The toolbox's full-text index: dialect-specific objects the models cannot describe.

- SQLite: an FTS5 table with external content (`toolbox_search`, tokenizer `unicode61
  remove_diacritics 2`, prefix indexes for 2 and 3 letters) over the sheet's text columns and
  the text of its attachments, kept in sync by three triggers.
- PostgreSQL: a stored generated `tsvector` column (`toolbox_sheet.search_document`) with the
  'simple' configuration over text folded to unaccented lower case by built-in functions (the
  same folding as the entrepreneurs' quick search, db/search_index.py): no `unaccent` extension
  to install, and both databases cut and compare words the same way, so they find the same
  sheets. Weights: title A; summary, tags, disciplines, territory B; the sheet's text C; the
  attachments' text D. A GIN index on it.

Revision 0025 and `migrate._create_schema` call `create_toolbox_index`; `include_name` (used
through db/search_index.py's filter) keeps these objects out of Alembic's model comparison.
"""

from __future__ import annotations

from sqlalchemy import Connection

from incubator_app.db.search_index import _pg_fold

FTS_TABLE = "toolbox_search"
# Order matters: bm25 weights in services/toolbox/search.py follow it.
FTS_COLUMNS = (
    "title",
    "summary",
    "tags",
    "disciplines",
    "territory",
    "body",
    "context",
    "partners",
    "worked",
    "failed",
    "results",
    "attachments_text",
)
_FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
_TRIGGERS = ("toolbox_search_ai", "toolbox_search_ad", "toolbox_search_au")
PG_COLUMN = "search_document"
PG_INDEX = "ix_toolbox_sheet_search_document"

_COLS = ", ".join(FTS_COLUMNS)
_NEW = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
_OLD = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
_SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({_COLS}, "
    "content='toolbox_sheet', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    f"CREATE TRIGGER IF NOT EXISTS toolbox_search_ai AFTER INSERT ON toolbox_sheet BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.id, {_NEW}); END",
    f"CREATE TRIGGER IF NOT EXISTS toolbox_search_ad AFTER DELETE ON toolbox_sheet BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.id, {_OLD}); "
    "END",
    f"CREATE TRIGGER IF NOT EXISTS toolbox_search_au AFTER UPDATE OF {_COLS} "
    f"ON toolbox_sheet BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.id, {_OLD}); "
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.id, {_NEW}); END",
)


def _pg_document() -> str:
    def part(columns: tuple[str, ...], weight: str) -> str:
        text = " || ' ' || ".join(_pg_fold(c) for c in columns)
        return f"setweight(to_tsvector('simple'::regconfig, {text}), '{weight}')"

    return " || ".join(
        [
            part(("title",), "A"),
            part(("summary", "tags", "disciplines", "territory"), "B"),
            part(("body", "context", "partners", "worked", "failed", "results"), "C"),
            part(("attachments_text",), "D"),
        ]
    )


_PG_CREATE = (
    f"ALTER TABLE toolbox_sheet ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({_pg_document()}) STORED",
    f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON toolbox_sheet USING gin ({PG_COLUMN})",
)


def include_name(name: str, type_: str) -> bool:
    """False for the index's own objects (Alembic compares the rest with the models)."""
    if type_ == "table":
        return name != FTS_TABLE and not any(name == FTS_TABLE + s for s in _FTS_SHADOW_SUFFIXES)
    if type_ == "column":
        return name != PG_COLUMN
    if type_ == "index":
        return name != PG_INDEX
    return True


def create_toolbox_index(conn: Connection) -> None:
    """Creates whatever part of the index is missing and (re)fills it from the sheets."""
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE_CREATE:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        for statement in _PG_CREATE:
            conn.exec_driver_sql(statement)


def drop_toolbox_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")
        conn.exec_driver_sql(f"ALTER TABLE toolbox_sheet DROP COLUMN IF EXISTS {PG_COLUMN}")
