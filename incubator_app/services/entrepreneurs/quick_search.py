"""Quick search (Ctrl+K): entrepreneurs by name, project, e-mail or commune, as the user types.

Case- and accent-insensitive (`helene` finds `Hélène`), every word a prefix (`the ma` finds
`Théâtre Marseille`), best matches first: names weigh more than the project, the project more
than the e-mail, the e-mail more than the commune; archived people come after active ones.
The index behind it is `incubator_app.db.search_index` (SQLite FTS5 or PostgreSQL tsvector).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, bindparam
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from incubator_app.db.search_index import FTS_TABLE, PG_COLUMN
from incubator_app.models import Entrepreneur, PathwayStage
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.sites.members import sites_of
from incubator_app.services.text_match import (
    indexed_words_condition,
    prefix_match_expression,
    query_words,
)

DEFAULT_LIMIT = 20
MAX_LIMIT = 200


@dataclass(frozen=True)
class QuickSearchHit:
    id: int
    display_name: str
    project_name: str | None
    email: str | None
    commune: str | None
    stage: PathwayStage
    archived: bool


_COLUMNS = (
    "e.id, e.first_name, e.last_name, e.project_name, e.email, e.commune, e.stage, e.archived"
)

# bm25 weights follow FTS_COLUMNS: first name, last name, project, e-mail, commune. bm25 is
# smaller for better matches. {sites}: the site condition of someone who works on some sites
# of a network only.
_SQLITE_SQL = (
    f"SELECT {_COLUMNS} FROM {FTS_TABLE} AS s JOIN entrepreneur AS e ON e.id = s.rowid "
    f"WHERE {FTS_TABLE} MATCH :match{{sites}} "
    f"ORDER BY e.archived, bm25({FTS_TABLE}, 10.0, 10.0, 4.0, 2.0, 1.0), "
    "e.last_name, e.first_name, e.id LIMIT :limit"
)
_PG_SQL = (
    f"SELECT {_COLUMNS} FROM entrepreneur AS e, to_tsquery('simple', :match) AS q "
    f"WHERE e.{PG_COLUMN} @@ q{{sites}} "
    f"ORDER BY e.archived, ts_rank(e.{PG_COLUMN}, q) DESC, e.last_name, e.first_name, e.id "
    "LIMIT :limit"
)
_SQLITE_QUERY = sql_text(_SQLITE_SQL.format(sites=""))
_PG_QUERY = sql_text(_PG_SQL.format(sites=""))
_SITE_CLAUSE = " AND e.site_id IN :sites"
_SQLITE_SITE_QUERY = sql_text(_SQLITE_SQL.format(sites=_SITE_CLAUSE)).bindparams(
    bindparam("sites", expanding=True)
)
_PG_SITE_QUERY = sql_text(_PG_SQL.format(sites=_SITE_CLAUSE)).bindparams(
    bindparam("sites", expanding=True)
)


def entrepreneur_text_condition(text: str, dialect: str) -> ColumnElement[bool] | None:
    """The quick search's match as a WHERE term on `entrepreneur` (the list filter uses it, so
    both find the same people); None when the text holds no word."""
    return indexed_words_condition(
        text, dialect, ids=Entrepreneur.id, document=f"entrepreneur.{PG_COLUMN}",
        fts_table=FTS_TABLE, param="text_match",
    )  # fmt: skip


def quick_search_entrepreneurs(
    session: Session, text: str, *, actor: Actor, limit: int = DEFAULT_LIMIT
) -> list[QuickSearchHit]:
    """The best `limit` matches for what the user typed; empty text gives no hits."""
    require(actor, Permission.VIEW)
    words = query_words(text)
    limit = max(1, min(int(limit), MAX_LIMIT))
    if not words:
        return []
    dialect = session.get_bind().dialect.name
    params: dict = {"match": prefix_match_expression(words, dialect), "limit": limit}
    # In a network, the people of one's own sites only (services/sites/members.py).
    mine = sites_of(session, actor)
    if mine is None:
        query = _PG_QUERY if dialect == "postgresql" else _SQLITE_QUERY
    else:
        query = _PG_SITE_QUERY if dialect == "postgresql" else _SQLITE_SITE_QUERY
        params["sites"] = list(mine)
    rows = session.execute(query, params)
    return [
        QuickSearchHit(
            id=row.id,
            display_name=f"{row.first_name} {row.last_name}".strip(),
            project_name=row.project_name,
            email=row.email,
            commune=row.commune,
            stage=PathwayStage(row.stage),
            archived=bool(row.archived),
        )
        for row in rows
    ]
