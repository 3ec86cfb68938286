"""Shared services (services mutualisés), their use, room/equipment bookings and revenue."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Timestamped, Versioned, str_enum
from incubator_app.models.vocabulary import BookingStatus, RevenueChannel, ServiceUnit


class SharedService(Versioned, Base):
    __tablename__ = "shared_service"
    __table_args__ = (
        CheckConstraint("unit_price_cents >= 0", name="price_not_negative"),
        CheckConstraint("vat_rate_bp >= 0 AND vat_rate_bp <= 10000", name="vat_range"),
        CheckConstraint("capacity >= 1", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    category: Mapped[str] = mapped_column(String(60))
    unit: Mapped[ServiceUnit] = mapped_column(str_enum(ServiceUnit, "service_unit"))
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    # Basis points: 2000 = 20 % VAT.
    vat_rate_bp: Mapped[int] = mapped_column(Integer, default=2000)
    bookable: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: The site of a network that offers it (a room is in one building); None: the network's,
    #: offered on every site (and on a single-site install). No foreign key, as
    #: entrepreneur.site_id.
    site_id: Mapped[int | None] = mapped_column(Integer, index=True)


class SharedServicePrice(Timestamped, Base):
    """Price history: a price applies from `valid_from` until the next row of the service.
    A usage is charged at the price of its day
    (services/shared_services/catalogue.py `price_on`)."""

    __tablename__ = "shared_service_price"
    __table_args__ = (
        UniqueConstraint("service_id", "valid_from"),
        CheckConstraint("unit_price_cents >= 0", name="price_not_negative"),
        CheckConstraint("vat_rate_bp >= 0 AND vat_rate_bp <= 10000", name="vat_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("shared_service.id", ondelete="CASCADE"))
    valid_from: Mapped[date]
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)


class ServiceUsage(Versioned, Base):
    """One use of a service; price and amount are frozen at the time of use."""

    __tablename__ = "service_usage"
    __table_args__ = (
        CheckConstraint("quantity_hundredths > 0", name="quantity_positive"),
        CheckConstraint("unit_price_cents >= 0", name="price_not_negative"),
        Index("ix_service_usage_entrepreneur_date", "entrepreneur_id", "used_on"),
        # Month totals of every entrepreneur read only this index (no table lookups).
        Index(
            "ix_service_usage_month_totals",
            "used_on",
            "entrepreneur_id",
            "amount_cents",
            "vat_rate_bp",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("shared_service.id"), index=True)
    entrepreneur_id: Mapped[int] = mapped_column(ForeignKey("entrepreneur.id"))
    used_on: Mapped[date] = mapped_column(index=True)
    # Hundredths of a unit: 150 = 1.5 hours (no floats for quantities that become money).
    quantity_hundredths: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    amount_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    # A booking becomes at most one usage: no double charging.
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("booking.id", ondelete="SET NULL"), unique=True
    )
    notes: Mapped[str | None] = mapped_column(Text)


class Booking(Versioned, Base):
    __tablename__ = "booking"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="end_after_start"),
        CheckConstraint("units >= 1", name="units_positive"),
        Index("ix_booking_service_start", "service_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("shared_service.id"))
    entrepreneur_id: Mapped[int | None] = mapped_column(ForeignKey("entrepreneur.id"), index=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    units: Mapped[int] = mapped_column(Integer, default=1)
    series_id: Mapped[str | None] = mapped_column(String(36), index=True)
    status: Mapped[BookingStatus] = mapped_column(
        str_enum(BookingStatus, "booking_status"), default=BookingStatus.CONFIRMED
    )
    notes: Mapped[str | None] = mapped_column(Text)


class Revenue(Versioned, Base):
    """Monthly revenue (chiffre d'affaires) of an entrepreneur's test activity."""

    __tablename__ = "revenue"
    __table_args__ = (
        UniqueConstraint("entrepreneur_id", "month", "channel"),
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(ForeignKey("entrepreneur.id"))
    # First day of the month.
    month: Mapped[date] = mapped_column(index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    channel: Mapped[RevenueChannel] = mapped_column(
        str_enum(RevenueChannel, "revenue_channel"), default=RevenueChannel.INCUBATOR
    )
