"""Finding sheets: full-text search over the sheets and the text of their files, one service over
the two dialects' indexes (db/toolbox_index.py): FTS5's bm25 on SQLite, `ts_rank` over the
weighted tsvector on PostgreSQL. Every typed word must be found (as the start of a word, accents
and case set aside: `eleve` finds `élèves`), in the sheet's own text or in its files' text.

The sheet's own text and its files' text have an index each, searched side by side: a sheet is
found when each word is in the one or the other (the same sheets, and the same total, as one
index over both). The sheets whose own text holds every word come first, ranked by it alone: the
title weighs most, then the summary, tags, disciplines and territory, then the sheet's text. The
sheets found only through their files come after them, with one fixed rank (like a match of the
least weight), in id order. Ranking never reads the files' text: a broad word found in half
the sheets costs the sheets' own (short) text only. Each hit carries a highlighted snippet
(snippets.py), from its files' text when the words are there. With no words, the sheets come
newest first.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy import column as sql_column
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from incubator_app.db.search_index import fold, folded_words, folded_words_sql
from incubator_app.db.toolbox_index import (
    FILES_FTS_TABLE,
    FILES_TABLE,
    FTS_TABLE,
    PG_COLUMN,
)
from incubator_app.models import SheetKind, SheetStatus, ToolboxFilesText, ToolboxSheet
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.text_match import query_words
from incubator_app.services.toolbox.access import visible_condition
from incubator_app.services.toolbox.snippets import Snippet, best_snippet

DEFAULT_LIMIT = 25
MAX_LIMIT = 500
# bm25 weights, in the order of toolbox_index.FTS_COLUMNS.
_BM25_WEIGHTS = (10.0, 5.0, 5.0, 4.0, 3.0, 2.0, 1.5, 1.5, 2.0, 2.0, 1.5)
# Where a snippet is looked for (ties go to the earlier field); a hit by its title or tags
# alone has none: the title is shown anyway.
_SNIPPET_FIELDS = (
    "summary",
    "body",
    "worked",
    "failed",
    "results",
    "context",
    "partners",
    "attachments_text",
)


@dataclass(frozen=True)
class SheetQuery:
    text: str = ""
    kind: SheetKind | None = None
    tag: str | None = None
    territory: str | None = None
    #: None: drafts and published (what the reader may see), archived left out.
    statuses: tuple[SheetStatus, ...] | None = None
    author_id: int | None = None


@dataclass(frozen=True)
class SheetHit:
    id: int
    title: str
    kind: SheetKind
    status: SheetStatus
    territory: str | None
    tags: str | None
    author_name: str
    updated_at: datetime
    snippet: Snippet | None = None


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: list[SheetHit] = field(default_factory=list)
    words: tuple[str, ...] = ()


#: French (and a few English) words too common to find anything: left out of a query that has
#: other words (`atelier de théâtre` looks for `atelier théâtre`), kept when it has no other.
STOP_WORDS = frozenset(
    "a au aux avec ce ces d dans de des du elle en et il ils je l la le les leur leurs lui ma "
    "mais me mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sur "
    "ta te tes toi ton tu un une vos votre vous y est sont ete etre avoir ont the of and to "
    "in".split()
)


def search_terms(text: str) -> list[str]:
    """The words a search looks for: folded, without repeats, stop words left out."""
    words = query_words(text)
    kept = [w for w in words if w not in STOP_WORDS]
    return kept or words


def _match_expression(words: list[str], dialect: str, *, any_word: bool = False) -> str:
    """Each word the start of a word, except the common ones, looked for as they are (`de*`
    would bring every word that starts with `de`); every word needed, or any with `any_word`."""
    # Words hold letters and digits only (search_words), so quoting them is enough.
    if dialect == "postgresql":
        terms = [w if w in STOP_WORDS else f"{w}:*" for w in words]
        return (" | " if any_word else " & ").join(terms)
    terms = [f'"{w}"' if w in STOP_WORDS else f'"{w}"*' for w in words]
    return (" OR " if any_word else " ").join(terms)


def _filters(query: SheetQuery, actor: Actor, dialect: str) -> list:
    conditions = []
    visible = visible_condition(actor)
    if visible is not None:
        conditions.append(visible)
    statuses = query.statuses or (SheetStatus.DRAFT, SheetStatus.PUBLISHED)
    conditions.append(ToolboxSheet.status.in_(statuses))
    if query.kind is not None:
        conditions.append(ToolboxSheet.kind == SheetKind(query.kind))
    if query.author_id is not None:
        conditions.append(ToolboxSheet.author_id == query.author_id)
    if query.territory:
        conditions.append(func.lower(ToolboxSheet.territory) == query.territory.strip().lower())
    if query.tag and folded_words(query.tag):
        # The tag's words, in a row, accents and case aside (the list's commas are not kept).
        tags = folded_words_sql(ToolboxSheet.tags, dialect) + literal(" ")
        conditions.append(tags.contains(folded_words(query.tag) + " ", autoescape=True))
    return conditions


def _sheet_ids(dialect: str, match: str, name: str) -> Select:
    """Ids of the sheets whose own text matches `match`, from the index alone."""
    if dialect == "postgresql":
        sheet = table("toolbox_sheet", sql_column("id"), sql_column(PG_COLUMN))
        return select(sheet.c.id).where(sheet.c[PG_COLUMN].op("@@")(_tsquery(match, name)))
    return _fts_ids(FTS_TABLE, match, name)


def _file_ids(dialect: str, match: str, name: str) -> Select:
    """Ids of the sheets whose files' text matches `match`, from the index alone."""
    if dialect == "postgresql":
        files = table(FILES_TABLE, sql_column("sheet_id"), sql_column(PG_COLUMN))
        return select(files.c.sheet_id).where(files.c[PG_COLUMN].op("@@")(_tsquery(match, name)))
    return _fts_ids(FILES_FTS_TABLE, match, name)


