"""The directory's windowed list (services/paging.py): filters by type, commune, département,
listing and "seen in only one listing", a name search; counted and paged in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, column, func, literal_column, select, table, text
from sqlalchemy.orm import Session

from incubator_app.db.directory_index import FTS_TABLE, PG_COLUMN
from incubator_app.db.search_index import search_words
from incubator_app.models import ActorSource, DirectoryActor, Listing, SourceRecord
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.communes import commune_reference
from incubator_app.services.paging import SortOrder, apply_sort, window


@dataclass(frozen=True)
class DirectoryFilter:
    text: str = ""
    kind: str | None = None
    commune_insee: str | None = None
    departement: str | None = None
    listing_id: int | None = None
    only_one_listing: bool = False


@dataclass(frozen=True)
class DirectoryRow:
    id: int
    name: str
    kind: str | None
    commune: str
    departement: str
    website: str | None
    sources: int


@dataclass(frozen=True)
class ListingChoice:
    id: int
    source: str
    name: str
    rows: int


def _sources_per_actor():
    """The actor's source count, correlated: computed for the rows of the page only (a joined
    GROUP BY over every source cost 140 ms per page at 100,000 actors, benchmarks/
    directory_scale.py)."""
    return (
        select(func.count())
        .select_from(ActorSource)
        .where(ActorSource.actor_id == DirectoryActor.id)
        .correlate(DirectoryActor)
        .scalar_subquery()
    )


class DirectoryListSource:
    SORT_KEYS = ("name", "kind", "commune", "sources")

    def __init__(self, flt: DirectoryFilter, actor: Actor) -> None:
        require(actor, Permission.VIEW)
        self.flt = flt
        # The name search reads a dialect's own index: set from the session by count and fetch
        # (the statements alone, as the benchmark compiles them, are SQLite's).
        self.dialect = "sqlite"

    def _where(self, stmt: Select, counts) -> Select:
        f = self.flt
        # Live actors. Beside a commune or a département, `+ 0` keeps SQLite (no statistics)
        # from reading the 100,000 live actors through the merge mark's index instead of the
        # few thousand of the commune index (the count of département 13: 50-80 → 6-11 ms).
        placed = bool(f.commune_insee or f.departement)
        merged = DirectoryActor.merged_into_id + 0 if placed else DirectoryActor.merged_into_id
        stmt = stmt.where(merged.is_(None))
        words = search_words(f.text)
        if words:
            stmt = stmt.where(self._matching(words))
        if f.kind:
            stmt = stmt.where(DirectoryActor.kind == f.kind)
        if f.commune_insee:
            stmt = stmt.where(DirectoryActor.commune_insee == f.commune_insee)
        if f.departement:
            # A range, not LIKE '13%' (SQLite's LIKE ignores case: no index for it): the
            # commune codes that start with the département's code ("13" → "13000".."13999",
            # "2A", "971").
            code = f.departement
            stmt = stmt.where(
                DirectoryActor.commune_insee >= code,
                DirectoryActor.commune_insee < code[:-1] + chr(ord(code[-1]) + 1),
            )
        if f.listing_id is not None:
            stmt = stmt.where(
                DirectoryActor.id.in_(
                    select(ActorSource.actor_id)
                    .join(SourceRecord, SourceRecord.id == ActorSource.record_id)
                    .where(SourceRecord.listing_id == f.listing_id)
                )
            )
        if f.only_one_listing:
            # The count kept on the actor (services/directory/counts.py), read from an index in
            # name order; beside a narrower filter, `+ 0` keeps SQLite (no statistics) from
            # walking that index over the 99 % of actors seen in one listing (département 13
            # and one listing: 260 → 33 ms at 100,000 actors, benchmarks/directory_scale.py).
            narrower = f.commune_insee or f.departement or f.listing_id is not None or words
            count = DirectoryActor.listing_count + 0 if narrower else DirectoryActor.listing_count
            stmt = stmt.where(count == 1)
        return stmt

    def _matching(self, words: list[str]):
        """The actors whose name has a word starting with each of `words` (folded: no case,
        no accents), from the name index (db/directory_index.py)."""
        if self.dialect == "postgresql":
            # On the row itself (the GIN index gives the matching rows, a bitmap scan reads
            # them): an `id IN (…)` of the same table was a hash join over every actor.
            query = " & ".join(f"{w}:*" for w in words)
            document = literal_column(f"directory_actor.{PG_COLUMN}")
            return document.op("@@")(func.to_tsquery(literal_column("'simple'"), query))
        match = " ".join(f'"{w}"*' for w in words)
        fts = table(FTS_TABLE, column("rowid"))
        return DirectoryActor.id.in_(
            select(fts.c.rowid).where(text(f"{FTS_TABLE} MATCH :match").bindparams(match=match))
        )

    def count_statement(self) -> Select:
        return self._where(select(func.count()).select_from(DirectoryActor), None)

    def count(self, session: Session) -> int:
        self.dialect = session.get_bind().dialect.name
        return session.scalar(self.count_statement()) or 0

    def page_statement(self, sort: SortOrder, offset: int, limit: int) -> Select:
        """The SELECT of one page (benchmarks/directory_scale.py runs it raw beside fetch)."""
        counts = _sources_per_actor()
        stmt = select(
            DirectoryActor.id,
            DirectoryActor.name,
            DirectoryActor.kind,
            DirectoryActor.commune_insee,
            DirectoryActor.website,
            counts,
        )
        stmt = self._where(stmt, counts)
        stmt = apply_sort(
            stmt,
            sort,
            {
                "name": DirectoryActor.name,
                "kind": DirectoryActor.kind,
                "commune": DirectoryActor.commune_insee,
                "sources": counts,
            },
            default=[DirectoryActor.name],
            tiebreak=DirectoryActor.id,
            never_empty=("name",),
        )
        return window(stmt, offset, limit)

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> Sequence[DirectoryRow]:
        self.dialect = session.get_bind().dialect.name
        ref = commune_reference()
        rows = []
        for actor_id, name, kind, insee, website, sources in session.execute(
            self.page_statement(sort, offset, limit)
        ):
            commune = ref.get(insee)
            rows.append(
                DirectoryRow(
                    actor_id,
                    name,
                    kind,
                    commune.name if commune else "",
                    ref.departement_name(commune.departement) or "" if commune else "",
                    website,
                    sources,
                )
            )
        return rows


def list_listings(session: Session, *, actor: Actor) -> list[ListingChoice]:
    require(actor, Permission.VIEW)
    rows = session.execute(
        select(Listing.id, Listing.source, Listing.name, Listing.row_count).order_by(Listing.id)
    ).all()
    return [ListingChoice(*r) for r in rows]


def list_kinds(session: Session, *, actor: Actor) -> list[str]:
    require(actor, Permission.VIEW)
    return list(
        session.scalars(
            select(DirectoryActor.kind)
            .where(DirectoryActor.kind.is_not(None))
            .distinct()
            .order_by(DirectoryActor.kind)
        )
    )
