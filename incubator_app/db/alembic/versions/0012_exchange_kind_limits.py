"""exchange limits per kind of member, covering index of movements by transfer

Minimum and maximum balances per category of members (their account kind: entrepreneurs,
contacts, organisations), between an account's own limits and the incubator's defaults. The
index of movements by transfer also carries the account and the minutes, so a statement finds
the other side of its transfers without reading the movement rows (the incubator's own
statement, issue 16).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


# Plain CREATE/DROP INDEX, not a batch: no table is copied.


def upgrade() -> None:
    op.create_table(
        "exchange_kind_limit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "incubator",
                "entrepreneur",
                "contact",
                "organisation",
                name="account_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("min_minutes", sa.Integer(), nullable=True),
        sa.Column("max_minutes", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "max_minutes IS NULL OR max_minutes >= 0",
            name=op.f("ck_exchange_kind_limit_max_not_negative"),
        ),
        sa.CheckConstraint(
            "min_minutes IS NULL OR min_minutes <= 0",
            name=op.f("ck_exchange_kind_limit_min_not_positive"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_kind_limit")),
        sa.UniqueConstraint("kind", name=op.f("uq_exchange_kind_limit_kind")),
    )
    op.create_index(
        "ix_exchange_movement_transfer",
        "exchange_movement",
        ["transfer_id", "account_id", "minutes"],
        unique=False,
    )
    op.drop_index(op.f("ix_exchange_movement_transfer_id"), table_name="exchange_movement")


def downgrade() -> None:
    op.create_index(
        op.f("ix_exchange_movement_transfer_id"),
        "exchange_movement",
        ["transfer_id"],
        unique=False,
    )
    op.drop_index("ix_exchange_movement_transfer", table_name="exchange_movement")
    op.drop_table("exchange_kind_limit")
