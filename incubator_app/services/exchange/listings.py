"""Offers ("je propose") and requests ("je cherche"): publish with an expiry, warn the author
before it expires (a known complaint of time banks: offers vanish silently), close, renew; an
offer within the member's declared trade is flagged for staff (an exchange system stays
non-professional only while exchanges are occasional and outside one's trade)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Entrepreneur
from incubator_app.models.exchange import (
    ExchangeAccount,
    ExchangeListing,
    ListingKind,
    ListingStatus,
    ProfessionalReview,
)
from incubator_app.services.actor import Actor
from incubator_app.services.exchange.access import require_record, require_view
from incubator_app.services.exchange.accounts import account_label, require_account
from incubator_app.services.records import (
    load_for_update,
    record_audit,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.validation import Validator

# Suggested categories (free text is allowed; the funders' figures group by it).
CATEGORIES = (
    "Son et musique",
    "Image et graphisme",
    "Vidéo",
    "Scène et voix",
    "Écriture et relecture",
    "Gestion et administratif",
    "Numérique",
    "Artisanat et fabrication",
    "Communication",
    "Coup de main",
)
MAX_DURATION_DAYS = 366
_WORD = re.compile(r"[a-z0-9]+")
# Words too common to tell two trades apart.
_STOP = frozenset(
    "avec pour dans des les une aux sur par son ses leur vos nos mon est pas tout plus "
    "projet atelier cours aide petit petite grand grande".split()
)


def words(text: str | None) -> set[str]:
    """Lower-case, accent-free words of ≥ 4 letters, crude singular: for trade and matches."""
    if not text:
        return set()
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    out = set()
    for w in _WORD.findall(plain):
        if len(w) < 4 or w in _STOP:
            continue
        out.add(w[:-1] if w.endswith(("s", "x")) and len(w) > 4 else w)
    return out


def tags_of(text: str | None) -> str | None:
    if not text:
        return None
    tags = sorted({t.strip().lower() for t in text.split(",") if t.strip()})
    return ",".join(tags) or None


def within_trade(trade: str | None, title: str, category: str, tags: str | None) -> bool:
    return bool(words(trade) & (words(title) | words(category) | words(tags)))


@dataclass(frozen=True)
class ListingView:
    id: int
    account_id: int
    author: str
    kind: ListingKind
    title: str
    description: str | None
    category: str
    tags: str | None
    territory: str | None
    availability: str | None
    estimated_minutes: int | None
    published_on: date
    expires_on: date
    status: ListingStatus
    professional_review: ProfessionalReview
    expiry_warned_on: date | None
    version_id: int

    @property
    def expired(self) -> bool:
        return self.expires_on < clock.today()

    @property
    def professional_warning(self) -> bool:
        return self.professional_review is ProfessionalReview.PENDING


def _author(session: Session, account_id: int) -> str:
    return (
        session.scalar(
            select(account_label())
            .select_from(ExchangeAccount)
            .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
            .where(ExchangeAccount.id == account_id)
        )
        or ""
    )


def listing_view(listing: ExchangeListing, author: str) -> ListingView:
    return ListingView(
        id=listing.id,
        account_id=listing.account_id,
        author=author,
        kind=listing.kind,
        title=listing.title,
        description=listing.description,
        category=listing.category,
        tags=listing.tags,
        territory=listing.territory,
        availability=listing.availability,
        estimated_minutes=listing.estimated_minutes,
        published_on=listing.published_on,
        expires_on=listing.expires_on,
        status=listing.status,
        professional_review=listing.professional_review,
        expiry_warned_on=listing.expiry_warned_on,
        version_id=listing.version_id,
    )


def _validate(v: Validator, values: dict[str, Any], today: date) -> None:
    v.required("title", values.get("title"))
    v.max_length("title", values.get("title"), 200)
    v.required("category", values.get("category"))
    v.max_length("category", values.get("category"), 80)
    v.max_length("tags", values.get("tags"), 400)
    v.max_length("territory", values.get("territory"), 120)
    v.max_length("availability", values.get("availability"), 200)
    if values.get("estimated_minutes") is not None and v.whole_number(
        "estimated_minutes", values["estimated_minutes"]
    ):
        v.positive("estimated_minutes", values["estimated_minutes"])
    expires_on = values.get("expires_on")
    if isinstance(expires_on, date):
        if expires_on < today:
            v.add(
                "expires_on",
                msg(QT_TRANSLATE_NOOP("Exchange", "The expiry date is already past.")),
            )
        elif expires_on > today + timedelta(days=MAX_DURATION_DAYS):
            v.add(
                "expires_on",
                msg(QT_TRANSLATE_NOOP("Exchange", "A listing lasts at most a year; renew it.")),
            )


def publish_listing(
    session: Session,
    *,
    account_id: int,
    kind: ListingKind | str,
    title: str,
    category: str,
    expires_on: date | None = None,
    description: str | None = None,
    tags: str | None = None,
    territory: str | None = None,
    availability: str | None = None,
    estimated_minutes: int | None = None,
    actor: Actor,
) -> ListingView:
    """Publishes an offer or a request (expiry: in three months unless given). An offer within
    the author's trade is published with a pending professional review."""
    require_record(actor)
    today = clock.today()
    expires_on = expires_on or today + timedelta(days=90)
    v = Validator()
    kind = v.choice("kind", kind, ListingKind)
    values = dict(locals())
    _validate(v, values, today)
    v.raise_if_any()
    with unit_of_work(session):
        account = require_account(session, account_id)
        tags = tags_of(tags)
        review = ProfessionalReview.NOT_NEEDED
        if kind is ListingKind.OFFER and within_trade(
            account.professional_activity, title, category, tags
        ):
            review = ProfessionalReview.PENDING
        listing = ExchangeListing(
            account_id=account_id,
            kind=kind,
            title=title.strip(),
            description=(description or "").strip() or None,
            category=category.strip(),
            tags=tags,
            territory=(territory or "").strip() or None,
            availability=(availability or "").strip() or None,
            estimated_minutes=estimated_minutes,
            published_on=today,
            expires_on=expires_on,
            professional_review=review,
        )
        session.add(listing)
        session.flush()
        record_audit(
            session, actor, "exchange_listing", listing.id, "create", {"title": listing.title}
        )
    return listing_view(listing, _author(session, account_id))


