"""The one rule by which typed text finds things, everywhere in the app (quick search, the lists'
filters, pickers): case- and accent-insensitive, every typed word the start of a word of one of
the searched fields, in any order (`franc gar` finds `François Garçon`, `the ma` finds
`Théâtre Marseille`). Punctuation separates words; a query with no word restricts nothing.

The entrepreneurs are searched through their index (db/search_index.py, fast at 50,000 people);
smaller tables through `fold_words` in SQL (`word_prefix_condition`); lists already in memory
through `text_matches`. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, column, literal_column, or_
from sqlalchemy import text as sql_text

from incubator_app.db.search_index import folded_words, folded_words_sql, search_words

#: More words than this adds nothing but cost (and a pasted paragraph must stay fast).
MAX_WORDS = 8


def prefix_match_expression(words: list[str], dialect: str) -> str:
    """The full-text query finding rows with a word starting with each of `words` (PostgreSQL's
    `to_tsquery`, SQLite's FTS5 MATCH). Words hold letters and digits only (search_words), so
    quoting them is enough."""
    if dialect == "postgresql":
        return " & ".join(f"{w}:*" for w in words)
    return " ".join(f'"{w}"*' for w in words)


def indexed_words_condition(
    text: str, dialect: str, *, ids: ColumnElement, document: str, fts_table: str, param: str
) -> ColumnElement[bool] | None:
    """The quick searches' WHERE term (every typed word the start of an indexed word): on
    PostgreSQL `document` (the table's generated tsvector column, qualified) matches the query;
    on SQLite `ids` is among the rowids `fts_table` (its FTS5 index) matches. `param` names the
    bound query (distinct per table, so two such terms can share a statement). None when the
    text holds no word."""
    words = query_words(text)
    if not words:
        return None
    match = prefix_match_expression(words, dialect)
    if dialect == "postgresql":
        return literal_column(document).op("@@")(
            sql_text(f"to_tsquery('simple', :{param})").bindparams(**{param: match})
        )
    matching_ids = (
        sql_text(f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH :{param}")
        .bindparams(**{param: match})
        .columns(column("rowid", Integer))
    )
    return ids.in_(matching_ids)


def query_words(text: str | None) -> list[str]:
    """The words the rule looks for in `text` (folded, without repeats, at most MAX_WORDS)."""
    return search_words(text or "")[:MAX_WORDS]


def text_matches(text: str | None, fields: Iterable[str | None]) -> bool:
    """Whether values held in memory match what the user typed."""
    words = query_words(text)
    if not words:
        return True
    haystack = " ".join(folded_words(f) for f in fields if f)
    return all(f" {w}" in haystack for w in words)


def same_words(a: str | None, b: str | None) -> bool:
    """The same words once accents, case and punctuation are set aside (`Maëlle  BOYADJIAN`
    and `maelle boyadjian`)."""
    return folded_words(a) == folded_words(b)


def same_words_condition(
    column: ColumnElement[Any], text: str | None, dialect: str
) -> ColumnElement[bool]:
    """SQL for `same_words(column, text)`: the duplicate checks of names (cohorts, services,
    funders) refuse « Salle de repetition » next to « Salle de répétition »."""
    return folded_words_sql(column, dialect) == folded_words(text)


def word_prefix_condition(
    text: str | None, fields: Sequence[ColumnElement[Any]], dialect: str
) -> ColumnElement[bool] | None:
    """SQL for the rule over `fields` (None when the text holds no word: no restriction).
    Words hold letters and digits only, so they need no escaping inside LIKE."""
    words = query_words(text)
    if not words:
        return None
    folded = [folded_words_sql(f, dialect) for f in fields]
    return and_(*(or_(*(f.like(f"% {w}%") for f in folded)) for w in words))