def _fts_ids(fts: str, match: str, name: str) -> Select:
    # The table-valued form under an alias of its own: the outer query may read the same FTS
    # table, and a `MATCH` on its name would then be the outer one's.
    alias = f"{fts}_{name}"
    source = sql_text(f"{fts}(:{name}) AS {alias}").bindparams(**{name: match})
    return select(literal_column(f"{alias}.rowid")).select_from(source)


def _tsquery(match: str, name: str) -> ColumnElement:
    return sql_text(f"to_tsquery('simple', :{name})").bindparams(**{name: match})


def _found_in_own_text(words: list[str], dialect: str, key: ColumnElement | None) -> Select:
    """SELECT id, key of the sheets whose own text holds every word; `key` None: their rank
    (sorting by it puts the best first)."""
    match = _match_expression(words, dialect)
    if dialect == "postgresql":
        document = literal_column(f"toolbox_sheet.{PG_COLUMN}")
        tsquery = _tsquery(match, "toolbox_match")
        if key is None:
            key = (-func.ts_rank(document, tsquery)).label("key")
        return select(ToolboxSheet.id, key).where(document.op("@@")(tsquery))
    if key is not None:
        # No rank: the sheets' rows are read in the order of the (status, updated_at) index,
        # each kept when its id is in the index's answer (`+`: not looked up one by one by
        # id, which costs four times more for a word in every sheet).
        found = _fts_ids(FTS_TABLE, match, "toolbox_match")
        return select(ToolboxSheet.id, key).where(literal_column("+toolbox_sheet.id").in_(found))
    fts = table(FTS_TABLE, sql_column("rowid"))
    weights = ", ".join(str(w) for w in _BM25_WEIGHTS)
    key = literal_column(f"bm25({FTS_TABLE}, {weights})").label("key")
    return (
        select(ToolboxSheet.id, key)
        .join(fts, fts.c.rowid == ToolboxSheet.id)
        .where(sql_text(f"{FTS_TABLE} MATCH :toolbox_match").bindparams(toolbox_match=match))
    )