EDITABLE = (
    "title",
    "description",
    "category",
    "tags",
    "territory",
    "availability",
    "estimated_minutes",
    "expires_on",
    "status",
)


def update_listing(
    session: Session,
    listing_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
    actor: Actor,
) -> ListingView:
    """Edits, closes (`status`) or renews (`expires_on`; the expiry warning starts afresh)."""
    require_record(actor)
    v = Validator()
    v.only_fields(changes, EDITABLE)
    if "status" in changes:
        changes = {**changes, "status": v.choice("status", changes["status"], ListingStatus)}
    if "tags" in changes:
        changes = {**changes, "tags": tags_of(changes["tags"])}
    with unit_of_work(session):
        listing = load_for_update(session, ExchangeListing, listing_id, expected_version)
        merged = {f: getattr(listing, f) for f in EDITABLE} | changes
        today = clock.today()
        if "expires_on" not in changes:
            merged["expires_on"] = None  # an old expiry is not re-validated on other edits
        _validate(v, merged, today)
        v.raise_if_any()
        if "expires_on" in changes and changes["expires_on"] != listing.expires_on:
            listing.expiry_warned_on = None
        update_with_audit(session, actor, listing, "exchange_listing", changes)
    return listing_view(listing, _author(session, listing.account_id))


def review_professional_activity(
    session: Session,
    listing_id: int,
    *,
    allowed: bool,
    expected_version: int | None = None,
    actor: Actor,
) -> ListingView:
    """Staff's decision on an offer within the member's trade: allowed stays open, refused is
    closed."""
    require_record(actor)
    with unit_of_work(session):
        listing = load_for_update(session, ExchangeListing, listing_id, expected_version)
        changes: dict[str, Any] = {
            "professional_review": ProfessionalReview.ALLOWED
            if allowed
            else ProfessionalReview.REFUSED
        }
        if not allowed:
            changes["status"] = ListingStatus.CLOSED
        update_with_audit(session, actor, listing, "exchange_listing", changes, "review")
    return listing_view(listing, _author(session, listing.account_id))


def get_listing(session: Session, listing_id: int, *, actor: Actor) -> ListingView:
    require_view(actor)
    listing = load_for_update(session, ExchangeListing, listing_id, None)
    return listing_view(listing, _author(session, listing.account_id))


def expiring_listings(session: Session, *, within_days: int, actor: Actor) -> list[ListingView]:
    """Open listings that expire within `within_days` (today included), soonest first."""
    require_view(actor)
    today = clock.today()
    rows = session.execute(
        select(ExchangeListing, account_label())
        .join(ExchangeAccount, ExchangeAccount.id == ExchangeListing.account_id)
        .outerjoin(Entrepreneur, Entrepreneur.id == ExchangeAccount.entrepreneur_id)
        .where(
            ExchangeListing.status == ListingStatus.OPEN,
            ExchangeListing.expires_on >= today,
            ExchangeListing.expires_on <= today + timedelta(days=within_days),
        )
        .order_by(ExchangeListing.expires_on, ExchangeListing.id)
    ).all()
    return [listing_view(listing, author) for listing, author in rows]


def warn_expiring_listings(
    session: Session, *, within_days: int, actor: Actor
) -> list[ListingView]:
    """The listings whose authors have not been warned yet of the coming expiry; marks them
    warned (the page shows them once, with a one-click renewal)."""
    require_record(actor)
    due = [
        listing
        for listing in expiring_listings(session, within_days=within_days, actor=actor)
        if listing.expiry_warned_on is None
    ]
    if due:
        with unit_of_work(session):
            for view in due:
                row = session.get(ExchangeListing, view.id)
                assert row is not None
                row.expiry_warned_on = clock.today()
                record_audit(session, actor, "exchange_listing", row.id, "expiry_warning")
    return due
