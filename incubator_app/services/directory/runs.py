"""A link run over the whole directory: every source record against the records of the other
listings, the pairs stored with their score and evidence, the automatic zone merged.

By default a run is incremental: it examines only the records no run examined yet
(`source_record.linked_at` NULL, i.e. the listings imported since), scoring every pair with at
least one of them; the blocks, word rarities and one-to-one decisions are those of a full run, so
those pairs come out exactly as a full run would give them (new records arrive only as whole
listings). `full=True` examines every record again; `listings` only the records of these
listings. The examined records are marked in the same transaction as the pairs and merges.

Nothing else resets the mark. The run reads only the source records (never edited), the people's
verdicts (honoured on every pair by every run) and the listings' duplicate flags: an actor's
edit changes nothing it reads, and a merge or an unmerge changes only which actor holds a record
(an unmerge also records the person's "different" between the two actors: merges.unmerge).
What only a full run catches: a pair between two already examined records whose one-to-one
choice changes after a person's verdict freed or took a record (e.g. the second-best candidate
of a record whose pair was said "different"), and word rarities shifted by the listings added since.

A person's verdict on a pair ("same", "different") is honoured and never overturned: the run
keeps those pairs as they are and only refreshes the others. A pair is merged only when its two
actors differ, the merged actor would not hold two rows of one listing (unless the listing
says it has duplicates), and no person said "different" between a row of one and a row of the
other (an undone merge is not redone through another pair of their rows, nor through a third
actor matching both).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    ActorSource,
    DirectoryActor,
    DirectoryMerge,
    Listing,
    PairDecision,
    SourceRecord,
)
from incubator_app.models.directory import ACTOR_FIELDS
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.bulk import without_cycle_collector
from incubator_app.services.directory.communes import commune_reference
from incubator_app.services.directory.counts import recount_listings
from incubator_app.services.directory.linkage import (
    AUTO_ABOVE,
    REVIEW_ABOVE,
    Candidate,
    LinkRecord,
    link_records,
    record_from_values,
    zone_counts,
)
from incubator_app.services.directory.merges import merged_fields


@dataclass(frozen=True)
class LinkSummary:
    merged: int
    review: int
    rejected: int
    examined: int = 0  # source records this run examined (new ones, or all for a full run)


def load_link_records(session: Session) -> list[LinkRecord]:
    ref = commune_reference()
    records = []
    table = SourceRecord.__table__
    # Through the Core connection: plain rows, no ORM loading step (100,000 rows per run).
    rows = session.connection().execute(
        select(table.c.id, table.c.listing_id, table.c["values"]).order_by(table.c.id)
    )
    for record_id, listing_id, values in rows:
        commune = ref.get(values.get("commune_insee"))
        records.append(
            record_from_values(
                record_id,
                listing_id,
                values,
                commune.city if commune else None,
                commune.departement if commune else None,
            )
        )
    return records


def count_unexamined(session: Session, *, actor: Actor) -> int:
    """How many source records no link run examined yet (what "Cross now" will examine)."""
    require(actor, Permission.VIEW)
    return session.scalar(
        select(func.count()).select_from(SourceRecord).where(SourceRecord.linked_at.is_(None))
    )


def _unexamined(session: Session) -> set[int]:
    return set(session.scalars(select(SourceRecord.id).where(SourceRecord.linked_at.is_(None))))


@without_cycle_collector
def preview_link(
    session: Session,
    *,
    auto_above: float = AUTO_ABOVE,
    review_above: float = REVIEW_ABOVE,
    listings: Iterable[int] | None = None,
    full: bool = False,
    actor: Actor,
) -> dict[str, int]:
    """The counts the thresholds would give, without writing anything: the records no run
    examined yet, or every record (`full`), or those of `listings`, as `link_directory`."""
    require(actor, Permission.VIEW)
    if listings is None and not full:
        scope = _unexamined(session)
        if not scope:
            return zone_counts(())
        return zone_counts(_candidates(session, auto_above, review_above, scope=scope)[0])
    return zone_counts(_candidates(session, auto_above, review_above, listings)[0])


def _candidates(
    session: Session,
    auto_above: float,
    review_above: float,
    listings: Iterable[int] | None = None,
    scope: set[int] | None = None,
) -> tuple[list[Candidate], list[int]]:
    """The scored pairs with a record of `scope` (record ids) or of `listings`, or of a full
    run when neither is given; and the ids of the records examined."""
    records = load_link_records(session)
    only = None
    if listings is not None:
        wanted = set(listings)
        only = {i for i, r in enumerate(records) if r.listing in wanted}
    elif scope is not None:
        only = {i for i, r in enumerate(records) if r.id in scope}
    if only is not None and len(only) == len(records):
        only = None  # every record: a full run (no filtering of the blocks)
    examined = [r.id for r in records] if only is None else [records[i].id for i in sorted(only)]
    decided = {
        (a, b): v
        for a, b, v in session.execute(
            select(PairDecision.record_a_id, PairDecision.record_b_id, PairDecision.verdict).where(
                PairDecision.verdict.is_not(None)
            )
        )
    }
    duplicates = session.scalars(select(Listing.id).where(Listing.has_duplicates)).all()
    candidates = link_records(
        records,
        auto_above=auto_above,
        review_above=review_above,
        duplicates_allowed=duplicates,
        decided=decided,
        only=only,
    )
    return candidates, examined


@without_cycle_collector
def link_directory(
    session: Session,
    *,
    auto_above: float = AUTO_ABOVE,
    review_above: float = REVIEW_ABOVE,
    listings: Iterable[int] | None = None,
    full: bool = False,
    actor: Actor,
) -> LinkSummary:
    """An incremental run by default: only the pairs with a record no run examined yet (the
    listings imported since) are scored and refreshed; the pairs of earlier runs between other
    records stay as they are. `full`: every record against the other listings again;
    `listings`: the pairs with a record of these listings. The examined records are marked
    (`linked_at`) in the same transaction. The summary's review and rejected counts are those
    of the pairs this run examined."""
    require(actor, Permission.MANAGE_DIRECTORY)
    try:
        return _link(session, auto_above, review_above, listings, full, actor)
    except BaseException:
        session.rollback()  # nothing half-written: no pair, merge or mark of this run
        raise


def _link(
    session: Session,
    auto_above: float,
    review_above: float,
    listings: Iterable[int] | None,
    full: bool,
    actor: Actor,
) -> LinkSummary:
    wanted = None if listings is None else sorted(set(listings))
    scope = None
    if wanted is not None:
        known = set(session.scalars(select(Listing.id).where(Listing.id.in_(wanted))))
        missing = [i for i in wanted if i not in known]
        if missing:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Directory", "No listing {id}."), id=missing[0]))
    elif not full:
        scope = _unexamined(session)
        if not scope:
            session.commit()  # nothing new: nothing to read, score or write
            return LinkSummary(merged=0, review=0, rejected=0, examined=0)
    candidates, examined = _candidates(session, auto_above, review_above, wanted, scope)
    # Kept as they are: a person's verdicts, and the pairs a dedupe run queued (only this
    # run's own undecided pairs are refreshed).
    kept = set(
        session.execute(
            select(PairDecision.record_a_id, PairDecision.record_b_id).where(
                PairDecision.verdict.is_not(None) | (PairDecision.found_by != "link")
            )
        ).all()
    )
    stale = delete(PairDecision).where(
        PairDecision.verdict.is_(None), PairDecision.found_by == "link"
    )
    if wanted is not None:
        # Only the pairs this run examined: those with a record of the listings.
        of_listings = select(SourceRecord.id).where(SourceRecord.listing_id.in_(wanted))
        stale = stale.where(
            PairDecision.record_a_id.in_(of_listings) | PairDecision.record_b_id.in_(of_listings)
        )
    elif scope is not None:
        # Only the pairs with a record this run examined: its ids as runs of consecutive ids
        # (a listing's records are inserted together), a few ranges per statement.
        spans = id_ranges(examined)
        for start in range(0, len(spans), _RANGES):
            a, b = PairDecision.record_a_id, PairDecision.record_b_id
            session.execute(
                stale.where(
                    or_(
                        *(
                            a.between(lo, hi) | b.between(lo, hi)
                            for lo, hi in spans[start : start + _RANGES]
                        )
                    )
                )
            )
        stale = None
    if stale is not None:
        session.execute(stale)
    rows = [
        {
            "record_a_id": c.a,
            "record_b_id": c.b,
            "score": c.score,
            "evidence": c.evidence,
            "zone": c.zone,
        }
        for c in candidates
        if c.zone in ("auto", "review") and (c.a, c.b) not in kept
    ]
    if rows:
        session.execute(insert(PairDecision.__table__), rows)
    merged = _merge_auto([c for c in candidates if c.zone == "auto"], session, actor)
    _mark_examined(session, examined)
    session.commit()
    counts = zone_counts(candidates)
    return LinkSummary(
        merged=merged, review=counts["review"], rejected=counts["reject"], examined=len(examined)
    )


_RANGES = 200  # id ranges per statement: 4 bound parameters each, far under any limit


def id_ranges(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted ids as (first, last) runs of consecutive ids: exactly the same set."""
    spans: list[tuple[int, int]] = []
    for i in sorted(ids):
        if spans and i == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], i)
        else:
            spans.append((i, i))
    return spans


