"""grant indicators: the figures of the funder report a grant sets targets for

A grant's co-funders (free text), and one row per (grant, indicator key) with its target, in
the indicator's unit (issue 17). The actual values are never stored: they are computed live by
the funder report's function.

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy of grant_agreement.
    op.add_column("grant_agreement", sa.Column("co_funders", sa.String(length=400), nullable=True))
    op.create_table(
        "grant_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("target >= 0", name=op.f("ck_grant_indicator_target_not_negative")),
        sa.ForeignKeyConstraint(
            ["grant_id"],
            ["grant_agreement.id"],
            name=op.f("fk_grant_indicator_grant_id_grant_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_indicator")),
        sa.UniqueConstraint(
            "grant_id", "indicator", name=op.f("uq_grant_indicator_grant_id_indicator")
        ),
    )
    op.create_index(
        op.f("ix_grant_indicator_grant_id"), "grant_indicator", ["grant_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_grant_indicator_grant_id"), table_name="grant_indicator")
    op.drop_table("grant_indicator")
    op.drop_column("grant_agreement", "co_funders")
