"""Merging two actors into one, and undoing it exactly.

A merge keeps the older actor (lowest id), fills its empty fields from the other one (recording
which source each came from), adds the other's name to its aliases, moves the other's source
records onto it and marks the other as merged into it. The log row holds the kept actor's fields
before and the sources moved: an unmerge puts them back and clears the mark, so that the state
is exactly the one before the merge. An unmerge is refused when the kept actor changed since
(another merge kept it or the absorbed actor since): undo those first, last first.

A person who undoes a merge says "these two are not the same": the unmerge records that verdict
the way the review's "Different" is recorded (a `PairDecision` between a row of each actor,
verdict "different", in the review zone, where the review's decided pairs are listed and undone),
so that no later run (incremental, full, dedupe) merges them again. Only the review's own undo
of a "same" verdict unmerges without it (the pair goes back to the queue, undecided). The
unmerge and its verdict are audited on the kept actor.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ActorSource, DirectoryActor, DirectoryMerge, PairDecision
from incubator_app.models.directory import ACTOR_FIELDS
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.counts import recount_listings
from incubator_app.services.records import record_audit

_LIST_FIELDS = ("aliases", "disciplines")
_DICT_FIELDS = ("registry_ids", "field_sources")
_SCALAR_FIELDS = tuple(f for f in ACTOR_FIELDS if f not in (*_LIST_FIELDS, *_DICT_FIELDS, "name"))


def _fields(actor: DirectoryActor) -> dict:
    return {f: copy.deepcopy(getattr(actor, f)) for f in ACTOR_FIELDS}


def _edited_since(origin: object, when: datetime) -> bool:
    """A person's edit (`{"user": …, "at": ISO UTC}`) made at or after `when`."""
    if not isinstance(origin, dict) or not origin.get("at"):
        return False
    at = datetime.fromisoformat(str(origin["at"]))
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return at >= when.replace(microsecond=0)


def merged_fields(kept: dict, other: dict) -> dict:
    """The kept actor's fields after absorbing `other` (both plain dicts; neither changed)."""
    # The fields are JSON values: one level of lists and dicts. Only the lists and dicts that
    # change are built anew (a run makes 50,000 merges: deepcopy, or even a copy of every
    # field, was the slowest part of it).
    values = dict(kept)
    other_sources = other["field_sources"] or {}
    sources_of = None
    for f in _SCALAR_FIELDS:
        if values[f] in (None, "") and other[f] not in (None, ""):
            values[f] = other[f]
            if f in other_sources:
                if sources_of is None:
                    sources_of = dict(values["field_sources"] or {})
                sources_of[f] = other_sources[f]
    for f in _LIST_FIELDS:
        if f == "aliases":
            continue
        mine, theirs = values[f] or [], other[f] or []
        extra = [v for v in theirs if v not in mine]
        values[f] = [*mine, *extra]
    for f in _DICT_FIELDS:
        if f == "field_sources":
            continue
        values[f] = {**(other[f] or {}), **(values[f] or {})}
    aliases = list(values["aliases"] or [])
    for name in [other["name"], *(other["aliases"] or [])]:
        if name and name != values["name"] and name not in aliases:
            aliases.append(name)
    values["aliases"] = aliases
    values["field_sources"] = (
        sources_of if sources_of is not None else dict(values["field_sources"] or {})
    )
    return values


def apply_merge(
    session: Session,
    kept: DirectoryActor,
    absorbed: DirectoryActor,
    sources: list[ActorSource],
    *,
    score: float | None,
    evidence: str | None,
    actor: Actor,
) -> DirectoryMerge:
    """The merge itself, on loaded rows (the link run loads them in bulk)."""
    before = _fields(kept)
    values = merged_fields(before, _fields(absorbed))
    for f, v in values.items():
        if v != before[f]:
            setattr(kept, f, v)
    absorbed.merged_into_id = kept.id
    moved = []
    for link in sources:
        link.actor_id = kept.id
        moved.append(link.id)
    log = DirectoryMerge(
        kind="merge",
        kept_actor_id=kept.id,
        absorbed_actor_id=absorbed.id,
        before=before,
        moved_sources=sorted(moved),
        score=score,
        evidence=evidence,
        user_id=actor.user_id,
        user_login=actor.login,
    )
    session.add(log)
    recount_listings(session, [kept.id, absorbed.id])
    return log