def _mark_examined(session: Session, record_ids: list[int]) -> None:
    """`linked_at` = now on the records this run examined (by id: a listing imported while
    the run went on keeps NULL for the next run)."""
    now = clock.now_utc()
    table = SourceRecord.__table__
    spans = id_ranges(record_ids)
    for start in range(0, len(spans), _RANGES):
        chunk = spans[start : start + _RANGES]
        session.execute(
            update(table)
            .where(or_(*(table.c.id.between(lo, hi) for lo, hi in chunk)))
            .values(linked_at=now)
        )


def _merge_auto(auto: list[Candidate], session: Session, actor: Actor) -> int:
    """The automatic merges in bulk (plain rows, not one ORM object per actor: 100,000 actors
    fit in memory): the same fields, log rows and moves as merges.apply_merge."""
    if not auto:
        return 0
    records = {c.a for c in auto} | {c.b for c in auto}
    connection = session.connection()  # plain rows, no ORM loading step
    # Only the actors of the pairs' records and every record of theirs (an incremental run
    # merges a few thousand actors: reading all 100,000 links was a tenth of the run).
    source = ActorSource.__table__
    involved: set[int] = set()
    for chunk in _chunks(sorted(records)):
        involved.update(
            connection.scalars(select(source.c.actor_id).where(source.c.record_id.in_(chunk)))
        )
    links: dict[int, tuple[int, int]] = {}  # record id → (actor_source id, actor id)
    members: dict[int, list[tuple[int, int]]] = {}  # actor → [(actor_source id, record id)]
    for chunk in _chunks(sorted(involved)):
        for link_id, record_id, actor_id in connection.execute(
            select(source.c.id, source.c.record_id, source.c.actor_id)
            .where(source.c.actor_id.in_(chunk))
            .order_by(source.c.id)
        ):
            links[record_id] = (link_id, actor_id)
            members.setdefault(actor_id, []).append((link_id, record_id))
    record_table = SourceRecord.__table__
    listing_of: dict[int, int] = {}
    for chunk in _chunks(sorted(links)):
        listing_of.update(
            connection.execute(
                select(record_table.c.id, record_table.c.listing_id).where(
                    record_table.c.id.in_(chunk)
                )
            ).all()
        )
    duplicates = set(session.scalars(select(Listing.id).where(Listing.has_duplicates)))
    # A person's "different" between two rows: their actors are never merged by a run.
    apart: dict[int, set[int]] = defaultdict(set)
    for a, b in connection.execute(
        select(PairDecision.record_a_id, PairDecision.record_b_id).where(
            PairDecision.verdict == "different"
        )
    ):
        apart[a].add(b)
        apart[b].add(a)
    table = DirectoryActor.__table__
    columns = [table.c[f] for f in ACTOR_FIELDS]
    fields: dict[int, dict] = {}
    versions: dict[int, int] = {}
    ids = sorted(involved)
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        for row in connection.execute(
            select(table.c.id, table.c.version_id, *columns).where(
                table.c.id.in_(chunk), table.c.merged_into_id.is_(None)
            )
        ):
            fields[row[0]] = dict(zip(ACTOR_FIELDS, row[2:], strict=True))
            versions[row[0]] = row[1]
    original = dict(fields)  # merged_fields never changes the dicts it is given
    now = clock.now_utc()
    changed: set[int] = set()
    absorbed_into: dict[int, int] = {}
    logs: list[dict] = []
    moves: dict[int, tuple[int, Candidate]] = {}  # actor_source id → (actor, candidate)
    for c in auto:
        first, second = links[c.a][1], links[c.b][1]
        first = _live(first, absorbed_into)
        second = _live(second, absorbed_into)
        if first == second or first not in fields or second not in fields:
            continue
        kept_id, absorbed_id = sorted((first, second))
        kept_listings = {listing_of[r] for _l, r in members[kept_id]}
        other_listings = {listing_of[r] for _l, r in members[absorbed_id]}
        if (kept_listings & other_listings) - duplicates:
            continue  # would give one actor two rows of one listing
        if apart and _said_apart(members[kept_id], members[absorbed_id], apart):
            continue  # a person said a row of one differs from a row of the other
        before = fields[kept_id]
        fields[kept_id] = merged_fields(before, fields[absorbed_id])
        changed.add(kept_id)
        absorbed_into[absorbed_id] = kept_id
        moving = members.pop(absorbed_id)
        members[kept_id].extend(moving)
        for link_id, _record in moving:
            moves[link_id] = (kept_id, c)
        logs.append(
            {
                "kind": "merge",
                "kept_actor_id": kept_id,
                "absorbed_actor_id": absorbed_id,
                "before": before,
                "moved_sources": sorted(link_id for link_id, _r in moving),
                "score": c.score,
                "evidence": c.evidence,
                "user_id": actor.user_id,
                "user_login": actor.login,
                "at": now,
            }
        )
    if not logs:
        return 0
    # Only the columns a merge changed (most often the aliases and a field or two): one
    # executemany per set of changed columns, instead of every JSON column of every actor.
    by_columns: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for a in sorted(changed):
        after, was = fields[a], original[a]
        names = tuple(f for f in ACTOR_FIELDS if after[f] != was[f])
        row = {"id": a, **{f: after[f] for f in names}}
        by_columns[names].append({**row, "version_id": versions[a] + 1, "updated_at": now})
    for rows in by_columns.values():
        _bulk_update(session, DirectoryActor.__table__, rows)
    _bulk_update(
        session,
        DirectoryActor.__table__,
        [
            {"id": a, "merged_into_id": k, "version_id": versions[a] + 1, "updated_at": now}
            for a, k in sorted(absorbed_into.items())
        ],
    )
    _bulk_update(
        session,
        ActorSource.__table__,
        [
            {
                "id": link_id,
                "actor_id": kept,
                "how": "auto",
                "score": c.score,
                "evidence": c.evidence,
                "decided_by_id": actor.user_id,
                "decided_at": now,
            }
            for link_id, (kept, c) in sorted(moves.items())
        ],
    )
    session.execute(insert(DirectoryMerge.__table__), logs)
    # -- listings per actor (branch dirlist, services/directory/counts.py) --
    recount_listings(session, [*changed, *absorbed_into])
    return len(logs)


def _said_apart(
    mine: list[tuple[int, int]], theirs: list[tuple[int, int]], apart: dict[int, set[int]]
) -> bool:
    """Whether a person said "different" between a row of `mine` and a row of `theirs`."""
    other = {r for _l, r in theirs}
    return any(apart[r] & other for _l, r in mine if r in apart)


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    """`ids` in slices for IN (…) (under SQLite's oldest limit of bound parameters)."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _bulk_update(session: Session, table, rows: list[dict]) -> None:
    """UPDATE … WHERE id = :id for each row (one executemany; the version is set, not checked:
    the rows were read in this transaction)."""
    if not rows:
        return
    names = [k for k in rows[0] if k != "id"]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({n: bindparam(f"v_{n}", type_=table.c[n].type) for n in names})
    )
    session.execute(stmt, [{"row_id": r["id"], **{f"v_{n}": r[n] for n in names}} for r in rows])


def _live(actor_id: int, absorbed_into: dict[int, int]) -> int:
    while actor_id in absorbed_into:
        actor_id = absorbed_into[actor_id]
    return actor_id
