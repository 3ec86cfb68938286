"""The toolbox's full-text index: dialect-specific objects the models cannot describe.

Two indexes, searched side by side by services/toolbox/search.py: one over the sheet's own text,
one over the text of its attachments (`toolbox_files_text`, one row per sheet: its files' names
and text joined, written by services/toolbox/attachments.py), so that ranking a sheet reads its
own text only.

- SQLite: FTS5 tables with external content (`toolbox_search` over the sheet's text columns,
  `toolbox_files_search` over `toolbox_files_text.joined_text`; tokenizer `unicode61
  remove_diacritics 2`, prefix indexes for 2 and 3 letters), each kept in sync by three
  triggers.
- PostgreSQL: stored generated `tsvector` columns with the 'simple' configuration over text
  folded to unaccented lower case by built-in functions (the same folding as the entrepreneurs'
  quick search, db/search_index.py): no `unaccent` extension to install, and both databases cut
  and compare words the same way, so they find the same sheets. The sheet's
  (`toolbox_sheet.search_document`) is weighted: title A; summary, tags, disciplines, territory
  B; the sheet's text C. The files' (`toolbox_files_text.search_document`) has no weights. A GIN
  index on each.

Revision 0039 split the attachments' text out of the sheet's row and index (`create_toolbox_index`
and `drop_toolbox_index`); revision 0025 created the single index of before
(`create_toolbox_index_0025`, `drop_toolbox_index_0025`, kept as they were for the migrations).
`migrate._create_schema` calls `create_toolbox_index`; `include_name` (used through
db/search_index.py's filter) keeps these objects out of Alembic's model comparison.
"""

from __future__ import annotations

from sqlalchemy import Connection

from incubator_app.db.search_index import _pg_fold

FTS_TABLE = "toolbox_search"
FILES_FTS_TABLE = "toolbox_files_search"
FILES_TABLE = "toolbox_files_text"
FILES_COLUMN = "joined_text"
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
)
_FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
_TRIGGERS = ("toolbox_search_ai", "toolbox_search_ad", "toolbox_search_au")
_FILES_TRIGGERS = ("toolbox_files_search_ai", "toolbox_files_search_ad", "toolbox_files_search_au")
PG_COLUMN = "search_document"
PG_INDEX = "ix_toolbox_sheet_search_document"
PG_FILES_INDEX = "ix_toolbox_files_text_search_document"
_TOKENIZE = "tokenize='unicode61 remove_diacritics 2', prefix='2 3'"


def _sqlite_fts(
    fts: str, content: str, key: str, columns: tuple[str, ...], triggers: tuple[str, ...]
) -> tuple[str, ...]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    ai, ad, au = triggers
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({cols}, "
        f"content='{content}', content_rowid='{key}', {_TOKENIZE})",
        f"CREATE TRIGGER IF NOT EXISTS {ai} AFTER INSERT ON {content} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.{key}, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {ad} AFTER DELETE ON {content} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.{key}, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {au} AFTER UPDATE OF {cols} ON {content} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.{key}, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.{key}, {new}); END",
    )


_SQLITE_CREATE = _sqlite_fts(FTS_TABLE, "toolbox_sheet", "id", FTS_COLUMNS, _TRIGGERS) + (
    _sqlite_fts(FILES_FTS_TABLE, FILES_TABLE, "sheet_id", (FILES_COLUMN,), _FILES_TRIGGERS)
)


def _pg_part(columns: tuple[str, ...], weight: str | None) -> str:
    text = " || ' ' || ".join(_pg_fold(c) for c in columns)
    vector = f"to_tsvector('simple'::regconfig, {text})"
    return f"setweight({vector}, '{weight}')" if weight else vector


def _pg_document() -> str:
    return " || ".join(
        [
            _pg_part(("title",), "A"),
            _pg_part(("summary", "tags", "disciplines", "territory"), "B"),
            _pg_part(("body", "context", "partners", "worked", "failed", "results"), "C"),
        ]
    )


_PG_CREATE = (
    f"ALTER TABLE toolbox_sheet ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({_pg_document()}) STORED",
    f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON toolbox_sheet USING gin ({PG_COLUMN})",
    f"ALTER TABLE {FILES_TABLE} ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({_pg_part((FILES_COLUMN,), None)}) STORED",
    f"CREATE INDEX IF NOT EXISTS {PG_FILES_INDEX} ON {FILES_TABLE} USING gin ({PG_COLUMN})",
)


def include_name(name: str, type_: str) -> bool:
    """False for the index's own objects (Alembic compares the rest with the models)."""
    if type_ == "table":
        return not any(
            name == fts or any(name == fts + s for s in _FTS_SHADOW_SUFFIXES)
            for fts in (FTS_TABLE, FILES_FTS_TABLE)
        )
    if type_ == "column":
        return name != PG_COLUMN
    if type_ == "index":
        return name not in (PG_INDEX, PG_FILES_INDEX)
    return True


def create_toolbox_index(conn: Connection) -> None:
    """Creates whatever part of the indexes is missing and (re)fills them from the tables."""
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE_CREATE:
            conn.exec_driver_sql(statement)
        for fts in (FTS_TABLE, FILES_FTS_TABLE):
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        for statement in _PG_CREATE:
            conn.exec_driver_sql(statement)


def drop_toolbox_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in _TRIGGERS + _FILES_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        for fts in (FTS_TABLE, FILES_FTS_TABLE):
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")
    elif conn.dialect.name == "postgresql":
        for index in (PG_INDEX, PG_FILES_INDEX):
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
        for table in ("toolbox_sheet", FILES_TABLE):
            conn.exec_driver_sql(f"ALTER TABLE IF EXISTS {table} DROP COLUMN IF EXISTS {PG_COLUMN}")


# -- The single index of revision 0025 (the sheet's text and `attachments_text` together) ------

_COLUMNS_0025 = (*FTS_COLUMNS, "attachments_text")


def create_toolbox_index_0025(conn: Connection) -> None:
    """The index as revision 0025 made it (and 0039's downgrade puts back)."""
    if conn.dialect.name == "sqlite":
        for statement in _sqlite_fts(FTS_TABLE, "toolbox_sheet", "id", _COLUMNS_0025, _TRIGGERS):
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        document = f"{_pg_document()} || {_pg_part(('attachments_text',), 'D')}"
        conn.exec_driver_sql(
            f"ALTER TABLE toolbox_sheet ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
            f"GENERATED ALWAYS AS ({document}) STORED"
        )
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON toolbox_sheet USING gin ({PG_COLUMN})"
        )


def drop_toolbox_index_0025(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")
        conn.exec_driver_sql(f"ALTER TABLE toolbox_sheet DROP COLUMN IF EXISTS {PG_COLUMN}")
