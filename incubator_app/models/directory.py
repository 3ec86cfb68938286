"""The directory of the territory's cultural actors, built by crossing listings (issue 14).

A `Listing` is an imported file; each of its data rows is a `SourceRecord` (raw values as read,
the mapped values, a hash) that is never edited. Every record starts as its own `DirectoryActor`
through an `ActorSource`; linking merges actors, each merge writes a `DirectoryMerge` row (the
kept actor's fields before, the sources moved) so that an unmerge restores exactly the state
before it. The log is append-only: an unmerge is a new row pointing at the merge it undoes.
`PairDecision` holds the candidate pairs of records with their score and evidence, and a
person's verdict ("same", "different"), which every later run honours.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Timestamped, Versioned, utcnow

#: The actor's fields that come from sources (a merge fills, an unmerge restores them).
ACTOR_FIELDS = (
    "name",
    "aliases",
    "kind",
    "disciplines",
    "sector",
    "siret",
    "siren",
    "rna",
    "registry_ids",
    "website",
    "email",
    "phone",
    "address",
    "postal_code",
    "commune_insee",
    "latitude",
    "longitude",
    "creation_year",
    "description",
    "field_sources",
)


class DirectoryActor(Versioned, Base):
    """An organisation of the territory: festival, venue, museum, company, association…"""

    __tablename__ = "directory_actor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # Other names seen in the sources (and typed by staff): a JSON list of strings.
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    kind: Mapped[str | None] = mapped_column(String(40))  # festival, museum, venue, company…
    disciplines: Mapped[list[str]] = mapped_column(JSON, default=list)
    # professional/amateur, for-profit/non-profit/public: the codes of a reference list joined
    # by ", " ("professional, non_profit"; all five take 53 characters), or an imported free
    # text kept as written (territory.sector_classes reads both).
    sector: Mapped[str | None] = mapped_column(String(100))
    siret: Mapped[str | None] = mapped_column(String(14))
    siren: Mapped[str | None] = mapped_column(String(9), index=True)
    rna: Mapped[str | None] = mapped_column(String(10))
    # Registry identifiers by registry: {"museofile": "M0966", "deps": "…", "festival": "…"}.
    registry_ids: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    website: Mapped[str | None] = mapped_column(String(200))  # the domain, www. removed
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(String(5))
    commune_insee: Mapped[str | None] = mapped_column(String(5), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    creation_year: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    # Which source record each field came from: {"name": 12, "website": 40}.
    field_sources: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Set when this actor was merged into another one (kept, so that an unmerge brings it back).
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("directory_actor.id"), index=True)
    # How many listings the actor was seen in (distinct listings of its source records), kept
    # by import, merge, unmerge and the link run (services/directory/counts.py): the list's
    # "seen in only one listing" filter reads it from an index instead of grouping every source
    # (the list's name-order indexes differ by dialect: db/directory_index.py).
    listing_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Listing(Timestamped, Base):
    """An imported file of actors: its source, date, hash and the mappings used."""

    __tablename__ = "directory_listing"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # the file's name
    source: Mapped[str] = mapped_column(String(200))  # who published it ("Ministère – festivals")
    imported_on: Mapped[date]
    file_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 of the bytes
    # Column mapping (header → field) and value mapping ({field: {text: value}}).
    column_mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    value_mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The user says this listing may hold one actor on several rows (one-to-one lifted).
    has_duplicates: Mapped[bool] = mapped_column(Boolean, default=False)
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class SourceRecord(Base):
    """One data row of a listing, as read (never edited). Row 1 = the first data record."""

    __tablename__ = "directory_source_record"
    __table_args__ = (UniqueConstraint("listing_id", "row_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(
        ForeignKey("directory_listing.id", ondelete="CASCADE"), index=True
    )
    row_number: Mapped[int] = mapped_column(Integer)
    raw: Mapped[dict[str, Any]] = mapped_column(JSON)  # header → cell text, as read
    # The values of the actor's fields read from the row (mapped, cleaned, commune resolved).
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    row_hash: Mapped[str] = mapped_column(String(64))
    # When a link run last examined the record; NULL: never (the next run, incremental by
    # default, takes the records still NULL: services/directory/runs.py).
    linked_at: Mapped[datetime | None] = mapped_column(index=True)


class ActorSource(Base):
    """Which actor a source record describes, with the evidence and who decided it."""

    __tablename__ = "directory_actor_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("directory_source_record.id", ondelete="CASCADE"), unique=True
    )
    actor_id: Mapped[int] = mapped_column(ForeignKey("directory_actor.id"), index=True)
    score: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[str | None] = mapped_column(Text)  # the readable explanation per field
    # "import" (a new actor), "auto" (linked above the threshold), "review" (a person decided).
    how: Mapped[str] = mapped_column(String(10), default="import")
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)


class PairDecision(Base):
    """A candidate pair of source records: score, evidence, zone, and a person's verdict."""

    __tablename__ = "directory_pair"
    __table_args__ = (
        UniqueConstraint("record_a_id", "record_b_id"),
        CheckConstraint("record_a_id < record_b_id", name="ordered"),
        CheckConstraint("verdict IN ('same', 'different')", name="verdict"),
        CheckConstraint("zone IN ('auto', 'review', 'reject')", name="zone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    record_a_id: Mapped[int] = mapped_column(
        ForeignKey("directory_source_record.id", ondelete="CASCADE")
    )
    record_b_id: Mapped[int] = mapped_column(
        ForeignKey("directory_source_record.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text)
    zone: Mapped[str] = mapped_column(String(6))
    # A person's verdict: never overturned by a rerun. None: not decided by a person.
    verdict: Mapped[str | None] = mapped_column(String(9))
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    decided_at: Mapped[datetime | None]
    # The merge a "same" verdict made (an undo of the verdict unmerges it).
    merge_id: Mapped[int | None] = mapped_column(ForeignKey("directory_merge.id"))
    # Which run found the pair: "link" (refreshed by every link run) or "dedupe" (a pair of
    # actors of the directory, which a link run leaves alone).
    found_by: Mapped[str] = mapped_column(String(6), default="link", server_default="link")


class DirectoryMerge(Base):
    """Append-only merge log: a merge (kept actor's fields before, sources moved) or an
    unmerge (pointing at the merge it undoes)."""

    __tablename__ = "directory_merge"
    __table_args__ = (CheckConstraint("kind IN ('merge', 'unmerge')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(7))
    kept_actor_id: Mapped[int] = mapped_column(ForeignKey("directory_actor.id"), index=True)
    absorbed_actor_id: Mapped[int] = mapped_column(ForeignKey("directory_actor.id"))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the kept actor's fields
    moved_sources: Mapped[list[int] | None] = mapped_column(JSON)  # actor_source ids
    kept_version_after: Mapped[int | None] = mapped_column(Integer)
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("directory_merge.id"), unique=True)
    score: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    user_login: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ActorContact(Base):
    """A person (a contact, shared with the events) working for or with an actor."""

    __tablename__ = "directory_actor_contact"

    actor_id: Mapped[int] = mapped_column(
        ForeignKey("directory_actor.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str | None] = mapped_column(String(100))  # "direction", "programmation"…


#: Links between actors: `from` is a member of / a partner of `to`.
ACTOR_LINK_KINDS = ("member_of", "partner_of")
#: What an actor is to an entrepreneur: their company, or a venue they work with.
ENTREPRENEUR_LINK_KINDS = ("company", "partner_venue")


class ActorLink(Base):
    """An actor is a member of (a network, a federation) or a partner of another actor."""

    __tablename__ = "directory_actor_link"
    __table_args__ = (
        UniqueConstraint("from_actor_id", "to_actor_id", "kind"),
        CheckConstraint("from_actor_id <> to_actor_id", name="not_itself"),
        CheckConstraint("kind IN ('member_of', 'partner_of')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_actor_id: Mapped[int] = mapped_column(
        ForeignKey("directory_actor.id", ondelete="CASCADE"), index=True
    )
    to_actor_id: Mapped[int] = mapped_column(
        ForeignKey("directory_actor.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))


class ActorEntrepreneur(Base):
    """An actor is an entrepreneur's company, or one of their partner venues."""

    __tablename__ = "directory_actor_entrepreneur"
    __table_args__ = (CheckConstraint("kind IN ('company', 'partner_venue')", name="kind"),)

    actor_id: Mapped[int] = mapped_column(
        ForeignKey("directory_actor.id", ondelete="CASCADE"), primary_key=True
    )
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(13))


Index("ix_directory_pair_zone_verdict", PairDecision.zone, PairDecision.verdict)
