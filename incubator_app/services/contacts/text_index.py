"""The contacts' search rule through their index (db/search_index.py: FTS5 `contact_search` on
SQLite, `contact.search_document` on PostgreSQL): every typed word the start of a word of the
name, organisation or e-mail, accents and case aside, as `services/text_match.py` says. The
quick search and the contacts' list both use it, so both find the same people."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Integer, column, literal_column
from sqlalchemy import text as sql_text

from incubator_app.db.search_index import CONTACT_FTS_TABLE, PG_COLUMN
from incubator_app.models import Contact
from incubator_app.services.text_match import prefix_match_expression, query_words

match_expression = prefix_match_expression


def contact_text_condition(text: str, dialect: str) -> ColumnElement[bool] | None:
    """The quick search's match as a WHERE term on `contact` (the contacts' list uses it, so
    both find the same people); None when the text holds no word."""
    words = query_words(text)
    if not words:
        return None
    match = match_expression(words, dialect)
    if dialect == "postgresql":
        return literal_column(f"contact.{PG_COLUMN}").op("@@")(
            sql_text("to_tsquery('simple', :contact_match)").bindparams(contact_match=match)
        )
    matching_ids = (
        sql_text(
            f"SELECT rowid FROM {CONTACT_FTS_TABLE} WHERE {CONTACT_FTS_TABLE} MATCH :contact_match"
        )
        .bindparams(contact_match=match)
        .columns(column("rowid", Integer))
    )
    return Contact.id.in_(matching_ids)
