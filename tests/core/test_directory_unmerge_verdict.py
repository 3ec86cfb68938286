"""An undone merge is remembered: the person said "these are not the same", and no later run
(incremental, full, dedupe) merges the two actors again, neither through the pair that merged
them, nor through another pair of their rows, nor through a third actor matching both. The
verdict is a review verdict: listed with the decided pairs and undone the same way."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from test_directory_linkage import HEADER, write_csv

from incubator_app.models import (
    ActorSource,
    AuditEntry,
    DirectoryActor,
    DirectoryMerge,
    PairDecision,
)
from incubator_app.services.directory.dedupe import dedupe_directory
from incubator_app.services.directory.listings import import_listing
from incubator_app.services.directory.merges import last_merge, merge_actors, unmerge
from incubator_app.services.directory.review import review_queue, undo_decision
from incubator_app.services.directory.runs import link_directory

pytestmark = pytest.mark.core

SUD = ["Festival des Nuits du Sud", "Vence", "06140", "", "nuitsdusud.com", "", "1998"]
SUD_B = ["Nuits du Sud", "Vence", "06140", "", "https://www.nuitsdusud.com", "", "1998"]
SUD_C = ["NUITS DU SUD", "Vence", "06140", "", "www.nuitsdusud.com", "", ""]


def _live(session) -> int:
    stmt = select(func.count()).select_from(DirectoryActor)
    return session.scalar(stmt.where(DirectoryActor.merged_into_id.is_(None)))


def _actor_of(session, listing_source: str) -> int:
    from incubator_app.models import Listing, SourceRecord

    return session.scalar(
        select(ActorSource.actor_id)
        .join(SourceRecord, SourceRecord.id == ActorSource.record_id)
        .join(Listing, Listing.id == SourceRecord.listing_id)
        .where(Listing.source == listing_source)
    )


def _import(session, tmp_path, source: str, row: list[str], admin) -> None:
    path = write_csv(tmp_path / f"{source}.csv", HEADER, [row])
    import_listing(session, path, source=source, actor=admin)


def test_an_undone_automatic_merge_stays_undone_by_every_later_run(tmp_path, session, admin):
    _import(session, tmp_path, "A", SUD, admin)
    _import(session, tmp_path, "B", SUD_B, admin)
    assert link_directory(session, actor=admin).merged == 1
    merge_id = session.scalar(select(DirectoryMerge.id).where(DirectoryMerge.kind == "merge"))
    unmerge(session, merge_id, actor=admin)
    assert _live(session) == 2
    pair = session.scalar(select(PairDecision).where(PairDecision.verdict.is_not(None)))
    assert pair.verdict == "different" and pair.decided_by_id == admin.user_id
    audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "unmerge"))
    assert audit.entity == "directory_actor" and audit.changes["different_pair"] == [None, pair.id]
    # Every kind of later run, even with a threshold that would merge anything.
    link_directory(session, full=True, actor=admin)
    link_directory(session, full=True, auto_above=-20, review_above=-30, actor=admin)
    link_directory(session, actor=admin)
    dedupe_directory(session, auto_above=-20, review_above=-30, actor=admin)
    assert _live(session) == 2
    # A third listing matching both: it joins one of them, never both.
    _import(session, tmp_path, "C", SUD_C, admin)
    link_directory(session, auto_above=-20, review_above=-30, actor=admin)
    link_directory(session, full=True, auto_above=-20, review_above=-30, actor=admin)
    assert _actor_of(session, "A") != _actor_of(session, "B")
    assert _live(session) == 2
    # Seen and undone where the review's verdicts are.
    decided = [i for i in review_queue(session, include_decided=True, actor=admin) if i.verdict]
    assert [(i.pair_id, i.verdict) for i in decided] == [(pair.id, "different")]
    undo_decision(session, pair.id, actor=admin)
    link_directory(session, full=True, actor=admin)
    assert _actor_of(session, "A") == _actor_of(session, "B")


def test_an_undone_manual_merge_gets_a_pair_of_its_own(tmp_path, session, admin):
    _import(session, tmp_path, "A", ["Lieu Un", "Vence", "06140", "", "", "", ""], admin)
    _import(session, tmp_path, "B", ["Autre Lieu", "Nice", "06000", "", "", "", ""], admin)
    first, second = session.scalars(select(DirectoryActor.id).order_by(DirectoryActor.id)).all()
    merged = merge_actors(session, first, second, actor=admin)
    last = last_merge(session, first, actor=admin)  # what the actor window offers to undo
    assert (last.merge_id, last.absorbed_id, last.absorbed_name) == (merged, second, "Autre Lieu")
    assert last_merge(session, second, actor=admin) is None  # merged into the first
    unmerge(session, merged, actor=admin)
    assert last_merge(session, first, actor=admin) is None
    pair = session.scalar(select(PairDecision))
    assert (pair.verdict, pair.zone) == ("different", "review")
    link_directory(session, full=True, auto_above=-50, review_above=-60, actor=admin)
    dedupe_directory(session, auto_above=-50, review_above=-60, actor=admin)
    assert _live(session) == 2
    # Merged by hand again and undone again: still one verdict, not two.
    unmerge(session, merge_actors(session, first, second, actor=admin), actor=admin)
    assert session.scalar(select(func.count()).select_from(PairDecision)) == 1


def test_the_reviews_undo_of_same_leaves_the_pair_undecided(tmp_path, session, admin):
    from incubator_app.services.directory.review import decide_pair

    _import(session, tmp_path, "A", ["Théâtre du Rond-Point", "Vence", "06140"] + [""] * 4, admin)
    _import(session, tmp_path, "B", ["Rond-Point Théâtre", "Vence", "06140"] + [""] * 4, admin)
    link_directory(session, auto_above=20, review_above=-20, actor=admin)
    (item,) = review_queue(session, actor=admin)
    decide_pair(session, item.pair_id, "same", actor=admin)
    undo_decision(session, item.pair_id, actor=admin)
    verdicts = session.scalars(select(PairDecision.verdict)).all()
    assert verdicts == [None] and _live(session) == 2
