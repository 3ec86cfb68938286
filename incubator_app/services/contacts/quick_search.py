"""Quick search (Ctrl+K) over the contacts, the people who are not entrepreneurs: by any word of
their name, e-mail or organisation, with the one rule of `services/text_match.py`, through
their index (db/search_index.py: FTS5 on SQLite, a `tsvector` on PostgreSQL). Erased
contacts (anonymised rows kept for the funders' counts) are never found. Read by whoever may see
the contacts' list (Permission.VIEW)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from incubator_app.db.search_index import CONTACT_FTS_TABLE, PG_COLUMN
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.contacts.listing import contact_name
from incubator_app.services.erased import ANONYMISED
from incubator_app.services.text_match import prefix_match_expression, query_words

DEFAULT_LIMIT = 8
MAX_LIMIT = 200


@dataclass(frozen=True)
class ContactHit:
    id: int
    display_name: str
    email: str | None
    organisation: str | None


_COLUMNS = "c.id, c.first_name, c.last_name, c.email, c.organisation"
# bm25 weights follow CONTACT_FTS_COLUMNS: first name, last name, organisation, e-mail (smaller
# is better). The erased (anonymised) are never found.
_SQLITE_QUERY = sql_text(
    f"SELECT {_COLUMNS} FROM {CONTACT_FTS_TABLE} AS s JOIN contact AS c ON c.id = s.rowid "
    f"WHERE {CONTACT_FTS_TABLE} MATCH :match AND c.last_name != :erased "
    f"ORDER BY bm25({CONTACT_FTS_TABLE}, 10.0, 10.0, 4.0, 2.0), c.last_name, c.first_name, c.id "
    "LIMIT :limit"
)
_PG_QUERY = sql_text(
    f"SELECT {_COLUMNS} FROM contact AS c, to_tsquery('simple', :match) AS q "
    f"WHERE c.{PG_COLUMN} @@ q AND c.last_name != :erased "
    f"ORDER BY ts_rank(c.{PG_COLUMN}, q) DESC, c.last_name, c.first_name, c.id LIMIT :limit"
)


def quick_search_contacts(
    session: Session, text: str, *, actor: Actor, limit: int = DEFAULT_LIMIT
) -> list[ContactHit]:
    """The best `limit` contacts matching what the user typed (names weigh more than the
    organisation, the organisation more than the e-mail); empty text gives no hits."""
    require(actor, Permission.VIEW)
    words = query_words(text)
    if not words:
        return []
    limit = max(1, min(int(limit), MAX_LIMIT))
    dialect = session.get_bind().dialect.name
    query = _PG_QUERY if dialect == "postgresql" else _SQLITE_QUERY
    params = {
        "match": prefix_match_expression(words, dialect),
        "limit": limit,
        "erased": ANONYMISED,
    }
    return [
        ContactHit(row.id, contact_name(row.first_name, row.last_name), row.email,
                   row.organisation)
        for row in session.execute(query, params)
    ]  # fmt: skip
