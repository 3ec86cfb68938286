"""The directory list's indexes: dialect-specific objects the models cannot describe.

The list's name order (services/directory/list.py: live actors, `merged_into_id IS NULL`, by
name; all of them or those seen in one listing) read from an index, so that the first 200 rows
come without sorting 100,000 (benchmarks/directory_scale.py, directory_list_pg.py):

- SQLite: `(merged_into_id, name, id)` and `(merged_into_id, listing_count, name, id)`; its
  planner takes `IS NULL` as an equality there, but without statistics it prefers the merge
  mark's own index to a partial index (a temporary B-tree over every live actor).
- PostgreSQL: partial indexes `(name, id)` and `(listing_count, name, id)` `WHERE
  merged_into_id IS NULL` (PostgreSQL does not order by the columns after an `IS NULL`).

And the name search:

The directory list's text search (services/directory/list.py) finds the actors whose name has
words starting with each word typed, without regard to case or accents (« theatre » finds
« Théâtre »), from an index instead of reading every name:

- SQLite: a contentless FTS5 table (`directory_actor_search`, rowid = the actor's id, over
  the name with œ/æ written out; tokenizer `unicode61 remove_diacritics 2`, prefix indexes for
  2 and 3 letters) kept in sync by three triggers, as the entrepreneurs' quick search
  (db/search_index.py) but for the ligatures.
- PostgreSQL: a stored generated `tsvector` column (`directory_actor.search_document`, the
  'simple' configuration over the name folded to unaccented lower case with built-in functions,
  the same folding as the other indexes) and a GIN index on it.

Revision 0042 and `migrate._create_schema` call `create_directory_index`; `include_name` (used
through db/search_index.py's filter) keeps these objects out of Alembic's model comparison.
"""

from __future__ import annotations

from sqlalchemy import Connection

from incubator_app.db.search_index import _pg_fold

FTS_TABLE = "directory_actor_search"
_FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
_TRIGGERS = ("directory_actor_search_ai", "directory_actor_search_ad", "directory_actor_search_au")
PG_COLUMN = "search_document"
PG_INDEX = "ix_directory_actor_search_document"
ORDER_INDEXES = ("ix_directory_actor_live_name", "ix_directory_actor_live_listings")
_ORDER = {
    "sqlite": (
        "(merged_into_id, name, id)",
        "(merged_into_id, listing_count, name, id)",
    ),
    "postgresql": (
        "(name, id) WHERE merged_into_id IS NULL",
        "(listing_count, name, id) WHERE merged_into_id IS NULL",
    ),
}


def _folded(column: str) -> str:
    """The name as the index reads it: the tokenizer takes accents off, but makes no two letters
    of one (« Œuvre »): the ligatures written out with built-in functions only, so that any
    connection (the sqlite3 shell included) can run the triggers."""
    expr = column
    for ligature, plain in (("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae")):
        expr = f"replace({expr}, '{ligature}', '{plain}')"
    return expr


# Contentless (the indexed text is the folded name, not a column of the table): deletes give
# the old text again, a rebuild reads every actor.
_SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(name, content='', "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    f"CREATE TRIGGER IF NOT EXISTS {_TRIGGERS[0]} AFTER INSERT ON directory_actor BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, name) VALUES (new.id, {_folded('new.name')}); END",
    f"CREATE TRIGGER IF NOT EXISTS {_TRIGGERS[1]} AFTER DELETE ON directory_actor BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name) "
    f"VALUES ('delete', old.id, {_folded('old.name')}); END",
    f"CREATE TRIGGER IF NOT EXISTS {_TRIGGERS[2]} AFTER UPDATE OF name ON directory_actor "
    f"BEGIN INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name) "
    f"VALUES ('delete', old.id, {_folded('old.name')}); "
    f"INSERT INTO {FTS_TABLE}(rowid, name) VALUES (new.id, {_folded('new.name')}); END",
)
_SQLITE_FILL = (
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')",
    f"INSERT INTO {FTS_TABLE}(rowid, name) SELECT id, {_folded('name')} FROM directory_actor",
)

_PG_CREATE = (
    f"ALTER TABLE directory_actor ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
    f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {_pg_fold('name')})) STORED",
    f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON directory_actor USING gin ({PG_COLUMN})",
)


def include_name(name: str, type_: str) -> bool:
    """False for the index's own objects (Alembic compares the rest with the models)."""
    if type_ == "table":
        return name != FTS_TABLE and not any(name == FTS_TABLE + s for s in _FTS_SHADOW_SUFFIXES)
    if type_ == "column":
        return name != PG_COLUMN
    if type_ == "index":
        return name != PG_INDEX and name not in ORDER_INDEXES
    return True


def create_directory_index(conn: Connection) -> None:
    """Creates whatever part of the indexes is missing and (re)fills the search from the
    actors."""
    for index, columns in zip(ORDER_INDEXES, _ORDER.get(conn.dialect.name, ()), strict=False):
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {index} ON directory_actor {columns}")
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE_CREATE + _SQLITE_FILL:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        for statement in _PG_CREATE:
            conn.exec_driver_sql(statement)


def drop_directory_index(conn: Connection) -> None:
    for index in ORDER_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    if conn.dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")
        conn.exec_driver_sql(f"ALTER TABLE directory_actor DROP COLUMN IF EXISTS {PG_COLUMN}")
