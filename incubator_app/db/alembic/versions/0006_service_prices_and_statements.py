"""service prices and statements

Price history of the shared services (one row per price change; every existing service gets one
row with its current price, valid from the day it was created) and a covering index for the
month totals of every entrepreneur.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

from incubator_app import clock

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _day(value: datetime | str | None) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return date(2000, 1, 1)


def upgrade() -> None:
    price = op.create_table(
        "shared_service_price",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "unit_price_cents >= 0", name=op.f("ck_shared_service_price_price_not_negative")
        ),
        sa.CheckConstraint(
            "vat_rate_bp >= 0 AND vat_rate_bp <= 10000",
            name=op.f("ck_shared_service_price_vat_range"),
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["shared_service.id"],
            name=op.f("fk_shared_service_price_service_id_shared_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_service_price")),
        sa.UniqueConstraint(
            "service_id", "valid_from", name=op.f("uq_shared_service_price_service_id_valid_from")
        ),
    )
    with op.batch_alter_table("service_usage", schema=None) as batch_op:
        batch_op.create_index(
            "ix_service_usage_month_totals",
            ["used_on", "entrepreneur_id", "amount_cents", "vat_rate_bp"],
            unique=False,
        )

    bind = op.get_bind()
    services = bind.execute(
        sa.text("SELECT id, unit_price_cents, vat_rate_bp, created_at FROM shared_service")
    ).all()
    now = clock.now_utc()  # row timestamps, like every other row's
    if services:
        op.bulk_insert(
            price,
            [
                {
                    "service_id": sid,
                    "valid_from": _day(created),
                    "unit_price_cents": cents,
                    "vat_rate_bp": vat,
                    "created_at": now,
                    "updated_at": now,
                }
                for sid, cents, vat, created in services
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("service_usage", schema=None) as batch_op:
        batch_op.drop_index("ix_service_usage_month_totals")
    op.drop_table("shared_service_price")