def _found_through_files(words: list[str], dialect: str, key: ColumnElement) -> Select:
    """SELECT id, key of the sheets found because of their files: some word is in their files'
    text only. Their files hold one of the words at least (the files' index), their own text not
    all of them, and each word is in the one or the other. The sets come from the indexes
    (`IN`), never from reading a document; they are tested on the files' ids before any
    sheet's row is read."""
    any_word = _match_expression(words, dialect, any_word=True)
    if dialect == "postgresql":
        files = table(FILES_TABLE, sql_column("sheet_id"), sql_column(PG_COLUMN))
        found = select(files.c.sheet_id).where(
            files.c[PG_COLUMN].op("@@")(_tsquery(any_word, "toolbox_any"))
        )
        outer: ColumnElement = files.c.sheet_id
    else:
        fts = table(FILES_FTS_TABLE, sql_column("rowid"))
        found = (
            select(ToolboxSheet.id, key)
            .join(fts, fts.c.rowid == ToolboxSheet.id)
            .where(
                sql_text(f"{FILES_FTS_TABLE} MATCH :toolbox_any").bindparams(toolbox_any=any_word)
            )
        )
        # `+`: a filter, not a lookup (SQLite would otherwise look the rowids of the OR up in
        # the FTS table, where the MATCH cannot be used).
        outer = literal_column(f"+{FILES_FTS_TABLE}.rowid")
    every = _match_expression(words, dialect)
    found = found.where(outer.not_in(_sheet_ids(dialect, every, "toolbox_every")))
    if len(words) > 1:
        for i, word in enumerate(words):
            match = _match_expression([word], dialect)
            found = found.where(
                or_(
                    outer.in_(_sheet_ids(dialect, match, f"toolbox_own_{i}")),
                    outer.in_(_file_ids(dialect, match, f"toolbox_file_{i}")),
                )
            )
    if dialect != "postgresql":
        return found
    # Kept whole: otherwise PostgreSQL joins the files' rows to the sheets' and tests the match
    # on each file's vector (read from TOAST) instead of taking the ids from the GIN index.
    added = found.cte("added").prefix_with("MATERIALIZED")
    return select(ToolboxSheet.id, key).where(ToolboxSheet.id.in_(select(added.c.sheet_id)))


@contextmanager
def _index_preferred(session: Session, dialect: str) -> Iterator[None]:
    """On PostgreSQL, the match is looked up in the GIN index, not by reading every sheet.

    The planner counts the sheet table's pages (the `tsvector` and the long texts are out of
    line, in TOAST) and picks a sequential scan for a word found in half the sheets; that scan
    fetches and unpacks every sheet's vector to test the match, then the matching ones again to
    rank them. The index answers the match alone, so only the matching sheets' vectors are read
    (benchmarks/RESULTS-toolbox.md: about twice as fast for broad searches). The same statement,
    the same rows: only the plan changes. `set_config(..., true)` lasts until the end of the
    transaction at most; the previous value is put back right after the statement.
    """
    if dialect != "postgresql":
        yield
        return
    # One round trip: the value before (read first: the CTE's row exists before the outer
    # row's set_config is computed), then off.
    previous = session.scalar(
        sql_text(
            "WITH before AS MATERIALIZED (SELECT current_setting('enable_seqscan') AS value) "
            "SELECT value, set_config('enable_seqscan', 'off', true) FROM before"
        )
    )
    try:
        yield
    finally:
        session.execute(
            sql_text("SELECT set_config('enable_seqscan', :value, true)"), {"value": previous}
        )


