"""The offers and requests list (windowed, filtered and sorted in SQL) and the matches of a
listing: open listings of the other kind, by other members, not expired, in the same category
or sharing a tag or a word of the title; the same territory ranks first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import Entrepreneur
from incubator_app.models.exchange import (
    ExchangeAccount,
    ExchangeListing,
    ListingKind,
    ListingStatus,
)
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import require_view
from incubator_app.services.exchange.accounts import account_label
from incubator_app.services.exchange.listings import (
    ListingView,
    get_listing,
    listing_view,
    words,
)
from incubator_app.services.paging import SortOrder, apply_sort, window
from incubator_app.services.text_match import word_prefix_condition


@dataclass(frozen=True)
class ListingFilter:
    kind: ListingKind | None = None
    category: str | None = None
    text: str | None = None
    territory: str | None = None
    account_id: int | None = None
    include_closed: bool = False
    include_expired: bool = False


def _base(actor: Actor, f: ListingFilter, today: date, dialect: str) -> Select:
    require_view(actor)
    stmt = (
        select(ExchangeListing, account_label().label("author"))
        .join(ExchangeAccount, ExchangeAccount.id == ExchangeListing.account_id)
        .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
    )
    if f.kind is not None:
        stmt = stmt.where(ExchangeListing.kind == f.kind)
    if f.category:
        stmt = stmt.where(ExchangeListing.category == f.category)
    if f.territory:
        stmt = stmt.where(func.lower(ExchangeListing.territory) == f.territory.strip().lower())
    if f.account_id is not None:
        stmt = stmt.where(ExchangeListing.account_id == f.account_id)
    if not f.include_closed:
        stmt = stmt.where(ExchangeListing.status == ListingStatus.OPEN)
    if not f.include_expired:
        stmt = stmt.where(ExchangeListing.expires_on >= today)
    fields = [ExchangeListing.title, ExchangeListing.tags, ExchangeListing.description]
    matching = word_prefix_condition(f.text, fields, dialect)
    if matching is not None:
        stmt = stmt.where(matching)
    return stmt


class ListingListSource:
    """Sort keys: title, category, author, expires_on, published_on, kind."""

    def __init__(self, actor: Actor, listing_filter: ListingFilter | None = None) -> None:
        self.actor = actor
        self.filter = listing_filter or ListingFilter()

    def count(self, session: Session) -> int:
        stmt = _base(
            self.actor, self.filter, clock.today(), session.get_bind().dialect.name
        ).subquery()
        return session.scalar(select(func.count()).select_from(stmt)) or 0

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> Sequence[ListingView]:
        stmt = _base(self.actor, self.filter, clock.today(), session.get_bind().dialect.name)
        stmt = apply_sort(
            stmt,
            sort,
            {
                "title": func.lower(ExchangeListing.title),
                "category": ExchangeListing.category,
                "author": func.lower(account_label()),
                "expires_on": ExchangeListing.expires_on,
                "published_on": ExchangeListing.published_on,
                "kind": ExchangeListing.kind,
            },
            default=[ExchangeListing.expires_on],
            tiebreak=ExchangeListing.id,
        )
        return [
            listing_view(row, author)
            for row, author in session.execute(window(stmt, offset, limit))
        ]


@dataclass(frozen=True)
class Match:
    listing: ListingView
    score: int
    reasons: tuple[str, ...]  # "category", "tags", "words", "territory"


def find_matches(
    session: Session, listing_id: int, *, limit: int = 20, actor: Actor
) -> list[Match]:
    """Best first: same category 3, each shared tag 2, each shared title word 1, same
    territory 1 (only candidates with some reason besides the territory)."""
    source = get_listing(session, listing_id, actor=actor)
    other = ListingKind.REQUEST if source.kind is ListingKind.OFFER else ListingKind.OFFER
    candidates = session.execute(
        _base(actor, ListingFilter(kind=other), clock.today(), session.get_bind().dialect.name)
        .where(ExchangeListing.account_id != source.account_id)
        .order_by(ExchangeListing.id)
    ).all()
    my_tags = set((source.tags or "").split(",")) - {""}
    my_words = words(source.title) | words(source.description)
    matches = []
    for row, author in candidates:
        score, reasons = 0, []
        if row.category == source.category:
            score += 3
            reasons.append("category")
        shared_tags = my_tags & (set((row.tags or "").split(",")) - {""})
        if shared_tags:
            score += 2 * len(shared_tags)
            reasons.append("tags")
        shared_words = my_words & (words(row.title) | words(row.description))
        if shared_words:
            score += len(shared_words)
            reasons.append("words")
        if not score:
            continue
        if (
            source.territory
            and row.territory
            and (source.territory.lower() == row.territory.lower())
        ):
            score += 1
            reasons.append("territory")
        matches.append(Match(listing_view(row, author), score, tuple(reasons)))
    matches.sort(key=lambda m: (-m.score, m.listing.expires_on, m.listing.id))
    return matches[:limit]


def listing_categories(session: Session, *, actor: Actor) -> list[str]:
    """The suggested categories and every category in use, sorted."""
    from incubator_app.services.exchange.listings import CATEGORIES

    require_view(actor)
    used = session.scalars(select(ExchangeListing.category).distinct()).all()
    return sorted(set(CATEGORIES) | set(used), key=str.lower)