def merge_actors(
    session: Session,
    first_id: int,
    second_id: int,
    *,
    score: float | None = None,
    evidence: str | None = None,
    actor: Actor,
) -> int:
    """Merges two live actors (the older one is kept); returns the merge's log id."""
    require(actor, Permission.MANAGE_DIRECTORY)
    kept_id, absorbed_id = sorted((first_id, second_id))
    kept = session.get(DirectoryActor, kept_id)
    absorbed = session.get(DirectoryActor, absorbed_id)
    if kept is None or absorbed is None or kept_id == absorbed_id:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Directory", "No such pair of actors.")))
    if kept.merged_into_id or absorbed.merged_into_id:
        raise ConflictError(
            msg(QT_TRANSLATE_NOOP("Directory", "This actor was merged into another one already."))
        )
    sources = list(session.scalars(select(ActorSource).where(ActorSource.actor_id == absorbed_id)))
    log = apply_merge(session, kept, absorbed, sources, score=score, evidence=evidence, actor=actor)
    session.commit()
    return log.id


@dataclass(frozen=True)
class LastMerge:
    """The merge an actor's window can undo: the latest one that kept it, not undone."""

    merge_id: int
    absorbed_id: int
    absorbed_name: str
    at: datetime
    user_login: str


def last_merge(session: Session, actor_id: int, *, actor: Actor) -> LastMerge | None:
    """The latest merge that kept `actor_id` and is not undone (the only one `unmerge` takes
    first), or None (also for an actor merged into another one: undo that merge first)."""
    require(actor, Permission.VIEW)
    me = session.get(DirectoryActor, actor_id)
    if me is None or me.merged_into_id is not None:
        return None
    undone = select(DirectoryMerge.undoes_id).where(DirectoryMerge.undoes_id.is_not(None))
    log = session.scalar(
        select(DirectoryMerge)
        .where(
            DirectoryMerge.kind == "merge",
            DirectoryMerge.kept_actor_id == actor_id,
            DirectoryMerge.id.not_in(undone),
        )
        .order_by(DirectoryMerge.id.desc())
        .limit(1)
    )
    if log is None:
        return None
    absorbed = session.get(DirectoryActor, log.absorbed_actor_id)
    if absorbed is None or absorbed.merged_into_id != actor_id:
        return None
    return LastMerge(log.id, absorbed.id, absorbed.name, log.at, log.user_login)