def search_sheets(
    session: Session, query: SheetQuery, *, actor: Actor, limit: int = DEFAULT_LIMIT
) -> SearchResult:
    """The `limit` best sheets for `query` the actor may see, and how many match in all."""
    require(actor, Permission.VIEW)
    limit = max(1, min(int(limit), MAX_LIMIT))
    words = search_terms(query.text)
    dialect = session.get_bind().dialect.name
    conditions = _filters(query, actor, dialect)
    if words:
        if all(w in STOP_WORDS for w in words):
            # Words that every sheet holds rank nothing (and ranking them all costs most):
            # the sheets that hold them come newest first.
            key = ToolboxSheet.updated_at.label("key")
            order = [literal_column("key").desc()]
        else:
            # Ranked by the sheet's own text; the sheets found only through their files come
            # after them, all with the same fixed rank (NULL, sorted last).
            key = None
            order = [literal_column("key").is_(None), literal_column("key")]
        own = _found_in_own_text(words, dialect, key).where(and_(*conditions))
        added = _found_through_files(words, dialect, key if key is not None else null())
        base = union_all(own, added.where(and_(*conditions)))
        # One evaluation of the match for both the count and the best rows (a CTE kept whole).
        matched = base.cte("matched").prefix_with("MATERIALIZED")
        everyone = select(func.count()).select_from(matched).scalar_subquery()
        statement = select(matched.c.id, everyone.label("total")).order_by(*order, matched.c.id)
        with _index_preferred(session, dialect):
            rows = session.execute(statement.limit(limit)).all()
        total = rows[0].total if rows else 0
        ids = [r.id for r in rows]
    else:
        base = select(ToolboxSheet.id).where(and_(*conditions))
        total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
        ids = list(
            session.scalars(
                base.order_by(ToolboxSheet.updated_at.desc(), ToolboxSheet.id.desc()).limit(limit)
            )
        )
    return SearchResult(total, _hits(session, ids, words), tuple(words))


def _hits(session: Session, ids: list[int], words: list[str]) -> list[SheetHit]:
    if not ids:
        return []
    columns = [
        ToolboxSheet.id,
        ToolboxSheet.title,
        ToolboxSheet.kind,
        ToolboxSheet.status,
        ToolboxSheet.territory,
        ToolboxSheet.tags,
        ToolboxSheet.author_name,
        ToolboxSheet.updated_at,
    ]
    query = select(*columns).where(ToolboxSheet.id.in_(ids))
    if words:
        query = query.add_columns(
            *(getattr(ToolboxSheet, f) for f in _SNIPPET_FIELDS[:-1]),
            ToolboxFilesText.joined_text.label("attachments_text"),
        ).outerjoin(ToolboxFilesText, ToolboxFilesText.sheet_id == ToolboxSheet.id)
    rows = {r.id: r for r in session.execute(query)}
    hits = []
    for sheet_id in ids:
        r = rows[sheet_id]
        snippet = None
        if words:
            snippet = best_snippet([(f, getattr(r, f)) for f in _SNIPPET_FIELDS], words)
        hits.append(
            SheetHit(
                id=r.id,
                title=r.title,
                kind=r.kind,
                status=r.status,
                territory=r.territory,
                tags=r.tags,
                author_name=r.author_name,
                updated_at=r.updated_at,
                snippet=snippet,
            )
        )
    return hits


def known_tags(session: Session, *, actor: Actor) -> list[str]:
    """Every tag of the sheets the actor sees, for the filter's list (sorted, accents aside)."""
    require(actor, Permission.VIEW)
    from incubator_app.services.toolbox.sheets import split_list

    query = select(ToolboxSheet.tags).where(ToolboxSheet.tags.is_not(None))
    visible = visible_condition(actor)
    if visible is not None:
        query = query.where(visible)
    tags: dict[str, str] = {}
    for text in session.scalars(query.distinct()):
        for tag in split_list(text):
            tags.setdefault(fold(tag), tag)
    return [tags[k] for k in sorted(tags)]
