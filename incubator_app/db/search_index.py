"""The quick-search indexes over entrepreneurs and contacts: dialect-specific objects the models
cannot describe.

- SQLite: an FTS5 table with external content (`entrepreneur_search`, tokenizer `unicode61
  remove_diacritics 2`, prefix indexes for 2 and 3 letters) kept in sync by three triggers.
- PostgreSQL: a stored generated `tsvector` column (`entrepreneur.search_document`, names weighted
  A, project B, e-mail C, commune D) over text folded to unaccented lower case with built-in
  functions only (no `unaccent` extension needed), and a GIN index on it.
- The contacts (people who are not entrepreneurs) get the same on their names, organisation
  and e-mail: FTS5 `contact_search` / `contact.search_document` (names A, organisation B,
  e-mail C) with `ix_contact_search_document` (services/contacts/quick_search.py).

Alembic revision 0002 and `migrate._create_schema` (new databases are created from the models)
both call `create_search_index`; the demo generator drops the index before its bulk inserts and
creates it again, filled once, at the end. `include_name` keeps these objects out of Alembic's
model comparison. `fold` is the Python side of the same folding, for queries.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, case, func, literal

FTS_TABLE = "entrepreneur_search"
FTS_COLUMNS = ("first_name", "last_name", "project_name", "email", "commune")
_FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
_TRIGGERS = ("entrepreneur_search_ai", "entrepreneur_search_ad", "entrepreneur_search_au")
PG_COLUMN = "search_document"
PG_INDEX = "ix_entrepreneur_search_document"
CONTACT_FTS_TABLE = "contact_search"
CONTACT_FTS_COLUMNS = ("first_name", "last_name", "organisation", "email")
_CONTACT_TRIGGERS = ("contact_search_ai", "contact_search_ad", "contact_search_au")
CONTACT_PG_INDEX = "ix_contact_search_document"

_LIGATURES = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"}


def _fold_table() -> tuple[str, str]:
    """Accented Latin letters and the plain lower-case letter each folds to."""
    source, target = [], []
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base.isascii() and base.isalpha() and base != char:
            source.append(char)
            target.append(base.lower())
    return "".join(source), "".join(target)


_FOLD_FROM, _FOLD_TO = _fold_table()
_WORD_RE = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case without accents, as both indexes store words (`Hélène` -> `helene`)."""
    for ligature, plain in _LIGATURES.items():
        text = text.replace(ligature, plain)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.lower()


def search_words(text: str) -> list[str]:
    """The words of a query, folded, in order, without repeats."""
    words: list[str] = []
    for word in _WORD_RE.findall(fold(text)):
        if word not in words:
            words.append(word)
    return words


def folded_words(text: str | None) -> str:
    """`text` as the words a search compares against: folded, punctuation turned into spaces,
    each word preceded by a space (`" l'Étoile-Noire"` -> `" l etoile noire"`), so that
    `LIKE '% word%'` means "a word starts with `word`". SQLite calls it as `fold_words(x)`."""
    if not text:
        return ""
    return "".join(" " + word for word in _WORD_RE.findall(fold(text)))


def register_sqlite_functions(dbapi_connection: object) -> None:
    """Makes `fold_words` callable from SQL on a new SQLite connection."""
    dbapi_connection.create_function(  # type: ignore[attr-defined]
        "fold_words", 1, folded_words, deterministic=True
    )


