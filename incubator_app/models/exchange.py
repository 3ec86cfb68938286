"""Skills exchange (time bank): members' accounts in minutes, offers and requests, double-entry
transfers and their movements, payment requests, and the incubator's settings of the exchange.

The ledger is append-only: a transfer and its movements are never updated or deleted (a
correction is a reversing transfer). `ExchangeBalance` is a stored copy of the sum of an
account's movements, kept for speed and checked against that sum (services/exchange/check.py).
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Timestamped, Versioned, str_enum


class AccountKind(enum.StrEnum):
    """Who holds an account. Contacts and directory organisations get their own foreign key
    column when those tables exist; until then their accounts carry a name only."""

    INCUBATOR = "incubator"
    ENTREPRENEUR = "entrepreneur"
    CONTACT = "contact"
    ORGANISATION = "organisation"


class ListingKind(enum.StrEnum):
    OFFER = "offer"
    REQUEST = "request"


class ListingStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ProfessionalReview(enum.StrEnum):
    """Staff's decision on an offer that falls within the member's declared trade."""

    NOT_NEEDED = "not_needed"
    PENDING = "pending"
    ALLOWED = "allowed"
    REFUSED = "refused"


class TransferKind(enum.StrEnum):
    TRANSFER = "transfer"
    REVERSAL = "reversal"


class RequestStatus(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    AUTO_ACCEPTED = "auto_accepted"
    REFUSED = "refused"
    CANCELLED = "cancelled"


class LimitMode(enum.StrEnum):
    """What a transfer beyond a limit does: refused, or recorded with a flag for staff."""

    REFUSE = "refuse"
    FLAG = "flag"


class ExchangeSettings(Versioned, Base):
    """One row: the incubator's rules for the exchange."""

    __tablename__ = "exchange_settings"
    __table_args__ = (
        CheckConstraint("auto_accept_days >= 0", name="auto_accept_days_not_negative"),
        CheckConstraint("default_min_minutes <= 0", name="default_min_not_positive"),
        CheckConstraint("default_max_minutes >= 0", name="default_max_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    auto_accept_days: Mapped[int] = mapped_column(Integer, default=14)
    limit_mode: Mapped[LimitMode] = mapped_column(
        str_enum(LimitMode, "limit_mode"), default=LimitMode.REFUSE
    )
    default_min_minutes: Mapped[int] = mapped_column(Integer, default=-20 * 60)
    default_max_minutes: Mapped[int] = mapped_column(Integer, default=40 * 60)
    expiry_warning_days: Mapped[int] = mapped_column(Integer, default=7)


class ExchangeAccount(Versioned, Base):
    __tablename__ = "exchange_account"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'entrepreneur') = (entrepreneur_id IS NOT NULL)", name="entrepreneur_link"
        ),
        CheckConstraint(
            "min_minutes IS NULL OR max_minutes IS NULL OR min_minutes <= max_minutes",
            name="limits_in_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AccountKind] = mapped_column(str_enum(AccountKind, "account_kind"), index=True)
    entrepreneur_id: Mapped[int | None] = mapped_column(ForeignKey("entrepreneur.id"), unique=True)
    # The name of a non-entrepreneur member (an entrepreneur's name is read from their record).
    name: Mapped[str | None] = mapped_column(String(200))
    commune: Mapped[str | None] = mapped_column(String(120))
    neighbourhood: Mapped[str | None] = mapped_column(String(120))
    # Declared trade: an offer within it gets the "professional activity" warning.
    professional_activity: Mapped[str | None] = mapped_column(Text)
    # Per-account limits; None = the limits of the account's kind, else the settings' defaults.
    # The incubator's account has none.
    min_minutes: Mapped[int | None] = mapped_column(Integer)
    max_minutes: Mapped[int | None] = mapped_column(Integer)
    # Privacy: a balance is shown to staff only, unless the member opts in.
    balance_public: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    joined_on: Mapped[date]


class ExchangeKindLimit(Versioned, Base):
    """Minimum and maximum balance of a category of members (their account kind: entrepreneurs,
    contacts, organisations); None = the settings' default. An account's own limits come first."""

    __tablename__ = "exchange_kind_limit"
    __table_args__ = (
        CheckConstraint("min_minutes IS NULL OR min_minutes <= 0", name="min_not_positive"),
        CheckConstraint("max_minutes IS NULL OR max_minutes >= 0", name="max_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AccountKind] = mapped_column(str_enum(AccountKind, "account_kind"), unique=True)
    min_minutes: Mapped[int | None] = mapped_column(Integer)
    max_minutes: Mapped[int | None] = mapped_column(Integer)


class ExchangeBalance(Base):
    """The stored copy of an account's balance; the row transfers lock (never versioned, so a
    transfer never conflicts with a staff member editing the account)."""

    __tablename__ = "exchange_balance"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_account.id", ondelete="CASCADE"), primary_key=True
    )
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    movement_count: Mapped[int] = mapped_column(Integer, default=0)
    last_movement_on: Mapped[date | None]


class ExchangeListing(Versioned, Base):
    """An offer ("je propose") or a request ("je cherche")."""

    __tablename__ = "exchange_listing"
    __table_args__ = (
        Index("ix_exchange_listing_open", "status", "kind", "expires_on"),
        CheckConstraint("estimated_minutes IS NULL OR estimated_minutes > 0", name="estimate"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("exchange_account.id"), index=True)
    kind: Mapped[ListingKind] = mapped_column(str_enum(ListingKind, "listing_kind"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(80), index=True)
    # Comma-separated, lower case ("mixage,voix").
    tags: Mapped[str | None] = mapped_column(String(400))
    territory: Mapped[str | None] = mapped_column(String(120))
    availability: Mapped[str | None] = mapped_column(String(200))
    estimated_minutes: Mapped[int | None] = mapped_column(Integer)
    published_on: Mapped[date]
    expires_on: Mapped[date]
    status: Mapped[ListingStatus] = mapped_column(
        str_enum(ListingStatus, "listing_status"), default=ListingStatus.OPEN
    )
    professional_review: Mapped[ProfessionalReview] = mapped_column(
        str_enum(ProfessionalReview, "professional_review"),
        default=ProfessionalReview.NOT_NEEDED,
    )
    # The day the author was warned that the listing expires soon (once per expiry date).
    expiry_warned_on: Mapped[date | None]


class ExchangeTransfer(Timestamped, Base):
    """One exchange of hours; its movements sum to zero. Never updated nor deleted: a reversal
    points at the transfer it corrects (`reverses_id`, unique: a transfer is reversed once)."""

    __tablename__ = "exchange_transfer"
    __table_args__ = (
        CheckConstraint("total_minutes > 0", name="total_positive"),
        CheckConstraint("(kind = 'reversal') = (reverses_id IS NOT NULL)", name="reversal_link"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[TransferKind] = mapped_column(
        str_enum(TransferKind, "transfer_kind"), default=TransferKind.TRANSFER
    )
    done_on: Mapped[date] = mapped_column(index=True)
    # Minutes that changed hands (the sum of the positive movements).
    total_minutes: Mapped[int] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(String(80))
    listing_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_listing.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_transfer.id"), unique=True)
    # Recorded beyond a limit in "flag" mode (or a reversal beyond one): staff look at it.
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str] = mapped_column(String(80))


class ExchangeMovement(Base):
    """One line of an account's statement: minutes in (+) or out (−), and the balance after it."""

    __tablename__ = "exchange_movement"
    __table_args__ = (
        CheckConstraint("minutes <> 0", name="minutes_not_zero"),
        Index("ix_exchange_movement_account", "account_id", "id"),
        # Covers "the other side of this transfer" (statements, reversals) without reading the
        # movement rows themselves.
        Index("ix_exchange_movement_transfer", "transfer_id", "account_id", "minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("exchange_transfer.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("exchange_account.id"))
    minutes: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    done_on: Mapped[date]


class ExchangePaymentRequest(Versioned, Base):
    """ "I gave": the provider asks the payer for hours; the payer accepts or refuses, and the
    request is accepted automatically on `auto_accept_on` if nobody answered."""

    __tablename__ = "exchange_payment_request"
    __table_args__ = (
        CheckConstraint("minutes > 0", name="minutes_positive"),
        CheckConstraint("payer_id <> payee_id", name="distinct_accounts"),
        Index("ix_exchange_request_due", "status", "auto_accept_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payer_id: Mapped[int] = mapped_column(ForeignKey("exchange_account.id"), index=True)
    payee_id: Mapped[int] = mapped_column(ForeignKey("exchange_account.id"), index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(String(80))
    listing_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_listing.id"))
    note: Mapped[str | None] = mapped_column(Text)
    requested_on: Mapped[date]
    auto_accept_on: Mapped[date]
    status: Mapped[RequestStatus] = mapped_column(
        str_enum(RequestStatus, "request_status"), default=RequestStatus.PENDING
    )
    decided_on: Mapped[date | None]
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    transfer_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_transfer.id"))