def unmerge(session: Session, merge_id: int, *, remember: bool = True, actor: Actor) -> int:
    """Undoes a merge exactly; returns the log id of the unmerge. `remember`: the person says
    the two actors are different (a "different" verdict every later run honours); False only
    for the review's undo of its own "same" verdict."""
    require(actor, Permission.MANAGE_DIRECTORY)
    log = session.get(DirectoryMerge, merge_id)
    if log is None or log.kind != "merge":
        raise NotFound(msg(QT_TRANSLATE_NOOP("Directory", "No such merge.")))
    if session.scalar(select(DirectoryMerge.id).where(DirectoryMerge.undoes_id == merge_id)):
        raise ConflictError(msg(QT_TRANSLATE_NOOP("Directory", "This merge was undone already.")))
    kept = session.get(DirectoryActor, log.kept_actor_id)
    absorbed = session.get(DirectoryActor, log.absorbed_actor_id)
    assert kept is not None and absorbed is not None
    undone = select(DirectoryMerge.undoes_id).where(DirectoryMerge.undoes_id.is_not(None))
    later = session.scalar(
        select(DirectoryMerge.id).where(
            DirectoryMerge.kind == "merge",
            DirectoryMerge.id > log.id,
            DirectoryMerge.kept_actor_id.in_([kept.id, absorbed.id]),
            DirectoryMerge.id.not_in(undone),
        )
    )
    if later is not None or absorbed.merged_into_id != kept.id:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Directory", "{name} was merged again after this merge: undo that first."
                ),
                name=kept.name,
            )
        )
    before: Mapping = log.before or {}
    # A person's edit made since the merge stays (with its source): the merge did not make it.
    edited = {
        f: origin
        for f, origin in (kept.field_sources or {}).items()
        if _edited_since(origin, log.at)
    }
    for f in ACTOR_FIELDS:
        if f in edited:
            continue
        if f == "field_sources":
            restored = {**copy.deepcopy(before.get(f) or {}), **edited}
            if kept.field_sources != restored:
                kept.field_sources = restored
        elif getattr(kept, f) != before.get(f):
            setattr(kept, f, copy.deepcopy(before.get(f)))
    absorbed.merged_into_id = None
    for link in session.scalars(
        select(ActorSource).where(ActorSource.id.in_(log.moved_sources or []))
    ):
        link.actor_id = absorbed.id
    recount_listings(session, [kept.id, absorbed.id])
    session.flush()
    verdict = remember_different(session, kept.id, absorbed.id, log, actor) if remember else None
    record_audit(
        session,
        actor,
        "directory_actor",
        kept.id,
        "unmerge",
        {
            "merge": [log.id, None],
            "absorbed": [absorbed.id, None],
            "different_pair": [None, verdict],
        },
    )
    undo = DirectoryMerge(
        kind="unmerge",
        kept_actor_id=kept.id,
        absorbed_actor_id=absorbed.id,
        undoes_id=log.id,
        user_id=actor.user_id,
        user_login=actor.login,
    )
    session.add(undo)
    session.commit()
    return undo.id


def remember_different(
    session: Session, first_id: int, second_id: int, log: DirectoryMerge | None, actor: Actor
) -> int | None:
    """A person's "different" between two actors, on a pair of their source rows (the pair a
    run scored best between them, else their first rows): returns its id, None when one of
    them has no source row. A "same" verdict between their rows becomes "different" too (the
    person's latest word)."""
    first_row, second_row = (
        session.scalar(select(func.min(ActorSource.record_id)).where(ActorSource.actor_id == a))
        for a in (first_id, second_id)
    )
    if first_row is None or second_row is None:
        return None
    # The pairs between a row of each (joined by actor, not IN lists of their rows: an actor
    # of a listing with duplicates may hold thousands).
    side_a, side_b = aliased(ActorSource), aliased(ActorSource)
    between = list(
        session.scalars(
            select(PairDecision)
            .join(side_a, side_a.record_id == PairDecision.record_a_id)
            .join(side_b, side_b.record_id == PairDecision.record_b_id)
            .where(
                ((side_a.actor_id == first_id) & (side_b.actor_id == second_id))
                | ((side_a.actor_id == second_id) & (side_b.actor_id == first_id))
            )
            .order_by(PairDecision.score.desc(), PairDecision.id)
        )
    )
    already = [p for p in between if p.verdict == "different"]
    chosen = already[0] if already else (between[0] if between else None)
    now = clock.now_utc()
    if chosen is None:
        a, b = sorted((first_row, second_row))
        chosen = PairDecision(
            record_a_id=a,
            record_b_id=b,
            score=log.score if log is not None and log.score is not None else 0.0,
            evidence=(log.evidence if log is not None else None) or "",
            zone="review",
            found_by="link",
        )
        session.add(chosen)
    for pair in {chosen, *(p for p in between if p.verdict == "same")}:
        if pair.verdict == "different":
            continue
        pair.verdict = "different"
        pair.zone = "review"
        pair.merge_id = None
        pair.decided_by_id = actor.user_id
        pair.decided_at = now
    session.flush()
    return chosen.id
