"""The contacts' search rule through their index (db/search_index.py: FTS5 `contact_search` on
SQLite, `contact.search_document` on PostgreSQL): every typed word the start of a word of the
name, organisation or e-mail, accents and case aside, as `services/text_match.py` says. The
quick search and the contacts' list both use it, so both find the same people."""

from __future__ import annotations

from sqlalchemy import ColumnElement

from incubator_app.db.search_index import CONTACT_FTS_TABLE, PG_COLUMN
from incubator_app.models import Contact
from incubator_app.services.text_match import indexed_words_condition


def contact_text_condition(text: str, dialect: str) -> ColumnElement[bool] | None:
    """The quick search's match as a WHERE term on `contact` (the contacts' list uses it, so
    both find the same people); None when the text holds no word."""
    return indexed_words_condition(
        text, dialect, ids=Contact.id, document=f"contact.{PG_COLUMN}",
        fts_table=CONTACT_FTS_TABLE, param="contact_match",
    )  # fmt: skip