def folded_words_sql(expr: ColumnElement[Any], dialect: str) -> ColumnElement[str]:
    """`folded_words(expr)` in SQL: the registered function on SQLite; on PostgreSQL the
    built-in functions the index's generated column uses."""
    if dialect != "postgresql":
        return func.fold_words(expr, type_=String)
    folded: ColumnElement[Any] = func.coalesce(expr, "")
    for ligature, plain in _LIGATURES.items():
        folded = func.replace(folded, ligature, plain)
    folded = func.lower(func.translate(folded, _FOLD_FROM, _FOLD_TO))
    words = func.trim(func.regexp_replace(folded, "[^[:alnum:]]+", " ", "g"))
    return case((words == "", literal("")), else_=literal(" ") + words)


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic filter: the search index is not described by the models (see module doc)."""
    if name is None:
        return True
    from incubator_app.db.directory_index import include_name as directory_include_name
    from incubator_app.db.toolbox_index import include_name as toolbox_include_name

    if not toolbox_include_name(name, type_) or not directory_include_name(name, type_):
        return False
    if type_ == "table":
        return not any(
            name == table + s
            for table in (FTS_TABLE, CONTACT_FTS_TABLE)
            for s in ("", *_FTS_SHADOW_SUFFIXES)
        )
    if type_ == "column":
        return name != PG_COLUMN
    if type_ == "index":
        return name not in (PG_INDEX, CONTACT_PG_INDEX)
    return True


# -- SQLite --------------------------------------------------------------------------------------

_COLS = ", ".join(FTS_COLUMNS)
_NEW = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
_OLD = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
_SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({_COLS}, "
    "content='entrepreneur', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    f"CREATE TRIGGER IF NOT EXISTS entrepreneur_search_ai AFTER INSERT ON entrepreneur BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.id, {_NEW}); END",
    f"CREATE TRIGGER IF NOT EXISTS entrepreneur_search_ad AFTER DELETE ON entrepreneur BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.id, {_OLD}); "
    "END",
    f"CREATE TRIGGER IF NOT EXISTS entrepreneur_search_au AFTER UPDATE OF {_COLS} "
    f"ON entrepreneur BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.id, {_OLD}); "
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.id, {_NEW}); END",
)


def _sqlite_fts(table: str, source: str, columns: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5({cols}, "
        f"content='{source}', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        f"CREATE TRIGGER IF NOT EXISTS {prefix}_ai AFTER INSERT ON {source} BEGIN "
        f"INSERT INTO {table}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {prefix}_ad AFTER DELETE ON {source} BEGIN "
        f"INSERT INTO {table}({table}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {prefix}_au AFTER UPDATE OF {cols} ON {source} BEGIN "
        f"INSERT INTO {table}({table}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {table}(rowid, {cols}) VALUES (new.id, {new}); END",
    )


_SQLITE_CONTACT_CREATE = _sqlite_fts(
    CONTACT_FTS_TABLE, "contact", CONTACT_FTS_COLUMNS, "contact_search"
)


# -- PostgreSQL ----------------------------------------------------------------------------------


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _pg_fold(column: str) -> str:
    """SQL folding a column the way `fold` does, with built-in immutable functions only."""
    expr = f"coalesce({column}, '')"
    for ligature, plain in _LIGATURES.items():
        expr = f"replace({expr}, {_literal(ligature)}, {_literal(plain)})"
    expr = f"lower(translate({expr}, {_literal(_FOLD_FROM)}, {_literal(_FOLD_TO)}))"
    # Punctuation splits words as FTS5 does (an e-mail gives its parts, not one token).
    return f"regexp_replace({expr}, '[^[:alnum:]]+', ' ', 'g')"


def _pg_document() -> str:
    def part(text: str, weight: str) -> str:
        return f"setweight(to_tsvector('simple'::regconfig, {text}), '{weight}')"

    names = f"{_pg_fold('first_name')} || ' ' || {_pg_fold('last_name')}"
    return " || ".join(
        [
            part(names, "A"),
            part(_pg_fold("project_name"), "B"),
            part(_pg_fold("email"), "C"),
            part(_pg_fold("commune"), "D"),
        ]
    )


def _pg_contact_document() -> str:
    def part(text: str, weight: str) -> str:
        return f"setweight(to_tsvector('simple'::regconfig, {text}), '{weight}')"

    names = f"{_pg_fold('first_name')} || ' ' || {_pg_fold('last_name')}"
    return " || ".join(
        [part(names, "A"), part(_pg_fold("organisation"), "B"), part(_pg_fold("email"), "C")]
    )


_PG_CREATE = (
    f"ALTER TABLE entrepreneur ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({_pg_document()}) STORED",
    f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON entrepreneur USING gin ({PG_COLUMN})",
    f"ALTER TABLE contact ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({_pg_contact_document()}) STORED",
    f"CREATE INDEX IF NOT EXISTS {CONTACT_PG_INDEX} ON contact USING gin ({PG_COLUMN})",
)


def create_search_index(conn: Connection, *, contacts: bool = True) -> None:
    """Creates whatever part of the indexes is missing and (re)fills them from the entrepreneurs
    and the contacts (`contacts=False`: the entrepreneurs' only, as migration 0002 made it,
    before the contact table existed)."""
    if conn.dialect.name == "sqlite":
        tables = (FTS_TABLE, CONTACT_FTS_TABLE) if contacts else (FTS_TABLE,)
        for statement in _SQLITE_CREATE + (_SQLITE_CONTACT_CREATE if contacts else ()):
            conn.exec_driver_sql(statement)
        for table in tables:
            conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        for statement in _PG_CREATE if contacts else _PG_CREATE[:2]:
            conn.exec_driver_sql(statement)


def drop_search_index(
    conn: Connection, *, keep_document: bool = False, contacts: bool = True
) -> None:
    """`keep_document` (PostgreSQL, bulk loads): drop the index only and keep the generated
    column, which the server then computes as each row comes in, instead of rewriting the
    table when the column is added back (a 32 s statement for the network demo).
    `contacts=False`: the entrepreneurs' index only (migration 0002)."""
    if contacts:
        drop_contact_search_index(conn, keep_document=keep_document)
    if conn.dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")
        if not keep_document:
            conn.exec_driver_sql(f"ALTER TABLE entrepreneur DROP COLUMN IF EXISTS {PG_COLUMN}")


def drop_contact_search_index(conn: Connection, *, keep_document: bool = False) -> None:
    """The contacts' part of the index only (migration 0043's downgrade)."""
    if conn.dialect.name == "sqlite":
        for trigger in _CONTACT_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {CONTACT_FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {CONTACT_PG_INDEX}")
        if not keep_document:
            conn.exec_driver_sql(f"ALTER TABLE contact DROP COLUMN IF EXISTS {PG_COLUMN}")
